"""AQL for counts and statistics of a tenant database."""

GRAPH_STATS = """
RETURN {
  counts: {
    documents: FIRST(FOR x IN @@documents COLLECT WITH COUNT INTO n RETURN n),
    chunks: FIRST(FOR x IN @@chunks COLLECT WITH COUNT INTO n RETURN n),
    entities: FIRST(FOR x IN @@entities COLLECT WITH COUNT INTO n RETURN n),
    has_chunk: FIRST(FOR x IN @@has_chunk COLLECT WITH COUNT INTO n RETURN n),
    mentions: FIRST(FOR x IN @@mentions COLLECT WITH COUNT INTO n RETURN n),
    relations: FIRST(FOR x IN @@relations COLLECT WITH COUNT INTO n RETURN n)
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
