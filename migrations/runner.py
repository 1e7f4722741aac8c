"""Applying migrations in order and recording them in the database's ``_migrations``.

A migration is a named, ordered tuple of idempotent steps. Its checksum covers the
steps' descriptions: once applied, changing a migration is refused (write a new one).
A migration that fails is undone step by step and not recorded, so running ``up``
again after fixing the cause starts from the same state.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

import structlog
from arango.database import StandardDatabase

from graph.aql.migrations import MIGRATION_RECORDS, RECORD_MIGRATION
from graph.errors import (
    Conflict,
    MigrationChecksumError,
    MigrationError,
    ProcessKGError,
    arango_errors,
)
from graph.execute import done, run
from graph.schema import MIGRATIONS
from migrations.steps import CreateCollection, Step

log = structlog.get_logger(__name__)

State = Literal["applied", "pending", "changed"]


@dataclass(frozen=True)
class Migration:
    """A versioned migration: ``name`` sorts in application order (``0001_collections``)."""

    name: str
    steps: tuple[Step, ...]
    description: str = ""

    @property
    def checksum(self) -> str:
        """SHA-256 of the steps' canonical JSON descriptions."""
        text = json.dumps([s.describe() for s in self.steps], sort_keys=True, default=str)
        return hashlib.sha256(text.encode()).hexdigest()

    def apply(self, db: StandardDatabase) -> None:
        """Apply every step; on failure undo the ones that created something.

        Raises:
            MigrationError: a step failed (the database is back to its previous state).
        """
        created: list[Step] = []
        try:
            for step in self.steps:
                if step.apply(db):
                    created.append(step)
        except Exception as exc:
            _undo(db, self.name, created)
            raise MigrationError(f"migration {self.name} failed and was undone: {exc}") from exc


@dataclass(frozen=True)
class MigrationStatus:
    """Where one migration stands in a database."""

    name: str
    state: State
    applied_at: str | None = None


def _undo(db: StandardDatabase, name: str, created: list[Step]) -> None:
    for step in reversed(created):
        try:
            step.undo(db)
        except ProcessKGError as exc:
            log.error("migration_undo_failed", migration=name, step=step.describe(), error=str(exc))


def check_order(migrations: Sequence[Migration]) -> None:
    """Refuse a migration list whose names are not unique and strictly increasing.

    Raises:
        MigrationError: names out of order or repeated.
    """
    names = [m.name for m in migrations]
    if names != sorted(set(names)):
        raise MigrationError(f"migration names must be unique and in order: {names}")


def recorded(db: StandardDatabase) -> dict[str, tuple[str, str]]:
    """The applied migrations of ``db``: name → (checksum, applied_at)."""
    with arango_errors():
        if not done(db.has_collection(MIGRATIONS)):
            return {}
    rows = run(db, MIGRATION_RECORDS, {"@migrations": MIGRATIONS})
    return {r["name"]: (r["checksum"], r["applied_at"]) for r in rows}


def status(db: StandardDatabase, migrations: Sequence[Migration]) -> list[MigrationStatus]:
    """The state of each migration in ``db`` (applied, pending or changed since applied)."""
    applied = recorded(db)
    out: list[MigrationStatus] = []
    for m in migrations:
        if m.name not in applied:
            out.append(MigrationStatus(m.name, "pending"))
            continue
        checksum, applied_at = applied[m.name]
        state: State = "applied" if checksum == m.checksum else "changed"
        out.append(MigrationStatus(m.name, state, applied_at))
    return out


def upgrade(db: StandardDatabase, migrations: Sequence[Migration]) -> list[str]:
    """Apply the pending migrations of ``migrations`` to ``db``, in order.

    Returns:
        The names of the migrations applied now (empty when up to date).

    Raises:
        MigrationChecksumError: an applied migration has changed since (nothing is applied).
        MigrationError: a migration failed (it is undone; earlier ones stay applied).
    """
    check_order(migrations)
    CreateCollection(MIGRATIONS, system=True).apply(db)
    states = status(db, migrations)
    changed = [s.name for s in states if s.state == "changed"]
    if changed:
        raise MigrationChecksumError(
            f"database {db.name}: applied migration(s) {', '.join(changed)} no longer match "
            "their recorded checksum; restore the original definition and add a new migration"
        )
    pending = {s.name for s in states if s.state == "pending"}
    applied: list[str] = []
    for migration in migrations:
        if migration.name in pending:
            _apply_and_record(db, migration)
            applied.append(migration.name)
    return applied


def _apply_and_record(db: StandardDatabase, migration: Migration) -> None:
    started = time.perf_counter()
    migration.apply(db)
    bind = {
        "@migrations": MIGRATIONS,
        "name": migration.name,
        "checksum": migration.checksum,
        "applied_at": datetime.now(UTC).isoformat(timespec="milliseconds"),
    }
    try:
        run(db, RECORD_MIGRATION, bind)
    except Conflict:  # recorded meanwhile by a concurrent runner
        log.info("migration_recorded_concurrently", name=migration.name, database=db.name)
        return
    ms = round((time.perf_counter() - started) * 1000, 1)
    log.info("migration_applied", name=migration.name, database=db.name, ms=ms)
