"""Evaluating search filters on one segment: set operations over posting lists."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from arangolite.search import search_nodes as n
from arangolite.search.field_meta import BOOLEAN, NULL, NUMERIC
from arangolite.search.positional import ngram_match, phrase_match
from arangolite.search.search_nodes import Match, intersect, subtract, union
from arangolite.search.segments import SearchContext, Segment, term_key


def evaluate(node: Any, segment: Segment, ctx: SearchContext) -> Match:
    """The documents of ``segment`` matching ``node``, with scores."""
    handler = _HANDLERS[type(node)]
    return handler(node, segment, ctx)


def _const(node: n.Const, segment: Segment, ctx: SearchContext) -> Match:
    if not node.value:
        return Match.empty(ctx.width)
    ords = segment.all()
    return Match(ords, np.zeros((len(ords), ctx.width)))


def _term(node: n.Term, segment: Segment, ctx: SearchContext) -> Match:
    data = segment.field(node.path, node.analyzer, node.value)
    if data is None:
        return Match.empty(ctx.width)
    term = term_key(node.value)
    docs, freqs = segment.postings(data, term)
    if not len(docs):
        return Match.empty(ctx.width)
    where = (node.path, node.analyzer, node.value)
    return Match(docs, ctx.scores(segment, data, where, (term,), docs, freqs, node.boost))


def _multi(node: n.MultiTerm, segment: Segment, ctx: SearchContext) -> Match:
    data = segment.field(node.path, node.analyzer, node.sample)
    if data is None:
        return Match.empty(ctx.width)
    chosen = node.select(data.sorted_terms())
    where = (node.path, node.analyzer, node.sample)
    ranked = sorted(chosen, key=lambda tw: -ctx.df(node.path, node.analyzer, tw[0]))
    scored = {t for t, _ in ranked[: node.limit]} if node.limit > 0 else {t for t, _ in ranked}
    parts = []
    for term, weight in chosen:
        docs, freqs = segment.postings(data, term)
        if not len(docs):
            continue
        if term in scored:
            scores = ctx.scores(segment, data, where, (term,), docs, freqs, node.boost * weight)
        else:
            scores = np.zeros((len(docs), ctx.width))
        parts.append(Match(docs, scores))
    return union(parts, ctx.width)


def _exists(node: n.Exists, segment: Segment, ctx: SearchContext) -> Match:
    path = node.path
    wanted: Callable[[str], bool] = {
        "numeric": lambda kind: kind == NUMERIC,
        "bool": lambda kind: kind == BOOLEAN,
        "null": lambda kind: kind == NULL,
        "type": lambda kind: kind in (NUMERIC, BOOLEAN, NULL),
        "string": lambda kind: not kind.startswith("\x01"),
        "analyzer": lambda kind: kind == segment.analyzer_for(path, node.analyzer),
    }.get(node.mode, lambda kind: True)
    found: set[int] = set()
    for (field_path, kind), data in segment.store.fields.items():
        if not (segment.alias or data.store_id) or not wanted(kind):
            continue
        nested = node.mode == "any" and field_path.startswith((path + ".", path + "["))
        if field_path == path or nested:
            found.update(data.lengths)
    ords = np.array(sorted(found), dtype=np.int64)
    return Match(ords, np.zeros((len(ords), ctx.width)))


def _and(node: n.And, segment: Segment, ctx: SearchContext) -> Match:
    positive = [c for c in node.children if not isinstance(c, n.Not)]
    negative = [c.child for c in node.children if isinstance(c, n.Not)]
    result = (
        evaluate(positive[0], segment, ctx) if positive else _const(n.Const(True), segment, ctx)
    )
    for child in positive[1:]:
        if not len(result):
            return result
        result = intersect(result, evaluate(child, segment, ctx))
    for child in negative:
        if not len(result):
            return result
        result = subtract(result, evaluate(child, segment, ctx))
    return result


def _or(node: n.Or, segment: Segment, ctx: SearchContext) -> Match:
    return union([evaluate(c, segment, ctx) for c in node.children], ctx.width)


def _not(node: n.Not, segment: Segment, ctx: SearchContext) -> Match:
    kept = subtract(_const(n.Const(True), segment, ctx), evaluate(node.child, segment, ctx))
    return Match(kept.ords, np.zeros((len(kept.ords), ctx.width)))


def _min_match(node: n.MinMatch, segment: Segment, ctx: SearchContext) -> Match:
    if node.count <= 0:
        return _const(n.Const(True), segment, ctx)
    if node.count > len(node.children):
        return Match.empty(ctx.width)
    parts = [evaluate(c, segment, ctx) for c in node.children]
    return union(parts, ctx.width, at_least=node.count)


def _phrase(node: n.Phrase, segment: Segment, ctx: SearchContext) -> Match:
    return phrase_match(node, segment, ctx)


def _ngram(node: n.Ngram, segment: Segment, ctx: SearchContext) -> Match:
    return ngram_match(node, segment, ctx)


_HANDLERS: dict[type, Callable[[Any, Segment, SearchContext], Match]] = {
    n.Const: _const,
    n.Term: _term,
    n.MultiTerm: _multi,
    n.Exists: _exists,
    n.And: _and,
    n.Or: _or,
    n.Not: _not,
    n.MinMatch: _min_match,
    n.Phrase: _phrase,
    n.Ngram: _ngram,
}
