"""ISO 8601 durations and date strings as milliseconds, for range-based WINDOW."""

from __future__ import annotations

import re
from datetime import UTC, datetime

_DURATION = re.compile(
    r"^P(?:(?P<y>\d+(?:\.\d+)?)Y)?(?:(?P<mo>\d+(?:\.\d+)?)M)?(?:(?P<w>\d+(?:\.\d+)?)W)?"
    r"(?:(?P<d>\d+(?:\.\d+)?)D)?(?:T(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<mi>\d+(?:\.\d+)?)M)?"
    r"(?:(?P<s>\d+(?:\.\d+)?)S)?)?$"
)
_MS = {
    "y": 365 * 86_400_000,
    "mo": 30 * 86_400_000,
    "w": 7 * 86_400_000,
    "d": 86_400_000,
    "h": 3_600_000,
    "mi": 60_000,
    "s": 1_000,
}


def duration_to_ms(text: str) -> float | None:
    """``"PT1H30M"`` → 5400000.0; None if ``text`` is not an ISO 8601 duration.

    Years and months count as 365 and 30 days (a window bound, not calendar arithmetic).
    """
    match = _DURATION.match(text.strip())
    if match is None or text.strip() in ("P", "PT"):
        return None
    return sum(float(v) * _MS[k] for k, v in match.groupdict().items() if v)


def date_to_ms(text: str) -> float | None:
    """An ISO 8601 date string as milliseconds since the epoch (UTC), or None."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp() * 1000.0
