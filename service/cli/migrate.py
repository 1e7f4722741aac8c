"""``processkg migrate``: the migrations runner (``python -m migrations up``)."""

from __future__ import annotations

from typing import Annotated

import typer

from migrations.cli import main as migrations_main
from service.cli.runtime import JsonOption, TenantOption


def migrate(
    tenant: TenantOption = "default",
    all_tenants: Annotated[
        bool, typer.Option("--all", help="Migrate every registered tenant.")
    ] = False,
    status: Annotated[
        bool, typer.Option("--status", help="Only show which migrations are applied.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Create or upgrade the service database and the tenant's database."""
    argv = ["status" if status else "up"]
    argv += ["--all"] if all_tenants else ["--tenant", tenant]
    argv += ["--json"] if as_json else []
    code = migrations_main(argv)
    if code:
        raise typer.Exit(code)
