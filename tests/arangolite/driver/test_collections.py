"""Collection management: create, list, properties, configure, count, truncate, rename, drop."""

from __future__ import annotations

import pytest
from arango.exceptions import (
    CollectionConfigureError,
    CollectionCreateError,
    CollectionDeleteError,
    CollectionPropertiesError,
    CollectionRenameError,
    CollectionTruncateError,
    DocumentInsertError,
)

from .handles import Collection, Database


@pytest.mark.parametrize(("edge", "type_code"), [(False, 2), (True, 3)])
def test_create_document_or_edge_collection(db: Database, edge: bool, type_code: int) -> None:
    created = db.create_collection("things", edge=edge)
    props = created.properties()
    assert (props["name"], props["type"], props["edge"]) == ("things", type_code, edge)
    assert props["system"] is False and props["sync"] is False
    listed = {c["name"]: c for c in db.collections()}
    assert listed["things"]["type"] == ("edge" if edge else "document")
    assert db.has_collection("things") and not db.has_collection("other")


def test_collections_lists_system_flag(db: Database) -> None:
    db.create_collection("mine")
    flags = {c["name"]: c["system"] for c in db.collections()}
    assert flags["mine"] is False and flags["_graphs"] is True


@pytest.mark.parametrize("name", ["", "bad/name", "1abc", ".dot", "x" * 300])
def test_create_with_illegal_name_raises_1208(db: Database, name: str) -> None:
    with pytest.raises(CollectionCreateError) as info:
        db.create_collection(name)
    assert (info.value.http_code, info.value.error_code) == (400, 1208)


def test_create_duplicate_raises_1207(db: Database, col: Collection) -> None:
    with pytest.raises(CollectionCreateError) as info:
        db.create_collection(col.name)
    assert (info.value.http_code, info.value.error_code) == (409, 1207)


def test_properties_of_missing_collection_raise_1203(db: Database) -> None:
    with pytest.raises(CollectionPropertiesError) as info:
        db.collection("missing").properties()
    assert (info.value.http_code, info.value.error_code) == (404, 1203)


def test_configure_wait_for_sync(col: Collection) -> None:
    assert col.configure(sync=True)["sync"] is True
    assert col.properties()["sync"] is True
    assert col.configure(sync=False)["sync"] is False


def test_configure_missing_collection_raises_1203(db: Database) -> None:
    with pytest.raises(CollectionConfigureError) as info:
        db.collection("missing").configure(sync=True)
    assert (info.value.http_code, info.value.error_code) == (404, 1203)


def test_schema_rejects_invalid_documents_with_1620(col: Collection) -> None:
    rule = {"type": "object", "properties": {"n": {"type": "number"}}, "required": ["n"]}
    col.configure(schema={"rule": rule, "level": "moderate", "message": "need n"})
    col.insert({"n": 1})
    with pytest.raises(DocumentInsertError) as info:
        col.insert({"n": "one"})
    assert (info.value.http_code, info.value.error_code) == (400, 1620)
    assert col.count() == 1


def test_count_and_truncate(col: Collection) -> None:
    col.insert_many([{"n": i} for i in range(7)])
    assert col.count() == 7 and len(col) == 7
    assert col.truncate() is True
    assert col.count() == 0 and list(col.all()) == []


def test_truncate_missing_collection_raises_1203(db: Database) -> None:
    with pytest.raises(CollectionTruncateError) as info:
        db.collection("missing").truncate()
    assert info.value.error_code == 1203


def test_rename_keeps_documents(db: Database, col: Collection) -> None:
    col.insert({"_key": "a"})
    assert col.rename("renamed") is True
    assert col.name == "renamed" and db.collection("renamed").has("a")
    assert not db.has_collection("items")
    assert db.collection("renamed").get("a")["_id"] == "renamed/a"


@pytest.mark.parametrize(("target", "code"), [("taken", 1207), ("bad/name", 1208)])
def test_rename_errors(db: Database, col: Collection, target: str, code: int) -> None:
    db.create_collection("taken")
    with pytest.raises(CollectionRenameError) as info:
        col.rename(target)
    assert info.value.error_code == code
    assert db.has_collection("items")


def test_rename_missing_collection_raises_1203(db: Database) -> None:
    with pytest.raises(CollectionRenameError) as info:
        db.collection("missing").rename("whatever")
    assert (info.value.http_code, info.value.error_code) == (404, 1203)


def test_drop_and_drop_missing(db: Database, col: Collection) -> None:
    col.insert({"_key": "a"})
    assert db.delete_collection("items") is True
    assert not db.has_collection("items")
    with pytest.raises(CollectionDeleteError) as info:
        db.delete_collection("items")
    assert (info.value.http_code, info.value.error_code) == (404, 1203)
    assert db.delete_collection("items", ignore_missing=True) is False


def test_recreated_collection_is_empty(db: Database, col: Collection) -> None:
    col.insert({"_key": "a"})
    db.delete_collection("items")
    assert db.create_collection("items").count() == 0
