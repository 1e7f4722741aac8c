"""The contract between AQL built-in functions and the evaluator.

A built-in is a Python callable ``fn(ctx, *args)`` taking already evaluated AQL
values and returning an AQL value. ``ctx`` is the running query's
:class:`FunctionContext`. Following ArangoDB, a function given an argument of
the wrong type registers a warning (``ctx.warn``) and returns ``None``; it
raises :class:`arangolite.errors.AqlError` only where ArangoDB fails the query.

Each function module builds a :class:`Registry` and decorates its functions::

    registry = Registry()

    @registry.function("UPPER", 1, 1)
    def upper(ctx: FunctionContext, value: Any) -> Any: ...
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from arangolite import errno
from arangolite.errors import fmt


class FunctionContext(Protocol):
    """What a function may ask of the running query."""

    def warn(self, code: int, message: str) -> None:
        """Register a query warning (ArangoDB error number and message)."""

    def call(self, name: str, args: list[Any]) -> Any:
        """Call another function by name (for CALL/APPLY)."""

    def check_killed(self) -> None:
        """Raise if the query was killed or ran past its ``maxRuntime`` (for SLEEP)."""


BuiltinFn = Callable[..., Any]


@dataclass(frozen=True, slots=True)
class Builtin:
    """A registered function: its AQL name, implementation and arity.

    ``max_args`` ``None`` means variadic. ``deterministic`` is False for functions
    such as RAND or DATE_NOW (the optimiser must not fold them).
    """

    name: str
    fn: BuiltinFn
    min_args: int
    max_args: int | None
    deterministic: bool = True


class Registry:
    """A module's table of built-in functions."""

    def __init__(self) -> None:
        self.functions: dict[str, Builtin] = {}

    def function(
        self,
        name: str,
        min_args: int,
        max_args: int | None,
        *,
        deterministic: bool = True,
        aliases: tuple[str, ...] = (),
    ) -> Callable[[BuiltinFn], BuiltinFn]:
        def register(fn: BuiltinFn) -> BuiltinFn:
            for alias in (name, *aliases):
                self.functions[alias] = Builtin(alias, fn, min_args, max_args, deterministic)
            return fn

        return register


def invalid_argument(ctx: FunctionContext, name: str) -> None:
    """Register ArangoDB's 'invalid argument type' warning for function ``name``; returns None."""
    ctx.warn(
        errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH,
        fmt(errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH, name),
    )
