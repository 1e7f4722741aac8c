"""Tests of the errors the parser raises, with ArangoDB's numbers and messages."""

from __future__ import annotations

import pytest

from arangolite import errno
from arangolite.aql.parser import parse
from arangolite.errors import AqlError


def failure(text: str) -> AqlError:
    with pytest.raises(AqlError) as info:
        parse(text)
    assert info.value.code == 400
    return info.value


def test_empty_query() -> None:
    error = failure("")
    assert (error.errno, error.message) == (errno.QUERY_EMPTY, "query is empty")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "FOR i IN 1..100 FILTER i = 1 LIMIT 2 RETURN i * 3",
            "syntax error, unexpected assignment near '= 1 LIMIT 2 RETURN i * 3' at position 1:26",
        ),
        (
            "FOO u RETURN u",
            "syntax error, unexpected identifier near 'FOO u RETURN u' at position 1:1",
        ),
        ("   ", "syntax error, unexpected end of query string near '   ' at position 1:1"),
        (
            "FOR u IN users",
            "syntax error, unexpected end of query string near 'users' at position 1:10",
        ),
        (
            "FOR u IN users\n  FILTER u.a\n",
            "syntax error, unexpected end of query string near '' at position 3:1",
        ),
        (
            "RETURN 1 RETURN 2",
            "syntax error, unexpected RETURN declaration, expecting end of query string "
            "near 'RETURN 2' at position 1:10",
        ),
    ],
)
def test_syntax_error_messages(text: str, message: str) -> None:
    error = failure(text)
    assert (error.errno, error.message) == (errno.QUERY_PARSE, message)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        ("LET x 1 RETURN x", "unexpected integer number, expecting assignment"),
        ("FOR x y RETURN x", "unexpected identifier, expecting IN keyword"),
        ("FOR 1 IN y RETURN 1", "unexpected integer number, expecting identifier"),
        ("RETURN [1 2]", "unexpected integer number, expecting ]"),
        ("RETURN {a: 1 b: 2}", "unexpected identifier, expecting }"),
        ("RETURN F(1 2)", "unexpected integer number, expecting )"),
        ("RETURN (FOR x IN y RETURN x RETURN 1)", "unexpected RETURN declaration, expecting )"),
        ("RETURN a.1", "unexpected number, expecting end of query string"),
        (
            "RETURN 1 NOT 2",
            "unexpected integer number, expecting ~= operator or ~! operator or like operator",
        ),
        ("RETURN x;", "unexpected invalid token, expecting end of query string"),
        ("RETURN {filter: 1}", "unexpected FILTER declaration"),
        (
            "RETURN doc.all",
            "unexpected all modifier, expecting identifier or bind parameter"
            " or bind data source parameter",
        ),
        ("RETURN 1 ANY 2", "unexpected integer number"),
        ("INSERT {} INTO c FOO", "unexpected end of query string, expecting {"),
        ("RETURN a, b", 'unexpected ",", expecting end of query string'),
    ],
)
def test_unexpected_and_expected_tokens(text: str, unexpected: str) -> None:
    message = failure(text).message
    assert message.startswith("syntax error, " + unexpected + " near ")


def test_long_remainder_is_cut_after_32_characters() -> None:
    error = failure("RETURN 1 RETURN 'a long string that goes on and on'")
    assert "near 'RETURN 'a long string that goes ...' at" in error.message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('RETURN "abc', "unexpected unterminated string literal near 'c' at position 1:11"),
        ("RETURN `abc", "unexpected unterminated identifier near 'c' at position 1:11"),
        ("RETURN 1 /* c", "unexpected unterminated multi-line comment near ' c' at position 1:12"),
        ("RETURN 0x1FFFFFFFF", "hex number literal value exceeds the supported range"),
    ],
)
def test_lexical_errors(text: str, message: str) -> None:
    error = failure(text)
    assert error.errno == errno.QUERY_PARSE
    assert error.message.startswith(message)


