"""``PHRASE()`` and ``NGRAM_MATCH()``: candidates from postings, then token positions.

Positions are not kept in the index; candidate documents (those containing
every exact phrase term) are analyzed again to find the phrase.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from arangolite.search.search_nodes import Match, Ngram, Phrase
from arangolite.search.similarity import ngram_similarity

if TYPE_CHECKING:
    from arangolite.search.segments import SearchContext, Segment

Array = np.ndarray[Any, Any]


def _matches(matcher: Any, term: str) -> bool:
    return bool(matcher(term)) if callable(matcher) else matcher == term


def _docs_for(matcher: Any, segment: Segment, data: Any) -> Array:
    if not callable(matcher):
        return segment.postings(data, matcher)[0]
    chosen = [segment.postings(data, t)[0] for t in data.sorted_terms() if matcher(t)]
    if not chosen:
        return np.zeros(0, dtype=np.int64)
    return np.unique(np.concatenate(chosen))


def occurrences(tokens: list[tuple[str, int]], parts: list[tuple[int, Any]]) -> int:
    """How often the phrase ``parts`` occurs in ``tokens`` (term, position) of one value."""
    at: dict[int, list[str]] = {}
    for term, position in tokens:
        at.setdefault(position, []).append(term)
    first_offset, first = parts[0]
    count = 0
    for start, terms in at.items():
        if not any(_matches(first, t) for t in terms):
            continue
        base = start - first_offset
        if all(any(_matches(m, t) for t in at.get(base + offset, ())) for offset, m in parts[1:]):
            count += 1
    return count


def phrase_match(node: Phrase, segment: Segment, ctx: SearchContext) -> Match:
    data = segment.field(node.path, node.analyzer, "")
    analyzer_name = segment.analyzer_for(node.path, node.analyzer)
    parts = node.parts(analyzer_name)
    if data is None or not parts:
        return Match.empty(ctx.width)
    candidates: Array | None = None
    for _, matcher in parts:
        docs = _docs_for(matcher, segment, data)
        candidates = docs if candidates is None else np.intersect1d(candidates, docs)
        if not len(candidates):
            return Match.empty(ctx.width)
    assert candidates is not None
    exact = tuple(m for _, m in parts if not callable(m))
    where = (node.path, node.analyzer, "")
    if len(parts) == 1 and exact:
        docs, freqs = segment.postings(data, exact[0])
        return Match(docs, ctx.scores(segment, data, where, exact, docs, freqs, node.boost))
    definition = ctx.analyzer(analyzer_name)
    if definition is None or "position" not in data.features:
        return Match.empty(ctx.width)
    hits: list[int] = []
    counts: list[int] = []
    for ordinal in candidates.tolist():
        doc = segment.document(ordinal)
        if doc is None:
            continue
        count = sum(
            occurrences(definition.analyzer.analyze(text), parts)
            for text in segment.texts(doc, node.path, analyzer_name)
        )
        if count:
            hits.append(ordinal)
            counts.append(count)
    docs = np.array(hits, dtype=np.int64)
    scores = ctx.scores(segment, data, where, exact, docs, np.array(counts), node.boost)
    return Match(docs, scores)


def ngram_match(node: Ngram, segment: Segment, ctx: SearchContext) -> Match:
    data = segment.field(node.path, node.analyzer, "")
    analyzer_name = segment.analyzer_for(node.path, node.analyzer)
    wanted = node.grams(analyzer_name)
    if data is None or not wanted:
        return Match.empty(ctx.width)
    definition = ctx.analyzer(analyzer_name)
    present = [segment.postings(data, g)[0] for g in set(wanted)]
    present = [p for p in present if len(p)]
    if definition is None or not present:
        return Match.empty(ctx.width)
    hits, weights = [], []
    for ordinal in np.unique(np.concatenate(present)).tolist():
        doc = segment.document(ordinal)
        if doc is None:
            continue
        best = 0.0
        for text in segment.texts(doc, node.path, analyzer_name):
            grams = [t for t, _ in definition.analyzer.analyze(text)]
            best = max(best, ngram_similarity(wanted, grams))
        if best >= node.threshold and best > 0:
            hits.append(ordinal)
            weights.append(best)
    docs = np.array(hits, dtype=np.int64)
    where = (node.path, node.analyzer, "")
    scores = ctx.scores(segment, data, where, tuple(wanted), docs, np.ones(len(docs)), 1.0)
    return Match(docs, scores * (np.array(weights)[:, None] * node.boost if len(docs) else 1.0))
