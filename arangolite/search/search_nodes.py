"""Search filters with concrete values (built per row from a compiled SEARCH expression).

A filter names an attribute ``path`` and the analyzer of the search context;
values that are not strings (numbers, booleans, null) select the typed field
of the attribute instead. :class:`Match` is the result of a filter on one
collection: ascending ordinals with one score column per scorer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

Array = np.ndarray[Any, Any]


@dataclass(slots=True)
class Const:
    """Everything (True) or nothing (False)."""

    value: bool


@dataclass(slots=True)
class Term:
    path: str
    analyzer: str
    value: Any
    boost: float = 1.0


@dataclass(slots=True)
class MultiTerm:
    """Terms of a field chosen by ``select(sorted_terms) -> [(term, weight)]``.

    ``kind`` picks the field for typed values (``"string"``, or a sample value);
    only the first ``limit`` terms (most frequent) contribute to scores.
    """

    path: str
    analyzer: str
    sample: Any
    select: Callable[[list[Any]], list[tuple[Any, float]]]
    boost: float = 1.0
    limit: int = 128


@dataclass(slots=True)
class Phrase:
    """Token matchers at relative positions, ``[(offset, predicate or exact term)]``.

    ``parts(analyzer)`` computes them with the analyzer of the searched field.
    """

    path: str
    analyzer: str
    parts: Callable[[str], list[tuple[int, Any]]]
    boost: float = 1.0


@dataclass(slots=True)
class Ngram:
    """``grams(analyzer)`` are the target's n-grams with the analyzer of the field."""

    path: str
    analyzer: str
    grams: Callable[[str], list[str]]
    threshold: float
    boost: float = 1.0


@dataclass(slots=True)
class Exists:
    """``mode``: ``any``, ``string``, ``analyzer``, ``numeric``, ``bool``, ``null``, ``type``."""

    path: str
    mode: str
    analyzer: str


@dataclass(slots=True)
class And:
    children: list[Any] = field(default_factory=list)


@dataclass(slots=True)
class Or:
    children: list[Any] = field(default_factory=list)


@dataclass(slots=True)
class Not:
    child: Any


@dataclass(slots=True)
class MinMatch:
    children: list[Any]
    count: int


class Match:
    """Matched ordinals (ascending, unique) and their scores (one column per scorer)."""

    __slots__ = ("ords", "scores")

    def __init__(self, ords: Array, scores: Array) -> None:
        self.ords = ords
        self.scores = scores

    @staticmethod
    def empty(width: int) -> Match:
        return Match(np.zeros(0, dtype=np.int64), np.zeros((0, width)))

    def __len__(self) -> int:
        return len(self.ords)


def union(parts: list[Match], width: int, at_least: int = 1) -> Match:
    """Ordinals in at least ``at_least`` of ``parts``; scores summed over the parts."""
    parts = [p for p in parts if len(p)]
    if not parts:
        return Match.empty(width)
    if len(parts) == 1 and at_least <= 1:
        return parts[0]
    ords = np.concatenate([p.ords for p in parts])
    scores = np.concatenate([p.scores for p in parts])
    unique, inverse, counts = np.unique(ords, return_inverse=True, return_counts=True)
    summed = np.zeros((len(unique), width))
    for column in range(width):
        summed[:, column] = np.bincount(inverse, weights=scores[:, column], minlength=len(unique))
    if at_least > 1:
        keep = counts >= at_least
        return Match(unique[keep], summed[keep])
    return Match(unique, summed)


def intersect(a: Match, b: Match) -> Match:
    common, ia, ib = np.intersect1d(a.ords, b.ords, assume_unique=True, return_indices=True)
    return Match(common, a.scores[ia] + b.scores[ib])


def subtract(a: Match, b: Match) -> Match:
    if not len(b) or not len(a):
        return a
    keep = ~np.isin(a.ords, b.ords, assume_unique=True)
    return Match(a.ords[keep], a.scores[keep])
