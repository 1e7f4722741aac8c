"""Date parsing, DATE_ISO8601/DATE_TIMESTAMP and the date component functions."""

from __future__ import annotations

import time
from typing import Any

import pytest

from arangolite import errno
from arangolite.aql.functions import date_arith, date_compare, date_format, date_tz, dates
from arangolite.aql.functions.catalog import merge_registries
from arangolite.aql.functions.date_core import civil_from_days, days_from_civil, parse_date
from tests.arangolite.aql.functions.fake_ctx import FakeContext

FUNCTIONS = merge_registries(
    (
        dates.registry,
        date_format.registry,
        date_arith.registry,
        date_compare.registry,
        date_tz.registry,
    )
)
INVALID_DATE = errno.QUERY_INVALID_DATE_VALUE
MISMATCH = errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH


def call(name: str, *args: Any) -> tuple[Any, list[int]]:
    ctx = FakeContext()
    return FUNCTIONS[name].fn(ctx, *args), ctx.codes


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2014-05-07T14:19:09.522", "2014-05-07T14:19:09.522Z"),
        ("2014-05-07 14:19:09.522Z", "2014-05-07T14:19:09.522Z"),
        ("  2012-1-1z  ", "2012-01-01T00:00:00.000Z"),
        ("2012", "2012-01-01T00:00:00.000Z"),
        ("+2012-02", "2012-02-01T00:00:00.000Z"),
        ("2014-05-07T14:19:09+07:30", "2014-05-07T06:49:09.000Z"),
        ("2012-02-12 23:59:59.991-1:30", "2012-02-13T01:29:59.991Z"),
        ("6789-12-31T23:59:58.99Z", "6789-12-31T23:59:58.990Z"),
        ("2013-12-31T09:09:09.123456789Z", "2013-12-31T09:09:09.123Z"),
        ("1910-02-31", "1910-03-03T00:00:00.000Z"),
        ("0000-01-01T00:00:00-01:00", "0000-01-01T01:00:00.000Z"),
        ("00002012-01-01", "2012-01-01T00:00:00.000Z"),
    ],
)
def test_date_strings(text: str, iso: str) -> None:
    assert call("DATE_ISO8601", text) == (iso, [])


@pytest.mark.parametrize(
    "text",
    [
        "",
        "foo2012-01-01z",
        "2012-01-01foo",
        "2015-foobar",
        "-0001-01-01",
        "10000-01-01",
        "2012-13-01",
        "2012-01-32",
        "2012-01-01T24:00:00",
        "2012-01-01T10",
        "2012-01-01T10:00:00.",
        "2012-01:30",
        "2012-01-01+0100",
        "0000-01-01T00:00:00+01:00",
        "9999-12-31T23:59:59-01:00",
    ],
)
def test_invalid_date_strings(text: str) -> None:
    assert parse_date(text) is None
    assert call("DATE_YEAR", text) == (None, [INVALID_DATE])


@pytest.mark.parametrize(
    ("value", "codes"),
    [
        (-62167219200001, [INVALID_DATE]),
        (253402300800000, [INVALID_DATE]),
        (None, [MISMATCH]),
        (False, [MISMATCH]),
        ([], [MISMATCH]),
        ({}, [MISMATCH]),
    ],
)
def test_invalid_date_arguments(value: Any, codes: list[int]) -> None:
    assert call("DATE_DAYOFWEEK", value) == (None, codes)


@pytest.mark.parametrize(
    ("args", "expected", "codes"),
    [
        ((2014, 5, 7, 14, 19, 9, 522), 1399472349522, []),
        ((2016, 2, 32), 1456963200000, []),
        ((1970, 1, 1, 26), 93600000, []),
        (("2016", "2", "1"), 1454284800000, []),
        ((1970, 1, 1, 0, 0, 0, 5000), 999, []),
        ((2016, 12, -1), None, [INVALID_DATE]),
        ((10000, 1, 1), None, [INVALID_DATE]),
        ((2016, 1, 1, 0, -1), None, [INVALID_DATE]),
        ((2016, 1), None, [MISMATCH]),
        ((2016, 1, None), None, [MISMATCH]),
        ((1399472349522.7,), 1399472349522, []),
    ],
)
def test_date_timestamp(args: tuple[Any, ...], expected: Any, codes: list[int]) -> None:
    assert call("DATE_TIMESTAMP", *args) == (expected, codes)


