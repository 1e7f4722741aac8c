"""AQL HASH, MINHASH, MINHASH_COUNT and MINHASH_ERROR (miscellaneous.md).

HASH is ArangoDB's normalized VelocyPack hash cut to 52 bits. MINHASH keeps the
``numHashes`` smallest distinct element hashes the way ArangoSearch's MinHash
does (a vector that turns into a max-heap once full, in GNU libstdc++'s heap
layout) and prints each as unpadded base64 of its 8 little-endian bytes.
"""

from __future__ import annotations

import base64
import math
import struct
from typing import Any

from arangolite.aql.functions.hashing import normalized_hash
from arangolite.aql.functions.registry import FunctionContext, Registry, invalid_argument
from arangolite.aql.values import is_number

registry = Registry()

_HASH_MASK = 0x0007FFFFFFFFFFFF


@registry.function("HASH", 1, 1)
def hash_(ctx: FunctionContext, value: Any) -> int:
    """A stable non-negative 52-bit hash; equal values (``1``, ``1.0``) hash alike."""
    return normalized_hash(value) & _HASH_MASK


def _sift_up(heap: list[int], hole: int, top: int, value: int) -> None:
    parent = (hole - 1) // 2
    while hole > top and heap[parent] < value:
        heap[hole] = heap[parent]
        hole = parent
        parent = (hole - 1) // 2
    heap[hole] = value


def _adjust(heap: list[int], hole: int, length: int, value: int) -> None:
    """libstdc++'s ``__adjust_heap``: sink the hole to a leaf, then sift ``value`` up."""
    top = child = hole
    while child < (length - 1) // 2:
        child = 2 * (child + 1)
        if heap[child] < heap[child - 1]:
            child -= 1
        heap[hole] = heap[child]
        hole = child
    if length % 2 == 0 and child == (length - 2) // 2:
        child = 2 * (child + 1)
        heap[hole] = heap[child - 1]
        hole = child - 1
    _sift_up(heap, hole, top, value)


def _make_heap(heap: list[int]) -> None:
    for parent in range((len(heap) - 2) // 2, -1, -1):
        _adjust(heap, parent, len(heap), heap[parent])


def _replace_top(heap: list[int], value: int) -> None:
    """``pop_heap``, overwrite the popped maximum with ``value``, ``push_heap``."""
    last = heap[-1]
    heap[-1] = heap[0]
    _adjust(heap, 0, len(heap) - 1, last)
    heap[-1] = value
    _sift_up(heap, len(heap) - 1, 0, value)


def min_hashes(values: list[Any], size: int) -> list[int]:
    """The ``size`` smallest distinct element hashes, in ArangoSearch's storage order."""
    kept: list[int] = []
    members: set[int] = set()
    for value in values:
        h = normalized_hash(value)
        if len(kept) < size:
            if h not in members:
                members.add(h)
                kept.append(h)
                if len(kept) == size:
                    _make_heap(kept)
        elif h < kept[0] and h not in members:
            members.discard(kept[0])
            members.add(h)
            _replace_top(kept, h)
    return kept


def _encode(value: int) -> str:
    return base64.b64encode(struct.pack("<Q", value)).decode("ascii").rstrip("=")


@registry.function("MINHASH", 2, 2)
def minhash(ctx: FunctionContext, values: Any, num_hashes: Any) -> Any:
    """The MinHash signature of ``values`` (at most ``num_hashes`` strings)."""
    if not isinstance(values, list) or not is_number(num_hashes) or num_hashes < 1:
        invalid_argument(ctx, "MINHASH")
        return None
    return [_encode(h) for h in min_hashes(values, int(num_hashes))]


@registry.function("MINHASH_COUNT", 1, 1)
def minhash_count(ctx: FunctionContext, error: Any) -> Any:
    """The signature size needed to stay within the probabilistic ``error`` (0 < error < 1)."""
    if not is_number(error) or not 0 < error < 1:
        invalid_argument(ctx, "MINHASH_COUNT")
        return None
    return math.ceil(1.0 / (error * error))


@registry.function("MINHASH_ERROR", 1, 1)
def minhash_error(ctx: FunctionContext, num_hashes: Any) -> Any:
    """The probabilistic error of a signature with ``num_hashes`` hashes."""
    if not is_number(num_hashes) or num_hashes < 1:
        invalid_argument(ctx, "MINHASH_ERROR")
        return None
    return 1.0 / math.sqrt(int(num_hashes))
