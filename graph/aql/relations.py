"""AQL over ``relations``."""

ENDPOINT_TYPES = """
FOR key IN @keys
  LET e = DOCUMENT(@@entities, key)
  RETURN {key, type: e.type}
"""

UPSERT_RELATION = """
LET source = DOCUMENT(@@entities, @source)
LET target = DOCUMENT(@@entities, @target)
FILTER source != null AND target != null
UPSERT {_from: source._id, _to: target._id, type: @type}
INSERT {
  _from: source._id, _to: target._id, type: @type, evidence: UNIQUE(@evidence),
  sources: [{document: @document, count: 1}], created_at: @now, updated_at: @now
}
UPDATE {
  evidence: UNION_DISTINCT(OLD.evidence, @evidence),
  sources: APPEND(
    OLD.sources[* FILTER CURRENT.document != @document],
    [{document: @document,
      count: (FIRST(OLD.sources[* FILTER CURRENT.document == @document].count) || 0) + 1}]
  ),
  updated_at: @now
}
IN @@relations
RETURN NEW
"""

GET_RELATION = """
RETURN DOCUMENT(@@relations, @key)
"""

ENTITY_RELATIONS = """
FOR r IN @@relations
  FILTER r._from == @entity_id OR r._to == @entity_id
  SORT r.type, r._key
  LIMIT @limit
  RETURN r
"""
