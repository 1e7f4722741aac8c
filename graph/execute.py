"""Running the AQL constants of ``graph.aql`` and unwrapping python-arango's results."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar, cast

import structlog
from arango.cursor import Cursor
from arango.database import Database, StandardDatabase, TransactionDatabase
from arango.job import AsyncJob, BatchJob
from arango.result import Result

from graph.errors import ProcessKGError, arango_errors

T = TypeVar("T")

log = structlog.get_logger(__name__)


def done(result: Result[T]) -> T:
    """The value of a synchronous python-arango call (its ``Result`` is never a job here).

    Raises:
        ProcessKGError: the call was made through an async or batch database.
    """
    if isinstance(result, AsyncJob | BatchJob):
        raise ProcessKGError("expected a synchronous python-arango database")
    return cast(T, result)


def run(db: Database, query: str, bind_vars: dict[str, Any] | None = None) -> list[Any]:
    """Run ``query`` with ``bind_vars`` and return every result row.

    Raises:
        ProcessKGError: the translated python-arango error.
    """
    with arango_errors():
        cursor: Cursor = done(db.aql.execute(query, bind_vars=bind_vars or {}))
        return list(cursor)


def run_one(db: Database, query: str, bind_vars: dict[str, Any] | None = None) -> Any:
    """The first result row of ``query`` (None when there is none)."""
    rows = run(db, query, bind_vars)
    return rows[0] if rows else None


@contextmanager
def stream_transaction(
    db: StandardDatabase, write: Sequence[str], **context: Any
) -> Iterator[TransactionDatabase]:
    """A stream transaction writing ``write``: committed when the block succeeds, aborted
    (and the error re-raised) when it fails. ``context`` goes into the log line written if
    even the abort fails.

    Raises:
        ProcessKGError: the transaction could not begin or commit, or the block's error.
    """
    with arango_errors():
        trx = done(db.begin_transaction(write=list(write)))
    try:
        yield trx
        with arango_errors():
            trx.commit_transaction()
    except BaseException:
        _abort_quietly(trx, context)
        raise


def _abort_quietly(trx: TransactionDatabase, context: dict[str, Any]) -> None:
    """Abort after a failure, logging (not raising) if that fails too: the caller re-raises
    the original error, and a failed abort (the server already dropped the transaction)
    must not hide it."""
    try:
        with arango_errors():
            trx.abort_transaction()
    except ProcessKGError as exc:
        log.error("transaction_abort_failed", error=str(exc), **context)
