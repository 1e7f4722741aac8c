"""Provisioning: the service database and tenant databases, with their migrations.

``create_tenant`` is idempotent: for an existing tenant it applies pending migrations
and re-asserts the analyst user, so it doubles as "migrate this tenant".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import structlog
from arango.database import StandardDatabase

from graph.aql.tenants import LIST_TENANTS, REGISTER_TENANT
from graph.connection import Connection
from graph.errors import Conflict, arango_errors
from graph.execute import done, run
from graph.schema import SERVICE_DATABASE, TENANTS
from graph.tenants import analyst_username, tenant_database, validate_tenant
from migrations.runner import MigrationStatus, status, upgrade
from migrations.service_database import SERVICE_MIGRATIONS
from migrations.tenant_database import TENANT_MIGRATIONS

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class TenantReport:
    """What ``create_tenant`` did."""

    tenant: str
    database: str
    analyst: str
    applied: tuple[str, ...]


def ensure_database(conn: Connection, name: str) -> StandardDatabase:
    """Create database ``name`` unless it exists; return a handle on it."""
    system = conn.system()
    with arango_errors():
        exists = done(system.has_database(name))
    if not exists:
        try:
            with arango_errors():
                system.create_database(name)
            log.info("database_created", database=name)
        except Conflict:  # created concurrently
            pass
    return conn.database(name)


def ensure_service_database(conn: Connection) -> list[str]:
    """Create the service database if needed and apply its pending migrations."""
    db = ensure_database(conn, SERVICE_DATABASE)
    return upgrade(db, SERVICE_MIGRATIONS)


def create_tenant(conn: Connection, tenant: str, analyst_password: str) -> TenantReport:
    """Create (or bring up to date) a tenant: database, migrations, analyst user, registry entry.

    Args:
        conn: an open connection as a user allowed to create databases and users.
        tenant: the tenant name.
        analyst_password: password of the tenant's read-only ArangoDB user.

    Raises:
        TenantNameError: invalid tenant name (nothing is created).
        MigrationChecksumError: an applied migration has changed.
        MigrationError: a migration failed (it was undone).
    """
    database = tenant_database(validate_tenant(tenant))
    ensure_service_database(conn)
    applied = upgrade(ensure_database(conn, database), TENANT_MIGRATIONS)
    analyst = ensure_analyst(conn, tenant, analyst_password)
    now = datetime.now(UTC).isoformat(timespec="milliseconds")
    bind = {"@tenants": TENANTS, "tenant": tenant, "database": database, "now": now}
    run(conn.database(SERVICE_DATABASE), REGISTER_TENANT, bind)
    log.info("tenant_ready", tenant=tenant, database=database, applied=len(applied))
    return TenantReport(tenant, database, analyst, tuple(applied))


def ensure_analyst(conn: Connection, tenant: str, password: str) -> str:
    """Create or refresh the tenant's read-only user (``ro`` on its database only)."""
    user = analyst_username(tenant)
    system = conn.system()
    with arango_errors():
        if done(system.has_user(user)):
            system.update_user(user, password=password, active=True)
        else:
            system.create_user(user, password=password, active=True)
        system.update_permission(user, "ro", database=tenant_database(tenant))
    log.info("analyst_user_ready", tenant=tenant, user=user)
    return user


def tenant_status(conn: Connection, tenant: str) -> list[MigrationStatus] | None:
    """The migration states of ``tenant``'s database (None: the database does not exist)."""
    database = tenant_database(tenant)
    with arango_errors():
        if not done(conn.system().has_database(database)):
            return None
    return status(conn.database(database), TENANT_MIGRATIONS)


def service_status(conn: Connection) -> list[MigrationStatus] | None:
    """The migration states of the service database (None: it does not exist)."""
    with arango_errors():
        if not done(conn.system().has_database(SERVICE_DATABASE)):
            return None
    return status(conn.database(SERVICE_DATABASE), SERVICE_MIGRATIONS)


def registered_tenants(conn: Connection) -> list[str]:
    """The tenants recorded in the service database (empty before the first one)."""
    with arango_errors():
        if not done(conn.system().has_database(SERVICE_DATABASE)):
            return []
        service = conn.database(SERVICE_DATABASE)
        if not done(service.has_collection(TENANTS)):
            return []
    names: list[str] = run(service, LIST_TENANTS, {"@tenants": TENANTS})
    return names


def drop_tenant(conn: Connection, tenant: str) -> None:
    """Delete a tenant's database, its analyst user and its registry entry."""
    database = tenant_database(tenant)
    system = conn.system()
    with arango_errors():
        system.delete_database(database, ignore_missing=True)
        if done(system.has_user(analyst_username(tenant))):
            system.delete_user(analyst_username(tenant), ignore_missing=True)
        if done(system.has_database(SERVICE_DATABASE)):
            service = conn.database(SERVICE_DATABASE)
            if done(service.has_collection(TENANTS)):
                service.collection(TENANTS).delete(tenant, ignore_missing=True)
    log.info("tenant_dropped", tenant=tenant, database=database)
