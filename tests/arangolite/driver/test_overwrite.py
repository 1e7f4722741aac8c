"""Insert with overwrite modes (ignore, replace, update, conflict) on an existing key."""

from __future__ import annotations

from typing import Any

import pytest
from arango.exceptions import DocumentInsertError

from .handles import Collection

ORIGINAL: dict[str, Any] = {"_key": "a", "n": 1, "gone": 0, "sub": {"x": 1}}


@pytest.fixture
def rev(col: Collection) -> str:
    """The revision of ``ORIGINAL`` stored in ``col``."""
    meta: dict[str, Any] = col.insert(ORIGINAL)
    return str(meta["_rev"])


def _body(col: Collection) -> dict[str, Any]:
    doc: dict[str, Any] = col.get("a")
    return {k: v for k, v in doc.items() if not k.startswith("_")}


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("ignore", {"n": 1, "gone": 0, "sub": {"x": 1}}),
        ("replace", {"n": 2, "gone": None, "sub": {"y": 2}}),
        ("update", {"n": 2, "gone": None, "sub": {"x": 1, "y": 2}}),
    ],
)
def test_overwrite_modes_on_existing_key(
    col: Collection, rev: str, mode: str, expected: dict[str, Any]
) -> None:
    col.insert({"_key": "a", "n": 2, "gone": None, "sub": {"y": 2}}, overwrite_mode=mode)
    assert _body(col) == expected and col.count() == 1


@pytest.mark.parametrize("mode", ["replace", "update"])
def test_overwrite_reports_old_revision_and_old_doc(col: Collection, rev: str, mode: str) -> None:
    meta = col.insert({"_key": "a", "n": 2}, overwrite_mode=mode, return_old=True, return_new=True)
    assert meta["_old_rev"] == rev and meta["_rev"] != rev
    assert meta["old"]["n"] == 1 and meta["new"]["n"] == 2


def test_overwrite_ignore_returns_existing_revision(col: Collection, rev: str) -> None:
    meta = col.insert({"_key": "a", "n": 2}, overwrite_mode="ignore")
    assert meta["_rev"] == rev and col.get("a")["_rev"] == rev


def test_overwrite_true_means_replace(col: Collection, rev: str) -> None:
    meta = col.insert({"_key": "a", "z": 1}, overwrite=True)
    assert meta["_old_rev"] == rev and _body(col) == {"z": 1}


def test_overwrite_conflict_raises_1210(col: Collection, rev: str) -> None:
    with pytest.raises(DocumentInsertError) as info:
        col.insert({"_key": "a", "n": 2}, overwrite_mode="conflict")
    assert (info.value.http_code, info.value.error_code) == (409, 1210)
    assert col.get("a")["_rev"] == rev


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"keep_none": False}, {"n": 1, "sub": {"x": 1, "y": 2}}),
        ({"merge": False}, {"n": 1, "gone": None, "sub": {"y": 2}}),
    ],
)
def test_overwrite_update_honours_keep_none_and_merge(
    col: Collection, rev: str, options: dict[str, Any], expected: dict[str, Any]
) -> None:
    col.insert({"_key": "a", "gone": None, "sub": {"y": 2}}, overwrite_mode="update", **options)
    assert _body(col) == expected


@pytest.mark.parametrize("mode", ["ignore", "replace", "update", "conflict"])
def test_overwrite_mode_on_new_key_inserts(col: Collection, mode: str) -> None:
    meta = col.insert({"_key": "fresh", "n": 1}, overwrite_mode=mode)
    assert meta["_key"] == "fresh" and "_old_rev" not in meta
    assert col.get("fresh")["n"] == 1
