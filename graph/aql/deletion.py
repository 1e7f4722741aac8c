"""AQL that removes one document's contributions (run together in a stream transaction).

Order: the document, its mentions, has_chunk edges and chunks; entities and relations
that only this document contributed (and relations left dangling); then the other
entities and relations lose the document's ``sources`` entry, conditions and evidence,
and the merges its ingestion logged are dropped.
Each query returns the keys it touched.
"""

REMOVE_DOCUMENT = """
REMOVE @document IN @@documents
RETURN OLD._key
"""

DOCUMENT_CHUNK_KEYS = """
FOR c IN @@chunks
  FILTER c.document == @document
  RETURN c._key
"""

REMOVE_DOCUMENT_MENTIONS = """
FOR m IN @@mentions
  FILTER m.document == @document
  REMOVE m IN @@mentions
  RETURN OLD._key
"""

REMOVE_DOCUMENT_HAS_CHUNK = """
FOR e IN @@has_chunk
  FILTER e._from == @document_id
  REMOVE e IN @@has_chunk
  RETURN OLD._key
"""

REMOVE_DOCUMENT_CHUNKS = """
FOR c IN @@chunks
  FILTER c.document == @document
  REMOVE c IN @@chunks
  RETURN OLD._key
"""

REMOVE_ORPHAN_ENTITIES = """
FOR e IN @@entities
  FILTER @document IN e.sources[*].document
  FILTER LENGTH(e.sources[* FILTER CURRENT.document != @document]) == 0
  REMOVE e IN @@entities
  RETURN OLD._id
"""

RELEASE_ENTITIES = """
FOR e IN @@entities
  FILTER @document IN e.sources[*].document
  UPDATE e WITH {
    sources: e.sources[* FILTER CURRENT.document != @document],
    conditions: e.conditions[* FILTER CURRENT.chunk NOT IN @chunk_keys],
    updated_at: @now
  } IN @@entities
  RETURN NEW._key
"""

REMOVE_ORPHAN_RELATIONS = """
FOR r IN @@relations
  FILTER (@document IN r.sources[*].document
          AND LENGTH(r.sources[* FILTER CURRENT.document != @document]) == 0)
      OR r._from IN @removed_entities OR r._to IN @removed_entities
  REMOVE r IN @@relations
  RETURN OLD._key
"""

RELEASE_RELATIONS = """
FOR r IN @@relations
  FILTER @document IN r.sources[*].document
  UPDATE r WITH {
    sources: r.sources[* FILTER CURRENT.document != @document],
    evidence: r.evidence[* FILTER CURRENT.chunk NOT IN @chunk_keys],
    updated_at: @now
  } IN @@relations
  RETURN NEW._key
"""

REMOVE_DOCUMENT_MERGES = """
FOR m IN @@entity_merges
  FILTER m.document == @document
  REMOVE m IN @@entity_merges
  RETURN OLD._key
"""

REMOVE_DANGLING_MENTIONS = """
FOR m IN @@mentions
  FILTER m._to IN @removed_entities
  REMOVE m IN @@mentions
  RETURN OLD._key
"""
