"""String functions that slice, join, trim and convert text (strings.py)."""

from __future__ import annotations

from typing import Any

import pytest

from arangolite import errno
from tests.arangolite.aql.functions.fake_ctx import call


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("äöüÄÖÜß", 7),
        ("🥑😄👻👽", 4),
        (None, 0),
        (True, 4),
        (False, 5),
        (3.3, 3),
        ([1, 2, 3], 7),
        ({"a": "foo"}, 11),
        ({"a": "ä"}, 10),  # the JSON text is measured in bytes
    ],
)
def test_char_length(value: Any, expected: int) -> None:
    assert call("CHAR_LENGTH", value) == (expected, [])


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("the", "Quick", "", None, "Brown"), "theQuickBrown"),
        (([1, "Quick"], "", None, ["Brown"], False, "Fox"), '[1,"Quick"]["Brown"]falseFox'),
        ((["the", None, "Brown"], None), '["the",null,"Brown"]'),
        (("yes", {"a": "foo", "b": 2}), 'yes{"a":"foo","b":2}'),
    ],
)
def test_concat(args: tuple[Any, ...], expected: str) -> None:
    assert call("CONCAT", *args) == (expected, [])


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((",", "the", "Quick", None, "Brown"), "the,Quick,Brown"),
        (("*", "a", "", "b"), "a**b"),
        ((",", ["the", None, "Fox"], "higher"), '["the",null,"Fox"],higher'),
        ((None, "yes", "yes"), "yesyes"),
        (("yes", ["yes", {}]), "yesyes{}"),
        (("yes", ["yes", {}], None, True), '["yes",{}]yestrue'),
    ],
)
def test_concat_separator(args: tuple[Any, ...], expected: str) -> None:
    assert call("CONCAT_SEPARATOR", *args) == (expected, [])


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("UPPER", "äöüÄÖÜß アボカド", "ÄÖÜÄÖÜSS アボカド"),
        ("LOWER", {"A": 1, "b": 2}, '{"a":1,"b":2}'),
        ("UPPER", None, ""),
        ("LOWER", 3, "3"),
    ],
)
def test_case_conversion(name: str, value: Any, expected: str) -> None:
    assert call(name, value) == (expected, [])


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("Holy Guacamole!", -5, 4), "mole"),
        (("🤡cpp quick", 0, 3), "🤡cp"),
        (("the quick brown fox", -3), "fox"),
        (([1, 2, 3], 3), "2,3]"),
        (("yes", "yes", True), "y"),
        (("yes", 0, None), ""),
        (("yes", 1, -1), ""),
        (("yes", 99), ""),
    ],
)
def test_substring(args: tuple[Any, ...], expected: str) -> None:
    assert call("SUBSTRING", *args) == (expected, [])


@pytest.mark.parametrize(
    ("args", "expected", "codes"),
    [
        (("We ❤️ avocado!", -15, 4), None, [errno.BAD_PARAMETER]),
        (("We ❤️ avocado!", 4), None, [errno.BAD_PARAMETER]),
        ((42, 0), None, [errno.BAD_PARAMETER]),
        (("", 3), "", []),
        (("We ❤️ avocado!", 0, 2, 0, 2), "We ❤", []),
        (("We ❤️ avocado!", 10, 3, 100), "We ❤️ avocado!", []),
    ],
)
def test_substring_bytes(args: tuple[Any, ...], expected: Any, codes: list[int]) -> None:
    assert call("SUBSTRING_BYTES", *args) == (expected, codes)


@pytest.mark.parametrize(
    ("name", "value", "count", "expected"),
    [
        ("LEFT", "mötör", 2, "mö"),
        ("LEFT", "😰2🤓4🤡6😎8", 3, "😰2🤓"),
        ("LEFT", "foo", -1.5, ""),
        ("LEFT", "foo", True, "f"),
        ("LEFT", [], 1, "["),
        ("RIGHT", "😰2🤓4🤡6😎8", 3, "6😎8"),
        ("RIGHT", "foo", 999999999, "foo"),
        ("RIGHT", "foo", -1, ""),
        ("RIGHT", True, 2, "ue"),
    ],
)
def test_left_right(name: str, value: Any, count: Any, expected: str) -> None:
    assert call(name, value, count) == (expected, [])


@pytest.mark.parametrize(
    ("name", "args", "expected"),
    [
        ("TRIM", ("\t\r\nabc\n\r\t", 1), "abc\n\r\t"),
        ("TRIM", ("\t\r\nabc\t\r\n", 2), "\t\r\nabc"),
        ("TRIM", ("  foo  ", 3), "foo"),
        ("TRIM", ("  foo  ", "\r\n\t"), "  foo  "),
        ("TRIM", ("\ta\rb\nc", "\tac"), "\rb\n"),
        ("TRIM", ("  foo  ", True), "foo"),
        ("LTRIM", (",,,a,b,,", ",\n"), "a,b,,"),
        ("LTRIM", ("  foo", None), "  foo"),
        ("RTRIM", ("10000x", "x"), "10000"),
        ("RTRIM", ("foo,bar,baz\r\n", ",\n"), "foo,bar,baz\r"),
        ("RTRIM", ("foo3", 3), "foo"),
    ],
)
def test_trim(name: str, args: tuple[Any, ...], expected: str) -> None:
    assert call(name, *args) == (expected, [])


@pytest.mark.parametrize(
    ("value", "expected", "codes"),
    [
        ([1, [2], {"a": 3}], [{"a": 3}, [2], 1], []),
        ("a😎b", "b😎a", []),
        (123, None, [errno.QUERY_ARRAY_EXPECTED]),
        (None, None, [errno.QUERY_ARRAY_EXPECTED]),
    ],
)
def test_reverse(value: Any, expected: Any, codes: list[int]) -> None:
    assert call("REVERSE", value) == (expected, codes)


@pytest.mark.parametrize(
    ("args", "expected", "codes"),
    [
        (("foo", 3), "foofoofoo", []),
        (("foo", 0, "|"), "", []),
        (("foo", -1), None, [errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH]),
        ((None, 2, 1), "1", []),
        (("x" * 1024, 17 * 1024), None, [errno.RESOURCE_LIMIT]),
    ],
)
def test_repeat(args: tuple[Any, ...], expected: Any, codes: list[int]) -> None:
    assert call("REPEAT", *args) == (expected, codes)


@pytest.mark.parametrize(
    ("value", "expected", "codes"),
    [
        (65, "A", []),
        (65.9, "A", []),
        ("65", None, [errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH]),
        (-1, None, [errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH]),
    ],
)
def test_to_char(value: Any, expected: Any, codes: list[int]) -> None:
    assert call("TO_CHAR", value) == (expected, codes)


def test_reverse_does_not_touch_its_argument() -> None:
    values = [1, 2, 3]
    call("REVERSE", values)
    assert values == [1, 2, 3]
