"""Fixtures for the driver-level suite: python-arango against an in-memory EmbeddedArango."""

from __future__ import annotations

from collections.abc import Iterator
from uuid import uuid4

import pytest
from arango.client import ArangoClient

from arangolite import EmbeddedArango

from .handles import Collection, Database


@pytest.fixture(scope="module")
def server() -> Iterator[EmbeddedArango]:
    srv = EmbeddedArango(data_dir=None, root_password="")
    yield srv
    srv.close()


@pytest.fixture
def client(server: EmbeddedArango) -> ArangoClient:
    return server.client()


@pytest.fixture
def sys_db(client: ArangoClient) -> Database:
    return client.db("_system", username="root", password="")


@pytest.fixture
def db(client: ArangoClient, sys_db: Database) -> Iterator[Database]:
    """A fresh database with a random name, dropped afterwards."""
    name = f"drv_{uuid4().hex[:12]}"
    sys_db.create_database(name)
    yield client.db(name, username="root", password="")
    sys_db.delete_database(name, ignore_missing=True)


@pytest.fixture
def col(db: Database) -> Collection:
    """An empty document collection ``items``."""
    return db.create_collection("items")


@pytest.fixture
def edges(db: Database) -> Collection:
    """An empty edge collection ``links``."""
    return db.create_collection("links", edge=True)
