"""The recorded ArangoDB examples of date.md, replayed as direct function calls.

The ``tzdb`` field of DATE_UTCTOLOCAL/DATE_LOCALTOUTC names the tz database in
use (ArangoDB bundles its own; arangolite uses the system's), so it is
compared by form only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from arangolite.aql.functions import date_arith, date_compare, date_format, date_tz, dates
from arangolite.aql.functions.catalog import merge_registries
from tests.arangolite.aql.functions.fake_ctx import FakeContext, recorded_cases

EXPECTED = recorded_cases("date.md")
DATE_FUNCTIONS = merge_registries(
    (
        dates.registry,
        date_format.registry,
        date_arith.registry,
        date_compare.registry,
        date_tz.registry,
    )
)
WITH_TZDB = {"aqlDateTimeToLocal_3", "aqlDateTimeToUTC_3"}

Call = Callable[[FakeContext], Any]


def fn(name: str) -> Callable[..., Any]:
    return DATE_FUNCTIONS[name].fn


def f(name: str, *args: Any) -> Call:
    return lambda ctx: [fn(name)(ctx, *args)]


SEASONS = [
    {"date": "2018-03-05", "value": "Spring"},
    {"date": "2018-07-11", "value": "Summer"},
    {"date": "2018-10-26", "value": "Autumn"},
    {"date": "2019-01-09", "value": "Winter"},
    {"date": "2019-04-02", "value": "Spring"},
]


def truncate_and_group(ctx: FakeContext) -> list[Any]:
    """COLLECT q = DATE_TRUNC(doc.date, "year") INTO bucket, merged by DATE_YEAR(q)."""
    buckets: dict[str, list[str]] = {}
    for doc in SEASONS:
        buckets.setdefault(fn("DATE_TRUNC")(ctx, doc["date"], "year"), []).append(doc["value"])
    return [{str(fn("DATE_YEAR")(ctx, q)): values for q, values in sorted(buckets.items())}]


def same_time(ctx: FakeContext) -> list[Any]:
    first, second = "2023-04-01T09:00:00.000Z", "2024-04-01T18:00:00.000Z"
    compare = fn("DATE_COMPARE")
    return [
        {
            "Germany": fn("DATE_UTCTOLOCAL")(ctx, first, "Europe/Berlin"),
            "USA": fn("DATE_UTCTOLOCAL")(ctx, second, "America/Los_Angeles"),
            "sameTimeUTC": compare(ctx, first, second, "hour", "minute"),
            "sameTimeLocal": compare(
                ctx, first, second, "hour", "minute", "Europe/Berlin", "America/Los_Angeles"
            ),
        }
    ]


def each(name: str, zone: str, *dates_: Any) -> Call:
    return lambda ctx: [[fn(name)(ctx, d, zone) for d in dates_]]


BERLIN_NEW_YEAR = "2023-12-31T23:00:00.000Z"
MARCH_15 = "2020-03-15T00:00:00.000"
CASES: dict[str, Call] = {
    "datemn2": f("DATE_MONTH", 0),
    "datemn3": f("DATE_MONTH", BERLIN_NEW_YEAR, "Europe/Berlin"),
    "datedy1": f("DATE_DAY", "2020-08-29"),
    "datedy3": f("DATE_DAY", BERLIN_NEW_YEAR, "Europe/Berlin"),
    "datehr1": f("DATE_HOUR", "2020-08-29T16:30:05.123"),
    "datemin2": f("DATE_MINUTE", 2520000),
    "datesec1": f("DATE_SECOND", "2020-08-29T16:30:05.123"),
    "datesec2": f("DATE_SECOND", 1234567890),
    "datemilsec1": f("DATE_MILLISECOND", "2020-08-29T16:30:05.123"),
    "datemilsec2": f("DATE_MILLISECOND", 1234567890),
    "datedyofyr2": f("DATE_DAYOFYEAR", 86400000),
    "dateisofwk2": f("DATE_ISOWEEK", 1234567890),
    "aqlDateIsoWeekYear1": f("DATE_ISOWEEKYEAR", "2023-01-01"),
    "datelpyr2": f("DATE_LEAPYEAR", "2021-01-01"),
    "datedysmn5": f("DATE_DAYS_IN_MONTH", 3045600000),
    "dateTruncGroup": truncate_and_group,
    "datecmp1": same_time,
    "aqlDateTimeToLocal_2": each(
        "DATE_UTCTOLOCAL",
        "Asia/Shanghai",
        MARCH_15,
        MARCH_15 + "Z",
        MARCH_15 + "-02:00",
        1584230400000,
    ),
    "aqlDateTimeToUTC_1": lambda ctx: [
        [
            fn("DATE_LOCALTOUTC")(ctx, MARCH_15, zone)
            for zone in ("Europe/Berlin", "America/New_York", "UTC")
        ]
    ],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_recorded_date_case(name: str) -> None:
    if name not in EXPECTED:
        pytest.skip("conformance data not available")
    ctx = FakeContext()
    assert CASES[name](ctx) == EXPECTED[name]
    assert ctx.warnings == []


def _without_tzdb(result: dict[str, Any]) -> dict[str, Any]:
    assert re.fullmatch(r"\d{4}[a-z]", result["tzdb"])
    return {key: value for key, value in result.items() if key != "tzdb"}


def test_recorded_local_to_utc_with_zone_info() -> None:
    if "aqlDateTimeToUTC_3" not in EXPECTED:
        pytest.skip("conformance data not available")
    result = fn("DATE_LOCALTOUTC")(FakeContext(), "2021-03-16T12:00:00.000", "Africa/Lagos", True)
    assert _without_tzdb(result) == _without_tzdb(EXPECTED["aqlDateTimeToUTC_3"][0])


def test_recorded_utc_to_local_of_now_with_zone_info() -> None:
    if "aqlDateTimeToLocal_3" not in EXPECTED:
        pytest.skip("conformance data not available")
    ctx = FakeContext()
    result = fn("DATE_UTCTOLOCAL")(ctx, fn("DATE_NOW")(ctx), "Africa/Lagos", True)
    recorded = EXPECTED["aqlDateTimeToLocal_3"][0]
    assert result["zoneInfo"] == recorded["zoneInfo"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}", result["local"])
    assert _without_tzdb(result).keys() == _without_tzdb(recorded).keys()


def test_every_recorded_date_case_is_replayed() -> None:
    if not EXPECTED:
        pytest.skip("conformance data not available")
    assert set(EXPECTED) - WITH_TZDB == set(CASES)
