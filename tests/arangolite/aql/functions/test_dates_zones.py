"""Time zones: DATE_UTCTOLOCAL, DATE_LOCALTOUTC, DATE_TIMEZONE(S) and zone periods."""

from __future__ import annotations

import re
from typing import Any

import pytest

from arangolite import errno
from arangolite.aql.functions import date_arith, date_tz, dates
from arangolite.aql.functions.catalog import merge_registries
from arangolite.aql.functions.date_core import days_from_civil, parse_date
from arangolite.aql.functions.date_tzif import rule_day
from arangolite.errors import AqlError
from tests.arangolite.aql.functions.fake_ctx import FakeContext

FUNCTIONS = merge_registries((dates.registry, date_arith.registry, date_tz.registry))
MISMATCH = errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH


def call(name: str, *args: Any) -> tuple[Any, list[int]]:
    ctx = FakeContext()
    return FUNCTIONS[name].fn(ctx, *args), ctx.codes


@pytest.mark.parametrize(
    ("date", "zone", "expected"),
    [
        ("2020-03-15T00:00:00.000", "Europe/Berlin", "2020-03-15T01:00:00.000"),
        ("2020-03-15T00:00:00.000", "America/New_York", "2020-03-14T20:00:00.000"),
        ("2020-03-15T00:00:00.000", "UTC", "2020-03-15T00:00:00.000Z"),
        ("2020-01-15T12:00:00Z", "Europe/London", "2020-01-15T12:00:00.000Z"),
        ("2020-07-15T12:00:00Z", "Europe/London", "2020-07-15T13:00:00.000"),
        ("2023-12-31T23:00:00.000Z", "Asia/Kathmandu", "2024-01-01T04:45:00.000"),
    ],
)
def test_utc_to_local(date: str, zone: str, expected: str) -> None:
    assert call("DATE_UTCTOLOCAL", date, zone) == (expected, [])


@pytest.mark.parametrize(
    ("date", "zone", "expected"),
    [
        ("2020-03-15T00:00:00.000", "Asia/Shanghai", "2020-03-14T16:00:00.000Z"),
        ("2020-03-15T00:00:00.000-02:00", "Asia/Shanghai", "2020-03-14T18:00:00.000Z"),
        (1584230400000, "Asia/Shanghai", "2020-03-14T16:00:00.000Z"),
        ("2023-07-01T12:00:00", "Australia/Sydney", "2023-07-01T02:00:00.000Z"),
    ],
)
def test_local_to_utc(date: Any, zone: str, expected: str) -> None:
    assert call("DATE_LOCALTOUTC", date, zone) == (expected, [])


def test_zone_info_of_a_daylight_saving_period() -> None:
    result, codes = call("DATE_LOCALTOUTC", "2023-07-01T12:00:00", "Europe/Berlin", True)
    assert result["utc"] == "2023-07-01T10:00:00.000Z" and codes == []
    assert result["zoneInfo"] == {
        "name": "CEST",
        "begin": "2023-03-26T01:00:00.000Z",
        "end": "2023-10-29T01:00:00.000Z",
        "dst": True,
        "offset": 7200,
    }


def test_zone_info_southern_hemisphere_summer() -> None:
    result, _ = call("DATE_UTCTOLOCAL", "2024-01-01T00:00:00Z", "Australia/Sydney", True)
    assert result["local"] == "2024-01-01T11:00:00.000"
    assert result["zoneInfo"]["begin"] == "2023-09-30T16:00:00.000Z"
    assert result["zoneInfo"]["end"] == "2024-04-06T16:00:00.000Z"
    assert re.fullmatch(r"\d{4}[a-z]", result["tzdb"])


def test_zone_info_of_a_zone_without_transitions() -> None:
    result, _ = call("DATE_UTCTOLOCAL", 0, "UTC", True)
    assert result["zoneInfo"] == {
        "name": "UTC",
        "begin": None,
        "end": None,
        "dst": False,
        "offset": 0,
    }


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("DATE_UTCTOLOCAL", (0, 1)),
        ("DATE_UTCTOLOCAL", (0, "UTC", 1)),
        ("DATE_LOCALTOUTC", (0, None)),
        ("DATE_LOCALTOUTC", (0, "UTC", "yes")),
    ],
)
def test_conversion_arguments_must_have_the_right_type(name: str, args: tuple[Any, ...]) -> None:
    assert call(name, *args) == (None, [MISMATCH])


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("DATE_UTCTOLOCAL", (0, "Mars/Olympus_Mons")),
        ("DATE_YEAR", (0, "year")),
        ("DATE_ADD", (0, "P1D", "../../etc/passwd")),
        ("DATE_LOCALTOUTC", ("2023-03-26T02:30:00", "Europe/Berlin")),  # skipped by DST
        ("DATE_LOCALTOUTC", ("2023-10-29T02:30:00", "Europe/Berlin")),  # happens twice
    ],
)
def test_unknown_zone_or_local_time_fails_the_query(name: str, args: tuple[Any, ...]) -> None:
    with pytest.raises(AqlError):
        call(name, *args)


def test_timezones_lists_zones_then_links() -> None:
    names, codes = call("DATE_TIMEZONES")
    assert {"Europe/Berlin", "America/Los_Angeles", "UTC"} <= set(names) and codes == []
    assert names.index("Europe/Berlin") < names.index("UTC")  # UTC is a link to Etc/UTC


def test_timezone_is_a_zone_name() -> None:
    zone, codes = call("DATE_TIMEZONE")
    assert zone is None or zone in call("DATE_TIMEZONES")[0]
    assert codes == []


@pytest.mark.parametrize(
    ("rule", "year", "expected"),
    [
        ("M3.5.0", 2023, (2023, 3, 26)),
        ("M10.1.0", 2023, (2023, 10, 1)),
        ("M3.2.0", 2024, (2024, 3, 10)),
        ("J60", 2024, (2024, 3, 1)),
        ("59", 2024, (2024, 2, 29)),
    ],
)
def test_posix_rule_days(rule: str, year: int, expected: tuple[int, int, int]) -> None:
    assert rule_day(rule, year) == days_from_civil(*expected)


def test_far_future_uses_the_zone_rule() -> None:
    assert call("DATE_HOUR", parse_date("2200-07-01T12:00:00Z"), "Europe/Berlin") == (14, [])
