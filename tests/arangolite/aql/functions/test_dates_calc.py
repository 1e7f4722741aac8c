"""DATE_FORMAT and date arithmetic: DATE_ADD/SUBTRACT, TRUNC, ROUND, DIFF, COMPARE."""

from __future__ import annotations

from typing import Any

import pytest

from arangolite import errno
from arangolite.aql.functions import date_arith, date_compare, date_format, dates
from arangolite.aql.functions.catalog import merge_registries
from tests.arangolite.aql.functions.fake_ctx import FakeContext

FUNCTIONS = merge_registries(
    (dates.registry, date_format.registry, date_arith.registry, date_compare.registry)
)
INVALID_DATE = errno.QUERY_INVALID_DATE_VALUE
MISMATCH = errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH


def call(name: str, *args: Any) -> tuple[Any, list[int]]:
    ctx = FakeContext()
    return FUNCTIONS[name].fn(ctx, *args), ctx.codes


@pytest.mark.parametrize(
    ("date", "template", "expected"),
    [
        ("7200-04-29", "%y|%yyyy|%yy|%yyyyyy|%mm|%dd", "7200|7200|00|+007200|04|29"),
        ("20-04-29", "%y|%yyyy|%yy|%yyyyyy", "20|0020|20|+000020"),
        ("0-04-07", "%yyyy|%yy|%yyyyyy", "0000|00|+000000"),
        ("2012-12-31T09:09:09.001Z", "%hh:%ii:%ss.%fff %xxx %kk", "09:09:09.001 366 01"),
        ("2012-07-07", "%mmm %mmmm %www %wwww", "Jul July Sat Saturday"),
        ("2016-03-01", "%x|%q|%a|%l|%w", "61|1|31|1|2"),
        ("2012-01-01", "%& - %% % ", " - %  "),
        ("2012-05-01", "%m%&month", "5month"),
        ("2012-05-01", "%Y-%M", "Y-M"),  # placeholders are case-sensitive
        (1399472349522, "%t %z", "1399472349522 2014-05-07T14:19:09.522Z"),
    ],
)
def test_date_format(date: Any, template: str, expected: str) -> None:
    assert call("DATE_FORMAT", date, template) == (expected, [])


def test_date_format_in_a_time_zone() -> None:
    result = call("DATE_FORMAT", "2023-12-31T23:00:00.000Z", "%yyyy-%mm-%dd %hh", "Europe/Berlin")
    assert result == ("2024-01-01 00", [])


@pytest.mark.parametrize(
    ("args", "codes"),
    [(({}, {}), [MISMATCH]), (("2012", []), [MISMATCH]), (("x", "%y"), [INVALID_DATE])],
)
def test_date_format_invalid(args: tuple[Any, ...], codes: list[int]) -> None:
    assert call("DATE_FORMAT", *args) == (None, codes)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("2000-04-29Z", "P2D"), "2000-05-01T00:00:00.000Z"),
        (("2100-12-31", 3, "months"), "2101-03-31T00:00:00.000Z"),
        (("2100-12-31Z", -3, "m"), "2100-10-01T00:00:00.000Z"),
        (("2016-02-29", 1, "year"), "2017-03-01T00:00:00.000Z"),
        (("2000-01-01", 1.5, "years"), "2001-07-01T00:00:00.000Z"),
        (("2000-01-01", 0.5, "months"), "2000-01-16T00:00:00.000Z"),
        (("2015-02-22Z", 1, "w"), "2015-03-01T00:00:00.000Z"),
        (("2012-02-12 23:59:59.991Z", "PT0.009S"), "2012-02-13T00:00:00.000Z"),
        (("2000-01-01", "PT30M44.4S"), "2000-01-01T00:30:44.400Z"),
        ((60123, 7, "days"), "1970-01-08T00:01:00.123Z"),
        (("2023-03-25T23:00:00.000Z", 1, "day", "Europe/Berlin"), "2023-03-26T22:00:00.000Z"),
        (("2023-03-25T23:00:00.000Z", "P1D", "Europe/Berlin"), "2023-03-26T22:00:00.000Z"),
    ],
)
def test_date_add(args: tuple[Any, ...], expected: str) -> None:
    assert call("DATE_ADD", *args) == (expected, [])


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("2016-03-01", 1, "day"), "2016-02-29T00:00:00.000Z"),
        (("2016-03-01", -1, "day"), "2016-03-02T00:00:00.000Z"),
        (("2001-03-26T05:06:07.890Z", "P1Y2M3W4DT5H6M7.890S"), "2000-01-01T00:00:00.000Z"),
        (("9999-12-31T23:59:59", 9999, "year"), "0000-12-31T23:59:59.000Z"),
    ],
)
def test_date_subtract(args: tuple[Any, ...], expected: str) -> None:
    assert call("DATE_SUBTRACT", *args) == (expected, [])


