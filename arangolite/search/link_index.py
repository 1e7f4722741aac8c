"""Keeping an inverted index in step with a collection's committed writes.

A :class:`LinkIndex` is an :class:`~arangolite.storage.index.Index`: the
storage engine calls ``insert``/``remove``/``clear`` for every committed
change (inverted indexes live among the collection's indexes, View links
among its ``observers``). Changes are only recorded there; the analyzing work
happens in :meth:`LinkIndex.refresh`, which searches call first, so bulk
loads stay fast and analyzers are resolved in their database's context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from arangolite.search.field_meta import FieldMeta
from arangolite.search.index_store import InvertedStore
from arangolite.storage.api import IndexDescription
from arangolite.storage.index import Index

COMPACT_AFTER = 1024


class LinkIndex(Index):
    """An inverted index over one collection (see module docstring)."""

    def __init__(self, desc: IndexDescription) -> None:
        super().__init__(desc)
        self.store = InvertedStore()
        self.pending: dict[str, dict[str, Any] | None] = {}

    def insert(self, key: str, doc: dict[str, Any]) -> None:
        self.pending[key] = doc

    def remove(self, key: str, doc: dict[str, Any]) -> None:
        self.pending[key] = None

    def clear(self) -> None:
        self.store = InvertedStore()
        self.pending = {}

    def entry_count(self) -> int:
        return len(self.store) + sum(1 for d in self.pending.values() if d is not None)

    def refresh(
        self,
        meta: FieldMeta,
        analyze: Callable[[str, str], dict[Any, int]],
        features: Callable[[str], frozenset[str]],
    ) -> InvertedStore:
        """Index the recorded changes with ``meta``; returns the up-to-date store."""
        store = self.store
        if self.pending:
            pending, self.pending = self.pending, {}
            added = []
            for key, doc in pending.items():
                if doc is None:
                    store.remove(key)
                else:
                    added.append((key, doc))
            store.add_many(added, meta, analyze, features)
        if store.dead > max(COMPACT_AFTER, len(store)):
            store.compact()
        return store


def link_description(collection: str, view_id: str) -> IndexDescription:
    """The (hidden) description of a View link on ``collection``."""
    return IndexDescription(
        id=f"{collection}/view-{view_id}",
        name=f"view-{view_id}",
        type="arangosearch",
        fields=[],
        extra={"view": view_id},
    )
