"""BM25 and TFIDF as ArangoSearch (IResearch) computes them, vectorized over postings.

For a term matched in a field::

    BM25  = boost · idf · (k+1) · tf / (tf + k·(1 - b + b·|doc|/avgDL))
            idf = ln(1 + (N - n + 0.5) / (n + 0.5))
    TFIDF = boost · idf · √tf  [· 1/√|doc| when normalizing]
            idf = 1 + ln((N + 1) / (n + 1))

``N`` is the number of documents with the field, ``n`` those with the term,
``tf`` the term's frequency in the document, ``|doc|`` the number of tokens
of the field in the document and ``avgDL`` the average of that over ``N``.
Fields without the ``frequency`` feature (numbers, booleans, null, analyzers
created without features) score 0; without ``norm`` every document counts as
length 1 (BM25 with ``b = 0``, i.e. BM15, ignores lengths). A document's score
is the sum over everything it matched; a phrase uses its frequency as ``tf``
and the sum of its terms' idf. Lengths are token counts (IResearch's ``Norm2``,
used by ArangoDB 3.10+), not the ``1/√length`` of older versions.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

Array = np.ndarray[Any, Any]


@dataclass(frozen=True, slots=True)
class ScorerSpec:
    """One scorer call of a query: ``("bm25", k, b)`` or ``("tfidf", normalize)``."""

    kind: str
    k: float = 1.2
    b: float = 0.75
    normalize: bool = False


@dataclass(frozen=True, slots=True)
class FieldStats:
    """View-wide statistics of one field."""

    docs: int  # documents with the field (N)
    total: int  # tokens of the field over all documents


_F = np.float32


def bm25_idf(stats: FieldStats, df: int) -> float:
    return math.log1p((stats.docs - df + 0.5) / (df + 0.5))


def tfidf_idf(stats: FieldStats, df: int) -> float:
    return 1.0 + math.log((stats.docs + 1) / (df + 1))


def _summed(values: list[float]) -> Any:
    total = _F(0.0)
    for value in values:
        total = _F(total + _F(value))
    return total


def score(
    spec: ScorerSpec,
    stats: FieldStats,
    idf_of: tuple[int, ...],
    freqs: Array,
    lengths: Array | None,
    features: frozenset[str],
    boost: float,
) -> Array:
    """Scores of documents matching with frequencies ``freqs`` (``idf_of``: df per term).

    Computed in single precision in IResearch's order of operations, so results
    agree with ArangoDB to the last digit where the formulas do.
    """
    if "frequency" not in features or not len(freqs):
        return np.zeros(len(freqs))
    tf = freqs.astype(_F)
    with_norms = "norm" in features and lengths is not None
    if spec.kind == "tfidf":
        idf = _summed([tfidf_idf(stats, df) for df in idf_of])
        out = _F(boost) * idf * np.sqrt(tf)
        if spec.normalize and with_norms:
            assert lengths is not None
            out = out / np.sqrt(np.maximum(lengths, 1.0)).astype(_F)
        return _doubles(out)
    k, b = _F(spec.k), _F(spec.b)
    c0 = _F(boost) * (k + _F(1.0)) * _summed([bm25_idf(stats, df) for df in idf_of])
    if b == 0.0:
        return _doubles(c0 - c0 / (_F(1.0) + tf / k))
    kb = k * b
    norm_const = k - kb
    norm_length = kb / (_F(stats.total) / _F(stats.docs)) if stats.total and stats.docs else kb
    length = lengths.astype(_F) if with_norms and lengths is not None else np.ones(len(tf), _F)
    c1 = norm_const + norm_length * length
    if length.max() <= 255:
        out = c0 - c0 / (_F(1.0) + tf * (_F(1.0) / c1))
    else:
        out = c0 - c0 * c1 / (c1 + tf)
    return _doubles(out)


def _doubles(values: Any) -> Array:
    result: Array = np.asarray(values, dtype=np.float64)
    return result


def scorer_specs(calls: list[tuple[str, list[Any]]]) -> list[ScorerSpec]:
    """Distinct scorer specs for ``(name, constant arguments after the document)`` calls."""
    out: list[ScorerSpec] = []
    for name, args in calls:
        spec = make_spec(name, args)
        if spec not in out:
            out.append(spec)
    return out


def make_spec(name: str, args: list[Any]) -> ScorerSpec:
    """The spec of ``BM25(doc, k, b)`` or ``TFIDF(doc, normalize)`` given the extra args."""
    if name == "TFIDF":
        return ScorerSpec("tfidf", normalize=bool(args[0]) if args else False)
    k = float(args[0]) if args and isinstance(args[0], (int, float)) else 1.2
    b = float(args[1]) if len(args) > 1 and isinstance(args[1], (int, float)) else 0.75
    return ScorerSpec("bm25", k=k, b=b)
