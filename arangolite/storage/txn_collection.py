"""A collection seen from inside a transaction: committed state plus the transaction's overlay."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from arangolite import errno
from arangolite.errors import ArangoliteError, not_found
from arangolite.storage import docops
from arangolite.storage.api import (
    EdgeDirection,
    IndexDescription,
    WriteOptions,
    WriteResult,
)
from arangolite.storage.clock import decode_revision
from arangolite.storage.index import EdgeIndex, Index
from arangolite.storage.ranges import in_field_order, primary_range

if TYPE_CHECKING:
    from arangolite.storage.clock import Clock
    from arangolite.storage.collection import CollectionState


_ABSENT: Any = object()


class TxnCollection:
    """Implements :class:`arangolite.storage.api.CollectionAccess` over an overlay."""

    def __init__(
        self, state: CollectionState, clock: Clock, snapshot_revision: int | None = None
    ) -> None:
        self.snapshot_revision = snapshot_revision
        self.state = state
        self.name = state.name
        self.is_edge = state.is_edge
        self.clock = clock
        self.writes: dict[str, dict[str, Any] | None] = {}
        # what this transaction reads instead of the committed state: its own writes
        # over the pre-images of documents others changed after it began (snapshot reads)
        self.visible: dict[str, dict[str, Any] | None] = {}
        self.base_revs: dict[str, str | None] = {}
        self.raw_bodies: dict[str, tuple[dict[str, Any], str]] = {}
        self._overlay: dict[str, Index] | None = None
        self.wait_for_sync = False

    # ------------------------------------------------------------------ reads

    def get(self, key: str) -> dict[str, Any] | None:
        visible = self.visible
        if visible and key in visible:
            return visible[key]
        return self.state.docs.get(key)

    def scan(self) -> Iterator[dict[str, Any]]:
        visible = self.visible
        if not visible:
            return iter(list(self.state.docs.values()))
        return self._merged_scan(list(self.state.docs.items()), visible)

    @staticmethod
    def _merged_scan(
        base: list[tuple[str, dict[str, Any]]], writes: dict[str, dict[str, Any] | None]
    ) -> Iterator[dict[str, Any]]:
        seen = set()
        for key, doc in base:
            if key in writes:
                seen.add(key)
                doc_or_none = writes[key]
                if doc_or_none is not None:
                    yield doc_or_none
            else:
                yield doc
        for key, doc_or_none in list(writes.items()):
            if doc_or_none is not None and key not in seen:
                yield doc_or_none

    def count(self) -> int:
        total = len(self.state.docs)
        docs = self.state.docs
        for key, doc in self.visible.items():
            if key in docs:
                total -= doc is None
            else:
                total += doc is not None
        return total

    def indexes(self) -> list[IndexDescription]:
        return self.state.descriptions()

    def _index(self, index_id: str) -> Index:
        index = self.state.indexes.get(index_id)
        if index is None:
            name = index_id.rsplit("/", 1)[-1]
            for candidate in self.state.indexes.values():
                if candidate.desc.name == name or candidate.id.endswith("/" + name):
                    return candidate
            raise not_found(errno.ARANGO_INDEX_NOT_FOUND)
        return index

    def _docs_for(self, base_keys: list[str], overlay_keys: list[str]) -> list[Any]:
        """Documents for index hits: unshadowed committed ones, then the overlay's."""
        visible, docs = self.visible, self.state.docs
        out = [docs[k] for k in base_keys if k not in visible and k in docs]
        for key in overlay_keys:
            doc = visible.get(key)
            if doc is not None:
                out.append(doc)
        return out

    def lookup(self, index_id: str, values: list[Any]) -> Iterable[dict[str, Any]]:
        if index_id.endswith("/0") or index_id == "primary":
            doc = self.get(values[0]) if values and isinstance(values[0], str) else None
            return [doc] if doc is not None else []
        index = self._index(index_id)
        base = index.lookup(values)
        if not self.visible:
            docs = self.state.docs
            return [docs[k] for k in base if k in docs]
        overlay = self._overlay_index(index.id).lookup(values)
        return self._docs_for(base, overlay)

    def lookup_range(
        self,
        index_id: str,
        prefix: list[Any],
        low: Any,
        low_inclusive: bool,
        high: Any,
        high_inclusive: bool,
    ) -> Iterable[dict[str, Any]]:
        if index_id.endswith("/0") or index_id == "primary":
            return primary_range(self.scan(), low, low_inclusive, high, high_inclusive)
        index = self._index(index_id)
        args = (prefix, low, low_inclusive, high, high_inclusive)
        base = index.lookup_range(*args)
        if not self.visible:
            docs = self.state.docs
            return [docs[k] for k in base if k in docs]
        overlay = self._overlay_index(index.id).lookup_range(*args)
        merged = self._docs_for(base, overlay)
        if not overlay:
            return merged
        return in_field_order(merged, index, len(prefix))

    def edges(self, vertex_id: str, direction: EdgeDirection) -> Iterable[dict[str, Any]]:
        edge_index = self.state.edge_index
        if edge_index is None:
            raise ArangoliteError(errno.ARANGO_COLLECTION_TYPE_INVALID, code=400)
        base = edge_index.edges(vertex_id, direction)
        if not self.visible:
            docs = self.state.docs
            return [docs[k] for k in base if k in docs]
        overlay = self._overlay_index(edge_index.id)
        assert isinstance(overlay, EdgeIndex)
        return self._docs_for(base, overlay.edges(vertex_id, direction))

    # ------------------------------------------------------------------ overlay indexes

    def _overlay_index(self, index_id: str) -> Index:
        """The index over this transaction's own writes (built on first use, then kept)."""
        overlay = self._overlay
        if overlay is None:
            overlay = self._overlay = {}
        index = overlay.get(index_id)
        if index is None:
            index = self.state.make_index(self.state.indexes[index_id].desc)
            for key, doc in self.visible.items():
                if doc is not None:
                    index.insert(key, doc)
            overlay[index_id] = index
        return index

    def _check_unique(self, key: str, doc: dict[str, Any]) -> None:
        for index in self.state.indexes.values():
            if not index.desc.unique:
                continue
            other = index.conflict(key, doc)
            if other is not None and other not in self.writes:
                raise docops.unique_violation(index.desc, other)
            if self.visible:
                other = self._overlay_index(index.id).conflict(key, doc)
                if other is not None:
                    raise docops.unique_violation(index.desc, other)

    @staticmethod
    def _check_unchanged_since(stored: dict[str, Any], snapshot: int) -> None:
        """A stream transaction may not overwrite what others committed after it began."""
        if decode_revision(stored["_rev"]) > snapshot:
            raise ArangoliteError(errno.ARANGO_CONFLICT, "write-write conflict", code=409)

    def _put(self, key: str, doc: dict[str, Any] | None, options: WriteOptions) -> None:
        writes = self.writes
        previous = self.visible.get(key)
        if key not in writes:
            stored = self.state.docs.get(key)
            snapshot = self.snapshot_revision
            if stored is not None and snapshot is not None:
                self._check_unchanged_since(stored, snapshot)
            self.base_revs[key] = None if stored is None else stored["_rev"]
        writes[key] = doc
        self.visible[key] = doc
        if options.wait_for_sync:
            self.wait_for_sync = True
        overlay = self._overlay
        if overlay is not None:
            for index in overlay.values():
                if previous is not None:
                    index.remove(key, previous)
                if doc is not None:
                    index.insert(key, doc)

    def preserve(self, key: str, before: dict[str, Any] | None) -> None:
        """Keep reading ``before`` for ``key``: another transaction is committing a change.

        Only the first change after this transaction began matters, and never one to a
        document this transaction wrote itself.
        """
        if key in self.visible:
            return
        self.visible[key] = before
        overlay = self._overlay
        if overlay is not None and before is not None:
            for index in overlay.values():
                index.insert(key, before)

    # ------------------------------------------------------------------ writes

    def insert(
        self, document: dict[str, Any], options: WriteOptions, *, raw: str | None = None
    ) -> WriteResult:
        """See :meth:`CollectionAccess.insert`; ``raw`` is ``document`` as JSON text, if known."""
        if not isinstance(document, dict):
            raise docops.not_an_object()
        state = self.state
        raw_key = document.get("_key", _ABSENT)
        if raw_key is _ABSENT:
            key = state.keygen.generate()  # generated keys are above every tracked key
        else:
            key = state.keygen.validate(raw_key)
            existing = self.get(key)
            if existing is not None:
                return self._overwrite(existing, document, options)
        ends = docops.edge_ends(document) if self.is_edge else None
        doc = docops.assemble(key, f"{self.name}/{key}", self.clock.revision(), document, ends)
        schema = state.schema()
        if schema is not None:
            schema.check(doc, None)
        if state.indexes:
            self._check_unique(key, doc)
        self._put(key, doc, options)
        if raw is not None:
            text = docops.stored_text(doc, document, raw, self.is_edge)
            if text is not None:
                self.raw_bodies[key] = (doc, text)
        return WriteResult(new=doc, old=None)

    def _overwrite(
        self, existing: dict[str, Any], document: dict[str, Any], options: WriteOptions
    ) -> WriteResult:
        mode = options.overwrite_mode
        if mode is None or mode == "conflict":
            primary = self.state.descriptions()[0]
            raise docops.unique_violation(primary, existing["_key"])
        if mode == "ignore":
            return WriteResult(new=existing, old=None, ignored=True)
        docops.check_revision(existing, document, options)
        rev = self.clock.revision()
        if mode == "update":
            doc = docops.updated(
                existing,
                document,
                rev,
                is_edge=self.is_edge,
                keep_null=options.keep_null,
                merge_objects=options.merge_objects,
            )
        else:
            doc = docops.replaced(existing, document, rev, is_edge=self.is_edge)
        return self._store_change(existing, doc, options)

    def _store_change(
        self, existing: dict[str, Any], doc: dict[str, Any], options: WriteOptions
    ) -> WriteResult:
        key = existing["_key"]
        schema = self.state.schema()
        if schema is not None:
            schema.check(doc, existing)
        if self.state.indexes:
            self._check_unique(key, doc)
        self._put(key, doc, options)
        return WriteResult(new=doc, old=existing)

    def _existing(self, key: str) -> dict[str, Any]:
        if not isinstance(key, str):
            raise ArangoliteError(errno.ARANGO_DOCUMENT_KEY_BAD, code=400)
        existing = self.get(key)
        if existing is None:
            raise not_found(errno.ARANGO_DOCUMENT_NOT_FOUND)
        return existing

    def update(self, key: str, patch: dict[str, Any], options: WriteOptions) -> WriteResult:
        if not isinstance(patch, dict):
            raise docops.not_an_object()
        existing = self._existing(key)
        docops.check_revision(existing, patch, options)
        doc = docops.updated(
            existing,
            patch,
            self.clock.revision(),
            is_edge=self.is_edge,
            keep_null=options.keep_null,
            merge_objects=options.merge_objects,
        )
        return self._store_change(existing, doc, options)

    def replace(self, key: str, document: dict[str, Any], options: WriteOptions) -> WriteResult:
        if not isinstance(document, dict):
            raise docops.not_an_object()
        existing = self._existing(key)
        docops.check_revision(existing, document, options)
        doc = docops.replaced(existing, document, self.clock.revision(), is_edge=self.is_edge)
        return self._store_change(existing, doc, options)

    def remove(self, key: str, options: WriteOptions) -> WriteResult:
        existing = self._existing(key)
        docops.check_revision(existing, None, options)
        self._put(key, None, options)
        return WriteResult(new=None, old=existing)

    def remove_checked(self, key: str, body: Any, options: WriteOptions) -> WriteResult:
        """Remove with the ``_rev`` of ``body`` checked (REST bulk removal by object)."""
        existing = self._existing(key)
        docops.check_revision(existing, body, options)
        self._put(key, None, options)
        return WriteResult(new=None, old=existing)
