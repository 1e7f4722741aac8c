"""FOR loops read through indexes when the FILTERs allow, never changing results."""

from __future__ import annotations

from typing import Any

import pytest
from arango.database import StandardDatabase

from tests.arangolite.aql.conftest import Query


@pytest.fixture
def tags(db: StandardDatabase) -> StandardDatabase:
    coll = db.create_collection("tags")
    coll.insert_many(
        [{"_key": str(i), "tag": f"T-{i % 10}", "n": i, "list": [i % 3]} for i in range(100)]
    )
    coll.add_index({"type": "persistent", "fields": ["tag", "n"]})
    coll.add_index({"type": "persistent", "fields": ["list[*]"]})
    return db


def _run(db: Any, query: str, **bind: Any) -> tuple[list[Any], dict[str, Any]]:
    cursor = db.aql.execute(query, bind_vars=bind or None)
    return list(cursor), cursor.statistics()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("FOR d IN tags FILTER d.tag == 'T-3' AND d.n < 30 RETURN d.n", [3, 13, 23]),
        ("FOR d IN tags FILTER d._key IN ['5', '7', 'x'] RETURN d.n", [5, 7]),
        ("FOR d IN tags FILTER d._id == 'tags/9' RETURN d.n", [9]),
        ("FOR d IN tags FILTER 2 IN d.list AND d.n < 10 RETURN d.n", [2, 5, 8]),
    ],
)
def test_indexed_filters_read_few_documents(tags: Any, query: str, expected: list[int]) -> None:
    result, stats = _run(tags, query)
    assert sorted(result) == expected
    assert stats["scanned_full"] == 0 and stats["scanned_index"] <= 40


def test_unindexed_filter_scans_everything(tags: Any) -> None:
    result, stats = _run(tags, "FOR d IN tags FILTER d.n == 42 RETURN d._key")
    assert result == ["42"] and stats["scanned_full"] == 100


def test_explain_names_the_index(tags: Any) -> None:
    plan = tags.aql.explain("FOR d IN tags FILTER d.tag == @t RETURN d", bind_vars={"t": "T-1"})
    nodes = {n["type"]: n for n in plan["nodes"]}
    assert nodes["IndexNode"]["indexes"][0]["fields"] == ["tag", "n"]


def test_index_lookup_with_loop_variable(tags: Any, q: Query) -> None:
    query = "FOR t IN ['T-1', 'T-2'] FOR d IN tags FILTER d.tag == t AND d.n < 15 RETURN d.n"
    assert q(query) == [1, 11, 2, 12]


def test_filter_after_let_using_let_variable(tags: Any, q: Query) -> None:
    query = "FOR d IN tags LET k = CONCAT('T-', d.n) FILTER d.tag == k RETURN d.n"
    assert sorted(q(query)) == list(range(10))
