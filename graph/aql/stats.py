"""AQL for counts and statistics of a tenant database."""

GRAPH_STATS = """
RETURN {
  counts: {
    documents: LENGTH(@@documents),
    chunks: LENGTH(@@chunks),
    entities: LENGTH(@@entities),
    has_chunk: LENGTH(@@has_chunk),
    mentions: LENGTH(@@mentions),
    relations: LENGTH(@@relations)
  },
  documents_by_status: MERGE(
    FOR d IN @@documents COLLECT status = d.status WITH COUNT INTO n RETURN {[status]: n}
  ),
  entities_by_type: MERGE(
    FOR e IN @@entities COLLECT type = e.type WITH COUNT INTO n RETURN {[type]: n}
  ),
  relations_by_type: MERGE(
    FOR r IN @@relations COLLECT type = r.type WITH COUNT INTO n RETURN {[type]: n}
  )
}
"""
