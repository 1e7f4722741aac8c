"""AQL's DATE_FORMAT (date.md).

The format string holds ``%`` placeholders (``%yyyy``, ``%mm``, ``%dd``, …).
Like ArangoDB, placeholders are matched left to right, trying the longer forms
first, and are case-sensitive; ``%&`` separates a placeholder from following
letters, ``%%`` is a literal ``%`` and a lone ``%`` is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from arangolite.aql.functions.date_core import Civil, days_in_month, is_leap, iso_week
from arangolite.aql.functions.dates import local_fields
from arangolite.aql.functions.registry import FunctionContext, Registry, invalid_argument

registry = Registry()

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAY_NAMES = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")


def _signed_year6(year: int) -> str:
    """``%yyyyyy``: sign and at least six digits."""
    if year < 0:
        return f"-{-year:06d}"
    return str(year) if year > 99999 else f"+{year:06d}"


def _year4(year: int) -> str:
    """``%yyyy``, including ArangoDB's padding quirk for the years 9, 99 and 999."""
    if year < 0:
        return f"-{-year:04d}"
    if year < 9:
        return f"000{year}"
    if year < 99:
        return f"00{year}"
    if year < 999:
        return f"0{year}"
    return str(year)[-4:]


def _year2(year: int) -> str:
    """``%yy``: the last two digits (the sign of negative years is dropped)."""
    return f"0{abs(year)}" if -10 < year < 10 else str(abs(year))[-2:]


def _iso_string(f: Civil) -> str:
    year = f"-{-f.year:04d}" if f.year < 0 else f"{f.year:04d}"
    return (
        f"{year}-{f.month:02d}-{f.day:02d}T{f.hour:02d}:{f.minute:02d}:"
        f"{f.second:02d}.{f.millisecond:03d}Z"
    )


def _timestamp(f: Civil) -> str:
    return str(f.days * 86_400_000 + f.time_ms)


# placeholder -> formatter, in the order ArangoDB tries them
_PLACEHOLDERS: dict[str, Callable[[Civil], str]] = {
    "%&": lambda f: "",
    "%yyyyyy": lambda f: _signed_year6(f.year),
    "%mmmm": lambda f: MONTH_NAMES[f.month - 1],
    "%yyyy": lambda f: _year4(f.year),
    "%wwww": lambda f: WEEKDAY_NAMES[f.weekday],
    "%mmm": lambda f: MONTH_NAMES[f.month - 1][:3],
    "%www": lambda f: WEEKDAY_NAMES[f.weekday][:3],
    "%fff": lambda f: f"{f.millisecond:03d}",
    "%xxx": lambda f: f"{f.day_of_year:03d}",
    "%yy": lambda f: _year2(f.year),
    "%mm": lambda f: f"{f.month:02d}",
    "%dd": lambda f: f"{f.day:02d}",
    "%hh": lambda f: f"{f.hour:02d}",
    "%ii": lambda f: f"{f.minute:02d}",
    "%ss": lambda f: f"{f.second:02d}",
    "%kk": lambda f: f"{iso_week(f.days)[1]:02d}",
    "%t": _timestamp,
    "%z": _iso_string,
    "%w": lambda f: str(f.weekday),
    "%y": lambda f: str(f.year),
    "%m": lambda f: str(f.month),
    "%d": lambda f: str(f.day),
    "%h": lambda f: str(f.hour),
    "%i": lambda f: str(f.minute),
    "%s": lambda f: str(f.second),
    "%f": lambda f: str(f.millisecond),
    "%x": lambda f: str(f.day_of_year),
    "%k": lambda f: str(iso_week(f.days)[1]),
    "%l": lambda f: "1" if is_leap(f.year) else "0",
    "%q": lambda f: str((f.month + 2) // 3),
    "%a": lambda f: str(days_in_month(f.year, f.month)),
    "%%": lambda f: "%",
    "%": lambda f: "",
}
_PLACEHOLDER = re.compile("|".join(re.escape(p) for p in _PLACEHOLDERS))


def format_date(template: str, fields: Civil) -> str:
    """Fill the placeholders of ``template`` from the calendar fields."""
    return _PLACEHOLDER.sub(lambda m: _PLACEHOLDERS[m.group(0)](fields), template)


@registry.function("DATE_FORMAT", 2, 3)
def date_format(ctx: FunctionContext, date: Any, template: Any, *timezone: Any) -> str | None:
    """The date formatted by ``template``, optionally read in a time zone."""
    fields = local_fields(ctx, "DATE_FORMAT", date, ())
    if fields is None:
        return None
    if not isinstance(template, str):
        invalid_argument(ctx, "DATE_FORMAT")
        return None
    if timezone:
        fields = local_fields(ctx, "DATE_FORMAT", date, timezone)
        if fields is None:
            return None
    return format_date(template, fields)
