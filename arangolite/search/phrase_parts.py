"""``PHRASE(path, part [, skip, part …] [, analyzer])``: turning its arguments into token matchers.

String parts are analyzed (one matcher per token, at the token's position);
numbers skip that many positions; arrays may mix both; objects match one
token without analysis: ``{TERM}``, ``{TERMS}``, ``{STARTS_WITH}``,
``{WILDCARD}``, ``{LEVENSHTEIN_MATCH: [target, distance, transpositions]}``,
``{IN_RANGE: [low, high, includeLow, includeHigh]}``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from arangolite.search import search_nodes as n
from arangolite.search.search_compile import Builder, Row, unsupported
from arangolite.search.similarity import edit_distance

if TYPE_CHECKING:
    from arangolite.search.search_functions import _Calls

Tokenize = Callable[[str, str], list[tuple[str, int]]]


def _object_matcher(item: dict[str, Any]) -> Any:
    if len(item) != 1:
        raise unsupported("'PHRASE' AQL function: an object part needs exactly one attribute")
    kind, arg = next(iter(item.items()))
    kind = str(kind).upper()
    if kind == "TERM" and isinstance(arg, str):
        return arg
    if kind == "TERMS" and isinstance(arg, list):
        wanted = {a for a in arg if isinstance(a, str)}
        return lambda t: t in wanted
    if kind == "STARTS_WITH" and isinstance(arg, str):
        return lambda t: t.startswith(arg)
    if kind == "WILDCARD" and isinstance(arg, str):
        from arangolite.search.search_functions import like_regex

        regex = like_regex(arg)
        return lambda t: regex.fullmatch(t) is not None
    if kind == "LEVENSHTEIN_MATCH" and isinstance(arg, list) and len(arg) >= 2:
        target, distance = str(arg[0]), int(arg[1])
        swaps = bool(arg[2]) if len(arg) > 2 else True
        return lambda t: edit_distance(t, target, swaps, distance) <= distance
    if kind == "IN_RANGE" and isinstance(arg, list) and len(arg) == 4:
        low, high, inc_low, inc_high = arg
        return lambda t: (
            (low < t or (inc_low and low == t)) and (t < high or (inc_high and t == high))
        )
    raise unsupported(f"'PHRASE' AQL function: unsupported part '{kind}'")


def phrase_parts(items: list[Any], analyzer: str, tokenize: Tokenize) -> list[tuple[int, Any]]:
    """Matchers with positions relative to the first one."""
    parts: list[tuple[int, Any]] = []
    cursor = [0]

    def add(item: Any) -> None:
        if isinstance(item, bool) or item is None:
            raise unsupported("'PHRASE' AQL function: invalid phrase part")
        if isinstance(item, (int, float)):
            cursor[0] += int(item)
        elif isinstance(item, str):
            tokens = tokenize(analyzer, item)
            for term, position in tokens:
                parts.append((cursor[0] + position, term))
            if tokens:
                cursor[0] += max(p for _, p in tokens) + 1
        elif isinstance(item, list):
            for element in item:
                add(element)
        elif isinstance(item, dict):
            parts.append((cursor[0], _object_matcher(item)))
            cursor[0] += 1

    for item in items:
        add(item)
    if not parts:
        return []
    first = min(offset for offset, _ in parts)
    return [(offset - first, matcher) for offset, matcher in parts]


def compile_phrase(calls: _Calls) -> Builder:
    """The builder of a PHRASE() call (see module docstring)."""
    if len(calls.args) < 2:
        raise unsupported("'PHRASE' AQL function: invalid number of arguments")
    path = calls._path()
    rest = calls.args[1:]
    analyzer = calls.analyzer
    if len(rest) > 1 and len(rest) % 2 == 0:
        analyzer = calls.sc.analyzer(rest[-1], "PHRASE")
        rest = rest[:-1]
    values = [calls.sc.value(a) for a in rest]
    tokenize, boost = calls.sc.tokens, calls.boost

    def build(row: Row) -> Any:
        items = [v(row) for v in values]
        phrase_parts(items, analyzer, tokenize)  # reports invalid parts before searching
        return n.Phrase(path, analyzer, lambda name: phrase_parts(items, name, tokenize), boost)

    return build
