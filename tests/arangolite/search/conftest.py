"""Fixtures: python-arango against an in-memory EmbeddedArango, a fresh database per test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any
from uuid import uuid4

import pytest

from arangolite import EmbeddedArango

Database = Any


@pytest.fixture(scope="module")
def server() -> Iterator[EmbeddedArango]:
    srv = EmbeddedArango(data_dir=None)
    yield srv
    srv.close()


@pytest.fixture
def sys_db(server: EmbeddedArango) -> Database:
    return server.client().db("_system", username="root", password="")


@pytest.fixture
def db(server: EmbeddedArango, sys_db: Database) -> Iterator[Database]:
    """A fresh database with a random name, dropped afterwards."""
    name = f"search_{uuid4().hex[:12]}"
    sys_db.create_database(name)
    yield server.client().db(name, username="root", password="")
    sys_db.delete_database(name, ignore_missing=True)


@pytest.fixture
def query(db: Database) -> Callable[..., list[Any]]:
    """Run AQL in the test database and return the result list."""

    def run(aql: str, **bind_vars: Any) -> list[Any]:
        return list(db.aql.execute(aql, bind_vars=bind_vars or None))

    return run


@pytest.fixture
def http(server: EmbeddedArango, db: Database) -> Callable[..., tuple[int, Any]]:
    """Send a raw REST request to the test database; returns ``(status, json)``."""
    import base64
    import json

    token = base64.b64encode(b"root:").decode()

    def send(method: str, path: str, body: Any = None) -> tuple[int, Any]:
        data = None if body is None else json.dumps(body)
        status, _, raw = server.dispatcher.dispatch(
            method, f"/_db/{db.name}{path}", {}, {"authorization": f"Basic {token}"}, data
        )
        return status, json.loads(raw) if raw else None

    return send
