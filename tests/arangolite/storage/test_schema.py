"""Collection schemas: levels, messages, and malformed definitions."""

from __future__ import annotations

from typing import Any

import pytest
from arango.exceptions import (
    CollectionConfigureError,
    CollectionCreateError,
    DocumentInsertError,
    DocumentUpdateError,
)

from arangolite import EmbeddedArango

RULE = {"type": "object", "properties": {"t": {"type": "number"}}, "required": ["t"]}


@pytest.fixture
def db() -> Any:
    server = EmbeddedArango(data_dir=None)
    yield server.client().db("_system", username="root", password="")
    server.close()


def _units(db: Any, level: str) -> Any:
    schema = {"rule": RULE, "level": level, "message": "units need a numeric t"}
    return db.create_collection("units", schema=schema)


def test_insert_of_invalid_document_fails_with_the_schema_message(db: Any) -> None:
    units = _units(db, "strict")
    with pytest.raises(DocumentInsertError) as info:
        units.insert({"t": "hot"})
    assert (info.value.error_code, info.value.error_message) == (1620, "units need a numeric t")
    assert units.count() == 0


@pytest.mark.parametrize(
    ("level", "blocked"), [("new", False), ("moderate", True), ("strict", True)]
)
def test_update_of_valid_document_checked_by_level(db: Any, level: str, blocked: bool) -> None:
    units = _units(db, level)
    units.insert({"_key": "R-101", "t": 450})
    if blocked:
        with pytest.raises(DocumentUpdateError):
            units.update({"_key": "R-101", "t": "hot"})
    else:
        units.update({"_key": "R-101", "t": "hot"})


def test_moderate_level_lets_invalid_documents_change(db: Any) -> None:
    units = db.create_collection("units")
    units.insert({"_key": "old"})
    units.configure(schema={"rule": RULE, "level": "moderate"})
    units.replace({"_key": "old", "note": "still no t"})
    with pytest.raises(DocumentInsertError):
        units.insert({"_key": "new", "note": "no t"})
    assert units.get("old")["note"] == "still no t"


def test_malformed_schema_is_refused_and_changes_nothing(db: Any) -> None:
    with pytest.raises(CollectionCreateError) as info:
        db.create_collection("units", schema={"rule": RULE, "level": "sometimes"})
    assert info.value.error_code == 1621 and not db.has_collection("units")
    units = db.create_collection("units")
    with pytest.raises(CollectionConfigureError):
        units.configure(schema={"rule": "not an object"})
    assert units.properties()["schema"] is None


def test_aql_insert_is_validated_too(db: Any) -> None:
    _units(db, "strict")
    with pytest.raises(Exception) as info:
        db.aql.execute("INSERT {t: 'x'} INTO units")
    assert getattr(info.value, "error_code", None) == 1620