@pytest.mark.parametrize(
    ("args", "expected", "codes"),
    [
        ((0, 1, 1), "0000-01-01T00:00:00.000Z", []),
        ((9999, 12, 31), "9999-12-31T00:00:00.000Z", []),
        ((9999, 12, 31, 24), None, [INVALID_DATE]),
        ((-1, 1, 1), None, [INVALID_DATE]),
    ],
)
def test_date_iso8601_components(args: tuple[Any, ...], expected: Any, codes: list[int]) -> None:
    assert call("DATE_ISO8601", *args) == (expected, codes)


DATE = "2012-02-12T13:24:12.991Z"


@pytest.mark.parametrize(
    ("name", "args", "expected"),
    [
        ("DATE_DAYOFWEEK", (DATE,), 0),
        ("DATE_DAYOFWEEK", ("9999-12-31",), 5),
        ("DATE_DAYOFWEEK", ("2023-03-25T23:00:00.000Z", "Europe/Berlin"), 0),
        ("DATE_YEAR", ("2023-12-31T23:00:00.000Z", "Europe/Berlin"), 2024),
        ("DATE_MONTH", (1399395674000,), 5),
        ("DATE_HOUR", ("2023-12-31T23:00:00.000Z", "Europe/Berlin"), 0),
        ("DATE_MINUTE", ("2023-12-31T23:00:00.000Z", "Asia/Kathmandu"), 45),
        ("DATE_SECOND", (8200000,), 40),
        ("DATE_MILLISECOND", (DATE,), 991),
        ("DATE_DAYOFYEAR", ("2000-12-31",), 366),
        ("DATE_DAYOFYEAR", ("2100-12-31",), 365),
        ("DATE_DAYOFYEAR", ("2023-12-31T23:00:00.000Z", "Europe/Berlin"), 1),
        ("DATE_ISOWEEK", ("2012-01-01",), 52),
        ("DATE_ISOWEEK", ("2012-12-31",), 1),
        ("DATE_ISOWEEKYEAR", ("2019-12-30",), {"week": 1, "year": 2020}),
        ("DATE_LEAPYEAR", ("2016-12-31T23:00:00.000Z", "Europe/Berlin"), False),
        ("DATE_LEAPYEAR", ("2400-01-01",), True),
        ("DATE_QUARTER", ("2017-09-11",), 3),
        ("DATE_QUARTER", ("2023-12-31T23:00:00.000Z", "Europe/Berlin"), 1),
        ("DATE_DAYS_IN_MONTH", ("2012-02-12",), 29),
        ("DATE_DAYS_IN_MONTH", ("2023-11-30T23:00:00.000Z", "Europe/Berlin"), 31),
    ],
)
def test_date_components(name: str, args: tuple[Any, ...], expected: Any) -> None:
    assert call(name, *args) == (expected, [])


def test_component_time_zone_must_be_a_string() -> None:
    assert call("DATE_YEAR", DATE, 1) == (None, [MISMATCH])


def test_date_now_is_the_current_time() -> None:
    now, codes = call("DATE_NOW")
    assert abs(now - time.time() * 1000) < 1000 and codes == []
    assert FUNCTIONS["DATE_NOW"].deterministic is False


@pytest.mark.parametrize("days", [-719528, -719529, -1, 0, 59, 2932896, 11016])
def test_civil_round_trip(days: int) -> None:
    assert days_from_civil(*civil_from_days(days)) == days
