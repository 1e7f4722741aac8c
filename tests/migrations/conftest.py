"""Migration tests share the backend fixtures of the graph suite (arangolite, and ArangoDB
when ``PROCESSKG_TEST_ARANGO_URL`` is set) and add a bare database per test."""

from __future__ import annotations

from collections.abc import Iterator
from uuid import uuid4

import pytest
from arango.database import StandardDatabase

from graph.connection import Connection
from tests.graph.conftest import backend, conn, store, tenant

__all__ = ["backend", "conn", "fresh_db", "store", "tenant"]


@pytest.fixture
def fresh_db(conn: Connection) -> Iterator[StandardDatabase]:
    """An empty database with a random name, dropped afterwards."""
    name = f"mig_{uuid4().hex[:12]}"
    conn.system().create_database(name)
    yield conn.database(name)
    conn.system().delete_database(name, ignore_missing=True)
