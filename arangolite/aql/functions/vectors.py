"""AQL vector and decay functions (numeric.md): COSINE_SIMILARITY, L1_DISTANCE,
L2_DISTANCE, DECAY_GAUSS, DECAY_EXP and DECAY_LINEAR."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from arangolite import errno
from arangolite.aql.functions.registry import FunctionContext, Registry, invalid_argument
from arangolite.aql.functions.reporting import number_value, warn
from arangolite.aql.values import is_number

registry = Registry()

Metric = Callable[[FunctionContext, str, list[float], list[float]], Any]


def _pair(ctx: FunctionContext, name: str, left: list[Any], right: list[Any]) -> Any:
    """Both vectors as floats, or None after a warning (length or element mismatch)."""
    if len(left) != len(right) or not all(is_number(v) for v in (*left, *right)):
        warn(ctx, name, errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH)
        return None
    return [float(v) for v in left], [float(v) for v in right]


def _distance(ctx: FunctionContext, name: str, x: Any, y: Any, metric: Metric) -> Any:
    """Apply ``metric`` to two vectors, or to each row of a matrix and a vector."""
    if not isinstance(x, list) or not isinstance(y, list) or not x or not y:
        invalid_argument(ctx, name)
        return None
    if not isinstance(x[0], list) and not isinstance(y[0], list):
        vectors = _pair(ctx, name, x, y)
        return None if vectors is None else metric(ctx, name, *vectors)
    matrix, vector = (x, y) if isinstance(x[0], list) else (y, x)
    results = []
    for row in matrix:
        if not isinstance(row, list):
            warn(ctx, name, errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH)
            return None
        vectors = _pair(ctx, name, row, vector)
        result = None if vectors is None else metric(ctx, name, *vectors)
        if result is None:
            return None
        results.append(result)
    return results


def _cosine(ctx: FunctionContext, name: str, a: list[float], b: list[float]) -> Any:
    dot = sum(p * q for p, q in zip(a, b, strict=True))
    norm = math.sqrt(sum(p * p for p in a)) * math.sqrt(sum(q * q for q in b))
    if norm == 0.0:
        warn(ctx, name, errno.QUERY_INVALID_ARITHMETIC_VALUE)
        return None
    return number_value(min(max(dot / norm, -1.0), 1.0))


def _l1(ctx: FunctionContext, name: str, a: list[float], b: list[float]) -> Any:
    return number_value(sum(abs(p - q) for p, q in zip(a, b, strict=True)))


def _l2(ctx: FunctionContext, name: str, a: list[float], b: list[float]) -> Any:
    return number_value(math.sqrt(sum((p - q) ** 2 for p, q in zip(a, b, strict=True))))


@registry.function("COSINE_SIMILARITY", 2, 2)
def cosine_similarity(ctx: FunctionContext, x: Any, y: Any) -> Any:
    return _distance(ctx, "COSINE_SIMILARITY", x, y, _cosine)


@registry.function("L1_DISTANCE", 2, 2)
def l1_distance(ctx: FunctionContext, x: Any, y: Any) -> Any:
    return _distance(ctx, "L1_DISTANCE", x, y, _l1)


@registry.function("L2_DISTANCE", 2, 2)
def l2_distance(ctx: FunctionContext, x: Any, y: Any) -> Any:
    return _distance(ctx, "L2_DISTANCE", x, y, _l2)


DecayFactory = Callable[[float, float, float, float], Callable[[float], float]]


def _gauss(origin: float, scale: float, offset: float, decay: float) -> Callable[[float], float]:
    sigma_sqr = -(scale * scale) / (2 * math.log(decay))

    def score(x: float) -> float:
        distance = max(0.0, abs(x - origin) - offset)
        return math.exp(-(distance * distance) / (2 * sigma_sqr))

    return score


def _exp(origin: float, scale: float, offset: float, decay: float) -> Callable[[float], float]:
    rate = math.log(decay) / scale
    return lambda x: math.exp(rate * max(0.0, abs(x - origin) - offset))


def _linear(origin: float, scale: float, offset: float, decay: float) -> Callable[[float], float]:
    span = scale / (1.0 - decay)
    return lambda x: max((span - max(0.0, abs(x - origin) - offset)) / span, 0.0)


def _decay(ctx: FunctionContext, name: str, args: tuple[Any, ...], factory: DecayFactory) -> Any:
    value, params = args[0], args[1:]
    if not (is_number(value) or isinstance(value, list)) or not all(map(is_number, params)):
        invalid_argument(ctx, name)
        return None
    origin, scale, offset, decay = (float(p) for p in params)
    if scale <= 0 or offset < 0 or decay <= 0 or decay >= 1:
        warn(ctx, name, errno.QUERY_NUMBER_OUT_OF_RANGE)
        return None
    score = factory(origin, scale, offset, decay)
    if is_number(value):
        return number_value(score(float(value)))
    if not all(is_number(v) for v in value):
        warn(ctx, name, errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH)
        return None
    return [score(float(v)) for v in value]


@registry.function("DECAY_GAUSS", 5, 5)
def decay_gauss(ctx: FunctionContext, *args: Any) -> Any:
    """Gaussian decay of the distance from ``origin`` (value or array of values)."""
    return _decay(ctx, "DECAY_GAUSS", args, _gauss)


@registry.function("DECAY_EXP", 5, 5)
def decay_exp(ctx: FunctionContext, *args: Any) -> Any:
    return _decay(ctx, "DECAY_EXP", args, _exp)


@registry.function("DECAY_LINEAR", 5, 5)
def decay_linear(ctx: FunctionContext, *args: Any) -> Any:
    return _decay(ctx, "DECAY_LINEAR", args, _linear)
