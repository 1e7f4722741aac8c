"""Miscellaneous AQL functions that need no storage (miscellaneous.md).

NOT_NULL, FIRST_LIST, FIRST_DOCUMENT, CHECK_DOCUMENT, IN_RANGE, MIN_MATCH,
ASSERT, WARN, FAIL, PASSTHRU, NOOPT, NOEVAL, SLEEP, VERSION, CALL, APPLY and
DECODE_REV. (HASH and the MINHASH family are in :mod:`minhash`.)
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

from arangolite import errno
from arangolite.aql.functions.registry import FunctionContext, Registry, invalid_argument
from arangolite.aql.functions.reporting import to_int, warn
from arangolite.aql.values import compare, is_number, to_bool
from arangolite.errors import AqlError, fmt
from arangolite.storage.clock import decode_revision

registry = Registry()

SERVER_VERSION = "3.12.10"


@registry.function("NOT_NULL", 1, None)
def not_null(ctx: FunctionContext, *values: Any) -> Any:
    """The first argument that is not null."""
    return next((value for value in values if value is not None), None)


@registry.function("FIRST_LIST", 1, None)
def first_list(ctx: FunctionContext, *values: Any) -> Any:
    return next((value for value in values if isinstance(value, list)), None)


@registry.function("FIRST_DOCUMENT", 1, None)
def first_document(ctx: FunctionContext, *values: Any) -> Any:
    return next((value for value in values if isinstance(value, dict)), None)


@registry.function("CHECK_DOCUMENT", 1, 1, deterministic=False)
def check_document(ctx: FunctionContext, value: Any) -> bool:
    """Whether ``value`` is an object without duplicate attribute names (always, here)."""
    return isinstance(value, dict)


@registry.function("IN_RANGE", 5, 5)
def in_range(
    ctx: FunctionContext, value: Any, low: Any, high: Any, include_low: Any, include_high: Any
) -> Any:
    """Whether ``low <(=) value <(=) high`` in AQL's order."""
    if not isinstance(include_low, bool) or not isinstance(include_high, bool):
        invalid_argument(ctx, "IN_RANGE")
        return None
    below = compare(low, value)
    if below > 0 or (below == 0 and not include_low):
        return False
    above = compare(value, high)
    return above < 0 or (above == 0 and include_high)


@registry.function("MIN_MATCH", 2, None)
def min_match(ctx: FunctionContext, *args: Any) -> Any:
    """Whether at least the last argument's number of the other arguments are truthy."""
    *conditions, wanted = args
    if not is_number(wanted):
        invalid_argument(ctx, "MIN_MATCH")
        return None
    left = to_int(wanted)
    for condition in conditions:
        if left <= 0:
            break
        if to_bool(condition):
            left -= 1
    return left == 0


@registry.function("ASSERT", 2, 2, deterministic=False)
def assert_(ctx: FunctionContext, condition: Any, message: Any) -> Any:
    """True, or the query fails with ``message`` (error 1593)."""
    if not isinstance(message, str):
        invalid_argument(ctx, "ASSERT")
        return None
    if not to_bool(condition):
        raise AqlError(errno.QUERY_USER_ASSERT, message)
    return True


@registry.function("WARN", 2, 2, deterministic=False)
def warn_(ctx: FunctionContext, condition: Any, message: Any) -> Any:
    """True, or false after registering ``message`` as warning 1594."""
    if not isinstance(message, str):
        invalid_argument(ctx, "WARN")
        return None
    if not to_bool(condition):
        ctx.warn(errno.QUERY_USER_WARN, message)
        return False
    return True


@registry.function("FAIL", 0, 1, deterministic=False)
def fail(ctx: FunctionContext, *reason: Any) -> Any:
    """Abort the query: error 1569 with the reason as message (else ``FAIL() called``)."""
    if reason and isinstance(reason[0], str):
        raise AqlError(errno.QUERY_FAIL_CALLED, reason[0])
    raise AqlError(errno.QUERY_FAIL_CALLED, fmt(errno.QUERY_FAIL_CALLED, ""))


@registry.function("PASSTHRU", 1, 1)
def passthru(ctx: FunctionContext, value: Any) -> Any:
    return value


@registry.function("NOOPT", 1, 1, deterministic=False)
def noopt(ctx: FunctionContext, value: Any) -> Any:
    """The value itself, hidden from the optimiser."""
    return value


@registry.function("NOEVAL", 1, 1)
def noeval(ctx: FunctionContext, value: Any) -> Any:
    return value


@registry.function("SLEEP", 1, 1, deterministic=False)
def sleep(ctx: FunctionContext, seconds: Any) -> None:
    if not is_number(seconds) or seconds < 0:
        invalid_argument(ctx, "SLEEP")
        return
    deadline = time.monotonic() + float(seconds)
    while (left := deadline - time.monotonic()) > 0:
        ctx.check_killed()
        time.sleep(min(left, 0.01))
    ctx.check_killed()


@registry.function("VERSION", 0, 0)
def version(ctx: FunctionContext) -> str:
    """The ArangoDB version arangolite imitates."""
    return SERVER_VERSION


@registry.function("CALL", 1, None, deterministic=False)
def call(ctx: FunctionContext, name: Any, *args: Any) -> Any:
    """Call the function named ``name`` with the remaining arguments."""
    if not isinstance(name, str):
        code = errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH
        raise AqlError(code, fmt(code, "CALL"))
    return ctx.call(name.upper(), list(args))


@registry.function("APPLY", 1, 2, deterministic=False)
def apply(ctx: FunctionContext, name: Any, *args: Any) -> Any:
    """Call the function named ``name`` with the elements of an array as arguments."""
    if not isinstance(name, str):
        code = errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH
        raise AqlError(code, fmt(code, "APPLY"))
    if args and not isinstance(args[0], list):
        warn(ctx, "APPLY", errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH)
        return None
    return ctx.call(name.upper(), list(args[0]) if args else [])


@registry.function("DECODE_REV", 1, 1)
def decode_rev(ctx: FunctionContext, revision: Any) -> Any:
    """The date (ISO 8601, UTC) and counter inside a ``_rev`` string."""
    number = decode_revision(revision) if isinstance(revision, str) else 0
    if number == 0:
        invalid_argument(ctx, "DECODE_REV")
        return None
    millis = number >> 20
    try:
        moment = datetime.fromtimestamp(millis // 1000, tz=UTC)
    except (OverflowError, OSError, ValueError):
        invalid_argument(ctx, "DECODE_REV")
        return None
    date = f"{moment:%Y-%m-%dT%H:%M:%S}.{millis % 1000:03d}Z"
    return {"date": date, "count": number & 0xFFFFF}
