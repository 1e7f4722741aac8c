"""AQL data modification: INSERT, UPDATE, REPLACE, REMOVE, UPSERT, all or nothing."""

from __future__ import annotations

from typing import Any

import pytest
from arango.database import StandardDatabase
from arango.exceptions import AQLQueryExecuteError

from tests.arangolite.aql.conftest import Query


@pytest.fixture
def streams(db: StandardDatabase) -> StandardDatabase:
    db.create_collection("streams").insert_many(
        [{"_key": f"S-{i}", "flow": i * 10} for i in range(1, 4)]
    )
    return db


def test_insert_returns_new_documents(db: Any, q: Query) -> None:
    db.create_collection("c")
    assert q("FOR i IN 1..2 INSERT {_key: TO_STRING(i)} INTO c RETURN NEW._id") == ["c/1", "c/2"]
    assert db.collection("c").count() == 2


def test_update_with_merge_and_keep_null(streams: Any, q: Query) -> None:
    q("UPDATE 'S-1' WITH {meta: {a: 1}} IN streams")
    q("UPDATE 'S-1' WITH {meta: {b: 2}, flow: null} IN streams OPTIONS {keepNull: false}")
    doc = streams.collection("streams").get("S-1")
    assert doc["meta"] == {"a": 1, "b": 2} and "flow" not in doc


def test_replace_and_old(streams: Any, q: Query) -> None:
    old = q("REPLACE {_key: 'S-2', flow: 0} IN streams RETURN OLD.flow")
    assert old == [20]
    assert streams.collection("streams").get("S-2")["flow"] == 0


def test_remove_all_matching(streams: Any, q: Query) -> None:
    removed = q("FOR s IN streams FILTER s.flow >= 20 REMOVE s IN streams RETURN OLD._key")
    assert sorted(removed) == ["S-2", "S-3"]
    assert streams.collection("streams").count() == 1


def test_upsert_inserts_then_updates(streams: Any, q: Query) -> None:
    query = """UPSERT {tag: 'P-9'} INSERT {tag: 'P-9', n: 1} UPDATE {n: OLD.n + 1}
               IN streams RETURN NEW.n"""
    assert q(query) == [1]
    assert q(query) == [2]


@pytest.mark.parametrize(
    "index",
    [
        {"type": "persistent", "fields": ["unit"]},
        {"type": "persistent", "fields": ["unit", "tag"], "unique": True},
        {"type": "persistent", "fields": ["tag"], "sparse": True},
    ],
)
def test_upsert_finds_its_match_whatever_indexes_exist(
    db: Any, q: Query, index: dict[str, Any]
) -> None:
    units = db.create_collection("units")
    units.add_index(index)
    units.insert_many([{"unit": "R-1", "tag": None}, {"unit": "R-1", "tag": "b"}])
    query = """UPSERT {unit: 'R-1', tag: @tag} INSERT {unit: 'R-1', tag: @tag, n: 0}
               UPDATE {n: 1} IN units RETURN [OLD == null, NEW.tag]"""
    assert q(query, tag=None) == [[False, None]]
    assert q(query, tag="b") == [[False, "b"]]
    assert units.count() == 2


def test_upsert_filter_form(streams: Any, q: Query) -> None:
    query = """UPSERT FILTER CURRENT.flow > 25 INSERT {flow: 0} UPDATE {hot: true}
               IN streams RETURN NEW._key"""
    assert q(query) == ["S-3"]


def test_failing_query_writes_nothing(streams: Any) -> None:
    query = "FOR i IN [1, 2, 1] INSERT {_key: TO_STRING(i)} INTO streams"
    with pytest.raises(AQLQueryExecuteError) as info:
        streams.aql.execute(query)
    assert info.value.error_code == 1210
    assert streams.collection("streams").count() == 3


def test_ignore_errors_skips_failed_writes(streams: Any) -> None:
    cursor = streams.aql.execute(
        "FOR k IN ['S-1', 'nope'] REMOVE k IN streams OPTIONS {ignoreErrors: true}"
    )
    stats = cursor.statistics()
    assert (stats["modified"], stats["ignored"]) == (1, 1)


def test_update_missing_document_fails(streams: Any) -> None:
    with pytest.raises(AQLQueryExecuteError) as info:
        streams.aql.execute("UPDATE 'nope' WITH {x: 1} IN streams")
    assert info.value.error_code == 1202


def test_update_while_scanning_same_collection_visits_each_once(streams: Any, q: Query) -> None:
    q("FOR s IN streams UPDATE s WITH {flow: s.flow + 1} IN streams")
    assert sorted(q("FOR s IN streams RETURN s.flow")) == [11, 21, 31]


def test_insert_non_object_fails(streams: Any) -> None:
    with pytest.raises(AQLQueryExecuteError) as info:
        streams.aql.execute("INSERT 5 INTO streams")
    assert info.value.error_code == 1227
