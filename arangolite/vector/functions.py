"""APPROX_NEAR_COSINE, APPROX_NEAR_L2 and APPROX_NEAR_INNER_PRODUCT as callable functions.

A query may only use them in the shape a vector index answers (see
:mod:`arangolite.vector.shape`; :func:`arangolite.vector.check.check_vector_usage`
refuses the others with error 1554). Where such a query is not answered by the
index directly, e.g. ``LET s = APPROX_NEAR_COSINE(d.v, @q) SORT s DESC LIMIT 5``
read by a full scan, these compute the exact value: the cosine similarity, the
Euclidean distance, or the dot product. The optional third argument (search
options) does not change the value.
"""

from __future__ import annotations

import math
from typing import Any

from arangolite import errno
from arangolite.aql.functions.registry import FunctionContext, Registry, invalid_argument
from arangolite.aql.functions.reporting import number_value, warn
from arangolite.aql.values import is_number

registry = Registry()


def _vectors(ctx: FunctionContext, name: str, x: Any, y: Any) -> tuple[list[float], ...] | None:
    if not isinstance(x, list) or not isinstance(y, list) or not x or not y:
        invalid_argument(ctx, name)
        return None
    if len(x) != len(y) or not all(is_number(v) for v in (*x, *y)):
        warn(ctx, name, errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH)
        return None
    return [float(v) for v in x], [float(v) for v in y]


def _dot(a: list[float], b: list[float]) -> float:
    return math.fsum(p * q for p, q in zip(a, b, strict=True))


@registry.function("APPROX_NEAR_COSINE", 2, 3)
def approx_near_cosine(ctx: FunctionContext, x: Any, y: Any, options: Any = None) -> Any:
    pair = _vectors(ctx, "APPROX_NEAR_COSINE", x, y)
    if pair is None:
        return None
    a, b = pair
    norm = math.sqrt(_dot(a, a)) * math.sqrt(_dot(b, b))
    return number_value(0.0 if norm == 0.0 else min(max(_dot(a, b) / norm, -1.0), 1.0))


@registry.function("APPROX_NEAR_L2", 2, 3)
def approx_near_l2(ctx: FunctionContext, x: Any, y: Any, options: Any = None) -> Any:
    pair = _vectors(ctx, "APPROX_NEAR_L2", x, y)
    if pair is None:
        return None
    a, b = pair
    return number_value(math.sqrt(math.fsum((p - q) ** 2 for p, q in zip(a, b, strict=True))))


@registry.function("APPROX_NEAR_INNER_PRODUCT", 2, 3)
def approx_near_inner_product(ctx: FunctionContext, x: Any, y: Any, options: Any = None) -> Any:
    pair = _vectors(ctx, "APPROX_NEAR_INNER_PRODUCT", x, y)
    return None if pair is None else number_value(_dot(*pair))
