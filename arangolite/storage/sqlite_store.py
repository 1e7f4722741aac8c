"""Durability: every commit is one SQLite transaction (WAL mode).

Tables: ``meta`` (clock state), ``databases``, ``collections`` (properties and
index definitions as JSON), ``docs`` (one row per document, in insertion order)
and ``catalog`` (named metadata objects per database and kind: views, users,
anything later components need). With ``path=None`` nothing is written.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from arangolite import errno
from arangolite.errors import ArangoliteError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS databases (name TEXT PRIMARY KEY, id TEXT NOT NULL, props TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS collections (
    cid INTEGER PRIMARY KEY, database TEXT NOT NULL, name TEXT NOT NULL, props TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS docs (
    seq INTEGER PRIMARY KEY, cid INTEGER NOT NULL, key TEXT NOT NULL, body TEXT NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS docs_by_key ON docs (cid, key);
CREATE TABLE IF NOT EXISTS catalog (
    database TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, body TEXT NOT NULL,
    PRIMARY KEY (database, kind, name));
"""

_INSERT = "INSERT INTO docs (cid, key, body) VALUES (?, ?, ?)"
_UPDATE = "UPDATE docs SET body = ? WHERE cid = ? AND key = ?"
_DELETE = "DELETE FROM docs WHERE cid = ? AND key = ?"


@dataclass(slots=True)
class Batch:
    """The writes of one commit."""

    inserts: list[tuple[int, str, str]] = field(default_factory=list)
    updates: list[tuple[str, int, str]] = field(default_factory=list)
    deletes: list[tuple[int, str]] = field(default_factory=list)
    statements: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)
    wait_for_sync: bool = False

    def __bool__(self) -> bool:
        return bool(self.inserts or self.updates or self.deletes or self.statements)


class Store:
    """The SQLite file under ``data_dir`` (or nothing when ``data_dir`` is None)."""

    FILE_NAME = "arangolite.db"
    LOCK_NAME = "LOCK"

    def __init__(self, data_dir: str | None, *, synchronous: str = "NORMAL") -> None:
        self.path: str | None = None
        self._conn: sqlite3.Connection | None = None
        self._lock: IO[str] | None = None
        self._closed = False
        self._synchronous = synchronous
        if data_dir is None:
            return
        os.makedirs(data_dir, exist_ok=True)
        self._lock = _lock_directory(os.path.join(data_dir, self.LOCK_NAME))
        self.path = os.path.join(data_dir, self.FILE_NAME)
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute(f"PRAGMA synchronous={synchronous}")
        conn.executescript(_SCHEMA)
        self._conn = conn

    @property
    def durable(self) -> bool:
        return self._conn is not None

    def check_open(self) -> None:
        """Raise ``shutdown in progress`` once the store is closed."""
        if self._closed:
            raise ArangoliteError(errno.SHUTTING_DOWN, code=503)

    def close(self) -> None:
        self._closed = True
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    # ------------------------------------------------------------------ reading

    def meta(self) -> dict[str, int]:
        if self._conn is None:
            return {}
        return dict(self._conn.execute("SELECT key, value FROM meta").fetchall())

    def databases(self) -> list[tuple[str, str, dict[str, Any]]]:
        if self._conn is None:
            return []
        rows = self._conn.execute("SELECT name, id, props FROM databases ORDER BY rowid")
        return [(n, i, json.loads(p)) for n, i, p in rows]

    def collections(self) -> list[tuple[int, str, str, dict[str, Any]]]:
        if self._conn is None:
            return []
        rows = self._conn.execute("SELECT cid, database, name, props FROM collections ORDER BY cid")
        return [(c, d, n, json.loads(p)) for c, d, n, p in rows]

    def documents(self) -> Iterator[tuple[int, str]]:
        """``(cid, body)`` of every stored document, in insertion order."""
        if self._conn is None:
            return iter(())
        return iter(self._conn.execute("SELECT cid, body FROM docs ORDER BY seq"))

    def catalog(self) -> list[tuple[str, str, str, Any]]:
        if self._conn is None:
            return []
        rows = self._conn.execute("SELECT database, kind, name, body FROM catalog ORDER BY rowid")
        return [(d, k, n, json.loads(b)) for d, k, n, b in rows]

    # ------------------------------------------------------------------ writing

    def commit(self, batch: Batch, meta: dict[str, int]) -> None:
        """Write ``batch`` and the clock state in one transaction.

        Raises sqlite3.Error (after rolling back) when the write fails.
        """
        self.check_open()
        conn = self._conn
        if conn is None or not batch:
            return
        if batch.wait_for_sync:
            conn.execute("PRAGMA synchronous=FULL")
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                for sql, params in batch.statements:
                    conn.execute(sql, params)
                if batch.deletes:
                    conn.executemany(_DELETE, batch.deletes)
                if batch.updates:
                    conn.executemany(_UPDATE, batch.updates)
                if batch.inserts:
                    conn.executemany(_INSERT, batch.inserts)
                conn.executemany(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", meta.items()
                )
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        finally:
            if batch.wait_for_sync:
                conn.execute(f"PRAGMA synchronous={self._synchronous}")


def _lock_directory(path: str) -> IO[str]:
    """Hold an exclusive lock on ``path`` (released when closed or when the process dies)."""
    handle = open(path, "a")  # noqa: SIM115 - kept open for the lifetime of the store
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise ArangoliteError(
            errno.ARANGO_DATADIR_LOCKED,
            f"database directory is locked: {os.path.dirname(path)} is used by another server",
            code=500,
        ) from None
    return handle


# --------------------------------------------------------------------------- DDL statements


def put_database(name: str, db_id: str, props: dict[str, Any]) -> tuple[str, tuple[Any, ...]]:
    return (
        "INSERT OR REPLACE INTO databases (name, id, props) VALUES (?, ?, ?)",
        (name, db_id, json.dumps(props)),
    )


def drop_database(name: str) -> list[tuple[str, tuple[Any, ...]]]:
    return [
        (
            "DELETE FROM docs WHERE cid IN (SELECT cid FROM collections WHERE database = ?)",
            (name,),
        ),
        ("DELETE FROM collections WHERE database = ?", (name,)),
        ("DELETE FROM catalog WHERE database = ?", (name,)),
        ("DELETE FROM databases WHERE name = ?", (name,)),
    ]


def put_collection(
    cid: int, database: str, name: str, props: dict[str, Any]
) -> tuple[str, tuple[Any, ...]]:
    return (
        "INSERT OR REPLACE INTO collections (cid, database, name, props) VALUES (?, ?, ?, ?)",
        (cid, database, name, json.dumps(props)),
    )


def drop_collection(cid: int) -> list[tuple[str, tuple[Any, ...]]]:
    return [
        ("DELETE FROM docs WHERE cid = ?", (cid,)),
        ("DELETE FROM collections WHERE cid = ?", (cid,)),
    ]


def truncate_collection(cid: int) -> tuple[str, tuple[Any, ...]]:
    return ("DELETE FROM docs WHERE cid = ?", (cid,))


def put_catalog(database: str, kind: str, name: str, body: Any) -> tuple[str, tuple[Any, ...]]:
    return (
        "INSERT OR REPLACE INTO catalog (database, kind, name, body) VALUES (?, ?, ?, ?)",
        (database, kind, name, json.dumps(body)),
    )


def delete_catalog(database: str, kind: str, name: str) -> tuple[str, tuple[Any, ...]]:
    return (
        "DELETE FROM catalog WHERE database = ? AND kind = ? AND name = ?",
        (database, kind, name),
    )
