"""Calendar arithmetic, date parsing and formatting shared by the AQL date functions.

AQL dates are millisecond timestamps (UTC) or ISO 8601 strings. Python's
``datetime`` stops at year 1, but AQL dates reach back to year 0, so this
module does its own proleptic Gregorian arithmetic (Howard Hinnant's
algorithms, the ones ArangoDB's date library uses).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from arangolite import errno
from arangolite.aql.functions.registry import FunctionContext, invalid_argument
from arangolite.aql.functions.reporting import warn
from arangolite.aql.functions.string_args import to_int64
from arangolite.aql.values import is_number

MS_PER_SECOND = 1000
MS_PER_MINUTE = 60 * MS_PER_SECOND
MS_PER_HOUR = 60 * MS_PER_MINUTE
MS_PER_DAY = 24 * MS_PER_HOUR
# "0000-01-01T00:00:00.000Z" .. "9999-12-31T23:59:59.999Z"
MIN_TIMESTAMP = -62167219200000
MAX_TIMESTAMP = 253402300799999
MAX_YEAR = 9999


class Unit(IntEnum):
    """A date unit; the order is ArangoDB's (milliseconds smallest)."""

    MILLISECOND = 1
    SECOND = 2
    MINUTE = 3
    HOUR = 4
    DAY = 5
    WEEK = 6
    MONTH = 7
    YEAR = 8


_UNIT_NAMES = {
    **dict.fromkeys(("y", "year", "years"), Unit.YEAR),
    **dict.fromkeys(("m", "month", "months"), Unit.MONTH),
    **dict.fromkeys(("w", "week", "weeks"), Unit.WEEK),
    **dict.fromkeys(("d", "day", "days"), Unit.DAY),
    **dict.fromkeys(("h", "hour", "hours"), Unit.HOUR),
    **dict.fromkeys(("i", "minute", "minutes"), Unit.MINUTE),
    **dict.fromkeys(("s", "second", "seconds"), Unit.SECOND),
    **dict.fromkeys(("f", "millisecond", "milliseconds"), Unit.MILLISECOND),
}


def parse_unit(value: Any) -> Unit | None:
    """A unit name (case-insensitive, e.g. ``"d"``, ``"day"``, ``"days"``), else None."""
    if not isinstance(value, str):
        return None
    return _UNIT_NAMES.get(value.lower())