@pytest.mark.parametrize(
    "text",
    [
        "LET x = 1 LET x = 2 RETURN x",
        "FOR x IN a FOR x IN b RETURN x",
        "LET x = 1 RETURN (FOR x IN y RETURN x)",
        "FOR x IN y COLLECT x = x.a RETURN x",
        "COLLECT a = 1, a = 2 RETURN a",
        "FOR v, v IN OUTBOUND 's' e RETURN v",
        "FOR v IN 1 OUTBOUND 's' e PRUNE v = true RETURN v",
        "LET a = 1, a = 2 RETURN a",
    ],
)
def test_variable_assigned_twice(text: str) -> None:
    error = failure(text)
    assert error.errno == errno.QUERY_VARIABLE_REDECLARED
    assert error.message.startswith("variable '") and "is assigned multiple times" in error.message


@pytest.mark.parametrize(
    "text",
    [
        "LET x = (LET y = 1 RETURN y) LET y = 2 RETURN [x, y]",
        "FOR u IN users COLLECT a = u.a INTO u RETURN u",
        "LET a = (FOR x IN y RETURN x) LET b = (FOR x IN z RETURN x) RETURN [a, b]",
        "LET x = 1 RETURN x[* RETURN CURRENT]",
    ],
)
def test_variables_may_be_reused_outside_their_scope(text: str) -> None:
    assert parse(text).statements


def test_variable_names_may_not_start_with_underscore() -> None:
    error = failure("LET _x = 1 RETURN _x")
    assert (error.errno, error.message) == (
        errno.QUERY_VARIABLE_NAME_INVALID,
        "variable name '_x' has an invalid format",
    )


@pytest.mark.parametrize(
    ("text", "errnum", "message"),
    [
        ("RETURN {a}", 1512, "use of unknown variable 'a' in object literal"),
        ("RETURN DISTINCT 1", 1501, "cannot use DISTINCT modifier on top-level query element"),
        ("FOR x, y IN c RETURN x", 1501, "Collections and views FOR loops only allow a single"),
        ("FOR a,b,c,d IN 1 ANY s e RETURN a", 1501, "Traversals only have one, two or three"),
        ("FOR a,b IN ANY K_PATHS s TO t e RETURN a", 1501, "K_PATHS only has one return variable"),
        (
            "FOR a IN ANY SHORTEST_PATH s FROM t e RETURN a",
            1501,
            "unexpected qualifier 'FROM', expecting 'TO'",
        ),
        ("FOR x IN [1] SEARCH x RETURN x", 1501, "SEARCH condition used on non-view"),
        (
            "FOR x IN c FOO {} RETURN x",
            1501,
            "unexpected qualifier 'FOO', expecting 'SEARCH' or 'OPTIONS'",
        ),
        (
            "FOR v IN ANY s e FOO x RETURN v",
            1501,
            "unexpected qualifier 'FOO', expecting 'PRUNE' or 'OPTIONS'",
        ),
    ],
)
def test_semantic_parse_errors(text: str, errnum: int, message: str) -> None:
    error = failure(text)
    assert error.errno == errnum
    assert error.message.startswith(message)
    assert " near '" in error.message


@pytest.mark.parametrize(
    ("options", "errnum", "message"),
    [
        ("OPTIONS 1", 1501, "'OPTIONS' have to be an object"),
        ("OPTIONS {a: u}", 1575, "'OPTIONS' have to be known at query compile time"),
        ("OPTIONS {a: LENGTH([])}", 1575, "'OPTIONS' have to be known at query compile time"),
    ],
)
def test_options_must_be_constant_objects(options: str, errnum: int, message: str) -> None:
    error = failure(f"FOR u IN users {options} RETURN u")
    assert error.errno == errnum
    assert error.message.startswith(message)


