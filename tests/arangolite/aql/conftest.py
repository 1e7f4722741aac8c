"""Fixtures for AQL tests: a fresh database per test, queried through python-arango."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from arango.database import StandardDatabase

from arangolite import EmbeddedArango

Query = Callable[..., list[Any]]


@pytest.fixture(scope="module")
def aql_server() -> Iterator[EmbeddedArango]:
    server = EmbeddedArango(data_dir=None)
    yield server
    server.close()


@pytest.fixture
def db(aql_server: EmbeddedArango) -> Iterator[StandardDatabase]:
    system = aql_server.client().db("_system", username="root", password="")
    name = "aql_" + uuid.uuid4().hex[:12]
    system.create_database(name)
    yield aql_server.client().db(name, username="root", password="")
    system.delete_database(name)


@pytest.fixture
def q(db: StandardDatabase) -> Query:
    """Run a query with keyword bind variables and return its result list."""

    def run(query: str, **bind_vars: Any) -> list[Any]:
        return list(db.aql.execute(query, bind_vars=bind_vars or None))

    return run
