"""AQL an analyst can paste into arangosh or the web UI (shown in docs/architecture.md).

Kept here so the test suite runs them exactly as documented.
"""

# What feeds a piece of equipment, and at what conditions does it operate?
WHAT_FEEDS = """
FOR target IN entities
  FILTER target.type == "equipment" AND target.canonical_id == @tag
  LET feeds = (
    FOR source, rel, path IN 1..2 INBOUND target relations
      FILTER path.edges[*].type ALL == "FEEDS"
      RETURN DISTINCT {name: source.name, type: source.type}
  )
  LET conditions = (
    FOR condition, rel IN 1..1 OUTBOUND target relations
      FILTER rel.type == "OPERATES_AT"
      RETURN condition.name
  )
  LET cited_in = (
    FOR chunk IN 1..1 INBOUND target mentions
      FOR doc IN 1..1 INBOUND chunk has_chunk
        RETURN DISTINCT doc.title
  )
  RETURN {equipment: target.name, feeds, conditions, cited_in}
"""
