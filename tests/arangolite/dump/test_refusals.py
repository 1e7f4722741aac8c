"""Restore refuses to clobber data and is all or nothing per collection."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from arangolite.dump import restore
from arangolite.dump_format import file_stem
from arangolite.errors import ArangoliteError
from arangolite.server import EmbeddedArango

from .conftest import FIXTURES, client_db, documents

FIXTURE = FIXTURES / "arangodump_3_12"


@pytest.fixture
def travel_copy(tmp_path: Path) -> Path:
    return Path(shutil.copytree(FIXTURE, tmp_path / "dump"))


def test_existing_documents_are_not_overwritten(target: EmbeddedArango) -> None:
    client_db(target).create_database("travel")
    client_db(target, "travel").create_collection("places").insert({"_key": "mine"})
    with pytest.raises(ArangoliteError) as raised:
        restore(target, FIXTURE)
    assert (raised.value.code, raised.value.errno) == (409, 1207)
    assert [d["_key"] for d in documents(client_db(target, "travel"), "places")] == ["mine"]
    assert not client_db(target, "travel").has_collection("connections")


def test_overwrite_replaces_collections(target: EmbeddedArango) -> None:
    client_db(target).create_database("travel")
    client_db(target, "travel").create_collection("places").insert({"_key": "mine"})
    restore(target, FIXTURE, overwrite=True)
    keys = [d["_key"] for d in documents(client_db(target, "travel"), "places")]
    assert keys == ["Aberdeen", "Inverness", "Leuchars"]


def test_a_failing_collection_leaves_the_old_one(target: EmbeddedArango, travel_copy: Path) -> None:
    data = travel_copy / f"{file_stem('places')}.data.json"
    data.write_text(data.read_text() + json.dumps({"_key": "Copy", "label": "Aberdeen"}) + "\n")
    client_db(target).create_database("travel")
    client_db(target, "travel").create_collection("places").insert({"_key": "mine"})
    with pytest.raises(ArangoliteError) as raised:
        restore(target, travel_copy, overwrite=True)
    assert raised.value.errno == 1210
    db = client_db(target, "travel")
    assert [d["_key"] for d in documents(db, "places")] == ["mine"]
    assert [c["name"] for c in db.collections() if not c["system"]] == ["places"]


@pytest.mark.parametrize(
    ("line", "message"),
    [("{not json", "invalid JSON"), ("[1, 2]", "not a JSON object")],
)
def test_broken_data_lines_fail_cleanly(
    target: EmbeddedArango, travel_copy: Path, line: str, message: str
) -> None:
    data = travel_copy / f"{file_stem('connections')}.data.json"
    data.write_text(data.read_text() + line + "\n")
    with pytest.raises(ArangoliteError, match=message):
        restore(target, travel_copy, create_database=True)
    assert not client_db(target, "travel").has_collection("connections")
