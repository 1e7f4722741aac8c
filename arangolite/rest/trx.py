"""Running a request inside the right transaction.

Requests with ``x-arango-trx-id`` use that stream transaction (left open);
others get an implicit transaction that commits when the handler succeeds.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from arangolite import errno
from arangolite.errors import ArangoliteError
from arangolite.rest.http import Request
from arangolite.storage.transaction import RUNNING, Txn

T = TypeVar("T")

TRX_HEADER = "x-arango-trx-id"


def stream_transaction(req: Request) -> Txn | None:
    """The stream transaction named by the request header (1655 when unknown), or None."""
    tid = req.headers.get(TRX_HEADER)
    if not tid:
        return None
    txn = req.server.engine.stream_transaction(tid, req.db)
    if txn.status != RUNNING:
        raise ArangoliteError(
            errno.TRANSACTION_NOT_FOUND, f"transaction '{tid}' is not running", code=404
        )
    return txn


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector during a bulk operation.

    Documents are plain JSON trees (no reference cycles), but each new one makes
    the collector walk every stored document more often; pausing it for one
    request saves a sizeable share of a bulk insert's time.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def transaction(req: Request) -> Iterator[Txn]:
    """The request's stream transaction, or a fresh implicit one committed on success."""
    txn = stream_transaction(req)
    if txn is not None:
        yield txn
        return
    txn = req.db.begin()
    try:
        yield txn
    except BaseException:
        txn.abort()
        raise
    txn.commit()


def in_transaction(req: Request, work: Callable[[Txn], T]) -> T:
    with transaction(req) as txn:
        return work(txn)
