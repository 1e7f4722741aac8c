"""Timestamps as stored: ISO 8601 in UTC with milliseconds."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> str:
    """The current time, e.g. ``2026-01-31T12:00:00.000+00:00``."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")
