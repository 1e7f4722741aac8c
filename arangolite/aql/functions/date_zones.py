"""Time zones for the AQL date functions: offsets, local times and zone periods.

Zones come from the ``tzdata`` package when it is installed (a pinned tz database, as
ArangoDB bundles its own), else from the system tz database. ArangoDB reports
for DATE_UTCTOLOCAL/DATE_LOCALTOUTC the period a zone rule is in effect
(abbreviation, begin, end, DST, offset), which :mod:`zoneinfo` does not expose,
so :func:`zone_period` reads the zone's TZif file (see :mod:`date_tzif`).
Like ArangoDB (Howard Hinnant's date library), an unknown time zone, or a
local time that falls into a DST gap or overlap, fails the query.
"""

from __future__ import annotations

import importlib
import io
import os
import zoneinfo
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path

from arangolite import errno
from arangolite.aql.functions.date_core import format_iso
from arangolite.aql.functions.date_tzif import Period, TzifData, parse_tzif
from arangolite.errors import AqlError

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# the instants datetime can represent with a zone attached (years 1..9999, with a day to spare)
_FIRST_MS = -62135510400000  # 0001-01-02
_LAST_MS = 253402041600000  # 9999-12-28
_LOCAL_TIME_LINK = "/etc/localtime"
_ZONEINFO_MARKER = "zoneinfo/"


def _failure(message: str) -> AqlError:
    return AqlError(errno.INTERNAL, message, code=500)


def _bundled_file(name: str) -> bytes | None:
    """The TZif data of ``name`` in the ``tzdata`` package, or None."""
    if not name or name.startswith(("/", ".")) or ".." in name.split("/"):
        return None
    try:
        return resources.files("tzdata").joinpath("zoneinfo", *name.split("/")).read_bytes()
    except (ModuleNotFoundError, OSError):
        return None


@lru_cache(maxsize=256)
def load_zone(name: str) -> zoneinfo.ZoneInfo:
    """The zone called ``name``; an unknown name fails the query."""
    data = _bundled_file(name)
    try:
        if data is not None:
            return zoneinfo.ZoneInfo.from_file(io.BytesIO(data), key=name)
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise _failure(f"{name} not found in timezone database") from exc


def _utc_datetime(timestamp: int) -> datetime:
    clamped = min(max(timestamp, _FIRST_MS), _LAST_MS)
    return _EPOCH + timedelta(milliseconds=clamped)


def _offset_ms(delta: timedelta | None) -> int:
    return 0 if delta is None else delta // timedelta(milliseconds=1)


def utc_offset(name: str, timestamp: int) -> int:
    """The zone's UTC offset (milliseconds) at the instant ``timestamp``."""
    local = _utc_datetime(timestamp).astimezone(load_zone(name))
    return _offset_ms(local.utcoffset())


def localize(name: str, timestamp: int) -> int:
    """The local wall time in zone ``name`` (as a timestamp) of a UTC instant."""
    return timestamp + utc_offset(name, timestamp)


def _wall_clock(local: int) -> str:
    text = format_iso(local, zulu=False) or str(local)
    return text.replace("T", " ")


def unlocalize(name: str, local: int) -> int:
    """The UTC instant of a local wall time in zone ``name``.

    Raises:
        AqlError: the wall time does not exist (DST gap) or exists twice (overlap).
    """
    zone = load_zone(name)
    wall = _utc_datetime(local).replace(tzinfo=None)
    candidates = []
    for fold in (0, 1):
        offset = _offset_ms(wall.replace(tzinfo=zone, fold=fold).utcoffset())
        instant = local - offset
        if instant + utc_offset(name, instant) == local and instant not in candidates:
            candidates.append(instant)
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise _failure(f"{_wall_clock(local)} is in a gap of the local time in {name}")
    raise _failure(f"{_wall_clock(local)} is ambiguous in {name}")


def _zone_file(name: str) -> bytes:
    bundled = _bundled_file(name)
    if bundled is not None:
        return bundled
    for base in zoneinfo.TZPATH:
        path = Path(base) / name
        if path.is_file():
            return path.read_bytes()
    package = resources.files("tzdata").joinpath("zoneinfo", *name.split("/"))
    return package.read_bytes()


@lru_cache(maxsize=128)
def _tzif(name: str) -> TzifData:
    load_zone(name)
    try:
        return parse_tzif(_zone_file(name))
    except (OSError, ModuleNotFoundError, ValueError) as exc:
        raise _failure(f"{name} not found in timezone database") from exc


def zone_period(name: str, timestamp: int) -> Period:
    """The zone rule period in effect at a UTC instant (abbreviation, begin, end, …)."""
    return _tzif(name).period(timestamp)


def _database_file(filename: str) -> Path | None:
    for base in zoneinfo.TZPATH:
        path = Path(base) / filename
        if path.is_file():
            return path
    return None


@lru_cache(maxsize=1)
def tzdb_version() -> str:
    """The version of the tz database in use (e.g. ``"2026a"``)."""
    try:
        return str(importlib.import_module("tzdata").IANA_VERSION)
    except (ModuleNotFoundError, AttributeError):
        pass
    source = _database_file("tzdata.zi")
    if source is not None:
        first = source.read_text(encoding="utf-8").split("\n", 1)[0]
        if first.startswith("# version "):
            return first.removeprefix("# version ").strip()
    try:
        package = importlib.import_module("tzdata")
    except ModuleNotFoundError:
        return ""
    return str(getattr(package, "IANA_VERSION", ""))


@lru_cache(maxsize=1)
def timezone_names() -> tuple[str, ...]:
    """All zone names, zones first then links, each group sorted (as the date library lists)."""
    source = _database_file("tzdata.zi")
    if source is None:
        return tuple(sorted(zoneinfo.available_timezones()))
    zones, links = [], []
    for line in source.read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if len(fields) >= 2 and fields[0] == "Z":
            zones.append(fields[1])
        elif len(fields) >= 3 and fields[0] == "L":
            links.append(fields[2])
    return (*sorted(zones), *sorted(links))


def system_timezone() -> str | None:
    """The server's time zone name, from ``/etc/localtime`` or ``/etc/timezone``."""
    try:
        target = os.readlink(_LOCAL_TIME_LINK)
    except OSError:
        target = ""
    if _ZONEINFO_MARKER in target:
        return target.split(_ZONEINFO_MARKER, 1)[1]
    try:
        configured = Path("/etc/timezone").read_text(encoding="utf-8").strip()
    except OSError:
        configured = ""
    return configured or None
