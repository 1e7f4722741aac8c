"""Tests of the AQL lexer (token kinds, values, positions, lexical errors)."""

from __future__ import annotations

from typing import Any

import pytest

from arangolite.aql.lexer import Token, tokenize, unescape


def kinds(text: str) -> list[str]:
    return [t.kind for t in tokenize(text)][:-1]


def values(text: str) -> list[Any]:
    return [t.value for t in tokenize(text)][:-1]


@pytest.mark.parametrize("word", ["FOR", "for", "For", "fOr"])
def test_keywords_are_case_insensitive(word: str) -> None:
    assert kinds(word) == ["FOR"]
    assert values(word) == [word]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("forx", ["IDENT"]),
        ("_key", ["IDENT"]),
        ("__a1", ["IDENT"]),
        ("$OLD", ["IDENT"]),
        ("KEEP PRUNE SEARCH OPTIONS TO COUNT CURRENT", ["IDENT"] * 7),
        ("K_PATHS ALL_SHORTEST_PATHS WINDOW", ["K_PATHS", "ALL_SHORTEST_PATHS", "WINDOW"]),
        ("null TRUE False", ["NULL", "TRUE", "FALSE"]),
        ("_1", ["INVALID", "INT"]),
    ],
)
def test_identifiers_and_reserved_words(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [("`my name`", "my name"), ("`FOR`", "FOR"), ("\u00b4tick\u00b4", "tick"), ("`a\\`b`", "a`b")],
)
def test_quoted_identifiers(text: str, name: str) -> None:
    (token,) = tokenize(text)[:-1]
    assert (token.kind, token.value) == ("IDENT", name)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('"abc"', "abc"),
        ("'it\\'s'", "it's"),
        ('"a\\"b"', 'a"b'),
        ('"\\n\\t\\r\\b\\f\\/\\\\"', "\n\t\r\b\f/\\"),
        ('"\\u00e4"', "ä"),
        ('"\\uD83D\\uDE00"', "\U0001f600"),
        ('"\\q"', "q"),
        ('"two\nlines"', "two\nlines"),
    ],
)
def test_string_literals_and_escapes(text: str, value: str) -> None:
    (token,) = tokenize(text)[:-1]
    assert (token.kind, token.value) == ("STRING", value)


def test_lone_surrogate_becomes_replacement_character() -> None:
    assert unescape("\\uD83D") == "\ufffd"


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("42", "INT", 42),
        ("0", "INT", 0),
        ("9223372036854775807", "INT", 9223372036854775807),
        ("9223372036854775808", "INT", 9.223372036854776e18),
        ("1.5", "DOUBLE", 1.5),
        (".5", "DOUBLE", 0.5),
        ("1e3", "DOUBLE", 1000.0),
        ("2.5E-2", "DOUBLE", 0.025),
        ("0x1F", "INT", 31),
        ("0Xff", "INT", 255),
        ("0b101", "INT", 5),
        ("1e400", "DOUBLE", None),
    ],
)
def test_numbers(text: str, kind: str, value: Any) -> None:
    (token,) = tokenize(text)[:-1]
    assert (token.kind, token.value) == (kind, value)
    assert type(token.value) is type(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1..5", [1, "..", 5]),
        ("01", [0, 1]),
        ("1.", [1, "."]),
        ("0x", [0, "x"]),
        ("a.5", ["a", 0.5]),
    ],
)
def test_number_boundaries(text: str, expected: list[Any]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("0x123456789", "hex number literal value exceeds the supported range"),
        ("0b" + "1" * 33, "binary number literal value exceeds the supported range"),
        ('RETURN "abc', "unexpected unterminated string literal"),
        ("RETURN `abc", "unexpected unterminated identifier"),
        ("RETURN 1 /* abc", "unexpected unterminated multi-line comment"),
    ],
)
def test_lexical_errors_end_the_token_list(text: str, message: str) -> None:
    last = tokenize(text)[-1]
    assert (last.kind, last.value) == ("LEXERR", message)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [("@name", "PARAM", "name"), ("@0", "PARAM", "0"), ("@@coll", "DSPARAM", "coll")],
)
def test_bind_parameters(text: str, kind: str, value: str) -> None:
    (token,) = tokenize(text)[:-1]
    assert (token.kind, token.value) == (kind, value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a && b || !c", ["IDENT", "AND", "IDENT", "OR", "NOT", "IDENT"]),
        ("a =~ b !~ c", ["IDENT", "=~", "IDENT", "!~", "IDENT"]),
        ("a::b", ["IDENT", "::", "IDENT"]),
        ("x NOT IN y", ["IDENT", "NOT IN", "IDENT"]),
        ("x not\n in y", ["IDENT", "NOT IN", "IDENT"]),
        ("NOT IN_RANGE(x)", ["NOT", "IDENT", "(", "IDENT", ")"]),
        ("x AT LEAST (1)", ["IDENT", "AT LEAST", "(", "INT", ")"]),
        ("a ; b", ["IDENT", "INVALID", "IDENT"]),
    ],
)
def test_operators(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


def test_comments_are_skipped() -> None:
    text = "RETURN /* one\ntwo */ 1 // three\n + 2"
    assert values(text) == ["RETURN", 1, "+", 2]


def test_positions_are_line_and_byte_column() -> None:
    tokens = tokenize("RETURN\n  'ä' + x")
    assert [(t.line, t.col) for t in tokens[:-1]] == [(1, 1), (2, 3), (2, 8), (2, 10)]


def test_string_error_position_is_the_closing_quote() -> None:
    token: Token = tokenize('x "ab\ncd"')[1]
    assert (token.line, token.col, token.eline, token.ecol) == (1, 3, 2, 3)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("RETURN 1", (1, 8)),
        ("RETURN 1   ", (1, 9)),
        ("RETURN 1\n", (2, 1)),
        ("RETURN 1 // note", (1, 12)),
        ("RETURN 1 /* c */", (1, 15)),
        ("RETURN 'x'", (1, 10)),
    ],
)
def test_end_token_points_at_the_last_match(text: str, where: tuple[int, int]) -> None:
    end = tokenize(text)[-1]
    assert end.kind == "EOF"
    assert (end.eline, end.ecol) == where
