"""Fixtures: python-arango against an EmbeddedArango whose root password is ``secret``."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator
from typing import Any
from uuid import uuid4

import pytest
from arango.client import ArangoClient
from arango.database import StandardDatabase

from arangolite import EmbeddedArango, users_password

ROOT_PASSWORD = "secret"
PASSWORD = "pw-1"


@pytest.fixture(autouse=True)
def fast_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap password hashes: the tests are about behaviour, not hashing cost."""
    monkeypatch.setattr(users_password, "ITERATIONS", 1_000)


@pytest.fixture(scope="module")
def server() -> Iterator[EmbeddedArango]:
    srv = EmbeddedArango(data_dir=None, root_password=ROOT_PASSWORD)
    yield srv
    srv.close()


@pytest.fixture
def client(server: EmbeddedArango) -> ArangoClient:
    return server.client()


@pytest.fixture
def sys_db(client: ArangoClient) -> StandardDatabase:
    return client.db("_system", username="root", password=ROOT_PASSWORD)


@pytest.fixture
def db_name(sys_db: StandardDatabase) -> Iterator[str]:
    """A fresh database with collections ``data`` (one document) and ``secret``."""
    name = f"t_{uuid4().hex[:10]}"
    sys_db.create_database(name)
    yield name
    sys_db.delete_database(name, ignore_missing=True)


@pytest.fixture
def root_db(client: ArangoClient, db_name: str) -> StandardDatabase:
    db = client.db(db_name, username="root", password=ROOT_PASSWORD)
    db.create_collection("data").insert({"_key": "a", "v": 1})
    db.create_collection("secret").insert({"_key": "s", "code": 42})
    return db


@pytest.fixture
def user(sys_db: StandardDatabase) -> Iterator[str]:
    """A new user with password ``PASSWORD`` and no access anywhere."""
    name = f"u_{uuid4().hex[:10]}"
    sys_db.create_user(name, PASSWORD)
    yield name
    sys_db.delete_user(name, ignore_missing=True)


@pytest.fixture
def as_user(client: ArangoClient, user: str) -> Callable[[str], StandardDatabase]:
    """Open a database as ``user``."""

    def open_db(name: str) -> StandardDatabase:
        return client.db(name, username=user, password=PASSWORD)

    return open_db


Raw = Callable[..., tuple[int, Any]]


@pytest.fixture
def raw(server: EmbeddedArango) -> Raw:
    """Send one request straight to the dispatcher; returns (status, parsed body)."""

    def send(
        method: str, path: str, body: Any = None, user: str = "root", password: str = ROOT_PASSWORD
    ) -> tuple[int, Any]:
        token = base64.b64encode(f"{user}:{password}".encode()).decode()
        data = None if body is None else json.dumps(body)
        status, _, payload = server.dispatcher.dispatch(
            method, path, {}, {"authorization": f"Basic {token}"}, data
        )
        return status, json.loads(payload) if payload else None

    return send
