"""What every command needs: settings, logging, a connection and the tenant's store."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Annotated, NoReturn

import typer
from pydantic import ValidationError

from graph.connection import Connection, connect
from graph.errors import NotFound, ProcessKGError
from graph.store import GraphStore
from graph.tenants import DEFAULT_TENANT, validate_tenant
from migrations.tenants import tenant_status
from service.logging import configure_logging
from service.settings import Settings

TenantOption = Annotated[
    str, typer.Option("--tenant", "-t", help="Tenant whose graph to use.", show_default=True)
]
JsonOption = Annotated[bool, typer.Option("--json", help="Machine-readable output.")]
VerboseOption = Annotated[bool, typer.Option("--verbose", "-v", help="Log progress events.")]


def fail(message: str, code: int = 1) -> NoReturn:
    """Print ``error: message`` on stderr and exit with ``code``."""
    print(f"error: {message}", file=sys.stderr)
    raise typer.Exit(code)


def load_settings(*, verbose: bool = False) -> Settings:
    """The settings from the environment, and logging configured from them."""
    try:
        settings = Settings()
    except ValidationError as exc:
        fail(f"invalid settings: {exc}", 2)
    configure_logging("debug" if verbose else settings.log_level, quiet=not verbose)
    return settings


@contextmanager
def opened(settings: Settings) -> Iterator[Connection]:
    """An open connection; ProcessKG errors become ``error: …`` and exit code 1."""
    try:
        with connect(settings.arango_config()) as conn:
            yield conn
    except ProcessKGError as exc:
        fail(str(exc))


@dataclass(frozen=True)
class Session:
    """An open connection to one tenant's graph, with the settings it was built from."""

    settings: Settings
    conn: Connection
    store: GraphStore


@contextmanager
def open_tenant(tenant: str, *, verbose: bool = False) -> Iterator[Session]:
    """Settings, connection and the tenant's store; any ProcessKG error in the block is
    printed as ``error: …`` and exits with 1 (an invalid tenant name with 2)."""
    settings = load_settings(verbose=verbose)
    try:
        validate_tenant(tenant)
    except ProcessKGError as exc:
        fail(str(exc), 2)
    with opened(settings) as conn:
        yield Session(settings, conn, tenant_store(conn, settings, tenant))


def tenant_store(conn: Connection, settings: Settings, tenant: str = DEFAULT_TENANT) -> GraphStore:
    """The store of an existing, migrated tenant.

    Raises:
        TenantNameError: an invalid tenant name.
        NotFound: the tenant's database does not exist or is not fully migrated.
    """
    validate_tenant(tenant)
    states = tenant_status(conn, tenant)
    if states is None:
        raise NotFound(
            f"tenant {tenant!r} does not exist: run `processkg migrate --tenant {tenant}`"
        )
    pending = [s.name for s in states if s.state != "applied"]
    if pending:
        raise NotFound(
            f"tenant {tenant!r} needs migrations {', '.join(pending)}: "
            f"run `processkg migrate --tenant {tenant}`"
        )
    return GraphStore.for_tenant(conn, tenant, settings.vector_config())
