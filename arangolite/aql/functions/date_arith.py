"""AQL date arithmetic: DATE_ADD, DATE_SUBTRACT, DATE_TRUNC and DATE_ROUND (date.md).

With a time zone, the date is converted to local wall time, the arithmetic
happens there, and the result is converted back to UTC. Years and months are
calendar steps (the day of month is kept, overflowing into the next month);
fractions of them continue in the smaller unit (a month fraction counts as
30 days), as in ArangoDB.
"""

from __future__ import annotations

import math
from typing import Any

from arangolite.aql.functions.date_core import (
    MS_PER_DAY,
    MS_PER_HOUR,
    MS_PER_MINUTE,
    MS_PER_SECOND,
    Unit,
    civil,
    civil_from_days,
    date_warning,
    days_from_civil,
    iso_value,
    parse_duration,
    parse_unit,
    time_point,
)
from arangolite.aql.functions.date_zones import localize, unlocalize
from arangolite.aql.functions.registry import FunctionContext, Registry, invalid_argument
from arangolite.aql.functions.string_args import to_int64
from arangolite.aql.values import is_number

registry = Registry()

UTC = "UTC"
_UNIT_MS = {
    Unit.WEEK: 7 * MS_PER_DAY,
    Unit.DAY: MS_PER_DAY,
    Unit.HOUR: MS_PER_HOUR,
    Unit.MINUTE: MS_PER_MINUTE,
    Unit.SECOND: MS_PER_SECOND,
    Unit.MILLISECOND: 1,
}
_MONTH_FRACTION_DAYS = 30
# DATE_ROUND's units (matched case-sensitively) and their size in milliseconds
_ROUND_UNITS = {
    **dict.fromkeys(("f", "millisecond", "milliseconds"), 1),
    **dict.fromkeys(("s", "second", "seconds"), MS_PER_SECOND),
    **dict.fromkeys(("i", "minute", "minutes"), MS_PER_MINUTE),
    **dict.fromkeys(("h", "hour", "hours"), MS_PER_HOUR),
    **dict.fromkeys(("d", "day", "days"), MS_PER_DAY),
}


def _add_months(timestamp: int, months: int) -> int:
    """Move by whole months keeping day and time (day overflow rolls into the next month)."""
    days, time_ms = divmod(timestamp, MS_PER_DAY)
    year, month, day = civil_from_days(days)
    year, month_index = divmod(year * 12 + month - 1 + months, 12)
    return days_from_civil(year, month_index + 1, day) * MS_PER_DAY + time_ms


def _shift_by_unit(timestamp: int, amount: int | float, unit: Unit, subtract: bool) -> int:
    """The timestamp moved by ``amount`` units (years and months as calendar steps)."""
    whole_only = isinstance(amount, int)
    units = float(amount)
    if units < 0:
        subtract, units = not subtract, -units
    sign = -1 if subtract else 1
    months = 0
    milliseconds = 0.0
    if unit in (Unit.YEAR, Unit.MONTH):
        if unit == Unit.YEAR:
            fraction, whole = math.modf(units)
            months, units = 12 * int(whole), fraction * 12
        if not (unit == Unit.YEAR and (whole_only or units == 0.0)):
            fraction, whole = math.modf(units)
            months += int(whole)
            if not (whole_only or fraction == 0.0):
                milliseconds = fraction * _MONTH_FRACTION_DAYS * MS_PER_DAY
    else:
        milliseconds = units * _UNIT_MS[unit]
    return _add_months(timestamp, sign * months) + sign * int(milliseconds)


def _finish(ctx: FunctionContext, name: str, local: int, timezone: str) -> str | None:
    result = unlocalize(timezone, local) if timezone != UTC else local
    return iso_value(ctx, name, result)


