"""Dumps written by arangodump itself (hand-made in its format) restore into arangolite."""

from __future__ import annotations

from pathlib import Path

import pytest

from arangolite.dump import restore
from arangolite.errors import ArangoliteError
from arangolite.server import EmbeddedArango

from .conftest import FIXTURES, client_db, documents


@pytest.fixture
def travel(target: EmbeddedArango) -> EmbeddedArango:
    summary = restore(target, FIXTURES / "arangodump_3_12", create_database=True)
    assert summary == {"travel": {"collections": 3, "documents": 7, "views": 1}}
    return target


def test_documents_keep_keys_revisions_and_edge_ends(travel: EmbeddedArango) -> None:
    connections = documents(client_db(travel, "travel"), "connections")
    assert [c["_key"] for c in connections] == ["76826", "76828", "76830"]
    assert connections[0]["_rev"] == "_jEz4rGm---"
    assert connections[2]["_from"] == "places/Aberdeen" and connections[2]["travelTime"] == 1.5


def test_structure_is_applied(travel: EmbeddedArango) -> None:
    db = client_db(travel, "travel")
    assert db.collection("connections").properties()["edge"] is True
    assert db.collection("connections").insert({"_from": "a/b", "_to": "a/c"})["_key"] == "76832"
    index = next(i for i in db.collection("places").indexes() if i["name"] == "idx_label")
    assert index["unique"] is True


def test_graph_and_view_are_restored(travel: EmbeddedArango) -> None:
    db = client_db(travel, "travel")
    query = "FOR v IN 1..2 OUTBOUND 'places/Inverness' GRAPH 'kShortestPathsGraph' RETURN v._key"
    assert sorted(db.aql.execute(query)) == ["Aberdeen", "Inverness", "Leuchars"]
    assert list(db.view("routes")["links"]) == ["places"]


def test_enveloped_legacy_dump_with_removals(target: EmbeddedArango) -> None:
    restore(target, FIXTURES / "envelope_3_7")
    tickets = documents(client_db(target), "tickets")
    assert [(t["_key"], t["seat"], t["_rev"]) for t in tickets] == [
        ("100", "2C", "_bFz4rGi--A"),
        ("120", "3D", "_bFz4rGi--C"),
    ]
    properties = client_db(target).collection("tickets").properties()
    assert properties["key_options"]["user_keys"] is False


def test_missing_database_needs_create_database(target: EmbeddedArango) -> None:
    with pytest.raises(ArangoliteError) as raised:
        restore(target, FIXTURES / "arangodump_3_12")
    assert raised.value.errno == 1228


def test_restore_into_another_database_name(target: EmbeddedArango) -> None:
    restore(target, FIXTURES / "arangodump_3_12", ["trips"], create_database=True)
    assert client_db(target, "trips").collection("places").count() == 3


def test_encrypted_dumps_are_refused(target: EmbeddedArango, tmp_path: Path) -> None:
    (tmp_path / "ENCRYPTION").write_text("aes-256-ctr")
    (tmp_path / "dump.json").write_text('{"database": "_system"}')
    with pytest.raises(ArangoliteError, match="encrypted"):
        restore(target, tmp_path)
