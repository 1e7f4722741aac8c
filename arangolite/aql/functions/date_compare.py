"""AQL's DATE_DIFF and DATE_COMPARE (date.md).

DATE_DIFF measures in fixed-length units: a year is 365.2425 days and a month
a twelfth of that. DATE_COMPARE compares the calendar parts of two dates from
one unit down to another.
"""

from __future__ import annotations

import math
from typing import Any

from arangolite.aql.functions.date_core import (
    MS_PER_DAY,
    MS_PER_HOUR,
    MS_PER_MINUTE,
    MS_PER_SECOND,
    Civil,
    Unit,
    civil,
    date_warning,
    parse_unit,
    time_point,
)
from arangolite.aql.functions.date_zones import localize
from arangolite.aql.functions.registry import FunctionContext, Registry, invalid_argument

registry = Registry()

_YEAR_MS = 146097 * MS_PER_DAY / 400  # 365.2425 days
_UNIT_MS: dict[Unit, float] = {
    Unit.YEAR: _YEAR_MS,
    Unit.MONTH: _YEAR_MS / 12,
    Unit.WEEK: 7 * MS_PER_DAY,
    Unit.DAY: MS_PER_DAY,
    Unit.HOUR: MS_PER_HOUR,
    Unit.MINUTE: MS_PER_MINUTE,
    Unit.SECOND: MS_PER_SECOND,
    Unit.MILLISECOND: 1,
}


def round_half_away(value: float) -> int:
    """C's ``round``: halves go away from zero."""
    magnitude = abs(value)
    whole = math.floor(magnitude)
    if magnitude - whole >= 0.5:
        whole += 1
    return int(whole) if value >= 0 else -int(whole)


def _diff_zones(
    ctx: FunctionContext, rest: tuple[Any, ...], first: int, second: int
) -> tuple[int, int, bool] | None:
    """Apply DATE_DIFF's optional (asFloat, timezone1, timezone2) arguments as ArangoDB does."""
    as_float = False
    option = rest[0]
    if isinstance(option, bool):
        as_float = option
    elif isinstance(option, str):
        first = localize(option, first)
        second = localize(option, second) if len(rest) == 1 else second
    else:
        invalid_argument(ctx, "DATE_DIFF")
        return None
    if len(rest) > 1:
        if not isinstance(rest[1], str):
            invalid_argument(ctx, "DATE_DIFF")
            return None
        if isinstance(option, bool):
            first = localize(rest[1], first)
            second = localize(rest[1], second) if len(rest) == 2 else second
        else:
            second = localize(rest[1], second)
        if len(rest) == 3:
            if not isinstance(rest[2], str):
                invalid_argument(ctx, "DATE_DIFF")
                return None
            second = localize(rest[2], second)
    return first, second, as_float


@registry.function("DATE_DIFF", 3, 6)
def date_diff(
    ctx: FunctionContext, date1: Any, date2: Any, unit: Any, *rest: Any
) -> int | float | None:
    """``date2 - date1`` in ``unit``, rounded unless ``asFloat``; optionally per time zone."""
    first = time_point(ctx, "DATE_DIFF", date1)
    if first is None:
        return None
    second = time_point(ctx, "DATE_DIFF", date2)
    if second is None:
        return None
    if not isinstance(unit, str):
        invalid_argument(ctx, "DATE_DIFF")
        return None
    parsed = parse_unit(unit)
    as_float = False
    if rest:
        zoned = _diff_zones(ctx, rest, first, second)
        if zoned is None:
            return None
        first, second, as_float = zoned
    if parsed is None:
        date_warning(ctx, "DATE_DIFF")
        return None
    difference = (second - first) / _UNIT_MS[parsed]
    return difference if as_float else round_half_away(difference)


# the parts DATE_COMPARE can compare, from the largest down
_PARTS = (Unit.YEAR, Unit.MONTH, Unit.DAY, Unit.HOUR, Unit.MINUTE, Unit.SECOND, Unit.MILLISECOND)


def _part(fields: Civil, unit: Unit) -> int:
    values = {
        Unit.YEAR: fields.year,
        Unit.MONTH: fields.month,
        Unit.DAY: fields.day,
        Unit.HOUR: fields.hour,
        Unit.MINUTE: fields.minute,
        Unit.SECOND: fields.second,
        Unit.MILLISECOND: fields.millisecond,
    }
    return values[unit]


def _compare_zones(
    ctx: FunctionContext, args: tuple[Any, ...], start: Unit
) -> tuple[Unit, int, int] | None:
    """(range end, index of zone 1, index of zone 2); indexes are 0 when no zones are given."""
    end = parse_unit(args[3]) if len(args) > 3 else start
    if len(args) <= 3:
        return start, 0, 0
    if end is None:
        if len(args) > 5:
            invalid_argument(ctx, "DATE_COMPARE")
            return None
        return start, 3, len(args) - 1
    if len(args) > 4:
        return end, 4, len(args) - 1
    return end, 0, 0


@registry.function("DATE_COMPARE", 3, 6)
def date_compare(ctx: FunctionContext, date1: Any, date2: Any, *args: Any) -> bool | None:
    """Whether two dates agree in every part from ``unitRangeStart`` to ``unitRangeEnd``."""
    first = time_point(ctx, "DATE_COMPARE", date1)
    if first is None:
        return None
    second = time_point(ctx, "DATE_COMPARE", date2)
    if second is None:
        return None
    params = (date1, date2, *args)
    start = parse_unit(args[0])
    if start is None:
        invalid_argument(ctx, "DATE_COMPARE")
        return None
    plan = _compare_zones(ctx, params, start)
    if plan is None:
        return None
    end, zone1, zone2 = plan
    if zone1:
        if not isinstance(params[zone1], str) or not isinstance(params[zone2], str):
            invalid_argument(ctx, "DATE_COMPARE")
            return None
        first, second = localize(params[zone1], first), localize(params[zone2], second)
    if start == Unit.WEEK:
        return True
    fields1, fields2 = civil(first), civil(second)
    for unit in _PARTS[_PARTS.index(start) :]:
        if unit != Unit.YEAR and end > unit:
            break
        if _part(fields1, unit) != _part(fields2, unit):
            return False
    return True
