"""Zone periods from TZif files (RFC 8536), for DATE_UTCTOLOCAL's ``zoneInfo``.

A TZif file lists a zone's transitions up to some year and ends with a POSIX
TZ rule string (e.g. ``CET-1CEST,M3.5.0,M10.5.0/3``) for everything after the
last listed transition; :class:`TzifData` answers "which period is in effect at
this instant" from both.
"""

from __future__ import annotations

import bisect
import re
import struct
from dataclasses import dataclass

from arangolite.aql.functions.date_core import (
    MS_PER_DAY,
    MS_PER_SECOND,
    civil_from_days,
    days_from_civil,
    days_in_month,
    is_leap,
)


@dataclass(frozen=True, slots=True)
class Period:
    """One stretch of constant local-time rules: [begin, end) in UTC milliseconds."""

    abbreviation: str
    begin: int | None  # None: since the beginning of time
    end: int | None  # None: for ever
    dst: bool
    offset: int  # seconds east of UTC, daylight saving included


@dataclass(frozen=True, slots=True)
class _Kind:
    abbreviation: str
    offset: int
    dst: bool


_HEADER = struct.Struct(">4sc15x6l")
_OFFSET = r"[+-]?\d{1,3}(?::\d{1,2}){0,2}"
_NAME = r"<[^>]*>|[A-Za-z]{3,}"
_RULE_DATE = r"(?:M\d{1,2}\.\d\.\d|J\d{1,3}|\d{1,3})(?:/" + _OFFSET + ")?"
_POSIX = re.compile(
    rf"(?P<std>{_NAME})(?P<std_off>{_OFFSET})"
    rf"(?:(?P<dst>{_NAME})(?P<dst_off>{_OFFSET})?,(?P<start>{_RULE_DATE}),(?P<stop>{_RULE_DATE}))?"
)
_DEFAULT_RULE_TIME = 2 * 3600


def _seconds(text: str) -> int:
    """``[+-]hh[:mm[:ss]]`` as seconds."""
    sign = -1 if text.startswith("-") else 1
    parts = [int(p) for p in text.lstrip("+-").split(":")] + [0, 0]
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2])


def rule_day(rule: str, year: int) -> int:
    """Day number (since 1970-01-01) on which a POSIX transition rule falls in ``year``."""
    if rule.startswith("M"):
        month, week, weekday = (int(p) for p in rule[1:].split("."))
        first = days_from_civil(year, month, 1)
        day = first + (weekday - (first + 4)) % 7 + 7 * (week - 1)
        last = first + days_in_month(year, month) - 1
        return day if day <= last else day - 7
    if rule.startswith("J"):
        number = int(rule[1:])
        return (
            days_from_civil(year, 1, 1) + number - 1 + (1 if is_leap(year) and number >= 60 else 0)
        )
    return days_from_civil(year, 1, 1) + int(rule)


def _name(text: str) -> str:
    return text[1:-1] if text.startswith("<") else text


@dataclass(frozen=True, slots=True)
class _PosixRule:
    standard: _Kind
    daylight: _Kind | None
    start: str
    stop: str

    def events(self, year: int) -> list[tuple[int, _Kind]]:
        """The year's transitions (UTC milliseconds, period entered), in time order."""
        if self.daylight is None:
            return []
        found = []
        for rule, entered, before in (
            (self.start, self.daylight, self.standard),
            (self.stop, self.standard, self.daylight),
        ):
            date, _, time = rule.partition("/")
            local = rule_day(date, year) * 86400 + (_seconds(time) if time else _DEFAULT_RULE_TIME)
            found.append(((local - before.offset) * MS_PER_SECOND, entered))
        return sorted(found, key=lambda event: event[0])


def _posix_rule(footer: str) -> _PosixRule | None:
    match = _POSIX.fullmatch(footer)
    if match is None:
        return None
    standard = _Kind(_name(match["std"]), -_seconds(match["std_off"]), False)
    if match["dst"] is None:
        return _PosixRule(standard, None, "", "")
    dst_offset = -_seconds(match["dst_off"]) if match["dst_off"] else standard.offset + 3600
    daylight = _Kind(_name(match["dst"]), dst_offset, True)
    return _PosixRule(standard, daylight, match["start"], match["stop"])


