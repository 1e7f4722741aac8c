"""The backend fixtures: every graph and migration test runs against arangolite, and
against a real ArangoDB too when ``PROCESSKG_TEST_ARANGO_URL`` is set.

``PROCESSKG_TEST_ARANGO_USER``/``PROCESSKG_TEST_ARANGO_PASSWORD`` give the credentials
(a user allowed to create databases and users; default ``root`` with no password).
Each test gets a fresh tenant with a random name, dropped afterwards.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from uuid import uuid4

import pytest

from graph.connection import ArangoConfig, Connection, connect
from graph.store import GraphStore
from graph.vectors import VectorConfig
from migrations.tenants import create_tenant, drop_tenant

ANALYST_PASSWORD = "analyst-test-password"
TEST_VECTORS = VectorConfig(dimension=4, n_lists=3, n_probe=2)


@pytest.fixture(scope="session", params=["arangolite", "arangodb"])
def backend(request: pytest.FixtureRequest) -> str:
    """Which backend the test runs on (``arangodb`` is skipped unless configured)."""
    if request.param == "arangodb" and not os.environ.get("PROCESSKG_TEST_ARANGO_URL"):
        pytest.skip("real ArangoDB not configured: set PROCESSKG_TEST_ARANGO_URL to run against it")
    name: str = request.param
    return name


def _config(backend: str, tmp: Path) -> ArangoConfig:
    if backend == "arangolite":
        return ArangoConfig(url=None, data_dir=tmp / "arangolite")
    return ArangoConfig(
        url=os.environ["PROCESSKG_TEST_ARANGO_URL"],
        username=os.environ.get("PROCESSKG_TEST_ARANGO_USER", "root"),
        password=os.environ.get("PROCESSKG_TEST_ARANGO_PASSWORD", ""),
    )


@pytest.fixture(scope="session")
def conn(backend: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Connection]:
    """An open connection to the backend, shared by the session."""
    connection = connect(_config(backend, tmp_path_factory.mktemp(backend)))
    yield connection
    connection.close()


def random_tenant() -> str:
    """A fresh tenant name."""
    return f"t{uuid4().hex[:12]}"


@pytest.fixture
def tenant(conn: Connection) -> Iterator[str]:
    """A freshly created tenant (database, migrations, analyst user), dropped afterwards."""
    name = random_tenant()
    create_tenant(conn, name, ANALYST_PASSWORD)
    yield name
    drop_tenant(conn, name)


@pytest.fixture
def store(conn: Connection, tenant: str) -> GraphStore:
    """The store of a fresh tenant, with 4-dimensional embeddings."""
    return GraphStore.for_tenant(conn, tenant, TEST_VECTORS)
