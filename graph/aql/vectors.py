"""AQL for vector-index bookkeeping."""

COUNT_VECTORS = """
FOR d IN @@collection
  FILTER d.@field != null
  COLLECT WITH COUNT INTO n
  RETURN n
"""
