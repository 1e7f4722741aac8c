"""AQL through ``db.aql.execute``: results, bind parameters, errors and warnings."""

from __future__ import annotations

from typing import Any

import pytest
from arango.exceptions import AQLQueryExecuteError

from .handles import Collection, Database


def _run(db: Database, query: str, **kwargs: Any) -> list[Any]:
    return list(db.aql.execute(query, **kwargs))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("RETURN 1 + 1", [2]),
        ("FOR i IN 1..3 RETURN i * 2", [2, 4, 6]),
        ("RETURN {a: [1, null, 'x'], b: 1.5}", [{"a": [1, None, "x"], "b": 1.5}]),
        ("FOR i IN [] RETURN i", []),
        ("RETURN CONCAT('a', 1, null)", ["a1"]),
    ],
)
def test_execute_returns_results(db: Database, query: str, expected: list[Any]) -> None:
    assert _run(db, query) == expected


def test_query_reads_collection(db: Database, col: Collection) -> None:
    col.insert_many([{"_key": str(i), "n": i} for i in range(5)])
    query = "FOR d IN items FILTER d.n >= 2 SORT d.n DESC RETURN d._key"
    assert _run(db, query) == ["4", "3", "2"]


@pytest.mark.parametrize(
    ("bind_vars", "expected"),
    [
        ({"x": 1}, [1]),
        ({"x": "s"}, ["s"]),
        ({"x": None}, [None]),
        ({"x": [1, {"a": 2}]}, [[1, {"a": 2}]]),
    ],
)
def test_value_bind_parameters(
    db: Database, bind_vars: dict[str, Any], expected: list[Any]
) -> None:
    assert _run(db, "RETURN @x", bind_vars=bind_vars) == expected


def test_collection_bind_parameter(db: Database, col: Collection) -> None:
    col.insert({"_key": "a"})
    assert _run(db, "FOR d IN @@c RETURN d._key", bind_vars={"@c": "items"}) == ["a"]


@pytest.mark.parametrize(
    ("query", "bind_vars", "code", "fragment"),
    [
        ("RETURN @x", {}, 1551, "no value specified for declared bind parameter 'x'"),
        ("RETURN 1", {"y": 1}, 1552, "bind parameter 'y' was not declared in the query"),
        ("FOR d IN @@c RETURN d", {"@c": 1}, 1553, "bind parameter '@c' has an invalid value"),
    ],
)
def test_bind_parameter_errors(
    db: Database, query: str, bind_vars: dict[str, Any], code: int, fragment: str
) -> None:
    with pytest.raises(AQLQueryExecuteError) as info:
        db.aql.execute(query, bind_vars=bind_vars)
    assert (info.value.http_code, info.value.error_code) == (400, code)
    assert fragment in str(info.value)


def test_unknown_collection_raises_1203(db: Database) -> None:
    with pytest.raises(AQLQueryExecuteError) as info:
        db.aql.execute("FOR d IN @@c RETURN d", bind_vars={"@c": "nothere"})
    assert (info.value.http_code, info.value.error_code) == (404, 1203)
    assert "collection or view not found: nothere" in str(info.value)


@pytest.mark.parametrize(
    ("query", "position"),
    [
        ("FOR i IN 1..100 FILTER i = 1 LIMIT 2 RETURN i * 3", "at position 1:26"),
        ("RETURN", "at position 1:"),
        ("FOR i IN 1..2\nRETURN i +", "at position 2:"),
    ],
)
def test_parse_error_raises_1501_with_position(db: Database, query: str, position: str) -> None:
    with pytest.raises(AQLQueryExecuteError) as info:
        db.aql.execute(query)
    assert (info.value.http_code, info.value.error_code) == (400, 1501)
    assert str(info.value.error_message).startswith("syntax error")
    assert position in str(info.value)


def test_empty_query_raises_1502(db: Database) -> None:
    with pytest.raises(AQLQueryExecuteError) as info:
        db.aql.execute("")
    assert (info.value.http_code, info.value.error_code) == (400, 1502)


@pytest.mark.parametrize(
    ("name", "status", "code"), [("NO_SUCH_FUNCTION", 400, 1540), ("MYNS::UNDEFINED", 404, 1582)]
)
def test_unknown_function_raises(db: Database, name: str, status: int, code: int) -> None:
    with pytest.raises(AQLQueryExecuteError) as info:
        db.aql.execute(f"RETURN {name}(1)")
    assert (info.value.http_code, info.value.error_code) == (status, code)


def test_division_by_zero_gives_null_and_warning(db: Database) -> None:
    cursor = db.aql.execute("FOR i IN [1, 2] RETURN i / 0")
    assert list(cursor) == [None, None]
    warnings = cursor.warnings()
    assert warnings and {w["code"] for w in warnings} == {1562}
    assert warnings[0]["message"] == "division by zero"


def test_fail_on_warning_turns_warning_into_error(db: Database) -> None:
    with pytest.raises(AQLQueryExecuteError) as info:
        db.aql.execute("RETURN 1 / 0", fail_on_warning=True)
    assert (info.value.http_code, info.value.error_code) == (400, 1562)


def test_query_without_warnings_reports_empty_list(db: Database) -> None:
    assert db.aql.execute("RETURN 1").warnings() == []
