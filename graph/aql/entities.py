"""AQL over ``entities``."""

UPSERT_ENTITY = """
UPSERT {canonical_id: @canonical_id, type: @type}
  INSERT MERGE(@entity, {
    aliases: REMOVE_VALUE(UNIQUE(@entity.aliases), @entity.name),
    sources: [{document: @document, count: 1}],
    created_at: @now, updated_at: @now
  })
  UPDATE {
    aliases: REMOVE_VALUE(
      UNIQUE(APPEND(OLD.aliases, APPEND(@entity.aliases, @entity.name))), OLD.name
    ),
    description: NOT_NULL(OLD.description, @entity.description),
    embedding: NOT_NULL(OLD.embedding, @entity.embedding),
    conditions: UNION_DISTINCT(OLD.conditions, @entity.conditions),
    sources: APPEND(
      OLD.sources[* FILTER CURRENT.document != @document],
      [{document: @document,
        count: (FIRST(OLD.sources[* FILTER CURRENT.document == @document].count) || 0) + 1}]
    ),
    updated_at: @now
  }
  IN @@entities
  RETURN UNSET(NEW, "embedding")
"""

GET_ENTITY = """
LET e = DOCUMENT(@@entities, @key)
RETURN e == null ? null : UNSET(e, "embedding")
"""

FIND_ENTITY = """
FOR e IN @@entities
  FILTER e.canonical_id == @canonical_id AND e.type == @type
  LIMIT 1
  RETURN UNSET(e, "embedding")
"""

ENTITIES_BY_NAME = """
FOR e IN @@entities
  FILTER e.name == @name OR @name IN e.aliases
  SORT e.type, e._key
  LIMIT @limit
  RETURN UNSET(e, "embedding")
"""
