"""AQL functions of ArangoSearch: TOKENS, the scorers and the search-only functions.

Inside ``SEARCH`` the search compiler interprets PHRASE, EXISTS, ANALYZER,
BOOST, STARTS_WITH, MIN_MATCH, LIKE, IN_RANGE, LEVENSHTEIN_MATCH and
NGRAM_MATCH itself; these are their meanings elsewhere: PHRASE and EXISTS
fail (error 9), ANALYZER and BOOST return their first argument, the matching
functions compare values directly. BM25/TFIDF return the score a View loop
computed for the document (error 9 for other values).
"""

from __future__ import annotations

import base64
import struct
from typing import Any

import numpy as np

from arangolite import errno
from arangolite.aql.functions.registry import Registry, invalid_argument
from arangolite.aql.values import to_bool
from arangolite.errors import AqlError
from arangolite.search.scoring import ScorerSpec, make_spec
from arangolite.search.similarity import edit_distance, ngram_similarity

registry = Registry()
SCORES = "arangosearch.scores"


class ScoreTable:
    """Scores of the documents one View loop produced, per scorer spec."""

    def __init__(self, specs: list[ScorerSpec]) -> None:
        self.specs = specs
        self.entries: dict[int, tuple[dict[str, Any], list[float]]] = {}

    def record(self, doc: dict[str, Any], scores: list[float]) -> None:
        self.entries[id(doc)] = (doc, scores)


def _search_only(name: str) -> AqlError:
    return AqlError(
        errno.NOT_IMPLEMENTED,
        f"ArangoSearch function '{name}' is designed to be used only within a corresponding "
        "SEARCH statement of ArangoSearch view. Please ensure function signature is correct.",
    )


def _score(ctx: Any, name: str, doc: Any, args: tuple[Any, ...]) -> float:
    spec = make_spec(name, list(args))
    for table in reversed(ctx.extensions.get(SCORES, {}).values()):
        entry = table.entries.get(id(doc))
        if entry is not None and entry[0] is doc and spec in table.specs:
            return float(np.float32(entry[1][table.specs.index(spec)]))
    raise AqlError(
        errno.NOT_IMPLEMENTED,
        f"ArangoSearch scorer function '{name}' are designed to be used only outside SEARCH "
        "statement within a context of ArangoSearch view. Please ensure function signature "
        "is correct.",
    )


@registry.function("BM25", 1, 3)
def bm25(ctx: Any, doc: Any, *args: Any) -> Any:
    return _score(ctx, "BM25", doc, args)


@registry.function("TFIDF", 1, 2)
def tfidf(ctx: Any, doc: Any, *args: Any) -> Any:
    return _score(ctx, "TFIDF", doc, args)


@registry.function("PHRASE", 2, None)
def phrase(ctx: Any, *args: Any) -> Any:
    raise _search_only("PHRASE")


@registry.function("EXISTS", 1, 3)
def exists(ctx: Any, *args: Any) -> Any:
    raise _search_only("EXISTS")


@registry.function("ANALYZER", 2, 2)
def analyzer(ctx: Any, value: Any, name: Any) -> Any:
    return value


@registry.function("BOOST", 2, 2)
def boost(ctx: Any, value: Any, factor: Any) -> Any:
    return value


def _numeric_tokens(value: float) -> list[str]:
    bits = struct.unpack(">q", struct.pack(">d", float(value)))[0]
    if bits < 0:
        bits ^= 0x7FFFFFFFFFFFFFFF
    raw = bits & 0xFFFFFFFFFFFFFFFF
    out = []
    for shift in (0, 16, 32, 48):
        width = (64 - shift) // 8
        body = (raw >> shift).to_bytes(8, "big")[8 - width :]
        out.append(base64.b64encode(bytes([0xA0 + shift]) + body).decode())
    return out


def _tokens_of(value: Any, analyze: Any) -> list[Any]:
    if isinstance(value, list):
        return [_tokens_of(v, analyze) for v in value] if value else [[]]
    if isinstance(value, str):
        return [t for t, _ in analyze(value)]
    if isinstance(value, bool):
        return [base64.b64encode(b"\xff" if value else b"\x00").decode()]
    if value is None:
        return [""]
    if isinstance(value, (int, float)):
        return _numeric_tokens(value)
    raise AqlError(
        errno.BAD_PARAMETER,
        "unexpected parameter type 'object' while computing result for function 'TOKENS'",
    )


def analyzer_for(ctx: Any, name: str, function: str) -> Any:
    from arangolite.search.runtime import runtime

    db = ctx.db
    found = runtime(db.engine).analyzer(db, name)
    if found is None:
        raise AqlError(
            errno.BAD_PARAMETER,
            f"failure to find arangosearch analyzer with name '{name}' while computing "
            f"result for function '{function}'",
        )
    return found.analyzer


@registry.function("TOKENS", 1, 2)
def tokens(ctx: Any, value: Any, name: Any = "identity") -> Any:
    if not isinstance(name, str):
        raise AqlError(
            errno.BAD_PARAMETER,
            "invalid analyzer name argument type while computing result for function "
            "'TOKENS', string expected",
        )
    return _tokens_of(value, analyzer_for(ctx, name, "TOKENS").analyze)


@registry.function("LEVENSHTEIN_MATCH", 3, 6)
def levenshtein_match(ctx: Any, value: Any, target: Any, distance: Any, *rest: Any) -> Any:
    swaps = to_bool(rest[0]) if rest else True
    prefix = rest[2] if len(rest) > 2 else ""
    limit = 4 if swaps else 3
    valid = isinstance(value, str) and isinstance(target, str) and isinstance(prefix, str)
    if not valid or not isinstance(distance, (int, float)) or not 0 <= distance <= limit:
        invalid_argument(ctx, "LEVENSHTEIN_MATCH")
        return None
    if not value.startswith(prefix):
        return False
    rest_value = value[len(prefix) :]
    return edit_distance(rest_value, target, swaps, int(distance)) <= int(distance)


@registry.function("NGRAM_MATCH", 3, 4)
def ngram_match(ctx: Any, value: Any, target: Any, *rest: Any) -> Any:
    threshold, name = (rest[0], rest[1]) if len(rest) == 2 else (0.7, rest[0])
    if not isinstance(value, str) or not isinstance(target, str) or not isinstance(name, str):
        invalid_argument(ctx, "NGRAM_MATCH")
        return None
    if not isinstance(threshold, (int, float)) or not 0 < threshold <= 1:
        invalid_argument(ctx, "NGRAM_MATCH")
        return None
    analyze = analyzer_for(ctx, name, "NGRAM_MATCH").analyze
    wanted = [t for t, _ in analyze(target)]
    found = [t for t, _ in analyze(value)]
    return bool(wanted) and ngram_similarity(wanted, found) >= threshold
