"""Server-side cursors: query results handed out batch by batch.

A cursor keeps the remaining rows of a query, its batch size, ``count``,
``extra`` (stats, warnings, profile) and expires ``ttl`` seconds after its
last use. The previous batch is kept so that ``POST /_api/cursor/{id}/{batchId}``
can fetch it again (``allowRetry``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from arangolite import errno
from arangolite.errors import ArangoliteError, not_found

DEFAULT_BATCH_SIZE = 1000
DEFAULT_TTL = 30.0


@dataclass(slots=True)
class Cursor:
    """One open cursor."""

    id: str
    database: str
    rows: list[Any]
    batch_size: int
    count: int | None
    extra: dict[str, Any]
    cached: bool
    ttl: float
    position: int = 0
    batch_id: int = 1
    last_batch: dict[str, Any] | None = None
    expires: float = field(default=0.0)

    def touch(self) -> None:
        self.expires = time.monotonic() + self.ttl

    def next_batch(self) -> dict[str, Any]:
        """The next batch as the REST body (``result``, ``hasMore``, ``id``, ...)."""
        start = self.position
        stop = min(start + self.batch_size, len(self.rows))
        self.position = stop
        has_more = stop < len(self.rows)
        body: dict[str, Any] = {"result": self.rows[start:stop], "hasMore": has_more}
        if has_more:
            body["id"] = self.id
        if self.count is not None:
            body["count"] = self.count
        body["extra"] = self.extra
        body["cached"] = self.cached
        if has_more:
            self.batch_id += 1
            body["nextBatchId"] = str(self.batch_id)
        self.last_batch = body
        return body


class CursorRegistry:
    """All open cursors of a server, by id."""

    def __init__(self) -> None:
        self._cursors: dict[str, Cursor] = {}

    def __len__(self) -> int:
        return len(self._cursors)

    def expire(self) -> None:
        now = time.monotonic()
        for cid in [c.id for c in self._cursors.values() if c.expires < now]:
            del self._cursors[cid]

    def add(self, cursor: Cursor) -> None:
        cursor.touch()
        self._cursors[cursor.id] = cursor

    def get(self, cursor_id: str, database: str) -> Cursor:
        """The open cursor ``cursor_id`` of ``database``; raises 1600."""
        self.expire()
        cursor = self._cursors.get(cursor_id)
        if cursor is None or cursor.database != database:
            raise not_found(errno.CURSOR_NOT_FOUND)
        cursor.touch()
        return cursor

    def remove(self, cursor_id: str, database: str) -> None:
        cursor = self._cursors.get(cursor_id)
        if cursor is None or cursor.database != database:
            raise not_found(errno.CURSOR_NOT_FOUND)
        del self._cursors[cursor_id]

    def continue_batch(self, cursor_id: str, database: str, batch_id: str | None) -> dict[str, Any]:
        """The next batch, or the previous one again when ``batch_id`` names it."""
        cursor = self.get(cursor_id, database)
        if batch_id is not None:
            if cursor.last_batch is not None and batch_id == str(cursor.batch_id - 1):
                return cursor.last_batch
            if batch_id != str(cursor.batch_id):
                raise ArangoliteError(errno.CURSOR_NOT_FOUND, "batch id not found", code=404)
        body = cursor.next_batch()
        if not body["hasMore"]:
            self._cursors.pop(cursor_id, None)
        return body
