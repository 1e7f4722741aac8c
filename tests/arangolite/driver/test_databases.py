"""Database management through python-arango: create, list, has, delete, properties."""

from __future__ import annotations

from uuid import uuid4

import pytest
from arango.client import ArangoClient
from arango.exceptions import (
    DatabaseCreateError,
    DatabaseDeleteError,
    DatabasePropertiesError,
)

from .handles import Database


def _name() -> str:
    return f"db_{uuid4().hex[:10]}"


def test_create_list_has_delete_roundtrip(sys_db: Database) -> None:
    name = _name()
    assert sys_db.create_database(name) is True
    assert sys_db.has_database(name) and name in sys_db.databases()
    assert sys_db.delete_database(name) is True
    assert not sys_db.has_database(name) and name not in sys_db.databases()


def test_new_database_starts_without_user_collections(db: Database) -> None:
    names = {c["name"] for c in db.collections()}
    assert all(n.startswith("_") for n in names)
    assert "_graphs" in names
    assert list(db.aql.execute("RETURN 1")) == [1]


@pytest.mark.parametrize("name", ["", "_hidden", "a/b", "a:b", " padded", "x" * 129])
def test_create_with_invalid_name_raises_1229(sys_db: Database, name: str) -> None:
    with pytest.raises(DatabaseCreateError) as info:
        sys_db.create_database(name)
    assert (info.value.http_code, info.value.error_code) == (400, 1229)


def test_create_duplicate_raises_1207(sys_db: Database, db: Database) -> None:
    with pytest.raises(DatabaseCreateError) as info:
        sys_db.create_database(db.name)
    assert (info.value.http_code, info.value.error_code) == (409, 1207)
    with pytest.raises(DatabaseCreateError):
        sys_db.create_database("_system")


def test_delete_missing_raises_1228(sys_db: Database) -> None:
    with pytest.raises(DatabaseDeleteError) as info:
        sys_db.delete_database(_name())
    assert (info.value.http_code, info.value.error_code) == (404, 1228)
    assert sys_db.delete_database(_name(), ignore_missing=True) is False


@pytest.mark.parametrize("action", ["create", "delete"])
def test_non_system_database_cannot_manage_databases(db: Database, action: str) -> None:
    error = DatabaseCreateError if action == "create" else DatabaseDeleteError
    with pytest.raises(error) as info:
        if action == "create":
            db.create_database(_name())
        else:
            db.delete_database(db.name)
    assert (info.value.http_code, info.value.error_code) == (403, 1230)


def test_properties_of_system_and_user_database(sys_db: Database, db: Database) -> None:
    system = sys_db.properties()
    assert system["name"] == "_system" and system["system"] is True
    user = db.properties()
    assert user["name"] == db.name and user["system"] is False
    assert isinstance(user["id"], str) and user["id"] != system["id"]


def test_properties_of_dropped_database_raise_1228(client: ArangoClient, sys_db: Database) -> None:
    name = _name()
    sys_db.create_database(name)
    handle = client.db(name, username="root", password="")
    sys_db.delete_database(name)
    with pytest.raises(DatabasePropertiesError) as info:
        handle.properties()
    assert (info.value.http_code, info.value.error_code) == (404, 1228)


def test_dropping_a_database_drops_its_data(client: ArangoClient, sys_db: Database) -> None:
    name = _name()
    sys_db.create_database(name)
    handle: Database = client.db(name, username="root", password="")
    handle.create_collection("c").insert({"_key": "k"})
    sys_db.delete_database(name)
    sys_db.create_database(name)
    assert not client.db(name, username="root", password="").has_collection("c")
    sys_db.delete_database(name)
