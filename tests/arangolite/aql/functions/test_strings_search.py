"""Substring search functions: CONTAINS, FIND_FIRST, FIND_LAST, STARTS_WITH, SUBSTITUTE."""

from __future__ import annotations

from typing import Any

import pytest

from arangolite import errno
from tests.arangolite.aql.functions.fake_ctx import call

MISMATCH = errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH
FOX = "the quick brown foxx jumped over the lazy dog"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("test2", "est", True), 1),
        (("this is a test of this test", "this test", True), 18),
        (("this is a test of this test", "This", True), -1),
        (("test123", ""), False),
        (("", "test123"), False),
        ((None, None), False),
        (([1, 2, 3], 2), True),
        (({"a": 1}, {"a": 1}), True),
        (("test", "test2", "test3"), -1),
        (("äbc", "c", True), 4),  # ArangoDB derives the index from the byte offset
    ],
)
def test_contains(args: tuple[Any, ...], expected: Any) -> None:
    assert call("CONTAINS", *args) == (expected, [])


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("Foobar", "bar"), 3),
        (("foobar", "Bar"), -1),
        (("MÖtleyCrÜe或MÖtleyCrÜe从重金属中提取重金属", "或"), 10),
        (("foobar", "bar", 1, 5), 3),
        (("foobar", "bar", 1, 4), -1),
        (("foo", "bar", -1), -1),
        (("foo", None), 0),
        (("       ", "", 4), 4),
        (("", "foo"), -1),
        (("aaaa", "aa", 1), 2),  # only non-overlapping occurrences count
        (("😎ab", "ab"), 2),  # positions count UTF-16 code units
    ],
)
def test_find_first(args: tuple[Any, ...], expected: int) -> None:
    assert call("FIND_FIRST", *args) == (expected, [])


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("Heavy metal from MÖtleyCrÜe or MÖtleyCrÜe doing heavy metal?", "MÖtleyCrÜe"), 31),
        (("the quick brown bar jumped over the lazy dog", "the", 10), 32),
        (("foobar", "bar", 4, 6), -1),
        (("foobar", "bar", 0, 999), 3),
        (("foo", None), 3),
        (("012345", "", 1), 6),
        (("0123456", "", 1, 4), 5),
        (("foo", "bar", 1, 0), -1),
    ],
)
def test_find_last(args: tuple[Any, ...], expected: int) -> None:
    assert call("FIND_LAST", *args) == (expected, [])


@pytest.mark.parametrize(
    ("args", "expected", "codes"),
    [
        (("foobar", "foo"), True, []),
        (("foobar", ["bar", "baz"]), False, []),
        (("foobar", ["f", "fo", "x"], 2), True, []),
        (("foobar", ["f", "x"], 3), False, []),
        (("foobar", ["x"], 0), True, []),
        ((1, "1"), None, [MISMATCH]),
        (("foobar", 1), None, [MISMATCH]),
        (("foobar", ["x", 1]), None, [MISMATCH]),
        (("foobar", ["foo", 1]), True, []),
        (("foobar", ["foo"], -1), None, [MISMATCH]),
    ],
)
def test_starts_with(args: tuple[Any, ...], expected: Any, codes: list[int]) -> None:
    assert call("STARTS_WITH", *args) == (expected, codes)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((FOX, ["foxx", "dog"], ["dog", "foxx"]), "the quick brown dog jumped over the lazy foxx"),
        ((FOX, {"foxx": "dog", "dog": "foxx"}), "the quick brown dog jumped over the lazy foxx"),
        ((FOX, ["dog", "lazy"], "empty.", 1), "the quick brown foxx jumped over the empty. dog"),
        (("a\r\nb\r\nc", "\r\n", ".", 1), "a.b\r\nc"),
        (("rabarbara", ["barbara", "rabarbar"], ["petra", "apfel"]), "apfela"),
        (("rabarbara", ["barbara", "bar"], ["petra", "foo"]), "rapetra"),
        (("aBcDef", {"a": "A", "B": "b", "c": "C", "D": "d"}, 2), "AbcDef"),
        (("aaaabbbbccc", ["A", "b", "c"], ["x", "y", "z"], 3), "aaaayyybccc"),
        (("the quick brown foxx", "brown"), "the quick  foxx"),
        (("the quick brown foxx", []), "the quick brown foxx"),
        (("the quick brown foxx", ["quick", "brown"], ["", None]), "the   foxx"),
        (("the quick", "the", "a", 0), "the quick"),
        (("abc", "", "-"), "-a-b-c-"),
    ],
)
def test_substitute(args: tuple[Any, ...], expected: str) -> None:
    assert call("SUBSTITUTE", *args) == (expected, [])


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("abc", 1), MISMATCH),
        (("abc", ["a", 1]), MISMATCH),
        (("abc", "a", 1), MISMATCH),
        (("abc", {"a": 1}), MISMATCH),
        (("abc", {"a": "b"}, 1, 2), errno.QUERY_FUNCTION_ARGUMENT_NUMBER_MISMATCH),
    ],
)
def test_substitute_rejects_bad_arguments(args: tuple[Any, ...], code: int) -> None:
    assert call("SUBSTITUTE", *args) == (None, [code])
