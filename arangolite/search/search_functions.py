"""ArangoSearch functions inside ``SEARCH``: ANALYZER, BOOST, PHRASE, STARTS_WITH, EXISTS, …"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from arangolite.aql import ast
from arangolite.aql.index_select import references
from arangolite.aql.values import to_bool
from arangolite.search import search_nodes as n
from arangolite.search.search_compile import Builder, Row, range_node, unsupported
from arangolite.search.similarity import edit_distance

if TYPE_CHECKING:
    from arangolite.search.search_compile import SearchCompiler


def like_node(path: str, analyzer: str, pattern: Any, boost: float) -> Any:
    """Terms matching a LIKE pattern (``%`` any text, ``_`` one character, ``\\`` escapes)."""
    if not isinstance(pattern, str):
        return n.Const(False)
    regex = like_regex(pattern)

    def select(terms: list[Any]) -> list[tuple[Any, float]]:
        return [(t, 1.0) for t in terms if isinstance(t, str) and regex.fullmatch(t)]

    return n.MultiTerm(path, analyzer, "", select, boost, limit=128)


def like_regex(pattern: str) -> re.Pattern[str]:
    out, escaped = [], False
    for char in pattern:
        if escaped:
            out.append(re.escape(char))
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "%":
            out.append(".*")
        elif char == "_":
            out.append(".")
        else:
            out.append(re.escape(char))
    return re.compile("".join(out), re.DOTALL)


def prefix_node(path: str, analyzer: str, prefix: str, boost: float, limit: int) -> Any:
    def select(terms: list[Any]) -> list[tuple[Any, float]]:
        from bisect import bisect_left

        chosen = []
        for term in terms[bisect_left(terms, prefix) :]:
            if not term.startswith(prefix):
                break
            chosen.append((term, 1.0))
        return chosen

    return n.MultiTerm(path, analyzer, "", select, boost, limit=limit)


def levenshtein_node(
    path: str,
    analyzer: str,
    target: str,
    distance: int,
    transpositions: bool,
    args: tuple[int, str],
) -> Callable[[float], Any]:
    max_terms, prefix = args

    def select(terms: list[Any]) -> list[tuple[Any, float]]:
        found = []
        for term in terms:
            if not isinstance(term, str) or not term.startswith(prefix):
                continue
            rest = term[len(prefix) :]
            if abs(len(rest) - len(target)) > distance:
                continue
            dist = edit_distance(rest, target, transpositions, distance)
            if dist <= distance:
                found.append((dist, term, 1.0 - dist / max(len(rest), len(target), 1)))
        found.sort(key=lambda item: (item[0], item[1]))
        if max_terms > 0:
            found = found[:max_terms]
        return [(term, weight) for _, term, weight in found]

    return lambda boost: n.MultiTerm(path, analyzer, "", select, boost, limit=0)


class _Calls:
    """Compiles one function call (methods named after the functions)."""

    def __init__(self, sc: SearchCompiler, expr: ast.FunctionCall, analyzer: str, boost: float):
        self.sc, self.args, self.name = sc, expr.args, expr.name
        self.analyzer, self.boost = analyzer, boost

    def _path(self) -> str:
        path = self.sc.path(self.args[0]) if self.args else None
        if path is None:
            raise unsupported(
                f"'{self.name}' AQL function: the first argument must be an attribute"
            )
        return path

    def _arity(self, low: int, high: int) -> None:
        if not low <= len(self.args) <= high:
            raise unsupported(f"'{self.name}' AQL function: invalid number of arguments")

    def ANALYZER(self) -> Builder:  # noqa: N802
        self._arity(2, 2)
        return self.sc.compile(self.args[0], self.sc.analyzer(self.args[1], "ANALYZER"), self.boost)

    def BOOST(self) -> Builder:  # noqa: N802
        self._arity(2, 2)
        factor = self.sc.constant(self.args[1], "the boost")
        if not isinstance(factor, (int, float)) or isinstance(factor, bool):
            raise unsupported("'BOOST' AQL function: the boost must be a number")
        return self.sc.compile(self.args[0], self.analyzer, self.boost * float(factor))

    def MIN_MATCH(self) -> Builder:  # noqa: N802
        if len(self.args) < 2:
            raise unsupported("'MIN_MATCH' AQL function: invalid number of arguments")
        children = [self.sc.compile(a, self.analyzer, self.boost) for a in self.args[:-1]]
        count = self.sc.value(self.args[-1])
        return lambda row: n.MinMatch([c(row) for c in children], int(count(row) or 0))

    def EXISTS(self) -> Builder:  # noqa: N802
        self._arity(1, 3)
        path = self._path()
        mode = self.sc.constant(self.args[1], "the type") if len(self.args) > 1 else "any"
        mode = {"boolean": "bool"}.get(mode, mode)
        if mode not in ("any", "string", "analyzer", "numeric", "bool", "null", "type", "nested"):
            raise unsupported(f"'EXISTS' AQL function: unknown type '{mode}'")
        analyzer = self.analyzer
        if len(self.args) > 2:
            analyzer = self.sc.analyzer(self.args[2], "EXISTS")
        node = n.Exists(path, mode, analyzer) if mode != "nested" else n.Const(False)
        return lambda row: node

    def IN_RANGE(self) -> Builder:  # noqa: N802
        self._arity(5, 5)
        path = self._path()
        low, high, inc_low, inc_high = (self.sc.value(a) for a in self.args[1:])
        analyzer, boost = self.analyzer, self.boost
        return lambda row: range_node(
            path,
            analyzer,
            low(row),
            high(row),
            to_bool(inc_low(row)),
            to_bool(inc_high(row)),
            boost,
        )

    def STARTS_WITH(self) -> Builder:  # noqa: N802
        self._arity(2, 4)
        path = self._path()
        values = [self.sc.value(a) for a in self.args[1:]]
        analyzer, boost = self.analyzer, self.boost

        def build(row: Row) -> Any:
            prefixes, rest = values[0](row), [v(row) for v in values[1:]]
            if isinstance(prefixes, list):
                count = int(rest[0]) if rest else 1
                limit = int(rest[1]) if len(rest) > 1 else 128
                nodes = [prefix_node(path, analyzer, str(p), boost, limit) for p in prefixes]
                return n.MinMatch(nodes, count)
            limit = int(rest[0]) if rest else 128
            return prefix_node(path, analyzer, str(prefixes), boost, limit)

        return build

    def LIKE(self) -> Builder:  # noqa: N802
        self._arity(2, 3)
        path, pattern = self._path(), self.sc.value(self.args[1])
        analyzer, boost = self.analyzer, self.boost
        return lambda row: like_node(path, analyzer, pattern(row), boost)

    def LEVENSHTEIN_MATCH(self) -> Builder:  # noqa: N802
        self._arity(3, 6)
        path = self._path()
        values = [self.sc.value(a) for a in self.args[1:]]
        analyzer, boost = self.analyzer, self.boost

        def build(row: Row) -> Any:
            got = [v(row) for v in values]
            target, distance = got[0], got[1]
            transpositions = to_bool(got[2]) if len(got) > 2 else True
            max_terms = int(got[3]) if len(got) > 3 else 64
            prefix = str(got[4]) if len(got) > 4 else ""
            if not isinstance(target, str) or not isinstance(distance, (int, float)):
                return n.Const(False)
            make = levenshtein_node(
                path, analyzer, target, int(distance), transpositions, (max_terms, prefix)
            )
            return make(boost)

        return build

    def NGRAM_MATCH(self) -> Builder:  # noqa: N802
        self._arity(2, 4)
        path, target = self._path(), self.sc.value(self.args[1])
        threshold = self.sc.value(self.args[2]) if len(self.args) > 2 else (lambda row: 0.7)
        analyzer = self.analyzer
        if len(self.args) > 3:
            analyzer = self.sc.analyzer(self.args[3], "NGRAM_MATCH")
        boost, resolve_tokens = self.boost, self.sc.tokens

        def build(row: Row) -> Any:
            text = target(row)
            if not isinstance(text, str):
                return n.Const(False)

            def grams(name: str) -> list[str]:
                return [t for t, _ in resolve_tokens(name, text)]

            return n.Ngram(path, analyzer, grams, float(threshold(row)), boost)

        return build

    def PHRASE(self) -> Builder:  # noqa: N802
        from arangolite.search.phrase_parts import compile_phrase

        return compile_phrase(self)


def compile_function(
    sc: SearchCompiler, expr: ast.FunctionCall, analyzer: str, boost: float
) -> Builder:
    """Compile a function call of a SEARCH expression."""
    calls = _Calls(sc, expr, analyzer, boost)
    method = getattr(calls, expr.name, None)
    if method is None or expr.name.startswith("_"):
        if any(references(a, sc.var) for a in expr.args):
            raise unsupported(f"function '{expr.name}' cannot be used on the loop variable")
        value = sc.value(expr)
        return lambda row: n.Const(to_bool(value(row)))
    built: Builder = method()
    return built
