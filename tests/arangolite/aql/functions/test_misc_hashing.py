"""HASH, MINHASH and the hashing that reproduces ArangoDB's result orders."""

from __future__ import annotations

from typing import Any

import pytest

from arangolite import errno
from arangolite.aql.functions.hashing import hash_table_order, normalized_hash, xxh64
from arangolite.aql.functions.minhash import min_hashes
from tests.arangolite.aql.functions.fake_ctx import call

TYPE_MISMATCH = errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH


@pytest.mark.parametrize(
    ("data", "seed", "expected"),
    [
        (b"", 0, 0xEF46DB3751D8E999),
        (b"abc", 0, 0x44BC2CF5AD770999),
        (b"a" * 100, 0xDEADBEEF, 0x035056D7C1219557),
        (bytes(range(40)), 7, 0xFC9F7A1B24012CB5),
        (b"Cfoo", 0xDEADBEEF, 0xCF62C02739C46B3A),
    ],
)
def test_xxh64_known_answers(data: bytes, seed: int, expected: int) -> None:
    assert xxh64(data, seed) == expected


@pytest.mark.parametrize(
    ("left", "right"),
    [(1, 1.0), ({"a": 1, "b": [2]}, {"b": [2.0], "a": 1}), ("x" * 200, "x" * 200)],
)
def test_hash_is_equal_for_equal_values(left: Any, right: Any) -> None:
    assert call("HASH", left) == call("HASH", right)


@pytest.mark.parametrize(
    ("left", "right"),
    [(1, "1"), (None, False), ([1, 2], [2, 1]), ({"a": 1}, {"b": 1}), ([], {}), ("", None)],
)
def test_hash_tells_types_and_orders_apart(left: Any, right: Any) -> None:
    first, second = call("HASH", left)[0], call("HASH", right)[0]
    assert first != second and 0 <= first < 2**52 and 0 <= second < 2**52


def test_hash_table_order_groups_keys_that_share_a_bucket() -> None:
    """51 and 56 land in the same of 541 buckets; 1 does not."""
    assert normalized_hash(51) % 541 == normalized_hash(56) % 541
    assert hash_table_order([51, 1, 56]) == [1, 56, 51]
    assert hash_table_order([1, 2, 3, 2.0]) == [3, 2, 1]


def test_min_hashes_keeps_the_smallest_distinct_hashes() -> None:
    values = [f"v{i}" for i in range(50)] + ["v1", "v2"]
    kept = min_hashes(values, 8)
    assert sorted(kept) == sorted({normalized_hash(v) for v in values})[:8]
    assert kept[0] == max(kept)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((["foo", "bar", "baz"], 1), ["Jcz+LQgakgs"]),
        ((["foo", "bar", "baz"], 2), ["YfBzyXaSXIA", "Jcz+LQgakgs"]),
        ((["foo", "foo"], 5), ["OmvEOSfAYs8"]),
        (([], 3), []),
    ],
)
def test_minhash_signature(args: tuple[Any, ...], expected: list[str]) -> None:
    """Once full, the signature is a max-heap of the smallest hashes (base64, 11 chars)."""
    assert call("MINHASH", *args) == (expected, [])


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("MINHASH", ("foo", 5)),
        ("MINHASH", (["foo"], 0)),
        ("MINHASH_COUNT", (1,)),
        ("MINHASH_COUNT", ("0.1",)),
        ("MINHASH_ERROR", (0,)),
    ],
)
def test_minhash_functions_reject_bad_arguments(name: str, args: tuple[Any, ...]) -> None:
    assert call(name, *args) == (None, [TYPE_MISMATCH])


def test_minhash_count_and_error_are_inverse() -> None:
    assert call("MINHASH_COUNT", 0.1) == (100, [])
    assert call("MINHASH_ERROR", 100) == (0.1, [])
