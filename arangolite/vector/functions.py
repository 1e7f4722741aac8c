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

from typing import Any

import numpy as np
import numpy.typing as npt

from arangolite import errno
from arangolite.aql.functions.registry import FunctionContext, Registry, invalid_argument
from arangolite.aql.functions.reporting import number_value, warn

registry = Registry()
_NUMBER_TYPES = frozenset({int, float})
Pair = tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]


def _vectors(ctx: FunctionContext, name: str, x: Any, y: Any) -> Pair | None:
    """Both vectors as float64 arrays, or None after ArangoDB's warning."""
    if not isinstance(x, list) or not isinstance(y, list) or not x or not y:
        invalid_argument(ctx, name)
        return None
    if len(x) != len(y) or not (set(map(type, x)) | set(map(type, y))) <= _NUMBER_TYPES:
        warn(ctx, name, errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH)
        return None
    return np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)


@registry.function("APPROX_NEAR_COSINE", 2, 3)
def approx_near_cosine(ctx: FunctionContext, x: Any, y: Any, options: Any = None) -> Any:
    pair = _vectors(ctx, "APPROX_NEAR_COSINE", x, y)
    if pair is None:
        return None
    a, b = pair
    norm = float(np.linalg.norm(a)) * float(np.linalg.norm(b))
    return number_value(0.0 if norm == 0.0 else min(max(float(a @ b) / norm, -1.0), 1.0))


@registry.function("APPROX_NEAR_L2", 2, 3)
def approx_near_l2(ctx: FunctionContext, x: Any, y: Any, options: Any = None) -> Any:
    pair = _vectors(ctx, "APPROX_NEAR_L2", x, y)
    return None if pair is None else number_value(float(np.linalg.norm(pair[0] - pair[1])))


@registry.function("APPROX_NEAR_INNER_PRODUCT", 2, 3)
def approx_near_inner_product(ctx: FunctionContext, x: Any, y: Any, options: Any = None) -> Any:
    pair = _vectors(ctx, "APPROX_NEAR_INNER_PRODUCT", x, y)
    return None if pair is None else number_value(float(pair[0] @ pair[1]))
