"""AQL string similarity functions (string.md).

LEVENSHTEIN_DISTANCE, NGRAM_SIMILARITY, NGRAM_POSITIONAL_SIMILARITY and SOUNDEX.
The n-gram similarities follow ArangoDB's (IResearch's) dynamic programme
exactly, including its single-precision arithmetic, so results such as
``0.800000011920929`` come out as ArangoDB prints them.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from typing import Any

from arangolite import errno
from arangolite.aql.functions.registry import FunctionContext, Registry, invalid_argument
from arangolite.aql.functions.string_args import to_int64
from arangolite.aql.values import is_number, to_string

registry = Registry()

# consonant groups of the Soundex code
_SOUNDEX_CODES = {
    **dict.fromkeys(b"bfpv", ord("1")),
    **dict.fromkeys(b"cgjkqsxz", ord("2")),
    **dict.fromkeys(b"dt", ord("3")),
    ord("l"): ord("4"),
    **dict.fromkeys(b"mn", ord("5")),
    ord("r"): ord("6"),
}
_SOUNDEX_LENGTH = 4


def _f32(value: float) -> float:
    """Round to IEEE single precision, as C++ ``float`` arithmetic does."""
    result: float = struct.unpack("f", struct.pack("f", value))[0]
    return result


def levenshtein(first: Sequence[Any], second: Sequence[Any]) -> int:
    """Edit distance (insertions, deletions, substitutions) between two sequences."""
    if len(first) < len(second):
        first, second = second, first
    previous = list(range(len(second) + 1))
    for i, a in enumerate(first, 1):
        current = [i]
        for j, b in enumerate(second, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        previous = current
    return previous[-1]


@registry.function("LEVENSHTEIN_DISTANCE", 2, 2)
def levenshtein_distance(ctx: FunctionContext, value1: Any, value2: Any) -> int:
    """Levenshtein distance between the two values cast to strings, in characters."""
    return levenshtein(to_string(value1), to_string(value2))


def _short_similarity(target: str, source: str, positional: bool) -> float:
    """Similarity when a string is shorter than the n-gram size."""
    if not positional:
        return 1.0 if target == source else 0.0
    if not target and not source:
        return 1.0
    matched = sum(1 for a, b in zip(target, source, strict=False) if a == b)
    return _f32(_f32(matched) / _f32(len(source)))


def _gram_score(target: str, source: str, t: int, s: int, size: int, positional: bool) -> float:
    if positional:
        same = sum(1 for k in range(size) if target[t + k] == source[s + k])
        return _f32(_f32(same) / _f32(size))
    return 1.0 if target[t : t + size] == source[s : s + size] else 0.0


def ngram_similarity(target: str, source: str, size: int, positional: bool) -> float:
    """IResearch's n-gram similarity of ``target`` within ``source``."""
    if positional and len(target) > len(source):
        target, source = source, target
    if len(target) < size or len(source) < size:
        return _short_similarity(target, source, positional)
    target_grams = len(target) - size + 1
    source_grams = len(source) - size + 1
    cache = [0.0] * (source_grams + 1)
    diagonal = 0.0  # (sic) carried over from row to row, as in IResearch
    for t in range(target_grams):
        for s in range(1, source_grams + 1):
            score = _gram_score(target, source, t, s - 1, size, positional)
            saved = cache[s]
            cache[s] = max(cache[s - 1], cache[s], _f32(diagonal + score))
            diagonal = saved
    total = source_grams if positional else target_grams
    return _f32(cache[source_grams] / _f32(total))


def _ngram_function(ctx: FunctionContext, name: str, args: tuple[Any, ...]) -> float | None:
    source, target, size = args
    if not isinstance(source, str) or not isinstance(target, str) or not is_number(size):
        invalid_argument(ctx, name)
        return None
    gram_size = to_int64(size)
    if gram_size < 1:
        ctx.warn(
            errno.BAD_PARAMETER,
            f"in function '{name}()': Invalid ngram size. Should be 1 or greater",
        )
        return None
    return ngram_similarity(target, source, gram_size, name == "NGRAM_POSITIONAL_SIMILARITY")


@registry.function("NGRAM_SIMILARITY", 3, 3)
def ngram_similarity_function(
    ctx: FunctionContext, input_text: Any, target: Any, size: Any
) -> float | None:
    """Longest run of matching n-grams relative to the target's n-gram count."""
    return _ngram_function(ctx, "NGRAM_SIMILARITY", (input_text, target, size))


@registry.function("NGRAM_POSITIONAL_SIMILARITY", 3, 3)
def ngram_positional_similarity(
    ctx: FunctionContext, input_text: Any, target: Any, size: Any
) -> float | None:
    """Like NGRAM_SIMILARITY, counting partially matching n-grams, relative to the longer."""
    return _ngram_function(ctx, "NGRAM_POSITIONAL_SIMILARITY", (input_text, target, size))


@registry.function("SOUNDEX", 1, 1)
def soundex(ctx: FunctionContext, value: Any) -> str:
    """The Soundex code of the ASCII letters of ``value`` (``""`` when there are none)."""
    data = to_string(value).encode().lower()
    start = next((i for i, byte in enumerate(data) if 0x61 <= byte <= 0x7A), None)
    if start is None:
        return ""
    code = bytearray([data[start] - 0x20])
    previous = 0
    for byte in data[start + 1 :]:
        current = _SOUNDEX_CODES.get(byte, 0)
        if current and current != previous:
            code.append(current)
            if len(code) >= _SOUNDEX_LENGTH:
                break
        previous = current
    return code.decode().ljust(_SOUNDEX_LENGTH, "0")
