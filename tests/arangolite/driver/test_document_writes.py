"""Single-document update, replace and delete, with their options and error paths."""

from __future__ import annotations

from typing import Any

import pytest
from arango.exceptions import (
    ArangoServerError,
    DocumentDeleteError,
    DocumentReplaceError,
    DocumentRevisionError,
    DocumentUpdateError,
)

from .handles import Collection

DOC: dict[str, Any] = {"_key": "a", "n": 1, "keep": None, "sub": {"x": 1, "y": 2}}


@pytest.fixture
def stored(col: Collection) -> dict[str, Any]:
    """The meta data of ``DOC`` stored in ``col``."""
    meta: dict[str, Any] = col.insert(DOC)
    return meta


def _body(col: Collection) -> dict[str, Any]:
    doc: dict[str, Any] = col.get("a")
    return {k: v for k, v in doc.items() if not k.startswith("_")}


def test_update_merges_and_returns_old_rev(col: Collection, stored: dict[str, Any]) -> None:
    meta = col.update({"_key": "a", "m": 2})
    assert meta["_old_rev"] == stored["_rev"] and meta["_rev"] != stored["_rev"]
    assert _body(col) == {"n": 1, "keep": None, "sub": {"x": 1, "y": 2}, "m": 2}


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, {"n": None, "keep": None, "sub": {"x": 1, "y": 3}}),
        ({"keep_none": False}, {"keep": None, "sub": {"x": 1, "y": 3}}),
        ({"merge": False}, {"n": None, "keep": None, "sub": {"y": 3}}),
        ({"merge": False, "keep_none": False}, {"keep": None, "sub": {"y": 3}}),
    ],
)
def test_update_keep_none_and_merge(
    col: Collection, stored: dict[str, Any], options: dict[str, Any], expected: Any
) -> None:
    col.update({"_key": "a", "n": None, "sub": {"y": 3}}, **options)
    assert _body(col) == expected


def test_update_keep_none_false_removes_nested_nulls(
    col: Collection, stored: dict[str, Any]
) -> None:
    col.update({"_key": "a", "sub": {"x": None}}, keep_none=False)
    assert _body(col)["sub"] == {"y": 2}


def test_update_return_new_and_old(col: Collection, stored: dict[str, Any]) -> None:
    meta = col.update({"_key": "a", "n": 5}, return_new=True, return_old=True)
    assert meta["old"]["n"] == 1 and meta["new"]["n"] == 5
    assert meta["new"] == col.get("a") and meta["old"]["_rev"] == stored["_rev"]


def test_replace_drops_unmentioned_fields(col: Collection, stored: dict[str, Any]) -> None:
    meta = col.replace({"_key": "a", "only": True}, return_old=True, return_new=True)
    assert meta["old"]["n"] == 1 and meta["new"]["only"] is True
    assert _body(col) == {"only": True}
    assert meta["_old_rev"] == stored["_rev"]


@pytest.mark.parametrize("operation", ["update", "replace"])
def test_write_silent_returns_true(col: Collection, stored: dict[str, Any], operation: str) -> None:
    assert getattr(col, operation)({"_key": "a", "n": 9}, silent=True) is True
    assert col.get("a")["n"] == 9


@pytest.mark.parametrize(
    ("operation", "error"), [("update", DocumentUpdateError), ("replace", DocumentReplaceError)]
)
def test_write_missing_document_raises_1202(
    col: Collection, operation: str, error: type[ArangoServerError]
) -> None:
    with pytest.raises(error) as info:
        getattr(col, operation)({"_key": "nope", "n": 1})
    assert (info.value.http_code, info.value.error_code) == (404, 1202)
    assert col.count() == 0


@pytest.mark.parametrize("operation", ["update", "replace"])
def test_write_with_stale_rev_raises_1200(
    col: Collection, stored: dict[str, Any], operation: str
) -> None:
    col.update({"_key": "a", "n": 2})
    with pytest.raises(DocumentRevisionError) as info:
        getattr(col, operation)({"_key": "a", "_rev": stored["_rev"], "n": 3})
    assert (info.value.http_code, info.value.error_code) == (412, 1200)
    assert col.get("a")["n"] == 2


@pytest.mark.parametrize("operation", ["update", "replace"])
def test_write_with_stale_rev_ignored_without_check_rev(
    col: Collection, stored: dict[str, Any], operation: str
) -> None:
    col.update({"_key": "a", "n": 2})
    getattr(col, operation)({"_key": "a", "_rev": stored["_rev"], "n": 3}, check_rev=False)
    assert col.get("a")["n"] == 3


def test_write_with_current_rev_succeeds(col: Collection, stored: dict[str, Any]) -> None:
    meta = col.update({"_key": "a", "_rev": stored["_rev"], "n": 2})
    assert col.replace({"_key": "a", "_rev": meta["_rev"], "n": 3})["_key"] == "a"
    assert col.get("a")["n"] == 3


def test_delete_returns_meta_and_removes(col: Collection, stored: dict[str, Any]) -> None:
    meta = col.delete("a")
    assert (meta["_key"], meta["_rev"]) == ("a", stored["_rev"])
    assert col.get("a") is None and col.count() == 0


@pytest.mark.parametrize(
    ("options", "expected"),
    [({"return_old": True}, "old"), ({"silent": True}, None)],
)
def test_delete_options(
    col: Collection, stored: dict[str, Any], options: dict[str, Any], expected: Any
) -> None:
    result = col.delete({"_key": "a"}, **options)
    if expected is None:
        assert result is True
    else:
        assert result[expected]["n"] == 1
    assert col.count() == 0


def test_delete_missing_raises_1202_or_returns_false(col: Collection) -> None:
    with pytest.raises(DocumentDeleteError) as info:
        col.delete("nope")
    assert (info.value.http_code, info.value.error_code) == (404, 1202)
    assert col.delete("nope", ignore_missing=True) is False


def test_delete_with_stale_rev_raises_1200(col: Collection, stored: dict[str, Any]) -> None:
    col.update({"_key": "a", "n": 2})
    with pytest.raises(DocumentRevisionError) as info:
        col.delete("a", rev=stored["_rev"])
    assert (info.value.http_code, info.value.error_code) == (412, 1200)
    assert col.has("a")
    assert col.delete("a", rev=stored["_rev"], check_rev=False)["_key"] == "a"
