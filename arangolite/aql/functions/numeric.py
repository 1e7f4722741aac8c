"""AQL numeric functions on single values (numeric.md).

Every argument is cast with AQL's numeric cast, the result is a double, and a
result that is not a finite number (``SQRT(-1)``, ``LOG(0)``) becomes ``null``
without a warning, as in ArangoDB. ROUND rounds halves up (``ROUND(-2.5)`` is
``-2``), like ArangoDB's ``floor(x + 0.5)``.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from typing import Any

from arangolite.aql.functions.registry import FunctionContext, Registry
from arangolite.aql.functions.reporting import number_value, to_double

registry = Registry()

_PI = math.acos(-1.0)


def _compute(operation: Callable[..., float], *args: float) -> float | None:
    """``operation(*args)`` with C semantics: domain errors and overflows give null."""
    try:
        return number_value(float(operation(*args)))
    except (ValueError, OverflowError, ZeroDivisionError):
        return None


def _unary(name: str, operation: Callable[[float], float]) -> None:
    def function(ctx: FunctionContext, value: Any) -> float | None:
        return _compute(operation, to_double(value))

    function.__name__ = name.lower()
    function.__doc__ = f"AQL {name}(value)."
    registry.function(name, 1, 1)(function)


def _round_half_up(x: float) -> float:
    return float(math.floor(x + 0.5))


def _exp2(x: float) -> float:
    return math.pow(2.0, x)


def _radians(degrees: float) -> float:
    return degrees * (_PI / 180.0)


def _degrees(radians: float) -> float:
    return radians * (180.0 / _PI)


def _floor(x: float) -> float:
    return float(math.floor(x))


def _ceil(x: float) -> float:
    return float(math.ceil(x))


_UNARY: dict[str, Callable[[float], float]] = {
    "ABS": abs,
    "CEIL": _ceil,
    "FLOOR": _floor,
    "ROUND": _round_half_up,
    "SQRT": math.sqrt,
    "EXP": math.exp,
    "EXP2": _exp2,
    "LOG": math.log,
    "LOG2": math.log2,
    "LOG10": math.log10,
    "SIN": math.sin,
    "COS": math.cos,
    "TAN": math.tan,
    "ASIN": math.asin,
    "ACOS": math.acos,
    "ATAN": math.atan,
    "RADIANS": _radians,
    "DEGREES": _degrees,
}

for _name, _operation in _UNARY.items():
    _unary(_name, _operation)


@registry.function("POW", 2, 2)
def pow_(ctx: FunctionContext, base: Any, exponent: Any) -> float | None:
    """``base`` to the power ``exponent`` (null when not a finite real number)."""
    return _compute(math.pow, to_double(base), to_double(exponent))


@registry.function("ATAN2", 2, 2)
def atan2(ctx: FunctionContext, y: Any, x: Any) -> float | None:
    return _compute(math.atan2, to_double(y), to_double(x))


@registry.function("PI", 0, 0)
def pi(ctx: FunctionContext) -> float:
    return _PI


@registry.function("RAND", 0, 0, deterministic=False, aliases=("RANDOM",))
def rand(ctx: FunctionContext) -> float:
    """A pseudo-random number in [0, 1)."""
    return random.random()
