"""AQL over ``documents``."""

INSERT_DOCUMENT = """
INSERT MERGE(@document, {status: @status, created_at: @now, updated_at: @now})
  INTO @@documents
  RETURN NEW
"""

GET_DOCUMENT = """
RETURN DOCUMENT(@@documents, @key)
"""

DOCUMENT_BY_SHA256 = """
FOR d IN @@documents
  FILTER d.sha256 == @sha256
  LIMIT 1
  RETURN d
"""

LIST_DOCUMENTS = """
FOR d IN @@documents
  SORT d.created_at DESC, d._key DESC
  LIMIT @offset, @limit
  RETURN d
"""

SET_DOCUMENT_STATUS = """
UPDATE @key WITH {status: @status, updated_at: @now} IN @@documents
  RETURN NEW
"""
