"""The in-memory inverted index of one collection (a View link or an inverted index).

Documents get ordinals in the order they are indexed; a changed document is
removed (its ordinal marked dead) and indexed again under a new ordinal.
Each field — an attribute path with an analyzer, or with a value type for
numbers, booleans and null — maps terms to postings: ascending ordinals with
term frequencies, kept as numpy chunks (one per indexing batch, merged on
read). Dead ordinals stay in postings until :meth:`InvertedStore.compact`;
searches skip them. Positions are not stored: ``PHRASE()`` re-analyzes
candidate documents.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import Any

import numpy as np

from arangolite.search.field_meta import FieldMeta, leaves, term_of, value_kind

FieldKey = tuple[str, str]  # (attribute path, analyzer name or value-type marker)
Array = np.ndarray[Any, Any]
Tokenize = Callable[[str, str], dict[Any, int]]  # (analyzer, text) -> term counts
_EMPTY = np.zeros(0, dtype=np.int64)
BATCH = 4096  # documents turned into postings at once


class FieldData:
    """Terms, postings, per-document lengths (number of tokens) and totals of one field."""

    __slots__ = (
        "_lengths",
        "_sorted",
        "chunks",
        "features",
        "lengths",
        "store_id",
        "terms",
        "total",
    )

    def __init__(self, features: frozenset[str], store_id: bool) -> None:
        self.features = features
        self.store_id = store_id
        self.terms: dict[Any, int] = {}
        self.chunks: list[list[tuple[Array, Array]]] = []
        self.lengths: dict[int, int] = {}
        self.total = 0
        self._sorted: list[Any] | None = None
        self._lengths: Array | None = None

    def term_ids(self, tokens: list[Any]) -> list[int]:
        get = self.terms.get
        ids = [get(t, -1) for t in tokens]
        if -1 in ids:
            for position, token in enumerate(tokens):
                if ids[position] == -1:
                    found = self.terms.get(token)
                    if found is None:
                        found = self.terms[token] = len(self.chunks)
                        self.chunks.append([])
                        self._sorted = None
                    ids[position] = found
        return ids

    def postings(self, term: Any) -> tuple[Array, Array]:
        """Ordinals and frequencies of ``term`` (dead ordinals included)."""
        tid = self.terms.get(term)
        if tid is None:
            return _EMPTY, _EMPTY
        chunks = self.chunks[tid]
        if len(chunks) > 1:
            merged = (
                np.concatenate([c[0] for c in chunks]),
                np.concatenate([c[1] for c in chunks]),
            )
            chunks[:] = [merged]
        return chunks[0] if chunks else (_EMPTY, _EMPTY)

    def drop(self, ordinal: int) -> None:
        length = self.lengths.pop(ordinal, None)
        if length is not None:
            self.total -= length
            self._lengths = None

    def sorted_terms(self) -> list[Any]:
        """Every term in ascending order (for ranges and prefixes)."""
        if self._sorted is None:
            self._sorted = sorted(self.terms)
        return self._sorted

    def prefixed(self, prefix: str) -> list[str]:
        """Terms starting with ``prefix`` (string fields)."""
        terms = self.sorted_terms()
        out = []
        for term in terms[bisect_left(terms, prefix) :]:
            if not term.startswith(prefix):
                break
            out.append(term)
        return out

    def lengths_array(self, size: int) -> Array:
        """Field length per ordinal (0 for documents without the field)."""
        cached = self._lengths
        if cached is None or len(cached) < size:
            cached = np.zeros(size, dtype=np.float64)
            if self.lengths:
                cached[np.fromiter(self.lengths.keys(), dtype=np.int64)] = np.fromiter(
                    self.lengths.values(), dtype=np.float64
                )
            self._lengths = cached
        return cached


class _Batch:
    """Term counts of one field for a batch of documents, turned into postings at once."""

    def __init__(self, data: FieldData) -> None:
        self.data = data
        self.ids: list[int] = []
        self.freqs: list[int] = []
        self.ords: list[int] = []
        self.unique: list[int] = []
        self.sizes: list[int] = []

    def add(self, ordinal: int, counts: dict[Any, int]) -> None:
        self.ids.extend(self.data.term_ids(list(counts)))
        freqs = list(counts.values())
        self.freqs.extend(freqs)
        self.ords.append(ordinal)
        self.unique.append(len(freqs))
        self.sizes.append(sum(freqs))

    def flush(self) -> None:
        data = self.data
        data.lengths.update(zip(self.ords, self.sizes, strict=True))
        data.total += sum(self.sizes)
        data._lengths = None
        if not self.ids:
            return
        docs = np.repeat(np.array(self.ords, dtype=np.int64), self.unique)
        tids = np.array(self.ids, dtype=np.int64)
        freqs = np.array(self.freqs, dtype=np.int64)
        order = np.argsort(tids, kind="stable")
        tids, docs, freqs = tids[order], docs[order], freqs[order]
        cuts = np.flatnonzero(np.diff(tids)) + 1
        starts = np.concatenate(([0], cuts)).tolist()
        ends = np.concatenate((cuts, [len(tids)])).tolist()
        chunks = data.chunks
        for tid, start, end in zip(tids[starts].tolist(), starts, ends, strict=True):
            chunks[tid].append((docs[start:end], freqs[start:end]))


def _merge(into: dict[Any, int], counts: dict[Any, int]) -> None:
    if not into:
        into.update(counts)
        return
    for term, count in counts.items():
        into[term] = into.get(term, 0) + count


def document_terms(
    doc: dict[str, Any], meta: FieldMeta, analyze: Tokenize
) -> dict[FieldKey, tuple[dict[Any, int], bool]]:
    """Term counts per field of ``doc`` (and whether the field stores ids for EXISTS)."""
    out: dict[FieldKey, tuple[dict[Any, int], bool]] = {}
    for path, settings, value in leaves(doc, meta):
        kind = value_kind(value)
        if kind is not None:
            entry = out.setdefault((path, kind), ({}, settings.store_id))
            _merge(entry[0], {term_of(value): 1})
        elif isinstance(value, str):
            for analyzer in settings.analyzers:
                entry = out.setdefault((path, analyzer), ({}, settings.store_id))
                _merge(entry[0], analyze(analyzer, value))
    return out


class InvertedStore:
    """All fields of one collection's index (see module docstring)."""

    def __init__(self) -> None:
        self.fields: dict[FieldKey, FieldData] = {}
        self.keys: list[str | None] = []
        self.ordinal: dict[str, int] = {}
        self.touched: list[tuple[FieldData, ...]] = []
        self.alive = bytearray()
        self.dead = 0

    def __len__(self) -> int:
        return len(self.ordinal)

    def _field(
        self, key: FieldKey, features: Callable[[str], frozenset[str]], store: bool
    ) -> FieldData:
        found = self.fields.get(key)
        if found is None:
            wanted = features(key[1]) if not key[1].startswith("\x01") else frozenset()
            found = self.fields[key] = FieldData(wanted, store)
        return found

    def add_many(
        self,
        items: list[tuple[str, dict[str, Any]]],
        meta: FieldMeta,
        analyze: Tokenize,
        features: Callable[[str], frozenset[str]],
    ) -> None:
        """Index documents (``(key, doc)`` pairs) with the settings ``meta``."""
        for start in range(0, len(items), BATCH):
            self._add_batch(items[start : start + BATCH], meta, analyze, features)

    def _add_batch(
        self,
        items: list[tuple[str, dict[str, Any]]],
        meta: FieldMeta,
        analyze: Tokenize,
        features: Callable[[str], frozenset[str]],
    ) -> None:
        batches: dict[FieldKey, _Batch] = {}
        for key, doc in items:
            if key in self.ordinal:
                self.remove(key)
            ordinal = len(self.keys)
            self.keys.append(key)
            self.ordinal[key] = ordinal
            self.alive.append(1)
            touched = []
            for field_key, (counts, store_id) in document_terms(doc, meta, analyze).items():
                batch = batches.get(field_key)
                if batch is None:
                    data = self._field(field_key, features, store_id)
                    batch = batches[field_key] = _Batch(data)
                batch.add(ordinal, counts)
                touched.append(batch.data)
            self.touched.append(tuple(touched))
        for batch in batches.values():
            batch.flush()

    def remove(self, key: str) -> None:
        ordinal = self.ordinal.pop(key, None)
        if ordinal is None:
            return
        self.keys[ordinal] = None
        self.alive[ordinal] = 0
        for data in self.touched[ordinal]:
            data.drop(ordinal)
        self.touched[ordinal] = ()
        self.dead += 1

    def alive_mask(self) -> Array:
        """The alive flags as a boolean array indexed by ordinal (a copy)."""
        return np.frombuffer(bytes(self.alive), dtype=np.uint8).astype(bool)

    def compact(self) -> None:
        """Drop dead ordinals from every posting list."""
        if not self.dead:
            return
        alive = self.alive_mask()
        for data in self.fields.values():
            for term in list(data.terms):
                docs, freqs = data.postings(term)
                keep = alive[docs]
                if not keep.all():
                    data.chunks[data.terms[term]][:] = [(docs[keep], freqs[keep])]
        self.dead = 0
