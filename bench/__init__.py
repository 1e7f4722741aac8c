"""Benchmarks: scripts whose results go to docs/benchmarks.md (never asserted in tests)."""
