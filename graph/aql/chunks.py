"""AQL over ``chunks``, their ``has_chunk`` edges and ``mentions``."""

INSERT_CHUNKS = """
LET doc = DOCUMENT(@@documents, @document)
FILTER doc != null
FOR c IN @chunks
  LET chunk = MERGE(c, {_key: CONCAT(doc._key, "-", c.ordinal), document: doc._key})
  INSERT chunk INTO @@chunks OPTIONS {overwriteMode: "replace"}
  LET chunk_id = NEW._id
  INSERT {_key: chunk._key, _from: doc._id, _to: chunk_id}
    INTO @@has_chunk OPTIONS {overwriteMode: "replace"}
  RETURN UNSET(chunk, "embedding")
"""

GET_CHUNK = """
LET c = DOCUMENT(@@chunks, @key)
RETURN c == null ? null : UNSET(c, "embedding")
"""

DOCUMENT_CHUNKS = """
FOR c IN @@chunks
  FILTER c.document == @document
  SORT c.ordinal
  RETURN UNSET(c, "embedding")
"""

MISSING_MENTION_ENDPOINTS = """
FOR m IN @mentions
  FILTER DOCUMENT(@@chunks, m.chunk) == null OR DOCUMENT(@@entities, m.entity) == null
  RETURN {chunk: m.chunk, entity: m.entity}
"""

INSERT_MENTIONS = """
FOR m IN @mentions
  LET chunk = DOCUMENT(@@chunks, m.chunk)
  LET entity = DOCUMENT(@@entities, m.entity)
  FILTER chunk != null AND entity != null
  INSERT {
    _key: m.key, _from: chunk._id, _to: entity._id, document: chunk.document,
    start: m.start, end: m.end, text: m.text
  } INTO @@mentions OPTIONS {overwriteMode: "ignore"}
  RETURN NEW._key
"""

ENTITY_MENTIONS = """
FOR m IN @@mentions
  FILTER m._to == @entity_id
  SORT m.document, m._from, m.start
  LIMIT @limit
  RETURN {chunk: PARSE_IDENTIFIER(m._from).key, document: m.document,
          start: m.start, end: m.end, text: m.text}
"""
