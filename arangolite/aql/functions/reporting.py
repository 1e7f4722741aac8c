"""How built-in functions report trouble and shape numeric results, as ArangoDB does.

ArangoDB words a function warning in two ways: an argument type mismatch reads
``invalid argument type in call to function 'NAME()'``; every other code reads
``in function 'NAME()': <error text>``. Numeric results that are NaN or infinite
become ``null`` (or ``0`` where ArangoDB asks for that) without a warning.
"""

from __future__ import annotations

import math
from typing import Any

from arangolite import errno
from arangolite.aql.functions.registry import FunctionContext, invalid_argument
from arangolite.aql.values import to_number

# the largest value and width the BIT_* functions accept
BIT_MAX_VALUE = 2**32 - 1
BIT_MAX_BITS = 32


def warn(ctx: FunctionContext, name: str, code: int) -> None:
    """Register ArangoDB's warning ``code`` for function ``name``."""
    if code == errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH:
        invalid_argument(ctx, name)
        return
    text = errno.MESSAGES.get(code, "error")
    ctx.warn(code, f"in function '{name}()': {text}")


def array_expected(ctx: FunctionContext, name: str) -> None:
    """The 'array expected' warning (1563) for function ``name``."""
    warn(ctx, name, errno.QUERY_ARRAY_EXPECTED)


def number_value(value: float, *, nullify: bool = True) -> float | None:
    """A double result: NaN and infinities become null (or 0 with ``nullify=False``)."""
    if math.isnan(value) or math.isinf(value):
        return None if nullify else 0.0
    return value


def to_double(value: Any) -> float:
    """AQL's numeric cast as a double (``AqlValue::toDouble``)."""
    return float(to_number(value))


def to_int(value: Any) -> int:
    """AQL's cast to a 64-bit integer (``AqlValue::toInt64``): doubles truncate."""
    number = to_number(value)
    if isinstance(number, float):
        if math.isnan(number) or math.isinf(number):
            return 0
        return int(number)
    return int(number)