@pytest.mark.parametrize(
    ("text", "errnum", "message"),
    [
        (
            "FOR u IN c COLLECT a = u.a AGGREGATE s = FOO(u) RETURN s",
            1574,
            "unknown aggregate function used",
        ),
        (
            "FOR u IN c COLLECT AGGREGATE s = SUM(u), t = MAX(s) RETURN t",
            1512,
            "use of COLLECT variable 's' inside same COLLECT",
        ),
        (
            "FOR u IN c COLLECT a = u.a AGGREGATE s = SUM(a) RETURN s",
            1512,
            "use of unknown variable 'a' in AGGREGATE expression",
        ),
        (
            "FOR u IN c COLLECT a = u.a INTO g = a RETURN g",
            1512,
            "use of COLLECT variable 'a' inside same COLLECT's expression",
        ),
        ("FOR u IN c COLLECT a = u.a KEEP u RETURN a", 1501, "use of 'KEEP' without 'INTO'"),
        (
            "FOR u IN c COLLECT a = u.a INTO g KEEP zz RETURN a",
            1501,
            "use of unknown variable 'zz' for KEEP",
        ),
        (
            "FOR u IN c COLLECT a = u.a INTO g FOO u RETURN a",
            1501,
            "unexpected qualifier 'FOO', expecting 'KEEP'",
        ),
        (
            "FOR u IN c COLLECT WITH FOO INTO n RETURN n",
            1501,
            "unexpected qualifier 'FOO', expecting 'COUNT'",
        ),
        (
            "FOR u IN c WINDOW {} AGGREGATE s = SUM(1) RETURN s",
            1501,
            "At least one WINDOW bound must be specified",
        ),
        (
            "FOR u IN c WINDOW {before: 1} AGGREGATE s = SUM(1) RETURN s",
            1501,
            "Invalid WINDOW attribute 'before'",
        ),
        (
            "FOR u IN c WINDOW {preceding: 1, preceding: 2} AGGREGATE s = SUM(1) RETURN s",
            1501,
            "WINDOW attribute 'preceding' is specified multiple times",
        ),
        (
            "FOR u IN c WINDOW {preceding: 1} AGGREGATE s = CONCAT(1) RETURN s",
            1574,
            "unknown aggregate function used",
        ),
    ],
)
def test_collect_and_window_errors(text: str, errnum: int, message: str) -> None:
    error = failure(text)
    assert (error.errno, error.message[: len(message)]) == (errnum, message)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("RETURN x[* ALL FILTER CURRENT]", "unexpected quantifier value found for array expansion"),
        (
            "RETURN x[? ALL CURRENT]",
            "syntax error, unexpected identifier, expecting FILTER declaration",
        ),
        (
            "FOR v IN 1 OUTBOUND 's' e PRUNE (FOR x IN y RETURN x) RETURN v",
            "PRUNE condition must not use a subquery",
        ),
        (
            "UPSERT x INSERT {} UPDATE {} IN c",
            "syntax error, unexpected identifier, expecting FILTER declaration"
            " or bind parameter or bind data source parameter or {",
        ),
        (
            "INSERT {} INTO @c",
            "syntax error, unexpected bind parameter, expecting identifier"
            " or quoted string or bind data source parameter",
        ),
    ],
)
def test_other_parse_errors(text: str, message: str) -> None:
    assert failure(text).message.startswith(message)


COMPLEX = (
    'WITH a FOR v, e, p IN 1..3 OUTBOUND "a/b" GRAPH "g" PRUNE c = v.x == 1 OPTIONS {u: "p"} '
    "FILTER p.x[* FILTER CURRENT.a LIMIT 1, 2 RETURN CURRENT.b] ALL IN [1] "
    "COLLECT a = v.x AGGREGATE s = SUM(e.w) INTO g = {v} SORT s DESC LIMIT 2 "
    "UPSERT FILTER CURRENT.a == @x INSERT {a: `x`} UPDATE {n: OLD.n + 1} IN @@c "
    "RETURN {a, s, g: g[? AT LEAST (1) FILTER CURRENT], t: 'x' NOT LIKE \"y\" ? 0x1F : -.5}"
)


@pytest.mark.parametrize("cut", range(0, len(COMPLEX) + 1, 3))
def test_truncated_queries_fail_only_with_aql_errors(cut: int) -> None:
    for text in (COMPLEX[:cut], COMPLEX[cut:], COMPLEX[:cut] + ")"):
        try:
            parse(text)
        except AqlError as error:
            assert error.errno in (1501, 1502, 1510, 1511, 1512, 1574, 1575)
