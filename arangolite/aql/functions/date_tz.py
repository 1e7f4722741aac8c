"""AQL time zone functions (date.md).

DATE_UTCTOLOCAL, DATE_LOCALTOUTC, DATE_TIMEZONE and DATE_TIMEZONES. With
``zoneinfo`` set to true, the conversions also describe the zone period in
effect: its abbreviation, begin and end (UTC, null when unbounded), whether
daylight saving time is active and the UTC offset in seconds.
"""

from __future__ import annotations

from typing import Any

from arangolite.aql.functions.date_core import format_iso, iso_value, time_point
from arangolite.aql.functions.date_tzif import Period
from arangolite.aql.functions.date_zones import (
    localize,
    system_timezone,
    timezone_names,
    tzdb_version,
    unlocalize,
    zone_period,
)
from arangolite.aql.functions.registry import FunctionContext, Registry, invalid_argument

registry = Registry()


def _arguments(
    ctx: FunctionContext, name: str, date: Any, timezone: Any, detail: tuple[Any, ...]
) -> tuple[int, str, bool] | None:
    """(timestamp, zone name, whether to describe the zone), or None after a warning."""
    timestamp = time_point(ctx, name, date)
    if timestamp is None:
        return None
    if not isinstance(timezone, str) or (detail and not isinstance(detail[0], bool)):
        invalid_argument(ctx, name)
        return None
    return timestamp, timezone, bool(detail and detail[0])


def _bound(instant: int | None) -> str | None:
    return None if instant is None else format_iso(instant)


def _zone_info(period: Period) -> dict[str, Any]:
    return {
        "name": period.abbreviation,
        "begin": _bound(period.begin),
        "end": _bound(period.end),
        "dst": period.dst,
        "offset": period.offset,
    }


@registry.function("DATE_UTCTOLOCAL", 2, 3)
def date_utc_to_local(
    ctx: FunctionContext, date: Any, timezone: Any, *detail: Any
) -> str | dict[str, Any] | None:
    """The local wall time (ISO string without ``Z``, unless the zone is UTC-like) of a date."""
    parsed = _arguments(ctx, "DATE_UTCTOLOCAL", date, timezone, detail)
    if parsed is None:
        return None
    timestamp, zone, describe = parsed
    period = zone_period(zone, timestamp)
    zulu = period.offset == 0 and not period.dst
    local = iso_value(ctx, "DATE_UTCTOLOCAL", localize(zone, timestamp), zulu=zulu)
    if not describe:
        return local
    return {"local": local, "tzdb": tzdb_version(), "zoneInfo": _zone_info(period)}


@registry.function("DATE_LOCALTOUTC", 2, 3)
def date_local_to_utc(
    ctx: FunctionContext, date: Any, timezone: Any, *detail: Any
) -> str | dict[str, Any] | None:
    """The UTC ISO string of a local wall time in ``timezone``."""
    parsed = _arguments(ctx, "DATE_LOCALTOUTC", date, timezone, detail)
    if parsed is None:
        return None
    timestamp, zone, describe = parsed
    instant = unlocalize(zone, timestamp)
    utc = iso_value(ctx, "DATE_LOCALTOUTC", instant)
    if not describe:
        return utc
    period = zone_period(zone, instant)
    return {"utc": utc, "tzdb": tzdb_version(), "zoneInfo": _zone_info(period)}


@registry.function("DATE_TIMEZONE", 0, 0)
def date_timezone(ctx: FunctionContext) -> str | None:
    """The server's time zone name (e.g. ``"Etc/UTC"``)."""
    return system_timezone()


@registry.function("DATE_TIMEZONES", 0, 0)
def date_timezones(ctx: FunctionContext) -> list[str]:
    """All known time zone names."""
    return list(timezone_names())
