"""AQL over ``entity_merges``, the log of entity resolution, and for reverting a merge."""

LIST_MERGES = """
FOR m IN @@entity_merges
  FILTER @entity == null OR m.entity == @entity
  SORT m.at DESC, m._key
  LIMIT @limit
  RETURN m
"""

GET_MERGE = """
RETURN DOCUMENT(@@entity_merges, @key)
"""

REVERTED_MERGES = """
FOR m IN @@entity_merges
  FILTER m.reverted_at != null
  RETURN DISTINCT {type: m.type, canonical_id: m.canonical_id, alias: m.alias,
                   split_into: m.split_into}
"""

ENTITY_MENTION_SPANS = """
FOR m IN @@mentions
  FILTER m._to == @entity_id
  RETURN {key: m._key, chunk: PARSE_IDENTIFIER(m._from).key, document: m.document,
          start: m.start, end: m.end, text: m.text}
"""

UPSERT_SPLIT_ENTITY = """
LET old = DOCUMENT(@@entities, @entity)
UPSERT {canonical_id: @canonical_id, type: old.type}
  INSERT {
    name: @alias, type: old.type, canonical_id: @canonical_id, aliases: [],
    description: null, attributes: {}, conditions: [], sources: [],
    created_at: @now, updated_at: @now
  }
  UPDATE {updated_at: @now}
  IN @@entities
  RETURN NEW._key
"""

MOVE_MENTIONS = """
FOR key IN @keys
  UPDATE key WITH {_to: @target_id} IN @@mentions
  RETURN NEW._key
"""

SET_SOURCES = """
FOR s IN @updates
  UPDATE s.key WITH {sources: s.sources, aliases: s.aliases, updated_at: @now} IN @@entities
    OPTIONS {mergeObjects: false}
  RETURN NEW._key
"""

ENTITY_RELATION_ENDS = """
FOR r IN @@relations
  FILTER r._from == @entity_id OR r._to == @entity_id
  RETURN {key: r._key, from: r._from, to: r._to, type: r.type, evidence: r.evidence}
"""

REPOINT_RELATIONS = """
FOR r IN @relations
  UPDATE r.key WITH {_from: r.from, _to: r.to, updated_at: @now} IN @@relations
  RETURN NEW._key
"""

MARK_REVERTED = """
FOR m IN @@entity_merges
  FILTER m.entity == @entity AND m.alias == @alias AND m.reverted_at == null
  UPDATE m WITH {reverted_at: @now, split_into: @canonical_id, split_entity: @split_entity}
    IN @@entity_merges
  RETURN NEW._key
"""
