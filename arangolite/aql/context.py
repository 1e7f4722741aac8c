"""The state of one running query: transaction, warnings, statistics, limits."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from arangolite import errno
from arangolite.errors import AqlError, fmt
from arangolite.storage.api import CollectionAccess, DatabaseHandle, Transaction

MAX_WARNINGS = 10


@dataclass(slots=True)
class Stats:
    """ArangoDB's query statistics (``extra.stats``)."""

    writes_executed: int = 0
    writes_ignored: int = 0
    scanned_full: int = 0
    scanned_index: int = 0
    filtered: int = 0
    full_count: int | None = None

    def to_json(self, execution_time: float) -> dict[str, Any]:
        body: dict[str, Any] = {
            "writesExecuted": self.writes_executed,
            "writesIgnored": self.writes_ignored,
            "documentLookups": 0,
            "seeks": 0,
            "scannedFull": self.scanned_full,
            "scannedIndex": self.scanned_index,
            "cursorsCreated": 0,
            "cursorsRearmed": 0,
            "cacheHits": 0,
            "cacheMisses": 0,
            "filtered": self.filtered,
            "httpRequests": 0,
            "executionTime": execution_time,
            "peakMemoryUsage": 0,
            "intermediateCommits": 0,
        }
        if self.full_count is not None:
            body["fullCount"] = self.full_count
        return body


@dataclass
class QueryContext:
    """Everything a compiled query needs while it runs.

    Implements :class:`arangolite.aql.functions.registry.FunctionContext`.
    """

    db: DatabaseHandle
    transaction: Transaction
    user: str | None = None
    max_runtime: float = 0.0
    fail_on_warning: bool = False
    max_warning_count: int = MAX_WARNINGS
    warnings: list[dict[str, Any]] = field(default_factory=list)
    stats: Stats = field(default_factory=Stats)
    started: float = field(default_factory=time.perf_counter)
    extensions: dict[str, Any] = field(default_factory=dict)
    """Per-query state of engine extensions (search scores, vector plans …), by name."""
    _collections: dict[tuple[str, bool], CollectionAccess] = field(default_factory=dict)

    def warn(self, code: int, message: str) -> None:
        """Register a warning; with ``failOnWarning`` the query fails instead."""
        if self.fail_on_warning:
            raise AqlError(code, message)
        if len(self.warnings) < self.max_warning_count:
            self.warnings.append({"code": code, "message": message})

    def call(self, name: str, args: list[Any]) -> Any:
        from arangolite.aql.builtins import call_builtin

        return call_builtin(self, name, args)

    def require_collection(self, name: str) -> str:
        """``name`` if the database has that collection; AQL's 1203 (404) otherwise."""
        if self.db.collection_info(name) is None:
            raise AqlError(
                errno.ARANGO_DATA_SOURCE_NOT_FOUND,
                f"collection or view not found: {name}",
                code=404,
            )
        return name

    def collection(self, name: str, *, write: bool = False) -> CollectionAccess:
        """The transaction's view of a collection (cached per query)."""
        key = (name, write)
        access = self._collections.get(key)
        if access is None:
            access = self.transaction.collection(name, write=write)
            self._collections[key] = access
        return access

    def tick(self) -> None:
        """Called in loops: enforces ``maxRuntime``."""
        if self.max_runtime > 0:
            self.check_killed()

    def check_killed(self) -> None:
        """Raise 1500 (query killed) once the query has run longer than ``maxRuntime``."""
        if self.max_runtime > 0 and time.perf_counter() - self.started > self.max_runtime:
            raise AqlError(errno.QUERY_KILLED, fmt(errno.QUERY_KILLED), code=410)

    def elapsed(self) -> float:
        return time.perf_counter() - self.started
