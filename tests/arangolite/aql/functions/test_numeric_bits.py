"""Bit functions (bit.md): results and the range of accepted operands."""

from __future__ import annotations

from typing import Any

import pytest

from arangolite import errno
from tests.arangolite.aql.functions.fake_ctx import call

TYPE_MISMATCH = errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH


@pytest.mark.parametrize(
    ("name", "args", "expected"),
    [
        ("BIT_AND", ([1, 4, 8, 16],), 0),
        ("BIT_AND", ([3, None, 6],), 2),
        ("BIT_AND", (127, 255), 127),
        ("BIT_OR", ([1, 4, 8, 16],), 29),
        ("BIT_OR", ([],), None),
        ("BIT_XOR", ([1, 3, 7],), 5),
        ("BIT_XOR", (255, 127), 128),
        ("BIT_NEGATE", (0, 8), 255),
        ("BIT_NEGATE", (11, 4), 4),
        ("BIT_TEST", (255, 7), True),
        ("BIT_TEST", (256, 7), False),
        ("BIT_POPCOUNT", (255,), 8),
        ("BIT_POPCOUNT", (2**32 - 1,), 32),
        ("BIT_SHIFT_LEFT", (1, 31, 32), 2**31),
        ("BIT_SHIFT_LEFT", (255, 8, 16), 65280),
        ("BIT_SHIFT_LEFT", (255, 8, 8), 0),
        ("BIT_SHIFT_RIGHT", (65280, 8, 16), 255),
        ("BIT_CONSTRUCT", ([1, 2, 3],), 14),
        ("BIT_CONSTRUCT", ([],), 0),
        ("BIT_DECONSTRUCT", (14,), [1, 2, 3]),
        ("BIT_DECONSTRUCT", (0,), []),
        ("BIT_TO_STRING", (7, 4), "0111"),
        ("BIT_TO_STRING", (255, 0), ""),
        ("BIT_FROM_STRING", ("0111",), 7),
        ("BIT_FROM_STRING", ("",), 0),
        ("BIT_AND", (7.9, 3), 3),
    ],
)
def test_bit_functions(name: str, args: tuple[Any, ...], expected: Any) -> None:
    assert call(name, *args) == (expected, [])


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("BIT_AND", (2**32, 1)),
        ("BIT_OR", ([1, -1],)),
        ("BIT_XOR", (5,)),
        ("BIT_AND", (None,)),
        ("BIT_OR", (["1"],)),
        ("BIT_NEGATE", (1, 33)),
        ("BIT_TEST", (1, 32)),
        ("BIT_POPCOUNT", ("7",)),
        ("BIT_SHIFT_LEFT", (1, 33, 32)),
        ("BIT_SHIFT_RIGHT", (1, 1, 40)),
        ("BIT_CONSTRUCT", ([32],)),
        ("BIT_CONSTRUCT", ([None],)),
        ("BIT_CONSTRUCT", (3,)),
        ("BIT_DECONSTRUCT", (-1,)),
        ("BIT_TO_STRING", (1, 33)),
        ("BIT_FROM_STRING", ("012",)),
        ("BIT_FROM_STRING", ("1" * 33,)),
        ("BIT_FROM_STRING", (5,)),
    ],
)
def test_bit_functions_reject_operands_out_of_range(name: str, args: tuple[Any, ...]) -> None:
    assert call(name, *args) == (None, [TYPE_MISMATCH])
