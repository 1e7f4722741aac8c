from __future__ import annotations

from typing import Any

import pytest

from arangolite.errors import ArangoliteError
from arangolite.storage import docops
from arangolite.storage.api import WriteOptions

STORED = {"_key": "k", "_id": "c/k", "_rev": "_r1", "a": {"x": 1, "y": 2}, "b": 1}


@pytest.mark.parametrize(
    ("patch", "keep_null", "merge_objects", "expected"),
    [
        ({"b": None}, True, True, {"a": {"x": 1, "y": 2}, "b": None}),
        ({"b": None}, False, True, {"a": {"x": 1, "y": 2}}),
        ({"a": {"z": 3}}, True, True, {"a": {"x": 1, "y": 2, "z": 3}, "b": 1}),
        ({"a": {"z": 3}}, True, False, {"a": {"z": 3}, "b": 1}),
        ({"a": {"x": None}}, False, True, {"a": {"y": 2}, "b": 1}),
        ({"c": {"d": None, "e": 1}}, False, True, {"a": {"x": 1, "y": 2}, "b": 1, "c": {"e": 1}}),
    ],
)
def test_update_merge_rules(
    patch: dict, keep_null: bool, merge_objects: bool, expected: dict
) -> None:
    new = docops.updated(
        STORED, patch, "_r2", is_edge=False, keep_null=keep_null, merge_objects=merge_objects
    )
    assert {k: v for k, v in new.items() if not k.startswith("_")} == expected
    assert new["_rev"] == "_r2" and STORED["b"] == 1


def test_system_attributes_come_first_and_cannot_be_patched() -> None:
    new = docops.updated(
        STORED,
        {"_key": "other", "_id": "x/y", "z": 1},
        "_r2",
        is_edge=False,
        keep_null=True,
        merge_objects=True,
    )
    assert list(new)[:3] == ["_key", "_id", "_rev"] and new["_key"] == "k"


def test_edges_keep_their_ends_in_order() -> None:
    doc = docops.assemble(
        "e",
        "e/e",
        "_r",
        {"w": 1, "_from": "v/1", "_to": "v/2"},
        docops.edge_ends({"_from": "v/1", "_to": "v/2"}),
    )
    assert list(doc) == ["_key", "_id", "_from", "_to", "_rev", "w"]


@pytest.mark.parametrize(
    "body", [{}, {"_from": "v/1"}, {"_from": "v1", "_to": "v/2"}, {"_from": 1, "_to": "v/2"}]
)
def test_invalid_edge_ends_raise_1233(body: dict) -> None:
    with pytest.raises(ArangoliteError) as info:
        docops.edge_ends(body)
    assert info.value.errno == 1233


@pytest.mark.parametrize(
    ("body", "options", "conflict"),
    [
        (None, WriteOptions(if_match="_r1"), False),
        (None, WriteOptions(if_match="_r0"), True),
        ({"_rev": "_r0"}, WriteOptions(), False),
        ({"_rev": "_r0"}, WriteOptions(ignore_revs=False), True),
        ({"_rev": "_r1"}, WriteOptions(ignore_revs=False), False),
    ],
)
def test_revision_checks(body: Any, options: WriteOptions, conflict: bool) -> None:
    if not conflict:
        docops.check_revision(STORED, body, options)
        return
    with pytest.raises(ArangoliteError) as info:
        docops.check_revision(STORED, body, options)
    assert info.value.errno == 1200 and info.value.code == 412
    assert info.value.body()["_rev"] == "_r1" and info.value.body()["_key"] == "k"


def test_replace_drops_old_attributes() -> None:
    new = docops.replaced(STORED, {"only": True}, "_r2", is_edge=False)
    assert new == {"_key": "k", "_id": "c/k", "_rev": "_r2", "only": True}


def test_document_collections_keep_from_and_to_as_data() -> None:
    doc = docops.assemble("k", "c/k", "_r", {"_from": "x", "_to": 1, "_rev": "ignored"}, None)
    assert doc == {"_key": "k", "_id": "c/k", "_rev": "_r", "_from": "x", "_to": 1}
    patched = docops.updated(
        doc, {"_from": "y"}, "_r2", is_edge=False, keep_null=True, merge_objects=True
    )
    assert patched["_from"] == "y"