@pytest.mark.parametrize(
    ("name", "args", "codes"),
    [
        ("DATE_ADD", ("9999-12-31T23:59:59", 1, "second"), [INVALID_DATE]),
        ("DATE_SUBTRACT", ("0000-01-01T00:00:00", 1, "day"), [INVALID_DATE]),
        ("DATE_ADD", ("2000-01-01", 1, "sugar"), [INVALID_DATE]),
        ("DATE_ADD", ("2000-01-01", "-P1Y"), [INVALID_DATE]),
        ("DATE_ADD", ("2000-01-01", "1", "year", "UTC"), [MISMATCH]),
        ("DATE_ADD", (1, 1), [MISMATCH]),
        ("DATE_ADD", (1, 1, 1), [MISMATCH]),
        ("DATE_SUBTRACT", (1, "P1Y", 1), [MISMATCH]),
        ("DATE_SUBTRACT", (None, 1, "year"), [MISMATCH]),
    ],
)
def test_date_add_invalid(name: str, args: tuple[Any, ...], codes: list[int]) -> None:
    assert call(name, *args) == (None, codes)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("2017-02-03", "month"), "2017-02-01T00:00:00.000Z"),
        (("2000-04-29 12:34:56.789", "Y"), "2000-01-01T00:00:00.000Z"),
        (("2000-04-29 12:34:56.789", "i"), "2000-04-29T12:34:00.000Z"),
        (("2000-04-29 12:34:56.789", "seconds"), "2000-04-29T12:34:56.000Z"),
        (("2000-04-29 12:34:56.789", "f"), "2000-04-29T12:34:56.789Z"),
        (("2023-03-25 23:00:00", "day", "Europe/Berlin"), "2023-03-25T23:00:00.000Z"),
    ],
)
def test_date_trunc(args: tuple[Any, ...], expected: str) -> None:
    assert call("DATE_TRUNC", *args) == (expected, [])


@pytest.mark.parametrize(
    ("args", "codes"),
    [(("2000-01-01", "week"), [INVALID_DATE]), (("2000-01-01", 1), [MISMATCH])],
)
def test_date_trunc_invalid(args: tuple[Any, ...], codes: list[int]) -> None:
    assert call("DATE_TRUNC", *args) == (None, codes)


@pytest.mark.parametrize(
    ("args", "expected", "codes"),
    [
        (("2000-04-28Z", 2, "day"), "2000-04-27T00:00:00.000Z", []),
        (("2000-04-10T11:39:29Z", 15, "hour"), "2000-04-09T21:00:00.000Z", []),
        (("2000-04-10T11:39:29.123Z", 15, "millisecond"), "2000-04-10T11:39:29.115Z", []),
        (("1969-12-31T23:30:00Z", 1, "hour"), "1970-01-01T00:00:00.000Z", []),
        (("2023-03-25T23:55:55.555Z", 1, "day", "Europe/Berlin"), "2023-03-25T23:00:00.000Z", []),
        (("2000-04-10T11:39:29.123Z", 0, "day"), None, [MISMATCH]),
        (("2000-04-10T11:39:29.123Z", 1, "Day"), None, [MISMATCH]),
        (("2000-04-10T11:39:29.123Z", "1", "day"), None, [MISMATCH]),
    ],
)
def test_date_round(args: tuple[Any, ...], expected: Any, codes: list[int]) -> None:
    assert call("DATE_ROUND", *args) == (expected, codes)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("2000-05-01", "2000-05-01 00:00:59.500", "seconds", True), 59.5),
        (("2000-05-01", "2000-05-03 12:00:00.000", "d", True), 2.5),
        (("2000-05-01", "2000-05-03 12:00:00.000", "d"), 3),
        (("2000-05-01", "2000-04-30 12:00:00.000", "d"), -1),
        (("2000-05-01", "2000-06-01", "months"), 1),
        (("2000-05-01", "2050-05-01", "y"), 50),
        (("2000-05-01", "2000-05-08", "w", True), 1.0),
        (("2023-03-25T23:00:00.000Z", "2023-03-26T23:00:00.000Z", "h", "Europe/Berlin"), 25),
        (("2024-01-01", "2024-01-01", "h", True, "Asia/Kathmandu", "America/Los_Angeles"), -13.75),
    ],
)
def test_date_diff(args: tuple[Any, ...], expected: float) -> None:
    assert call("DATE_DIFF", *args) == (expected, [])


@pytest.mark.parametrize(
    ("args", "codes"),
    [
        (("2000-01-01", "2000-01-02", "fortnight"), [INVALID_DATE]),
        (("2000-01-01", "2000-01-02", 1), [MISMATCH]),
        (("2000-01-01", "2000-01-02", "d", 1), [MISMATCH]),
        (("-0001-01-01", "2000-01-02", "d"), [INVALID_DATE]),
    ],
)
def test_date_diff_invalid(args: tuple[Any, ...], codes: list[int]) -> None:
    assert call("DATE_DIFF", *args) == (None, codes)


A = "2010-06-25T12:13:14.156"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((A, "2011-06-25T12:13:14.156", "years"), False),
        ((A, "2011-06-25T13:14:15.157", "months", "days"), True),
        ((A, "2011-07-26T12:13:15.157", "hours", "minutes"), True),
        ((A, "2011-07-26T13:14:14.156", "seconds", "milliseconds"), True),
        ((A, "2011-05-25T12:13:14.157", "f"), False),
        ((A, "2010-06-25T12:14:15.157", "years", "hours"), True),
        ((A, "2099-01-01", "days", "years"), True),  # an end before the start compares nothing
        ((A, "2099-01-01", "weeks"), True),
    ],
)
def test_date_compare(args: tuple[Any, ...], expected: bool) -> None:
    assert call("DATE_COMPARE", *args) == (expected, [])


@pytest.mark.parametrize(
    ("args", "codes"),
    [
        ((1, 1, None), [MISMATCH]),
        ((1, 1, "yo"), [MISMATCH]),
        ((1, 1, "y", None), [MISMATCH]),
        ((1, 1, "y", "UTC", "UTC", "UTC"), [MISMATCH]),
        (("", 1, "y"), [INVALID_DATE]),
        ((1, [], "y"), [MISMATCH]),
    ],
)
def test_date_compare_invalid(args: tuple[Any, ...], codes: list[int]) -> None:
    assert call("DATE_COMPARE", *args) == (None, codes)
