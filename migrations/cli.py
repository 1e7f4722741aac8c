"""``python -m migrations up|status [--tenant T | --all] [--json]``.

``up`` creates the service database and the tenant (default ``default``) if needed and
applies pending migrations; ``--all`` migrates every registered tenant. ``status`` lists
each migration as applied, pending or changed without writing anything.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

from graph.connection import Connection, connect
from graph.errors import ProcessKGError
from graph.tenants import DEFAULT_TENANT, validate_tenant
from migrations.runner import MigrationStatus
from migrations.tenants import (
    create_tenant,
    ensure_service_database,
    registered_tenants,
    service_status,
    tenant_status,
)
from service.logging import configure_logging
from service.settings import Settings


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m migrations", description=__doc__)
    parser.add_argument("command", choices=("up", "status"))
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--tenant", default=DEFAULT_TENANT, help="tenant name (default: default)")
    which.add_argument("--all", action="store_true", help="every registered tenant")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None, settings: Settings | None = None) -> int:
    """Run the command; returns the process exit code (0 ok, 1 failed, 2 bad settings)."""
    args = parse_args(argv)
    try:
        settings = settings or Settings()
    except ValidationError as exc:
        print(f"error: invalid settings: {exc}", file=sys.stderr)
        return 2
    configure_logging(settings.log_level)
    try:
        if not args.all:
            validate_tenant(args.tenant)
        with connect(settings.arango_config()) as conn:
            tenants = registered_tenants(conn) if args.all else [args.tenant]
            if args.command == "up":
                result = _up(conn, settings, tenants)
            else:
                result = _status(conn, tenants)
    except ProcessKGError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    _print(result, as_json=args.json)
    return 0


def _up(conn: Connection, settings: Settings, tenants: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {"service": {"applied": ensure_service_database(conn)}, "tenants": {}}
    for tenant in tenants:
        report = create_tenant(conn, tenant, settings.analyst_password_for(tenant))
        out["tenants"][tenant] = {
            "database": report.database,
            "analyst": report.analyst,
            "applied": list(report.applied),
        }
    return out


def _status(conn: Connection, tenants: list[str]) -> dict[str, Any]:
    return {
        "service": _states(service_status(conn)),
        "tenants": {t: _states(tenant_status(conn, t)) for t in tenants},
    }


def _states(states: list[MigrationStatus] | None) -> list[dict[str, Any]] | None:
    if states is None:
        return None
    return [{"name": s.name, "state": s.state, "applied_at": s.applied_at} for s in states]


def _print(result: dict[str, Any], *, as_json: bool) -> None:
    if as_json:
        print(json.dumps(result, indent=2))
        return
    for scope, value in [("service", result["service"]), *result["tenants"].items()]:
        label = "service database" if scope == "service" else f"tenant {scope}"
        if value is None:
            print(f"{label}: not created")
        elif isinstance(value, dict):
            print(f"{label}: {', '.join(value['applied']) or 'up to date'}")
        else:
            print(f"{label}:")
            for state in value:
                print(f"  {state['name']:<24} {state['state']:<8} {state['applied_at'] or ''}")
