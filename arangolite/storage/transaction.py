"""Transactions: an overlay of writes per collection, committed atomically.

Reads inside a transaction see its own writes; nobody else does until
:meth:`Txn.commit`, which re-checks revisions and unique constraints against
the latest committed state, writes one SQLite transaction and only then
publishes the changes to memory. :meth:`Txn.abort` drops the overlay.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from arangolite import errno
from arangolite.errors import ArangoliteError, fmt
from arangolite.storage.txn_collection import TxnCollection
from arangolite.users_access import check_collection, check_declared

if TYPE_CHECKING:
    from arangolite.storage.collection import CollectionState
    from arangolite.storage.database import Database

RUNNING, COMMITTED, ABORTED = "running", "committed", "aborted"


def _names(value: str | Iterable[str] | None) -> set[str]:
    if value is None:
        return set()
    if isinstance(value, str):
        return {value}
    return {str(v) for v in value}


class Txn:
    """One unit of work on a database (implements :class:`~arangolite.storage.api.Transaction`).

    Args:
        db: the database it works on.
        tid: transaction id (a tick as a string).
        read, write, exclusive: declared collections (only enforced when ``stream``).
        stream: a REST stream transaction (declarations enforced, 1652 otherwise).
        allow_implicit: whether a stream transaction may read undeclared collections.
    """

    def __init__(
        self,
        db: Database,
        tid: str,
        *,
        read: str | Iterable[str] | None = None,
        write: str | Iterable[str] | None = None,
        exclusive: str | Iterable[str] | None = None,
        stream: bool = False,
        allow_implicit: bool = True,
    ) -> None:
        self.db = db
        self.id = tid
        self.database = db.name
        self.stream = stream
        self.allow_implicit = allow_implicit
        self.read = _names(read)
        self.write = _names(write) | _names(exclusive)
        check_declared(db.name, db.collections, self.read, _names(write), _names(exclusive))
        self.status = RUNNING
        self.started = time.time()
        self.last_used = time.monotonic()
        # documents changed by others after this revision conflict with our writes
        self.snapshot_revision = db.engine.clock.last_revision if stream else None
        self.collections: dict[str, TxnCollection] = {}

    def _check_running(self) -> None:
        if self.status == ABORTED:
            raise ArangoliteError(errno.TRANSACTION_ABORTED, code=410)
        if self.status != RUNNING:
            raise ArangoliteError(
                errno.TRANSACTION_DISALLOWED_OPERATION,
                f"transaction is {self.status}",
                code=400,
            )

    def collection(self, name: str, *, write: bool = False) -> TxnCollection:
        """Access a collection; raises 1203 (missing) or 1652 (undeclared in a stream trx)."""
        self._check_running()
        access = self.collections.get(name)
        if access is None:
            state = self.db.collection_state(name)
            access = self.collections.get(state.name)
            if access is None:
                access = TxnCollection(state, self.db.engine.clock, self.snapshot_revision)
                self.collections[state.name] = access
            name = state.name
        check_collection(self.database, access.state.name, write)
        if self.stream:
            declared = name in self.write
            if write and not declared:
                raise ArangoliteError(
                    errno.TRANSACTION_UNREGISTERED_COLLECTION,
                    fmt(errno.TRANSACTION_UNREGISTERED_COLLECTION) + f": {name}",
                    code=400,
                )
            if not self.allow_implicit and not declared and name not in self.read:
                raise ArangoliteError(
                    errno.TRANSACTION_UNREGISTERED_COLLECTION,
                    fmt(errno.TRANSACTION_UNREGISTERED_COLLECTION) + f": {name}",
                    code=400,
                )
        return access

    def preserve(self, state: CollectionState, key: str, before: dict[str, Any] | None) -> None:
        """Keep this transaction's snapshot of ``key`` while another one commits a change."""
        access = self.collections.get(state.name)
        if access is None:
            access = TxnCollection(state, self.db.engine.clock, self.snapshot_revision)
            self.collections[state.name] = access
        access.preserve(key, before)

    @property
    def has_writes(self) -> bool:
        return any(c.writes for c in self.collections.values())

    def commit(self) -> None:
        """Make every write durable and visible; raises 1200 (and aborts) on a conflict."""
        self._check_running()
        try:
            self.db.engine.commit(self)
        except BaseException:
            self.abort()
            raise
        self.status = COMMITTED
        self.collections = {}

    def abort(self) -> None:
        """Discard every write."""
        if self.status == RUNNING:
            self.status = ABORTED
        self.collections = {}
