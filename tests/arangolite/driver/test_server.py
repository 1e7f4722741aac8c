"""Server-level calls: version, engine, status, role, time, and connecting with verify."""

from __future__ import annotations

from datetime import datetime

import pytest
from arango.client import ArangoClient
from arango.exceptions import CollectionListError, ServerConnectionError

from .handles import Database


def test_version_is_3_12(sys_db: Database) -> None:
    assert sys_db.version().startswith("3.12.")
    assert sys_db.version(details=True)["server"] == "arango"


def test_details_name_the_engine_and_version(sys_db: Database) -> None:
    details = sys_db.details()
    assert details["engine"] == "rocksdb"
    assert details["server-version"] == sys_db.version()


def test_engine_is_rocksdb_with_persistent_index_aliases(sys_db: Database) -> None:
    engine = sys_db.engine()
    assert engine["name"] == "rocksdb"
    assert "persistent" in engine["supports"]["indexes"]
    assert engine["supports"]["aliases"]["indexes"]["hash"] == "persistent"


def test_status_reports_a_single_server(sys_db: Database) -> None:
    status = sys_db.status()
    assert status["version"] == sys_db.version()
    assert status["mode"] == "server"
    assert status["server_info"]["role"] == "SINGLE"


def test_role_and_time(sys_db: Database) -> None:
    assert sys_db.role() == "SINGLE"
    now = sys_db.time()
    assert isinstance(now, datetime) and now.year >= 2024


def test_verify_succeeds_with_right_credentials(client: ArangoClient) -> None:
    db = client.db("_system", username="root", password="", verify=True)
    assert db.name == "_system" and db.has_collection("_graphs")


@pytest.mark.parametrize(("username", "password"), [("root", "wrong"), ("nobody", "")])
def test_verify_with_bad_credentials_raises_401(
    client: ArangoClient, username: str, password: str
) -> None:
    with pytest.raises(ServerConnectionError) as info:
        client.db("_system", username=username, password=password, verify=True)
    assert (info.value.http_code, info.value.error_code) == (401, 11)


def test_unverified_bad_password_fails_on_first_call(client: ArangoClient) -> None:
    db = client.db("_system", username="root", password="wrong")
    with pytest.raises(CollectionListError) as info:
        db.collections()
    assert (info.value.http_code, info.value.error_code) == (401, 11)


def test_verify_against_missing_database_raises_1228(client: ArangoClient) -> None:
    with pytest.raises(ServerConnectionError) as info:
        client.db("no_such_db", username="root", password="", verify=True)
    assert (info.value.http_code, info.value.error_code) == (404, 1228)
