"""The ``processkg`` command line: ``migrate``, ``ingest``, ``delete``, ``stats``, ``merges``.

Every command takes ``--tenant`` (default ``default``) and, where it prints results,
``--json``. Settings come from ``PROCESSKG_*`` variables (``docs/configuration.md``);
with no ``PROCESSKG_ARANGO_URL`` the embedded engine under ``PROCESSKG_DATA_DIR`` is used.
Exit codes: 0 success, 1 a command failed (or some files could not be ingested),
2 bad usage or settings.
"""

from __future__ import annotations

from collections.abc import Sequence

import typer

from service.cli import documents, graph_admin, migrate

app = typer.Typer(
    name="processkg",
    help="ProcessKG: a knowledge graph of chemical-process documents.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("migrate")(migrate.migrate)
app.command("ingest")(documents.ingest)
app.command("delete")(documents.delete)
app.command("stats")(graph_admin.stats)
app.command("merges")(graph_admin.merges)
app.command("unmerge")(graph_admin.unmerge)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    try:
        app(args=list(argv) if argv is not None else None, prog_name="processkg")
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    return 0