@dataclass(frozen=True, slots=True)
class TzifData:
    """A zone's transitions (UTC milliseconds), the kind entered at each, and its footer rule."""

    times: tuple[int, ...]
    kinds: tuple[_Kind, ...]
    initial: _Kind
    rule: _PosixRule | None

    def period(self, timestamp: int) -> Period:
        """The period in effect at a UTC instant."""
        index = bisect.bisect_right(self.times, timestamp)
        if index < len(self.times):
            kind = self.kinds[index - 1] if index else self.initial
            begin = self.times[index - 1] if index else None
            return _period(kind, begin, self.times[index])
        begin = self.times[-1] if self.times else None
        kind = self.kinds[-1] if self.kinds else self.initial
        if self.rule is None:
            return _period(kind, begin, None)
        if self.rule.daylight is None:
            return _period(self.rule.standard, begin, None)
        return self._rule_period(timestamp, begin, kind)

    def _rule_period(self, timestamp: int, begin: int | None, kind: _Kind) -> Period:
        assert self.rule is not None
        year = civil_from_days(timestamp // MS_PER_DAY)[0]
        events = sorted(
            (e for y in (year - 1, year, year + 1) for e in self.rule.events(y)),
            key=lambda event: event[0],
        )
        end = None
        for moment, entered in events:
            if moment <= timestamp:
                if begin is None or moment > begin:
                    begin, kind = moment, entered
            elif end is None:
                end = moment
        return _period(kind, begin, end)


def _period(kind: _Kind, begin: int | None, end: int | None) -> Period:
    return Period(kind.abbreviation, begin, end, kind.dst, kind.offset)


def parse_tzif(data: bytes) -> TzifData:
    """Read a TZif file (version 2 or later data block when present).

    Raises:
        ValueError: the bytes are not a TZif file.
    """
    magic, version, *counts = _HEADER.unpack_from(data, 0)
    if magic != b"TZif":
        raise ValueError("not a TZif file")
    offset, width = _HEADER.size, 4
    if version >= b"2":
        offset += _block_size(counts, 4)
        magic, _, *counts = _HEADER.unpack_from(data, offset)
        offset, width = offset + _HEADER.size, 8
    utc_count, std_count, leap_count, time_count, type_count, char_count = counts
    times = struct.unpack_from(f">{time_count}{'q' if width == 8 else 'l'}", data, offset)
    offset += time_count * width
    indices = data[offset : offset + time_count]
    offset += time_count
    raw_types = [struct.unpack_from(">lBB", data, offset + 6 * i) for i in range(type_count)]
    offset += 6 * type_count
    chars = data[offset : offset + char_count]
    offset += char_count + leap_count * (width + 4) + std_count + utc_count
    kinds = [_Kind(_abbreviation(chars, a), utoff, bool(dst)) for utoff, dst, a in raw_types]
    footer = data[offset:].decode("ascii", "replace").strip("\n") if width == 8 else ""
    changes = _real_changes(
        kinds[0], [(t * MS_PER_SECOND, kinds[i]) for t, i in zip(times, indices, strict=True)]
    )
    return TzifData(
        tuple(moment for moment, _ in changes),
        tuple(kind for _, kind in changes),
        kinds[0],
        _posix_rule(footer) if footer else None,
    )


def _real_changes(initial: _Kind, changes: list[tuple[int, _Kind]]) -> list[tuple[int, _Kind]]:
    """Drop transitions that change nothing (such as the 2038 sentinels some files carry)."""
    kept: list[tuple[int, _Kind]] = []
    current = initial
    for moment, kind in changes:
        if kind != current:
            kept.append((moment, kind))
            current = kind
    return kept


def _block_size(counts: list[int], width: int) -> int:
    utc_count, std_count, leap_count, time_count, type_count, char_count = counts
    return (
        time_count * (width + 1)
        + type_count * 6
        + char_count
        + leap_count * (width + 4)
        + std_count
        + utc_count
    )


def _abbreviation(chars: bytes, start: int) -> str:
    end = chars.find(b"\0", start)
    return chars[start : end if end != -1 else None].decode("ascii", "replace")
