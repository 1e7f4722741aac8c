"""AQL functions converting between strings and JSON or IPv4 addresses (string.md).

JSON_PARSE, JSON_STRINGIFY, IPV4_FROM_NUMBER, IPV4_TO_NUMBER and IS_IPV4.
IPv4 strings follow ``inet_pton``: four decimal octets 0..255 without leading
zeros.
"""

from __future__ import annotations

import json
import re
from typing import Any

from arangolite.aql.functions.registry import FunctionContext, Registry, invalid_argument
from arangolite.aql.functions.string_args import to_int64
from arangolite.aql.values import is_number, to_json

registry = Registry()

_OCTET = r"(?:0|[1-9][0-9]{0,2})"
_IPV4 = re.compile(rf"{_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET}")
_IPV4_MAX = 2**32 - 1
_INT_RANGE = (-(2**63), 2**64 - 1)


def _reject_constant(name: str) -> Any:
    raise ValueError(name)


def _from_json(value: Any) -> Any:
    """Parsed JSON in AQL terms: integers beyond 64 bits become doubles."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return value if _INT_RANGE[0] <= value <= _INT_RANGE[1] else float(value)
    if isinstance(value, list):
        return [_from_json(v) for v in value]
    if isinstance(value, dict):
        return {k: _from_json(v) for k, v in value.items()}
    return value


@registry.function("JSON_PARSE", 1, 1)
def json_parse(ctx: FunctionContext, text: Any) -> Any:
    """The value described by a JSON text; null and a warning if it is not valid JSON."""
    if not isinstance(text, str):
        invalid_argument(ctx, "JSON_PARSE")
        return None
    try:
        parsed = json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        invalid_argument(ctx, "JSON_PARSE")
        return None
    return _from_json(parsed)


@registry.function("JSON_STRINGIFY", 1, 1)
def json_stringify(ctx: FunctionContext, value: Any) -> str:
    """The value as compact JSON text."""
    return to_json(value)


def parse_ipv4(text: str) -> int | None:
    """The numeric value of a dotted-quad IPv4 address, or None if it is not one."""
    if not 7 <= len(text) <= 15 or _IPV4.fullmatch(text) is None:
        return None
    octets = [int(part) for part in text.split(".")]
    if any(octet > 255 for octet in octets):
        return None
    return (octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]


@registry.function("IPV4_FROM_NUMBER", 1, 1)
def ipv4_from_number(ctx: FunctionContext, number: Any) -> str | None:
    """The dotted-quad string of an address number 0..4294967295."""
    if not is_number(number):
        invalid_argument(ctx, "IPV4_FROM_NUMBER")
        return None
    value = to_int64(number)
    if value < 0 or value > _IPV4_MAX:
        invalid_argument(ctx, "IPV4_FROM_NUMBER")
        return None
    return ".".join(str((value >> shift) & 0xFF) for shift in (24, 16, 8, 0))


@registry.function("IPV4_TO_NUMBER", 1, 1)
def ipv4_to_number(ctx: FunctionContext, address: Any) -> int | None:
    """The number of a dotted-quad IPv4 address string."""
    if not isinstance(address, str):
        invalid_argument(ctx, "IPV4_TO_NUMBER")
        return None
    value = parse_ipv4(address)
    if value is None:
        invalid_argument(ctx, "IPV4_TO_NUMBER")
        return None
    return value


@registry.function("IS_IPV4", 1, 1)
def is_ipv4(ctx: FunctionContext, value: Any) -> bool:
    """Whether ``value`` is a string holding a dotted-quad IPv4 address."""
    return isinstance(value, str) and parse_ipv4(value) is not None
