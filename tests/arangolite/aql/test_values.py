"""AQL value semantics: type order, string collation, casts and number formatting."""

from __future__ import annotations

from typing import Any

import pytest

from arangolite.aql.values import (
    compare,
    format_number,
    to_array,
    to_bool,
    to_number,
    to_string,
    type_name,
)
from arangolite.aql.window_duration import date_to_ms, duration_to_ms


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (None, False, -1),
        (True, 0, -1),
        (1, "1", -1),
        ("a", "B", -1),
        ("B", "b", -1),
        ("é", "f", -1),
        ("-", "0", -1),
        ([1], [1, None], 0),
        ([1, 2], [1], 1),
        ({"a": 1}, {"a": 1, "b": None}, 0),
        ({"a": 1}, {"a": 2}, -1),
    ],
)
def test_compare(a: Any, b: Any, expected: int) -> None:
    assert compare(a, b) == expected


@pytest.mark.parametrize(
    ("value", "number", "text", "truthy"),
    [
        (None, 0, "", False),
        (True, 1, "true", True),
        (" 12 ", 12, " 12 ", True),
        ("1e3", 1000, "1e3", True),
        ("abc", 0, "abc", True),
        ([5], 5, "[5]", True),
        ([1, 2], 0, "[1,2]", True),
        ({}, 0, "{}", True),
        (0.5, 0.5, "0.5", True),
    ],
)
def test_casts(value: Any, number: Any, text: str, truthy: bool) -> None:
    assert (to_number(value), to_string(value), to_bool(value)) == (number, text, truthy)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (5.0, "5"),
        (1e21, "1e+21"),
        (1e-7, "1e-7"),
        (0.000001, "0.000001"),
        (123456789012, "123456789012"),
    ],
)
def test_number_formatting(value: float, expected: str) -> None:
    assert format_number(value) == expected


def test_to_array_and_type_names() -> None:
    assert to_array({"a": 1}) == [1] and to_array(None) == [] and to_array(3) == [3]
    assert [type_name(v) for v in (None, True, 1, "", [], {})] == [
        "null",
        "bool",
        "number",
        "string",
        "array",
        "object",
    ]


@pytest.mark.parametrize(
    ("text", "ms"),
    [("PT1M", 60_000), ("P1DT1H", 90_000_000), ("PT0.5S", 500), ("P", None), ("1H", None)],
)
def test_window_durations(text: str, ms: float | None) -> None:
    assert duration_to_ms(text) == ms


def test_window_dates() -> None:
    assert date_to_ms("1970-01-01T00:00:01Z") == 1000
    assert date_to_ms("not a date") is None
