"""AQL type checks and casts (type-check-and-cast.md).

TO_BOOL, TO_NUMBER, TO_STRING, TO_ARRAY/TO_LIST, IS_NULL, IS_BOOL, IS_NUMBER,
IS_STRING, IS_ARRAY/IS_LIST, IS_OBJECT/IS_DOCUMENT, IS_DATESTRING, IS_KEY and
TYPENAME. The casts are the ones in :mod:`arangolite.aql.values`; IS_DATESTRING
uses the date functions' parser.
"""

from __future__ import annotations

from typing import Any

from arangolite.aql.functions.date_core import parse_date
from arangolite.aql.functions.registry import FunctionContext, Registry
from arangolite.aql.values import is_number, to_array, to_bool, to_number, to_string, type_name
from arangolite.storage.names import is_valid_key

registry = Registry()


@registry.function("TO_BOOL", 1, 1)
def to_bool_(ctx: FunctionContext, value: Any) -> bool:
    return to_bool(value)


@registry.function("TO_NUMBER", 1, 1)
def to_number_(ctx: FunctionContext, value: Any) -> float:
    """The numeric cast, always as a double."""
    return float(to_number(value))


@registry.function("TO_STRING", 1, 1)
def to_string_(ctx: FunctionContext, value: Any) -> str:
    return to_string(value)


@registry.function("TO_ARRAY", 1, 1, aliases=("TO_LIST",))
def to_array_(ctx: FunctionContext, value: Any) -> list[Any]:
    """Arrays copied, null as [], objects as their values, anything else wrapped."""
    return list(to_array(value))


@registry.function("IS_NULL", 1, 1)
def is_null(ctx: FunctionContext, value: Any) -> bool:
    return value is None


@registry.function("IS_BOOL", 1, 1)
def is_bool(ctx: FunctionContext, value: Any) -> bool:
    return isinstance(value, bool)


@registry.function("IS_NUMBER", 1, 1)
def is_number_(ctx: FunctionContext, value: Any) -> bool:
    return is_number(value)


@registry.function("IS_STRING", 1, 1)
def is_string(ctx: FunctionContext, value: Any) -> bool:
    return isinstance(value, str)


@registry.function("IS_ARRAY", 1, 1, aliases=("IS_LIST",))
def is_array(ctx: FunctionContext, value: Any) -> bool:
    return isinstance(value, list)


@registry.function("IS_OBJECT", 1, 1, aliases=("IS_DOCUMENT",))
def is_object(ctx: FunctionContext, value: Any) -> bool:
    return isinstance(value, dict)


@registry.function("TYPENAME", 1, 1)
def typename(ctx: FunctionContext, value: Any) -> str:
    """One of null, bool, number, string, array, object."""
    return type_name(value)


@registry.function("IS_KEY", 1, 1)
def is_key(ctx: FunctionContext, value: Any) -> bool:
    """Whether ``value`` may be used as a document key."""
    return is_valid_key(value)


@registry.function("IS_DATESTRING", 1, 1)
def is_datestring(ctx: FunctionContext, value: Any) -> bool:
    """Whether ``value`` is a date string ArangoDB's date functions accept."""
    return isinstance(value, str) and parse_date(value) is not None
