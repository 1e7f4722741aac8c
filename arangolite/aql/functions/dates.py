"""AQL date functions that build dates or read their parts (date.md).

DATE_NOW, DATE_ISO8601, DATE_TIMESTAMP and the component
functions DATE_DAYOFWEEK, DATE_YEAR, DATE_MONTH, DATE_DAY, DATE_HOUR,
DATE_MINUTE, DATE_SECOND, DATE_MILLISECOND, DATE_DAYOFYEAR, DATE_ISOWEEK,
DATE_ISOWEEKYEAR, DATE_LEAPYEAR, DATE_QUARTER and DATE_DAYS_IN_MONTH. Dates
are timestamps in milliseconds or ISO 8601 strings; most component functions
take an optional time zone in which to read the date.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from arangolite.aql.functions.date_core import (
    MAX_YEAR,
    MS_PER_DAY,
    MS_PER_HOUR,
    MS_PER_MINUTE,
    MS_PER_SECOND,
    Civil,
    civil,
    date_warning,
    days_from_civil,
    days_in_month,
    is_leap,
    iso_value,
    iso_week,
    time_point,
)
from arangolite.aql.functions.date_zones import localize
from arangolite.aql.functions.registry import FunctionContext, Registry, invalid_argument
from arangolite.aql.functions.string_args import to_int64
from arangolite.aql.values import is_number

registry = Registry()

_MAX_MILLISECOND = 999


@registry.function("DATE_NOW", 0, 0, deterministic=False)
def date_now(ctx: FunctionContext) -> int:
    """The current time as a millisecond timestamp."""
    return time.time_ns() // 1_000_000


def _from_components(ctx: FunctionContext, name: str, args: tuple[Any, ...]) -> int | None:
    """Timestamp of (year, month, day[, hour, minute, second, millisecond]); overflow rolls."""
    if len(args) < 3 or not all(is_number(a) or isinstance(a, str) for a in args):
        invalid_argument(ctx, name)
        return None
    year, month, day, *clock = (to_int64(a) for a in args)
    if not 0 <= year <= MAX_YEAR or month < 0 or day < 0 or any(part < 0 for part in clock):
        date_warning(ctx, name)
        return None
    hour, minute, second, millisecond = (*clock, 0, 0, 0, 0)[:4]
    return (
        days_from_civil(year, month, day) * MS_PER_DAY
        + hour * MS_PER_HOUR
        + minute * MS_PER_MINUTE
        + second * MS_PER_SECOND
        + min(millisecond, _MAX_MILLISECOND)
    )


def _timestamp(ctx: FunctionContext, name: str, args: tuple[Any, ...]) -> int | None:
    if len(args) == 1:
        return time_point(ctx, name, args[0])
    return _from_components(ctx, name, args)


@registry.function("DATE_TIMESTAMP", 1, 7)
def date_timestamp(ctx: FunctionContext, *args: Any) -> int | None:
    """Timestamp of a date, or of separate year, month, day, … components."""
    return _timestamp(ctx, "DATE_TIMESTAMP", args)


@registry.function("DATE_ISO8601", 1, 7)
def date_iso8601(ctx: FunctionContext, *args: Any) -> str | None:
    """ISO 8601 string (UTC) of a date, or of separate year, month, day, … components."""
    timestamp = _timestamp(ctx, "DATE_ISO8601", args)
    return None if timestamp is None else iso_value(ctx, "DATE_ISO8601", timestamp)


def local_fields(
    ctx: FunctionContext, name: str, date: Any, timezone: tuple[Any, ...]
) -> Civil | None:
    """Calendar fields of a date argument, read in the optional time zone."""
    timestamp = time_point(ctx, name, date)
    if timestamp is None:
        return None
    if timezone:
        if not isinstance(timezone[0], str):
            invalid_argument(ctx, name)
            return None
        timestamp = localize(timezone[0], timestamp)
    return civil(timestamp)


def _component(name: str, extract: Callable[[Civil], Any], *, zoned: bool = True) -> None:
    def component(ctx: FunctionContext, date: Any, *timezone: Any) -> Any:
        fields = local_fields(ctx, name, date, timezone)
        return None if fields is None else extract(fields)

    component.__name__ = name.lower()
    component.__doc__ = f"{name}(date{', timezone' if zoned else ''})"
    registry.function(name, 1, 2 if zoned else 1)(component)


def _iso_week_year(fields: Civil) -> dict[str, int]:
    year, week = iso_week(fields.days)
    return {"week": week, "year": year}


_component("DATE_DAYOFWEEK", lambda f: f.weekday)
_component("DATE_YEAR", lambda f: f.year)
_component("DATE_MONTH", lambda f: f.month)
_component("DATE_DAY", lambda f: f.day)
_component("DATE_HOUR", lambda f: f.hour)
_component("DATE_MINUTE", lambda f: f.minute)
_component("DATE_SECOND", lambda f: f.second, zoned=False)
_component("DATE_MILLISECOND", lambda f: f.millisecond, zoned=False)
_component("DATE_DAYOFYEAR", lambda f: f.day_of_year)
_component("DATE_ISOWEEK", lambda f: iso_week(f.days)[1])
_component("DATE_ISOWEEKYEAR", _iso_week_year)
_component("DATE_LEAPYEAR", lambda f: is_leap(f.year))
_component("DATE_QUARTER", lambda f: (f.month + 2) // 3)
_component("DATE_DAYS_IN_MONTH", lambda f: days_in_month(f.year, f.month))
