"""ArangoDB's value hash and the element order of its hash-based set functions.

ArangoDB hashes AQL values with VelocyPack's *normalized hash*: XXH64 (seed
``0xdeadbeef``) over the VelocyPack bytes of null, booleans and strings, over the
IEEE double of any number, and a length-seeded combination for arrays and
objects (so ``1`` and ``1.0`` hash alike, and object key order does not matter).
``HASH()`` and ``MINHASH()`` expose these hashes, and INTERSECTION, MINUS and
OUTERSECTION return their elements in the iteration order of a GNU libstdc++
``std::unordered_map`` keyed by them; :func:`hash_table_order` replays that order.
"""

from __future__ import annotations

import struct
from collections.abc import Hashable, Iterable
from typing import Any

DEFAULT_SEED = 0xDEADBEEF

_MASK = (1 << 64) - 1
_P1 = 11400714785074694791
_P2 = 14029467366897019727
_P3 = 1609587929392839161
_P4 = 9650029242287828579
_P5 = 2870177450012600261

# VelocyPack head bytes and the salts its normalized hash mixes into lengths
_NULL, _FALSE, _TRUE = b"\x18", b"\x19", b"\x1a"
_ARRAY_SALT = 0xBA5BEDF00D
_OBJECT_SALT = 0xF00BA44BA5

# GNU libstdc++ rounds the requested 512 buckets up to this prime
_INITIAL_BUCKETS = 541


def _rotl(value: int, bits: int) -> int:
    return ((value << bits) | (value >> (64 - bits))) & _MASK


def _round(acc: int, lane: int) -> int:
    acc = (acc + lane * _P2) & _MASK
    return (_rotl(acc, 31) * _P1) & _MASK


def _merge_round(acc: int, lane: int) -> int:
    acc ^= _round(0, lane)
    return (acc * _P1 + _P4) & _MASK


def _stripes(data: bytes, seed: int) -> tuple[int, int]:
    """Consume the 32-byte stripes; returns the running hash and the bytes used."""
    v = [(seed + _P1 + _P2) & _MASK, (seed + _P2) & _MASK, seed, (seed - _P1) & _MASK]
    end = len(data) - len(data) % 32
    for pos in range(0, end, 32):
        lanes = struct.unpack_from("<4Q", data, pos)
        v = [_round(acc, lane) for acc, lane in zip(v, lanes, strict=True)]
    h = (_rotl(v[0], 1) + _rotl(v[1], 7) + _rotl(v[2], 12) + _rotl(v[3], 18)) & _MASK
    for acc in v:
        h = _merge_round(h, acc)
    return h, end


def xxh64(data: bytes, seed: int = 0) -> int:
    """The XXH64 hash of ``data`` (as VelocyPack uses it)."""
    if len(data) >= 32:
        h, pos = _stripes(data, seed)
    else:
        h, pos = (seed + _P5) & _MASK, 0
    h = (h + len(data)) & _MASK
    while pos + 8 <= len(data):
        (lane,) = struct.unpack_from("<Q", data, pos)
        h = (_rotl(h ^ _round(0, lane), 27) * _P1 + _P4) & _MASK
        pos += 8
    if pos + 4 <= len(data):
        (word,) = struct.unpack_from("<I", data, pos)
        h = (_rotl(h ^ (word * _P1 & _MASK), 23) * _P2 + _P3) & _MASK
        pos += 4
    for byte in data[pos:]:
        h = (_rotl(h ^ (byte * _P5 & _MASK), 11) * _P1) & _MASK
    h = ((h ^ (h >> 33)) * _P2) & _MASK
    h = ((h ^ (h >> 29)) * _P3) & _MASK
    return h ^ (h >> 32)


def _string_bytes(text: str) -> bytes:
    """A string's VelocyPack encoding (head byte with the length, then UTF-8)."""
    raw = text.encode("utf-8", "surrogatepass")
    if len(raw) <= 126:
        return bytes([0x40 + len(raw)]) + raw
    return b"\xbf" + struct.pack("<Q", len(raw)) + raw


def normalized_hash(value: Any, seed: int = DEFAULT_SEED) -> int:
    """VelocyPack's normalized hash of an AQL value."""
    if value is None:
        return xxh64(_NULL, seed)
    if isinstance(value, bool):
        return xxh64(_TRUE if value else _FALSE, seed)
    if isinstance(value, (int, float)):
        return xxh64(struct.pack("<d", float(value)), seed)
    if isinstance(value, str):
        return xxh64(_string_bytes(value), seed)
    if isinstance(value, list):
        h = xxh64(struct.pack("<Q", (len(value) ^ _ARRAY_SALT) & _MASK), seed)
        for item in value:
            h ^= normalized_hash(item, h)
        return h
    if isinstance(value, dict):
        base = xxh64(struct.pack("<Q", (len(value) ^ _OBJECT_SALT) & _MASK), seed)
        h = base
        for key, item in value.items():
            key_seed = normalized_hash(key, base)
            h ^= key_seed ^ normalized_hash(item, key_seed)
        return h
    return xxh64(_NULL, seed)


def value_key(value: Any) -> Hashable:
    """A hashable stand-in for ``value`` under AQL equality (``1 == 1.0``, not ``true``)."""
    if isinstance(value, bool):
        return ("b", value)
    if isinstance(value, (int, float)):
        return ("n", value)
    if isinstance(value, list):
        return ("a", tuple(value_key(item) for item in value))
    if isinstance(value, dict):
        return ("o", frozenset((key, value_key(item)) for key, item in value.items()))
    return ("v", value)


def _next_bucket_count(needed: int) -> int:
    candidate = max(needed, 2)
    while any(candidate % d == 0 for d in range(2, int(candidate**0.5) + 1)):
        candidate += 1
    return candidate


def hash_table_order(values: Iterable[Any]) -> list[Any]:
    """Distinct ``values`` in the iteration order of a libstdc++ unordered_map.

    The map starts with 541 buckets. A key whose bucket already holds keys goes to
    the front of that bucket's run of nodes; any other key goes to the very front.
    Growth past 541 keys is approximated (libstdc++ picks from its own prime list).
    """
    entries: list[tuple[int, Any]] = []
    seen: set[Hashable] = set()
    for value in values:
        key = value_key(value)
        if key not in seen:
            seen.add(key)
            entries.append((normalized_hash(value), value))
    buckets = _INITIAL_BUCKETS
    groups: dict[int, list[tuple[int, Any]]] = {}
    for count, entry in enumerate(entries, start=1):
        if count > buckets:
            buckets = _next_bucket_count(max(count + 1, buckets * 2))
            groups = _link(_traverse(groups), buckets)
        groups.setdefault(entry[0] % buckets, []).append(entry)
    return [value for _, value in _traverse(groups)]


def _traverse(groups: dict[int, list[tuple[int, Any]]]) -> list[tuple[int, Any]]:
    """Node order: newest bucket run first, newest node first within a run."""
    return [entry for run in reversed(groups.values()) for entry in reversed(run)]


def _link(entries: list[tuple[int, Any]], buckets: int) -> dict[int, list[tuple[int, Any]]]:
    groups: dict[int, list[tuple[int, Any]]] = {}
    for entry in entries:
        groups.setdefault(entry[0] % buckets, []).append(entry)
    return groups
