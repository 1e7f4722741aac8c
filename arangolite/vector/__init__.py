"""Vector indexes and APPROX_NEAR_* search."""