def _add(ctx: FunctionContext, name: str, args: tuple[Any, ...], subtract: bool) -> str | None:
    date, amount, *rest = args
    timestamp = time_point(ctx, name, date)
    if timestamp is None:
        return None
    zoned = len(args) == 4 or (len(args) == 3 and isinstance(amount, str))
    timezone = UTC
    if zoned:
        if not isinstance(rest[-1], str):
            invalid_argument(ctx, name)
            return None
        timezone = rest[-1]
        timestamp = localize(timezone, timestamp)
    if len(args) == 4 or (len(args) == 3 and not zoned):
        unit = parse_unit(rest[0]) if isinstance(rest[0], str) else None
        if not is_number(amount) or not isinstance(rest[0], str):
            invalid_argument(ctx, name)
            return None
        if unit is None:
            date_warning(ctx, name)
            return None
        return _finish(ctx, name, _shift_by_unit(timestamp, amount, unit, subtract), timezone)
    duration = parse_duration(amount) if isinstance(amount, str) else None
    if not isinstance(amount, str):
        invalid_argument(ctx, name)
        return None
    if duration is None:
        date_warning(ctx, name)
        return None
    sign = -1 if subtract else 1
    moved = _add_months(timestamp, sign * (duration.years * 12 + duration.months))
    return _finish(ctx, name, moved + sign * duration.fixed_ms, timezone)


@registry.function("DATE_ADD", 2, 4)
def date_add(ctx: FunctionContext, *args: Any) -> str | None:
    """``DATE_ADD(date, amount, unit[, timezone])`` or ``DATE_ADD(date, isoDuration[, tz])``."""
    return _add(ctx, "DATE_ADD", args, subtract=False)


@registry.function("DATE_SUBTRACT", 2, 4)
def date_subtract(ctx: FunctionContext, *args: Any) -> str | None:
    """Like DATE_ADD, going back in time."""
    return _add(ctx, "DATE_SUBTRACT", args, subtract=True)


def _zone_argument(ctx: FunctionContext, name: str, timezone: tuple[Any, ...]) -> str | None:
    """The optional time zone argument (``UTC`` when absent); None after a warning."""
    if not timezone:
        return UTC
    if not isinstance(timezone[0], str):
        invalid_argument(ctx, name)
        return None
    return timezone[0]


def _truncated(timestamp: int, unit: Unit) -> int:
    fields = civil(timestamp)
    if unit == Unit.YEAR:
        return days_from_civil(fields.year, 1, 1) * MS_PER_DAY
    if unit == Unit.MONTH:
        return days_from_civil(fields.year, fields.month, 1) * MS_PER_DAY
    size = _UNIT_MS[unit]
    return fields.days * MS_PER_DAY + fields.time_ms // size * size


@registry.function("DATE_TRUNC", 2, 3)
def date_trunc(ctx: FunctionContext, date: Any, unit: Any, *timezone: Any) -> str | None:
    """The date with every part below ``unit`` reset (e.g. ``"month"`` → the 1st, 00:00)."""
    timestamp = time_point(ctx, "DATE_TRUNC", date)
    if timestamp is None:
        return None
    if not isinstance(unit, str):
        invalid_argument(ctx, "DATE_TRUNC")
        return None
    zone = _zone_argument(ctx, "DATE_TRUNC", timezone)
    if zone is None:
        return None
    local = localize(zone, timestamp) if timezone else timestamp
    parsed = parse_unit(unit)
    if parsed is None or parsed == Unit.WEEK:
        date_warning(ctx, "DATE_TRUNC")
        return None
    result = _truncated(local, parsed)
    return iso_value(ctx, "DATE_TRUNC", unlocalize(zone, result) if timezone else result)


@registry.function("DATE_ROUND", 3, 4)
def date_round(
    ctx: FunctionContext, date: Any, amount: Any, unit: Any, *timezone: Any
) -> str | None:
    """The start of the ``amount`` times ``unit`` bucket the date falls into."""
    timestamp = time_point(ctx, "DATE_ROUND", date)
    if timestamp is None:
        return None
    if not is_number(amount) or not isinstance(unit, str):
        invalid_argument(ctx, "DATE_ROUND")
        return None
    zone = _zone_argument(ctx, "DATE_ROUND", timezone)
    if zone is None:
        return None
    local = localize(zone, timestamp) if timezone else timestamp
    count = to_int64(amount)
    if count <= 0 or unit not in _ROUND_UNITS:
        invalid_argument(ctx, "DATE_ROUND")
        return None
    bucket = _ROUND_UNITS[unit] * count
    quotient = abs(local) // bucket  # C++ integer division truncates toward zero
    rounded = (quotient if local >= 0 else -quotient) * bucket
    return iso_value(ctx, "DATE_ROUND", unlocalize(zone, rounded) if timezone else rounded)
