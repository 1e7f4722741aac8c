"""Single-document operations: insert, get, has, update, replace, delete and their options."""

from __future__ import annotations

from typing import Any

import pytest
from arango.exceptions import (
    DocumentGetError,
    DocumentInsertError,
    DocumentRevisionError,
)

from .handles import Collection, Database


def test_insert_returns_meta_and_get_reads_it_back(col: Collection) -> None:
    meta = col.insert({"_key": "a", "n": 1})
    assert set(meta) == {"_id", "_key", "_rev"}
    assert (meta["_id"], meta["_key"]) == ("items/a", "a")
    expected = {"_id": "items/a", "_key": "a", "_rev": meta["_rev"], "n": 1}
    assert col.get("a") == expected == col.get("items/a") == col.get({"_key": "a"})


def test_insert_ignores_given_rev_and_id(col: Collection) -> None:
    meta = col.insert({"_key": "a", "_rev": "bogus"})
    assert meta["_rev"] != "bogus" and col.get("a")["_rev"] == meta["_rev"]


@pytest.mark.parametrize(
    ("options", "keys"),
    [
        ({"return_new": True}, {"_id", "_key", "_rev", "new"}),
        ({"return_old": True}, {"_id", "_key", "_rev"}),
        ({"sync": True}, {"_id", "_key", "_rev"}),
    ],
)
def test_insert_options_shape_the_result(
    col: Collection, options: dict[str, Any], keys: set[str]
) -> None:
    meta = col.insert({"_key": "a", "n": 1}, **options)
    assert set(meta) == keys
    if "new" in meta:
        assert meta["new"] == col.get("a")


def test_insert_silent_returns_true(col: Collection) -> None:
    assert col.insert({"_key": "a"}, silent=True) is True
    assert col.has("a")


def test_insert_duplicate_key_raises_1210_and_keeps_original(col: Collection) -> None:
    col.insert({"_key": "a", "n": 1})
    with pytest.raises(DocumentInsertError) as info:
        col.insert({"_key": "a", "n": 2})
    assert (info.value.http_code, info.value.error_code) == (409, 1210)
    assert col.get("a")["n"] == 1 and col.count() == 1


@pytest.mark.parametrize("key", ["a/b", "has space", "x" * 255, "", "ümlaut", 42, "a#b"])
def test_insert_with_bad_key_raises_1221(col: Collection, key: object) -> None:
    with pytest.raises(DocumentInsertError) as info:
        col.insert({"_key": key})
    assert (info.value.http_code, info.value.error_code) == (400, 1221)
    assert col.count() == 0


@pytest.mark.parametrize("key", ["a", "A-Z_0.9", "x" * 254, "!$%'()*+,-.:;=@_"])
def test_insert_accepts_all_legal_key_characters(col: Collection, key: str) -> None:
    assert col.insert({"_key": key})["_key"] == key
    assert col.get(key)["_key"] == key


def test_insert_into_missing_collection_raises_1203(db: Database) -> None:
    with pytest.raises(DocumentInsertError) as info:
        db.collection("missing").insert({"x": 1})
    assert (info.value.http_code, info.value.error_code) == (404, 1203)


def test_get_missing_returns_none_and_has_false(col: Collection) -> None:
    assert col.get("nope") is None
    assert col.has("nope") is False and "nope" not in col


def test_get_and_has_with_revision(col: Collection) -> None:
    rev = col.insert({"_key": "a"})["_rev"]
    assert col.get("a", rev=rev)["_rev"] == rev
    assert col.has("a", rev=rev) is True
    with pytest.raises(DocumentRevisionError) as info:
        col.get("a", rev="_wrongrev")
    assert (info.value.http_code, info.value.error_code) == (412, 1200)
    assert col.get("a", rev="_wrongrev", check_rev=False)["_key"] == "a"


def test_get_from_missing_collection_raises_1203(db: Database) -> None:
    with pytest.raises(DocumentGetError) as info:
        db.collection("missing").get("a")
    assert (info.value.http_code, info.value.error_code) == (404, 1203)
