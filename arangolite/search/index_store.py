"""The in-memory inverted index of one collection (a view link or an inverted index).

Documents get ordinals in the order they are indexed; a changed document is
removed (its ordinal marked dead) and indexed again under a new ordinal.
Each field — an attribute path with an analyzer, or with a value type for
numbers, booleans and null — maps terms to postings: parallel arrays of
ordinals (ascending) and term frequencies. Dead ordinals stay in postings
until :meth:`InvertedStore.compact` drops them; searches skip them.
Token positions are not stored: ``PHRASE()`` re-analyzes candidate documents.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

import numpy as np

from arangolite.search.field_meta import FieldMeta, leaves, term_of, value_kind

FieldKey = tuple[str, str]  # (attribute path, analyzer name or value-type marker)
Tokenize = Callable[[str, str], list[str]]


class Postings:
    """Ordinals and frequencies of one term."""

    __slots__ = ("docs", "freqs")

    def __init__(self) -> None:
        self.docs = array("q")
        self.freqs = array("q")


class FieldData:
    """Terms, per-document lengths (number of tokens) and totals of one field."""

    __slots__ = ("_lengths_array", "_sorted", "features", "lengths", "store_id", "terms", "total")

    def __init__(self, features: frozenset[str], store_id: bool) -> None:
        self.features = features
        self.store_id = store_id
        self.terms: dict[Any, Postings] = {}
        self.lengths: dict[int, int] = {}
        self.total = 0
        self._sorted: list[Any] | None = None
        self._lengths_array: np.ndarray[Any, Any] | None = None

    def add(self, ordinal: int, counts: Counter[Any], length: int) -> None:
        terms = self.terms
        for term, freq in counts.items():
            postings = terms.get(term)
            if postings is None:
                postings = terms[term] = Postings()
                self._sorted = None
            postings.docs.append(ordinal)
            postings.freqs.append(freq)
        self.lengths[ordinal] = length
        self.total += length
        self._lengths_array = None

    def drop(self, ordinal: int) -> None:
        length = self.lengths.pop(ordinal, None)
        if length is not None:
            self.total -= length
            self._lengths_array = None

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

    def lengths_array(self, size: int) -> np.ndarray[Any, Any]:
        """Field length per ordinal (0 for documents without the field)."""
        cached = self._lengths_array
        if cached is None or len(cached) < size:
            cached = np.zeros(size, dtype=np.float64)
            if self.lengths:
                cached[np.fromiter(self.lengths.keys(), dtype=np.int64)] = np.fromiter(
                    self.lengths.values(), dtype=np.float64
                )
            self._lengths_array = cached
        return cached


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

    def field(self, key: FieldKey, features: frozenset[str], store_id: bool) -> FieldData:
        found = self.fields.get(key)
        if found is None:
            found = self.fields[key] = FieldData(features, store_id)
        return found

    def add(
        self,
        key: str,
        doc: dict[str, Any],
        meta: FieldMeta,
        analyze: Tokenize,
        features: Callable[[str], frozenset[str]],
    ) -> None:
        """Index ``doc`` (stored under ``key``) with the settings ``meta``."""
        if key in self.ordinal:
            self.remove(key)
        collected: dict[FieldKey, tuple[Counter[Any], list[int], bool]] = {}
        for path, settings, value in leaves(doc, meta):
            kind = value_kind(value)
            if kind is not None:
                _collect(collected, (path, kind), [term_of(value)], settings.store_id)
            elif isinstance(value, str):
                for analyzer in settings.analyzers:
                    tokens = analyze(analyzer, value)
                    _collect(collected, (path, analyzer), tokens, settings.store_id)
        ordinal = len(self.keys)
        self.keys.append(key)
        self.ordinal[key] = ordinal
        self.alive.append(1)
        touched = []
        for field_key, (counts, length, store_id) in collected.items():
            kind = field_key[1]
            wanted = features(kind) if kind[0] != "\x01" else frozenset()
            data = self.field(field_key, wanted, store_id)
            data.add(ordinal, counts, length[0])
            touched.append(data)
        self.touched.append(tuple(touched))

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

    def alive_mask(self) -> np.ndarray[Any, Any]:
        """A copy of the alive flags as a boolean array indexed by ordinal."""
        return np.frombuffer(bytes(self.alive), dtype=np.uint8).astype(bool)

    def compact(self) -> None:
        """Drop dead ordinals from every posting list."""
        if not self.dead:
            return
        alive = self.alive_mask()
        for data in self.fields.values():
            for term, postings in list(data.terms.items()):
                docs = np.frombuffer(postings.docs, dtype=np.int64).copy()
                keep = alive[docs]
                if keep.all():
                    continue
                if not keep.any():
                    del data.terms[term]
                    data._sorted = None
                    continue
                freqs = np.frombuffer(postings.freqs, dtype=np.int64).copy()
                postings.docs = array("q", docs[keep].tobytes())
                postings.freqs = array("q", freqs[keep].tobytes())
        self.dead = 0


def _collect(
    collected: dict[FieldKey, tuple[Counter[Any], list[int], bool]],
    key: FieldKey,
    tokens: Iterable[Any],
    store_id: bool,
) -> None:
    entry = collected.get(key)
    if entry is None:
        entry = collected[key] = (Counter(), [0], store_id)
    counts, length, _ = entry
    if isinstance(tokens, list):
        counts.update(tokens)
        length[0] += len(tokens)
        return
    for token in tokens:
        counts[token] += 1
        length[0] += 1
