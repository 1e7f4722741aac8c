"""AQL that writes one document's contribution in batches (run in one stream transaction).

The ingestion writer runs these in order: the document, its chunks (``INSERT_CHUNKS``
of ``graph.aql.chunks``), entity upserts, mentions, relation upserts and the merge log.
Each entity and relation carries the number of times this document supports it, so
``sources`` stays a refcount per document.
"""

DOCUMENTS_BY_FILENAME = """
FOR d IN @@documents
  FILTER d.filename == @filename
  SORT d.created_at
  RETURN d
"""

INSERT_READY_DOCUMENT = """
INSERT MERGE(@document, {_key: @key, status: @status, created_at: @now, updated_at: @now})
  INTO @@documents
  RETURN NEW
"""

ENTITY_TYPE_CLASHES = """
FOR e IN @entities
  FOR stored IN @@entities
    FILTER stored.canonical_id == e.canonical_id AND stored.type != e.type
    LIMIT 1
    RETURN {canonical_id: e.canonical_id, type: e.type, stored_type: stored.type,
            key: stored._key, name: stored.name}
"""

UPSERT_ENTITIES = """
FOR e IN @entities
  UPSERT {canonical_id: e.canonical_id, type: e.type}
    INSERT {
      name: e.name, type: e.type, canonical_id: e.canonical_id,
      aliases: REMOVE_VALUE(UNIQUE(e.aliases), e.name),
      description: e.description, embedding: e.embedding, attributes: e.attributes,
      conditions: e.conditions,
      sources: [{document: @document, count: e.count}],
      created_at: @now, updated_at: @now
    }
    UPDATE {
      aliases: REMOVE_VALUE(UNIQUE(APPEND(OLD.aliases, APPEND(e.aliases, e.name))), OLD.name),
      description: NOT_NULL(OLD.description, e.description),
      embedding: NOT_NULL(OLD.embedding, e.embedding),
      attributes: MERGE(e.attributes, OLD.attributes || {}),
      conditions: UNION_DISTINCT(OLD.conditions || [], e.conditions),
      sources: APPEND(
        OLD.sources[* FILTER CURRENT.document != @document],
        [{document: @document, count: e.count}]
      ),
      updated_at: @now
    }
  IN @@entities
  RETURN {key: NEW._key, type: NEW.type, canonical_id: NEW.canonical_id}
"""

INSERT_DOCUMENT_MENTIONS = """
FOR m IN @mentions
  INSERT {
    _key: m.key, _from: CONCAT(@chunks_prefix, m.chunk), _to: CONCAT(@entities_prefix, m.entity),
    document: @document, start: m.start, end: m.end, text: m.text
  } INTO @@mentions OPTIONS {overwriteMode: "ignore"}
  COLLECT WITH COUNT INTO inserted
  RETURN inserted
"""

UPSERT_RELATIONS = """
FOR r IN @relations
  LET source = CONCAT(@entities_prefix, r.source)
  LET target = CONCAT(@entities_prefix, r.target)
  UPSERT {_from: source, _to: target, type: r.type}
    INSERT {
      _from: source, _to: target, type: r.type, evidence: r.evidence, method: r.method,
      sources: [{document: @document, count: r.count}], created_at: @now, updated_at: @now
    }
    UPDATE {
      evidence: UNION_DISTINCT(OLD.evidence, r.evidence),
      sources: APPEND(
        OLD.sources[* FILTER CURRENT.document != @document],
        [{document: @document, count: r.count}]
      ),
      updated_at: @now
    }
  IN @@relations
  RETURN NEW._key
"""

INSERT_MERGES = """
FOR m IN @merges
  INSERT MERGE(m, {document: @document, at: @now, reverted_at: null, split_into: null})
    INTO @@entity_merges
  RETURN NEW._key
"""
