"""Vector distances and decay functions (numeric.md): documented results and errors."""

from __future__ import annotations

from typing import Any

import pytest

from arangolite import errno
from tests.arangolite.aql.functions.fake_ctx import call

TYPE_MISMATCH = errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH


@pytest.mark.parametrize(
    ("name", "args", "expected"),
    [
        ("COSINE_SIMILARITY", ([0, 1], [1, 0]), 0),
        ("COSINE_SIMILARITY", ([-1, 0], [1, 0]), -1),
        ("L1_DISTANCE", ([-1, -1], [2, 2]), 6),
        (
            "L1_DISTANCE",
            ([[1, 2, 3], [-1, -2, -3], [3, 4, 5], [-5, 2, 1]], [1, 1, 1]),
            [3, 9, 9, 7],
        ),
        ("L2_DISTANCE", ([1, 1], [5, 2]), 4.1231056256176606),
        (
            "L2_DISTANCE",
            ([[1, 2, 3], [4, 5, 6], [7, 8, 9]], [3, 2, 1]),
            [2.8284271247461903, 5.916079783099616, 10.770329614269007],
        ),
        ("DECAY_GAUSS", (41, 40, 5, 5, 0.5), 1),
        ("DECAY_GAUSS", ([20, 41], 40, 5, 5, 0.5), [0.0019531250000000017, 1.0]),
        ("DECAY_GAUSS", (49.9889, 49.987, 0.001, 0.001, 0.2), 0.2715403018822964),
        ("DECAY_EXP", (2, 0, 10, 0, 0.2), 0.7247796636776955),
        ("DECAY_EXP", (49.9889, 50, 0.001, 0.001, 0.2), 8.717720806626885e-08),
        ("DECAY_LINEAR", (9.8, 0, 10, 0, 0.2), 0.21599999999999994),
        ("DECAY_LINEAR", ([5, 6, 7], 0, 10, 0, 0.2), [0.6, 0.52, 0.44]),
    ],
)
def test_documented_results(name: str, args: tuple[Any, ...], expected: Any) -> None:
    result, codes = call(name, *args)
    assert result == pytest.approx(expected, rel=1e-12) and codes == []


@pytest.mark.parametrize(
    ("name", "args", "code"),
    [
        ("L1_DISTANCE", ([1, 2], [1]), TYPE_MISMATCH),
        ("L2_DISTANCE", ([], [1]), TYPE_MISMATCH),
        ("L2_DISTANCE", ([1, "2"], [1, 2]), TYPE_MISMATCH),
        ("COSINE_SIMILARITY", ([0, 0], [1, 1]), errno.QUERY_INVALID_ARITHMETIC_VALUE),
        ("DECAY_GAUSS", ("41", 40, 5, 5, 0.5), TYPE_MISMATCH),
        ("DECAY_EXP", (41, 40, 5, 5, 1), errno.QUERY_NUMBER_OUT_OF_RANGE),
        ("DECAY_LINEAR", (41, 40, 0, 5, 0.5), errno.QUERY_NUMBER_OUT_OF_RANGE),
        ("DECAY_LINEAR", ([1, "2"], 40, 5, 5, 0.5), TYPE_MISMATCH),
    ],
)
def test_invalid_input_warns(name: str, args: tuple[Any, ...], code: int) -> None:
    assert call(name, *args) == (None, [code])
