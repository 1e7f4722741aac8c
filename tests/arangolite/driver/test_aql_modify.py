"""AQL data modification: INSERT, UPDATE, REPLACE, REMOVE, UPSERT, NEW/OLD, ignoreErrors."""

from __future__ import annotations

from typing import Any

import pytest

from .handles import Collection, Database


@pytest.fixture
def abc(col: Collection) -> Collection:
    """``col`` holding a, b, c with ``n`` = 1, 2, 3."""
    col.insert_many([{"_key": k, "n": i + 1} for i, k in enumerate("abc")])
    return col


def _run(db: Database, query: str, **kwargs: Any) -> tuple[list[Any], dict[str, Any]]:
    cursor = db.aql.execute(query, **kwargs)
    rows = list(cursor)
    return rows, cursor.statistics() or {}


def test_insert_returns_new(db: Database, col: Collection) -> None:
    rows, stats = _run(db, "FOR i IN 1..3 INSERT {_key: TO_STRING(i), n: i} INTO items RETURN NEW")
    assert [r["n"] for r in rows] == [1, 2, 3] and rows[0]["_id"] == "items/1"
    assert stats["modified"] == 3 and col.count() == 3
    assert rows[1] == col.get("2")


def test_update_returns_old_and_new(db: Database, abc: Collection) -> None:
    query = "FOR d IN items FILTER d.n >= 2 UPDATE d WITH {m: d.n * 10} IN items RETURN [OLD, NEW]"
    rows, stats = _run(db, query)
    assert sorted((old["n"], new["m"]) for old, new in rows) == [(2, 20), (3, 30)]
    assert all("m" not in old and new["n"] == old["n"] for old, new in rows)
    assert stats["modified"] == 2 and "m" not in abc.get("a")


def test_update_options_keep_null_and_merge_objects(db: Database, col: Collection) -> None:
    col.insert({"_key": "a", "gone": 1, "sub": {"x": 1}})
    query = "UPDATE 'a' WITH {gone: null, sub: {y: 2}} IN items "
    query += "OPTIONS {keepNull: false, mergeObjects: false} RETURN NEW"
    rows, _ = _run(db, query)
    assert "gone" not in rows[0] and rows[0]["sub"] == {"y": 2}


def test_replace_drops_other_attributes(db: Database, abc: Collection) -> None:
    rows, _ = _run(db, "REPLACE {_key: 'a', z: 1} IN items RETURN {old: OLD.n, new: NEW}")
    assert rows[0]["old"] == 1 and rows[0]["new"]["z"] == 1 and "n" not in rows[0]["new"]
    assert "n" not in abc.get("a")


def test_remove_returns_old(db: Database, abc: Collection) -> None:
    rows, stats = _run(db, "FOR d IN items FILTER d.n < 3 REMOVE d IN items RETURN OLD._key")
    assert sorted(rows) == ["a", "b"] and stats["modified"] == 2
    assert list(abc.keys()) == ["c"]


@pytest.mark.parametrize(("key", "kind", "n"), [("a", "update", 2), ("zz", "insert", 0)])
def test_upsert(db: Database, abc: Collection, key: str, kind: str, n: int) -> None:
    query = (
        "UPSERT {_key: @k} INSERT {_key: @k, n: 0} UPDATE {n: OLD.n + 1} IN items "
        "RETURN {kind: OLD ? 'update' : 'insert', n: NEW.n}"
    )
    rows, stats = _run(db, query, bind_vars={"k": key})
    assert rows == [{"kind": kind, "n": n}] and stats["modified"] == 1
    assert abc.get(key)["n"] == n


def test_upsert_replace(db: Database, abc: Collection) -> None:
    _run(db, "UPSERT {n: 1} INSERT {n: 1} REPLACE {n: 1, fresh: true} IN items")
    doc = abc.get("a")
    assert doc["fresh"] is True and abc.count() == 3


def test_ignore_errors_skips_failing_documents(db: Database, abc: Collection) -> None:
    query = "FOR k IN ['a', 'x', 'b', 'y'] INSERT {_key: k} INTO items OPTIONS {ignoreErrors: true}"
    _, stats = _run(db, query)
    assert (stats["modified"], stats["ignored"]) == (2, 2)
    assert sorted(abc.keys()) == ["a", "b", "c", "x", "y"]


def test_remove_missing_with_ignore_errors(db: Database, abc: Collection) -> None:
    _, stats = _run(db, "REMOVE 'nope' IN items OPTIONS {ignoreErrors: true}")
    assert (stats["modified"], stats["ignored"]) == (0, 1) and abc.count() == 3


def test_insert_overwrite_mode_option(db: Database, abc: Collection) -> None:
    query = "INSERT {_key: 'a', extra: 1} INTO items OPTIONS {overwriteMode: 'update'} RETURN NEW"
    rows, _ = _run(db, query)
    assert (rows[0]["n"], rows[0]["extra"]) == (1, 1) and abc.count() == 3


def test_collection_bind_parameter_for_writes(db: Database, col: Collection) -> None:
    _run(db, "INSERT {_key: 'q'} INTO @@c", bind_vars={"@c": "items"})
    assert col.has("q")
