"""Conformance cases arangolite does not pass yet, each with its reason.

Each entry is an expected failure (strict): when a gap is closed the case passes,
the strict xfail turns red, and the entry must be removed.
"""

from __future__ import annotations

KNOWN_GAPS: dict[str, str] = {}
