"""In-memory secondary indexes of one collection.

Every index maps documents (by ``_key``) to entries. Persistent indexes (also
created as ``hash``/``skiplist``) keep one hash map per field-prefix length for
equality lookups and a lazily maintained sorted list for ranges; the edge index
maps ``_from``/``_to`` values to edge keys. Index types without behaviour here
(vector, inverted, geo, fulltext, ttl, mdi, ...) are :class:`MetadataIndex`.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from typing import Any

from arangolite.storage.api import UNBOUNDED, IndexDescription
from arangolite.storage.indexkeys import (
    TOP,
    entries_of,
    hash_key,
    parse_field,
    sort_key,
    sorted_from_hashed,
)

_KeySet = dict[str, None]


class Index:
    """Base class: an index that indexes nothing (metadata only)."""

    def __init__(self, desc: IndexDescription) -> None:
        self.desc = desc

    @property
    def id(self) -> str:
        return self.desc.id

    def insert(self, key: str, doc: dict[str, Any]) -> None:
        """Add ``doc`` (stored under ``key``)."""

    def remove(self, key: str, doc: dict[str, Any]) -> None:
        """Remove ``doc`` (as it was inserted)."""

    def clear(self) -> None:
        """Forget every entry."""

    def conflict(self, key: str, doc: dict[str, Any]) -> str | None:
        """For unique indexes: the key of another document with the same values."""
        return None

    def lookup(self, values: list[Any]) -> list[str]:
        """Keys of documents whose first ``len(values)`` fields equal ``values``."""
        return []

    def lookup_range(
        self, prefix: list[Any], low: Any, low_inc: bool, high: Any, high_inc: bool
    ) -> list[str]:
        """Keys in index order whose fields equal ``prefix`` and whose next field is in range."""
        return []

    def entry_count(self) -> int:
        return 0


class MetadataIndex(Index):
    """An index kept only as its definition (another component gives it behaviour)."""


class EdgeIndex(Index):
    """The edge index: ``_from`` and ``_to`` to edge keys."""

    def __init__(self, desc: IndexDescription) -> None:
        super().__init__(desc)
        self.by_from: dict[Any, _KeySet] = {}
        self.by_to: dict[Any, _KeySet] = {}

    def insert(self, key: str, doc: dict[str, Any]) -> None:
        self.by_from.setdefault(doc.get("_from"), {})[key] = None
        self.by_to.setdefault(doc.get("_to"), {})[key] = None

    def remove(self, key: str, doc: dict[str, Any]) -> None:
        for mapping, value in ((self.by_from, doc.get("_from")), (self.by_to, doc.get("_to"))):
            bucket = mapping.get(value)
            if bucket is not None:
                bucket.pop(key, None)
                if not bucket:
                    del mapping[value]

    def clear(self) -> None:
        self.by_from.clear()
        self.by_to.clear()

    def edges(self, vertex_id: str, direction: str) -> list[str]:
        """Keys of edges leaving (out), reaching (in) or touching (any) ``vertex_id``."""
        out = list(self.by_from.get(vertex_id, ())) if direction != "in" else []
        if direction == "out":
            return out
        incoming = list(self.by_to.get(vertex_id, ()))
        if direction == "in":
            return incoming
        seen = set(out)
        return out + [k for k in incoming if k not in seen]

    def lookup(self, values: list[Any]) -> list[str]:
        if not values:
            return []
        keys = list(self.by_from.get(values[0], ()))
        if len(values) > 1:
            to_keys = self.by_to.get(values[1], {})
            keys = [k for k in keys if k in to_keys]
        return keys

    def entry_count(self) -> int:
        return sum(len(b) for b in self.by_from.values())


class PersistentIndex(Index):
    """Hash maps per prefix length plus a sorted list of entries for ranges.

    The sorted list is only built by the first range lookup; after that, changes
    are queued and folded in by the next range lookup.
    """

    def __init__(self, desc: IndexDescription) -> None:
        super().__init__(desc)
        self.parsed = [parse_field(f) for f in desc.fields]
        self.width = len(self.parsed)
        self.deduplicate = bool(desc.extra.get("deduplicate", True))
        self.maps: list[dict[Any, _KeySet]] = [{} for _ in range(self.width)]
        self.sorted: list[tuple[Any, ...]] | None = None
        self._added: dict[tuple[Any, str], None] = {}
        self._removed: dict[tuple[Any, str], None] = {}
        self._count = 0

    def _hashed_entries(self, doc: dict[str, Any]) -> list[tuple[Any, ...]]:
        entries = entries_of(
            doc, self.parsed, sparse=self.desc.sparse, deduplicate=self.deduplicate
        )
        return [tuple(hash_key(v) for v in entry) for entry in entries]

    def insert(self, key: str, doc: dict[str, Any]) -> None:
        maps = self.maps
        for hashed in self._hashed_entries(doc):
            if self.width == 1:
                maps[0].setdefault(hashed, {})[key] = None
            else:
                for depth, mapping in enumerate(maps, 1):
                    mapping.setdefault(hashed[:depth], {})[key] = None
            self._count += 1
            if self.sorted is not None:
                ident = (hashed, key)
                if ident in self._removed:
                    del self._removed[ident]
                else:
                    self._added[ident] = None

    def remove(self, key: str, doc: dict[str, Any]) -> None:
        for hashed in self._hashed_entries(doc):
            for depth, mapping in enumerate(self.maps, 1):
                bucket = mapping.get(hashed[:depth])
                if bucket is not None:
                    bucket.pop(key, None)
                    if not bucket:
                        del mapping[hashed[:depth]]
            self._count -= 1
            if self.sorted is not None:
                ident = (hashed, key)
                if ident in self._added:
                    del self._added[ident]
                else:
                    self._removed[ident] = None

    def clear(self) -> None:
        self.maps = [{} for _ in range(self.width)]
        self.sorted, self._added, self._removed, self._count = None, {}, {}, 0

    def conflict(self, key: str, doc: dict[str, Any]) -> str | None:
        if not self.desc.unique:
            return None
        full = self.maps[-1]
        for hashed in self._hashed_entries(doc):
            bucket = full.get(hashed)
            if bucket:
                for other in bucket:
                    if other != key:
                        return other
        return None

    def lookup(self, values: list[Any]) -> list[str]:
        if not values or len(values) > self.width:
            return []
        bucket = self.maps[len(values) - 1].get(tuple(hash_key(v) for v in values))
        return list(bucket) if bucket else []

    def _settle(self) -> list[tuple[Any, ...]]:
        """The sorted entry list, built or updated with the queued changes."""
        if self.sorted is None:
            entries = [
                (*(sorted_from_hashed(h) for h in hashed), (8, key))
                for hashed, keys in self.maps[-1].items()
                for key in keys
            ]
            entries.sort()
            self.sorted, self._added, self._removed = entries, {}, {}
            return entries
        added, removed = self._added, self._removed
        if not added and not removed:
            return self.sorted
        gone = {(*(sorted_from_hashed(v) for v in h), (8, k)) for h, k in removed}
        fresh = [(*(sorted_from_hashed(v) for v in h), (8, k)) for h, k in added]
        if len(fresh) + len(gone) > 64:
            merged = [e for e in self.sorted if e not in gone] if gone else self.sorted
            merged.extend(fresh)
            merged.sort()
            self.sorted = merged
        else:
            for entry in gone:
                pos = bisect_left(self.sorted, entry)
                if pos < len(self.sorted) and self.sorted[pos] == entry:
                    del self.sorted[pos]
            for entry in fresh:
                insort(self.sorted, entry)
        self._added, self._removed = {}, {}
        return self.sorted

    def lookup_range(
        self, prefix: list[Any], low: Any, low_inc: bool, high: Any, high_inc: bool
    ) -> list[str]:
        if len(prefix) >= self.width:
            return []
        entries = self._settle()
        head = tuple(sort_key(v) for v in prefix)
        if low is UNBOUNDED:
            start = bisect_left(entries, head)
        else:
            low_key = (*head, sort_key(low))
            start = bisect_left(entries, low_key if low_inc else (*low_key, TOP))
        if high is UNBOUNDED:
            stop = bisect_left(entries, (*head, TOP))
        else:
            high_key = (*head, sort_key(high))
            stop = bisect_left(entries, (*high_key, TOP) if high_inc else high_key)
        seen: dict[str, None] = {}
        for entry in entries[start:stop]:
            seen[entry[-1][1]] = None
        return list(seen)

    def entry_count(self) -> int:
        return self._count


BEHAVIOUR: dict[str, type[Index]] = {
    "persistent": PersistentIndex,
    "hash": PersistentIndex,
    "skiplist": PersistentIndex,
    "edge": EdgeIndex,
}


def make_index(desc: IndexDescription) -> Index:
    """The in-memory structure for an index description (metadata-only when unknown)."""
    return BEHAVIOUR.get(desc.type, MetadataIndex)(desc)