def days_from_civil(year: int, month: int, day: int) -> int:
    """Days since 1970-01-01 of a civil date; days beyond the month's end roll over."""
    month, day = month % 256, day % 256  # the date library keeps both in a byte
    year -= 1 if month <= 2 else 0
    era = year // 400
    year_of_era = year - era * 400
    month_index = month - 3 if month > 2 else month + 9
    day_of_year = (153 * month_index + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146097 + day_of_era - 719468


def civil_from_days(days: int) -> tuple[int, int, int]:
    """(year, month, day) of a day number counted from 1970-01-01."""
    days += 719468
    era = days // 146097
    day_of_era = days - era * 146097
    year_of_era = (
        day_of_era - day_of_era // 1460 + day_of_era // 36524 - day_of_era // 146096
    ) // 365
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    month_index = (5 * day_of_year + 2) // 153
    day = day_of_year - (153 * month_index + 2) // 5 + 1
    month = month_index + 3 if month_index < 10 else month_index - 9
    year = year_of_era + era * 400 + (1 if month <= 2 else 0)
    return year, month, day


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


@dataclass(frozen=True, slots=True)
class Civil:
    """The calendar fields of a timestamp."""

    year: int
    month: int
    day: int
    hour: int
    minute: int
    second: int
    millisecond: int
    days: int  # day number since 1970-01-01

    @property
    def weekday(self) -> int:
        """0 = Sunday … 6 = Saturday."""
        return (self.days + 4) % 7

    @property
    def day_of_year(self) -> int:
        return self.days - days_from_civil(self.year, 1, 0)

    @property
    def time_ms(self) -> int:
        """Milliseconds since midnight."""
        return (
            self.hour * MS_PER_HOUR
            + self.minute * MS_PER_MINUTE
            + self.second * MS_PER_SECOND
            + self.millisecond
        )


def civil(timestamp: int) -> Civil:
    """Split a millisecond timestamp into calendar fields (UTC)."""
    days, rest = divmod(timestamp, MS_PER_DAY)
    year, month, day = civil_from_days(days)
    hour, rest = divmod(rest, MS_PER_HOUR)
    minute, rest = divmod(rest, MS_PER_MINUTE)
    second, millisecond = divmod(rest, MS_PER_SECOND)
    return Civil(year, month, day, hour, minute, second, millisecond, days)


def iso_week(days: int) -> tuple[int, int]:
    """(ISO year, ISO week number) of a day number."""
    weekday = (days + 3) % 7  # 0 = Monday
    thursday = days - weekday + 3
    year = civil_from_days(thursday)[0]
    return year, (thursday - days_from_civil(year, 1, 1)) // 7 + 1


def format_iso(timestamp: int, *, zulu: bool = True) -> str | None:
    """``YYYY-MM-DDTHH:MM:SS.sssZ`` (no ``Z`` unless ``zulu``); None beyond years 0..9999."""
    fields = civil(timestamp)
    if not 0 <= fields.year <= MAX_YEAR:
        return None
    text = (
        f"{fields.year:04d}-{fields.month:02d}-{fields.day:02d}T"
        f"{fields.hour:02d}:{fields.minute:02d}:{fields.second:02d}.{fields.millisecond:03d}"
    )
    return text + "Z" if zulu else text


def date_warning(ctx: FunctionContext, name: str) -> None:
    """ArangoDB's "invalid date value" warning (1572) for function ``name``."""
    warn(ctx, name, errno.QUERY_INVALID_DATE_VALUE)


def iso_value(ctx: FunctionContext, name: str, timestamp: int, *, zulu: bool = True) -> str | None:
    """The timestamp as an ISO string, or null and a warning when it is out of range."""
    text = format_iso(timestamp, zulu=zulu)
    if text is None:
        date_warning(ctx, name)
    return text


def time_point(ctx: FunctionContext, name: str, value: Any) -> int | None:
    """A date argument as a timestamp; null after the warning ArangoDB gives."""
    if is_number(value):
        timestamp = to_int64(value)
        if MIN_TIMESTAMP <= timestamp <= MAX_TIMESTAMP:
            return timestamp
        date_warning(ctx, name)
        return None
    if isinstance(value, str):
        parsed = parse_date(value)
        if parsed is None:
            date_warning(ctx, name)
        return parsed
    invalid_argument(ctx, name)
    return None


# ---------------------------------------------------------------- parsing date strings

_DATE = re.compile(
    # possessive groups: like ArangoDB's scanner, never re-read a part another way
    r"[ \t\r\n]*\+?(?P<year>[0-9]+)"
    r"(?:-(?P<month>[0-9]+)(?:-(?P<day>[0-9]+))?+)?+"
    r"(?:[ T](?P<hour>[0-9]+):(?P<minute>[0-9]+)"
    r"(?::(?P<second>[0-9]+)(?:\.(?P<fraction>[0-9]+))?+)?+)?+"
    r"(?:[zZ]|(?P<sign>[+-])(?P<tzh>[0-9]+):(?P<tzm>[0-9]+))?+"
    r"[ \t\r\n]*"
)
# (group, most digits, smallest value, largest value)
_DATE_FIELDS = (
    ("month", 2, 1, 12),
    ("day", 2, 1, 31),
    ("hour", 2, 0, 23),
    ("minute", 2, 0, 59),
    ("second", 2, 0, 59),
    ("tzh", 2, 0, 23),
    ("tzm", 2, 0, 59),
)


def _field(match: re.Match[str], group: str, digits: int, low: int, high: int) -> int:
    text = match.group(group)
    if text is None:
        return low if group in ("month", "day") else 0
    if len(text) > digits or not low <= int(text) <= high:
        raise ValueError(group)
    return int(text)


def _year(text: str) -> int:
    year = int(text)
    if year > MAX_YEAR or len(text.lstrip("0")) > 4:
        raise ValueError(text)
    return year


def parse_date(text: str) -> int | None:
    """Timestamp of an ISO 8601 date string as ArangoDB reads it, or None if invalid.

    Accepts ``YYYY``, ``YYYY-M[M]``, ``YYYY-M[M]-D[D]``, optionally followed by
    ``T`` or a space and ``HH:MM[:SS[.fff…]]``, then ``Z`` or ``±HH:MM``; white
    space around it is ignored. Days past the end of a month roll over.
    """
    match = _DATE.fullmatch(text)
    if match is None:
        return None
    try:
        year = _year(match.group("year"))
        fields = {name: _field(match, name, *spec) for name, *spec in _DATE_FIELDS}
    except ValueError:
        return None
    fraction = (match.group("fraction") or "")[:3].ljust(3, "0")
    timestamp = days_from_civil(year, fields["month"], fields["day"]) * MS_PER_DAY
    timestamp += fields["hour"] * MS_PER_HOUR + fields["minute"] * MS_PER_MINUTE
    timestamp += fields["second"] * MS_PER_SECOND + int(fraction)
    offset = fields["tzh"] * MS_PER_HOUR + fields["tzm"] * MS_PER_MINUTE
    if offset:
        timestamp -= offset if match.group("sign") == "+" else -offset
        if not 0 <= civil(timestamp).year <= MAX_YEAR:
            return None
    return timestamp


# ---------------------------------------------------------------- ISO 8601 durations

_DURATION = re.compile(
    r"P(?:([0-9]+)Y)?(?:([0-9]+)M)?(?:([0-9]+)W)?(?:([0-9]+)D)?"
    r"(?:T(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+)(?:[.,]([0-9]{1,3}))?S)?)?"
)


@dataclass(frozen=True, slots=True)
class Duration:
    """The parts of an ISO 8601 duration such as ``P1Y2M3W4DT5H6M7.89S``."""

    years: int
    months: int
    weeks: int
    days: int
    hours: int
    minutes: int
    seconds: int
    milliseconds: int

    @property
    def fixed_ms(self) -> int:
        """Weeks down to milliseconds, as a fixed number of milliseconds."""
        return (
            (self.weeks * 7 + self.days) * MS_PER_DAY
            + self.hours * MS_PER_HOUR
            + self.minutes * MS_PER_MINUTE
            + self.seconds * MS_PER_SECOND
            + self.milliseconds
        )


def parse_duration(text: str) -> Duration | None:
    """An ISO 8601 duration (``P…``), or None when it is not one."""
    match = _DURATION.fullmatch(text) if len(text) > 1 else None
    if match is None:
        return None
    *numbers, fraction = match.groups()
    years, months, weeks, days, hours, minutes, seconds = (int(n) if n else 0 for n in numbers)
    milliseconds = int(fraction.ljust(3, "0")) if fraction else 0
    return Duration(years, months, weeks, days, hours, minutes, seconds, milliseconds)
