"""Caches for the LLM relation extractor's answers, keyed by a hash of the chunk and prompt.

An answer is the list of relations the model proposed for one chunk, each a dict of
strings (``type``, ``head``, ``tail``, ``sentence``), stored before validation so a
cached chunk replays exactly what the model said. ``MemoryRelationCache`` lives as long
as the process; ``SqliteRelationCache`` keeps answers in one SQLite file across restarts.
"""

from __future__ import annotations

import hashlib
import json
import pathlib
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Protocol

from graph.errors import ConfigurationError
from graph.ingest.extract.spans import EntityMention

_SCHEMA = "CREATE TABLE IF NOT EXISTS llm_relations (key TEXT PRIMARY KEY, relations TEXT NOT NULL)"


def cache_key(
    model_name: str, prompt_version: str, text: str, entities: Sequence[EntityMention]
) -> str:
    """The sha256 of model name, prompt version, chunk text and entity list."""
    listed = [[m.text, m.start, m.end, str(m.type), m.canonical_id, m.name] for m in entities]
    payload = json.dumps([model_name, prompt_version, text, listed], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class RelationCache(Protocol):
    """Where the extractor keeps the model's answer for each chunk."""

    def get(self, key: str) -> list[dict[str, str]] | None:
        """The answer stored under ``key`` (possibly empty), or ``None`` if there is none."""
        ...

    def put(self, key: str, relations: list[dict[str, str]]) -> None:
        """Store (or replace) the answer under ``key``."""
        ...


class MemoryRelationCache:
    """A dict-backed cache for one process (tests, one-off ingestion runs)."""

    def __init__(self) -> None:
        self._answers: dict[str, list[dict[str, str]]] = {}

    def get(self, key: str) -> list[dict[str, str]] | None:
        """The answer stored under ``key``, as a copy, or ``None``."""
        answer = self._answers.get(key)
        return None if answer is None else [dict(item) for item in answer]

    def put(self, key: str, relations: list[dict[str, str]]) -> None:
        """Store a copy of ``relations`` under ``key``."""
        self._answers[key] = [dict(item) for item in relations]

    def __len__(self) -> int:
        return len(self._answers)


class SqliteRelationCache:
    """A cache in one SQLite file (WAL mode), created on first use, kept across restarts.

    The connection is opened lazily and shared by threads behind a lock; each ``put`` is
    committed at once, so an interrupted ingestion keeps every answer it already paid for.
    """

    def __init__(self, path: pathlib.Path) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None

    def get(self, key: str) -> list[dict[str, str]] | None:
        """The answer stored under ``key``; ``None`` if absent or unreadable.

        Raises:
            ConfigurationError: the file cannot be created, opened or read.
        """
        with self._lock, _cache_errors(self._path):
            row = (
                self._connection()
                .execute("SELECT relations FROM llm_relations WHERE key = ?", (key,))
                .fetchone()
            )
        return None if row is None else _decode(row[0])

    def put(self, key: str, relations: list[dict[str, str]]) -> None:
        """Store ``relations`` under ``key``, replacing an older answer.

        Raises:
            ConfigurationError: the file cannot be created, opened or written.
        """
        value = json.dumps(relations, ensure_ascii=False, separators=(",", ":"))
        with self._lock, _cache_errors(self._path):
            self._connection().execute(
                "INSERT OR REPLACE INTO llm_relations (key, relations) VALUES (?, ?)",
                (key, value),
            )

    def close(self) -> None:
        """Close the file; the next ``get``/``put`` opens it again."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(
                self._path, timeout=30.0, isolation_level=None, check_same_thread=False
            )
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute(_SCHEMA)
            except sqlite3.Error:
                conn.close()
                raise
            self._conn = conn
        return self._conn


@contextmanager
def _cache_errors(path: pathlib.Path) -> Iterator[None]:
    """Re-raise SQLite and file-system errors as ``ConfigurationError`` naming the file."""
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        raise ConfigurationError(f"LLM relation cache {path} is unusable: {exc}") from exc


def _decode(value: str) -> list[dict[str, str]] | None:
    """A stored answer, or ``None`` when the row is not a list of string dicts."""
    try:
        answer = json.loads(value)
    except ValueError:
        return None
    if not isinstance(answer, list):
        return None
    items = [item for item in answer if isinstance(item, dict)]
    if len(items) != len(answer):
        return None
    if not all(isinstance(k, str) and isinstance(v, str) for i in items for k, v in i.items()):
        return None
    return items
