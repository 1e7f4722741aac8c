"""Provisioning tenants: database, migrations, read-only analyst user, registry."""

from __future__ import annotations

import pytest

from graph.connection import Connection
from graph.errors import PermissionDenied, TenantNameError, arango_errors
from graph.execute import done, run
from graph.tenants import analyst_username, tenant_database
from migrations.tenant_database import TENANT_MIGRATIONS
from migrations.tenants import create_tenant, drop_tenant, registered_tenants, tenant_status
from tests.graph.conftest import ANALYST_PASSWORD, random_tenant


def databases(conn: Connection) -> list[str]:
    return sorted(done(conn.system().databases()))


def test_create_tenant_is_idempotent(conn: Connection) -> None:
    name = random_tenant()
    try:
        first = create_tenant(conn, name, "pw")
        again = create_tenant(conn, name, "pw")
    finally:
        drop_tenant(conn, name)
    assert first.applied == tuple(m.name for m in TENANT_MIGRATIONS)
    assert (again.applied, again.database, again.analyst) == (
        (),
        f"processkg_{name}",
        f"processkg_{name}_analyst",
    )


@pytest.mark.parametrize("name", ["", "_system", "Upper", "x" * 41, "a b", "../etc"])
def test_invalid_tenant_creates_nothing(conn: Connection, name: str) -> None:
    before = databases(conn)
    with pytest.raises(TenantNameError):
        create_tenant(conn, name, "pw")
    assert databases(conn) == before


def test_registry_and_drop(conn: Connection, tenant: str) -> None:
    assert tenant in registered_tenants(conn)
    drop_tenant(conn, tenant)
    assert tenant not in registered_tenants(conn)
    assert tenant_status(conn, tenant) is None
    assert tenant_database(tenant) not in databases(conn)


def analyst_db(conn: Connection, tenant: str, database: str | None = None):  # type: ignore[no-untyped-def]
    return conn.database(
        database or tenant_database(tenant),
        username=analyst_username(tenant),
        password=ANALYST_PASSWORD,
    )


def test_analyst_reads_its_tenant(conn: Connection, tenant: str) -> None:
    assert run(analyst_db(conn, tenant), "RETURN LENGTH(FOR d IN documents RETURN 1)") == [0]


@pytest.mark.parametrize(
    "query", ["INSERT {} INTO documents", "FOR d IN documents REMOVE d IN documents"]
)
def test_analyst_cannot_write(conn: Connection, tenant: str, query: str) -> None:
    with pytest.raises(PermissionDenied):
        run(analyst_db(conn, tenant), query)


def test_analyst_cannot_read_another_tenant(conn: Connection, tenant: str) -> None:
    other = random_tenant()
    create_tenant(conn, other, "pw")
    try:
        with pytest.raises(PermissionDenied), arango_errors():
            run(analyst_db(conn, tenant, tenant_database(other)), "FOR d IN documents RETURN d")
    finally:
        drop_tenant(conn, other)


def test_analyst_cannot_create_collections(conn: Connection, tenant: str) -> None:
    with pytest.raises(PermissionDenied), arango_errors():
        analyst_db(conn, tenant).create_collection("sneaky")
