"""Compiling ``FOR doc IN view [SEARCH …] [OPTIONS {…}]`` into a pipeline stage.

The SEARCH expression becomes a filter builder (:mod:`search_compile`); each
input row builds its filter, evaluates it on every linked collection and
yields one row per matched document, in index order. Scorer calls on the
loop variable found in the rest of the query (``BM25(doc)``, ``TFIDF(doc,
true)`` …) are computed while matching and looked up by the scorer functions.
``SORT BM25(doc) DESC LIMIT n`` right after the loop (LETs may come between)
is answered from the scores directly: only the best ``n`` rows leave the stage.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import numpy as np

from arangolite.aql import ast
from arangolite.search import views
from arangolite.search.functions import SCORES, ScoreTable
from arangolite.search.link_index import LinkIndex
from arangolite.search.planner_scan import scorer_calls, top_k_plan
from arangolite.search.runtime import SearchRuntime, runtime
from arangolite.search.scoring import ScorerSpec, scorer_specs
from arangolite.search.search_compile import SearchCompiler
from arangolite.search.search_eval import evaluate
from arangolite.search.search_nodes import Const, Match
from arangolite.search.segments import SearchContext, Segment
from arangolite.search.views_alias import find_inverted

Row = dict[str, Any]


def is_view(db: Any, name: str) -> bool:
    """Whether ``name`` is a View of ``db``."""
    return hasattr(db, "list_meta") and views.find(db, name) is not None


def _segments(
    rt: SearchRuntime, db: Any, view: dict[str, Any], only: set[str] | None
) -> list[Segment]:
    out = []
    if view["type"] == views.SEARCH_ALIAS:
        for ref in view["indexes"]:
            state = views.collection_by_cid(db, int(ref["collection"]))
            if state is None or (only is not None and state.name not in only):
                continue
            index = find_inverted(state, ref["index"])
            if isinstance(index, LinkIndex):
                meta = rt.inverted_meta(db, index)
                out.append(Segment(state, rt.refresh(db, index, meta), meta, alias=True))
        return out
    for cid, link in view["links"].items():
        state = views.collection_by_cid(db, int(cid))
        if state is None or (only is not None and state.name not in only):
            continue
        meta = rt.link_meta(db, link)
        store = rt.refresh(db, rt.link(db, view["id"], state), meta)
        out.append(Segment(state, store, meta, alias=False))
    return out


def _collections_option(options: dict[str, Any]) -> set[str] | None:
    names = options.get("collections")
    if names is None:
        return None
    return {n for n in names if isinstance(n, str)} if isinstance(names, list) else set()


def _filter_builder(
    compiler: Any, node: ast.For, scope: frozenset[str], rt: SearchRuntime, db: Any
) -> Callable[[Row], Any]:
    """The SEARCH expression compiled into a per-row filter builder (everything if absent)."""
    if node.search is None:
        return lambda row: Const(True)

    def tokens(name: str, text: str) -> list[tuple[str, int]]:
        found = rt.analyzer(db, name)
        return found.analyzer.analyze(text) if found is not None else []

    searcher = SearchCompiler(compiler, node.variable, scope, lambda n: rt.resolve(db, n), tokens)
    return searcher.compile(node.search)


def compile_view_for(
    compiler: Any, node: ast.For, view: str, scope: frozenset[str], rest: list[ast.Statement]
) -> tuple[Any, frozenset[str]]:
    """The stage of a FOR over View ``view`` and the scope after it."""
    db = compiler.ctx.db
    rt = runtime(db.engine)
    definition = views.get(db, view)
    var = node.variable
    only = _collections_option(compiler.constant_options(node.options, scope))
    build = _filter_builder(compiler, node, scope, rt, db)
    specs = scorer_specs(scorer_calls(compiler, rest, var, scope))
    top = top_k_plan(compiler, rest, var, scope)
    ctx = compiler.ctx
    token = object()

    def over_view(rows: Iterator[Row]) -> Iterator[Row]:
        segments = _segments(rt, db, definition, only)
        search = SearchContext(rt, db, segments, specs)
        table = ScoreTable(specs)
        if specs:  # a re-run (inside a subquery) replaces the previous run's scores
            ctx.extensions.setdefault(SCORES, {})[token] = table
        for row in rows:
            filter_node = build(row)
            matches = [(s, evaluate(filter_node, s, search)) for s in segments]
            ctx.stats.scanned_index += sum(len(m) for _, m in matches)
            for segment, ordinal, scores in _pick(matches, specs, top):
                doc = segment.document(ordinal)
                if doc is None:
                    continue
                ctx.tick()
                if specs:
                    table.record(doc, scores)
                new = row.copy()
                new[var] = doc
                yield new

    return over_view, scope | {var}


def _pick(
    matches: list[tuple[Segment, Match]],
    specs: list[ScorerSpec],
    top: tuple[ScorerSpec, bool, int] | None,
) -> Iterator[tuple[Segment, int, list[float]]]:
    """Matched (segment, ordinal, scores) in index order, or the best ``n`` by a score."""
    if top is None or top[0] not in specs:
        for segment, match in matches:
            scores = match.scores.tolist()
            for position, ordinal in enumerate(match.ords.tolist()):
                yield segment, ordinal, scores[position]
        return
    spec, ascending, count = top
    column = specs.index(spec)
    segment_of = np.concatenate(
        [np.full(len(m), i, dtype=np.int64) for i, (_, m) in enumerate(matches)]
        or [np.zeros(0, dtype=np.int64)]
    )
    ords = np.concatenate([m.ords for _, m in matches] or [np.zeros(0, dtype=np.int64)])
    scores = np.concatenate([m.scores for _, m in matches] or [np.zeros((0, len(specs)))])
    if not len(ords) or count <= 0:
        return
    key = scores[:, column].astype(np.float32)
    key = key if ascending else -key
    if len(key) > count:
        threshold = np.partition(key, count - 1)[count - 1]
        candidates = np.nonzero(key <= threshold)[0]
    else:
        candidates = np.arange(len(key))
    chosen = candidates[np.argsort(key[candidates], kind="stable")][:count]
    for position in chosen.tolist():
        segment = matches[int(segment_of[position])][0]
        yield segment, int(ords[position]), scores[position].tolist()
