"""AQL operators and expressions, evaluated as ArangoDB does."""

from __future__ import annotations

from typing import Any

import pytest
from arango.exceptions import AQLQueryExecuteError

from tests.arangolite.aql.conftest import Query


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("1 + 2 * 3", 7),
        ("10 / 4", 2.5),
        ("10 / 2", 5),
        ("-7 % 3", -1),
        ('"5" + 1', 6),
        ("null + 1", 1),
        ("[] + 1", 1),
        ("1 == 1.0", True),
        ("true == 1", False),
        ("null < false", True),
        ('"abc" > 99', True),
        ("[1] < {}", True),
        ("0 || 'x'", "x"),
        ("'' && 'x'", ""),
        ("2 IN [1, 2]", True),
        ("2 NOT IN [1, 2]", False),
        ("'a' IN 'abc'", False),
        ("1 ? 'y' : 'n'", "y"),
        ("0 ?: 'fallback'", "fallback"),
        ("2..5", [2, 3, 4, 5]),
        ("3..1", [3, 2, 1]),
        ("'fo%' LIKE 'fo\\\\%'", True),
        ("'foo' =~ '^f'", True),
        ("'foo' !~ '^f'", False),
        ("NOT 0", True),
        ("-'3'", -3),
    ],
)
def test_operators(q: Query, expr: str, expected: Any) -> None:
    assert q(f"RETURN {expr}") == [expected]


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("[1, 2, 3] ANY == 2", True),
        ("[1, 2, 3] ALL > 0", True),
        ("[1, 2, 3] NONE > 2", False),
        ("[1, 2, 3] AT LEAST (2) >= 2", True),
        ("[1, 2] ALL IN [1, 2, 3]", True),
        ("[] ANY == 1", False),
    ],
)
def test_array_comparison_operators(q: Query, expr: str, expected: Any) -> None:
    assert q(f"RETURN {expr}") == [expected]


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("[{a: 1}, {a: 2}][*].a", [1, 2]),
        ("[[1, 2], [3]][**]", [1, 2, 3]),
        ("[1, 2, 3, 4][* FILTER CURRENT % 2 == 0 RETURN CURRENT * 10]", [20, 40]),
        ("[1, 2, 3, 4][* LIMIT 1, 2]", [2, 3]),
        ("[{a: {b: [1, 2]}}, {a: {b: [3]}}][*].a.b", [[1, 2], [3]]),
        ("5[*]", []),
        ("[1, 2, 3][? FILTER CURRENT > 2]", True),
        ("[1, 2, 3][? ALL FILTER CURRENT > 0]", True),
        ("[1, 2, 3][? 2..3 FILTER CURRENT > 1]", True),
        ("[1, 2, 3][? NONE FILTER CURRENT > 5]", True),
    ],
)
def test_expansions(q: Query, expr: str, expected: Any) -> None:
    assert q(f"RETURN {expr}") == [expected]


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("[1, 2, 3][-1]", 3),
        ("[1, 2, 3][5]", None),
        ("{a: 1}['a']", 1),
        ("{a: {b: 2}}.a.b", 2),
        ("'text'.length", None),
        ("{[CONCAT('k', 1)]: true}", {"k1": True}),
    ],
)
def test_member_access(q: Query, expr: str, expected: Any) -> None:
    assert q(f"RETURN {expr}") == [expected]


def test_object_shorthand_and_bind_parameters(q: Query) -> None:
    assert q("LET a = @value RETURN {a}", value=[1]) == [{"a": [1]}]


def test_division_by_zero_warns_and_returns_null(db: Any) -> None:
    cursor = db.aql.execute("RETURN 1 / 0")
    assert list(cursor) == [None]
    assert [w["code"] for w in cursor.warnings()] == [1562]


def test_fail_on_warning_turns_a_warning_into_an_error(db: Any) -> None:
    with pytest.raises(AQLQueryExecuteError) as info:
        db.aql.execute("RETURN 1 / 0", fail_on_warning=True)
    assert info.value.error_code == 1562


@pytest.mark.parametrize(
    ("query", "errnum"),
    [
        ("RETURN NO_SUCH_FUNCTION(1)", 1540),
        ("RETURN my::fn(1)", 1582),
        ("RETURN LENGTH()", 1541),
        ("FOR x IN 5 RETURN x", 1563),
        ("FOR x IN missing_collection RETURN x", 1203),
        ("RETURN @missing", 1551),
        ("RETURN FAIL('stop')", 1569),
    ],
)
def test_query_errors(db: Any, query: str, errnum: int) -> None:
    with pytest.raises(AQLQueryExecuteError) as info:
        db.aql.execute(query)
    assert info.value.error_code == errnum


def test_undeclared_bind_parameter_is_rejected(db: Any) -> None:
    with pytest.raises(AQLQueryExecuteError) as info:
        db.aql.execute("RETURN 1", bind_vars={"extra": 1})
    assert info.value.error_code == 1552


def test_collection_bind_parameter_must_be_a_string(db: Any) -> None:
    with pytest.raises(AQLQueryExecuteError) as info:
        db.aql.execute("FOR d IN @@c RETURN d", bind_vars={"@c": 5})
    assert info.value.error_code == 1553
