"""A failing AQL modification query leaves no writes behind."""

from __future__ import annotations

import pytest
from arango.exceptions import AQLQueryExecuteError

from .handles import Collection, Database


@pytest.fixture
def abc(col: Collection) -> Collection:
    """``col`` holding a, b, c with ``n`` = 1, 2, 3."""
    col.insert_many([{"_key": k, "n": i + 1} for i, k in enumerate("abc")])
    return col


def _snapshot(col: Collection) -> dict[str, object]:
    return {d["_key"]: (d["_rev"], d.get("n")) for d in col.all()}


@pytest.mark.parametrize(
    ("query", "status", "code"),
    [
        ("FOR k IN ['x', 'y', 'a', 'z'] INSERT {_key: k} INTO items", 409, 1210),
        ("FOR k IN ['a', 'b', 'nope'] UPDATE k WITH {n: 0} IN items", 404, 1202),
        ("FOR k IN ['a', 'nope'] REPLACE {_key: k, n: 0} IN items", 404, 1202),
        ("FOR k IN ['a', 'b', 'nope'] REMOVE k IN items", 404, 1202),
        ("FOR k IN ['x', 'bad key'] INSERT {_key: k} INTO items", 400, 1221),
        ("FOR d IN items UPDATE d WITH {n: d.n / 0 ? 1 : FAIL('boom')} IN items", 400, 1569),
    ],
)
def test_failing_query_writes_nothing(
    db: Database, abc: Collection, query: str, status: int, code: int
) -> None:
    before = _snapshot(abc)
    with pytest.raises(AQLQueryExecuteError) as info:
        db.aql.execute(query)
    assert (info.value.http_code, info.value.error_code) == (status, code)
    assert _snapshot(abc) == before


def test_failure_in_second_collection_rolls_back_the_first(db: Database, abc: Collection) -> None:
    other = db.create_collection("other")
    other.insert({"_key": "c"})
    query = "FOR k IN ['a', 'b', 'c'] UPDATE k WITH {n: 0} IN items INSERT {_key: k} INTO other"
    with pytest.raises(AQLQueryExecuteError) as info:
        db.aql.execute(query)
    assert info.value.error_code == 1210
    assert list(other.keys()) == ["c"]
    assert sorted(d["n"] for d in abc.all()) == [1, 2, 3]


def test_unique_violation_inside_query_rolls_back(db: Database, abc: Collection) -> None:
    abc.add_index({"type": "persistent", "fields": ["n"], "unique": True})
    before = _snapshot(abc)
    with pytest.raises(AQLQueryExecuteError) as info:
        db.aql.execute("FOR k IN ['a', 'b', 'c'] UPDATE k WITH {n: 5} IN items")
    assert info.value.error_code == 1210
    assert _snapshot(abc) == before
