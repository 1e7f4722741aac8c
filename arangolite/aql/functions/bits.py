"""AQL bit functions (bit.md) on unsigned integers of up to 32 bits.

An operand is valid when it is a number from 0 to 2^32-1 (doubles are truncated);
anything else registers ArangoDB's 'invalid argument type' warning and gives null.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from arangolite.aql.functions.registry import FunctionContext, Registry, invalid_argument
from arangolite.aql.functions.reporting import BIT_MAX_BITS, BIT_MAX_VALUE
from arangolite.aql.values import is_number

registry = Registry()


def bit_operand(value: Any) -> int | None:
    """``value`` as an unsigned 32-bit operand, or None if it is not one."""
    if not is_number(value) or value < 0:
        return None
    number = int(value)
    return number if number <= BIT_MAX_VALUE else None


def _width(value: Any) -> int | None:
    """A bit count (0 to 32), or None."""
    number = bit_operand(value)
    return number if number is not None and number <= BIT_MAX_BITS else None


def _combine(
    ctx: FunctionContext, name: str, args: tuple[Any, ...], op: Callable[[int, int], int]
) -> Any:
    if len(args) == 2:
        left, right = bit_operand(args[0]), bit_operand(args[1])
        if left is None or right is None:
            invalid_argument(ctx, name)
            return None
        return op(left, right)
    if not isinstance(args[0], list):
        invalid_argument(ctx, name)
        return None
    result: int | None = None
    for value in args[0]:
        if value is None:
            continue
        operand = bit_operand(value)
        if operand is None:
            invalid_argument(ctx, name)
            return None
        result = operand if result is None else op(result, operand)
    return result


@registry.function("BIT_AND", 1, 2)
def bit_and(ctx: FunctionContext, *args: Any) -> Any:
    """AND of two numbers, or of all numbers in an array (nulls skipped)."""
    return _combine(ctx, "BIT_AND", args, lambda a, b: a & b)


@registry.function("BIT_OR", 1, 2)
def bit_or(ctx: FunctionContext, *args: Any) -> Any:
    return _combine(ctx, "BIT_OR", args, lambda a, b: a | b)


@registry.function("BIT_XOR", 1, 2)
def bit_xor(ctx: FunctionContext, *args: Any) -> Any:
    return _combine(ctx, "BIT_XOR", args, lambda a, b: a ^ b)


@registry.function("BIT_NEGATE", 2, 2)
def bit_negate(ctx: FunctionContext, value: Any, bits: Any) -> Any:
    """The lowest ``bits`` bits of ``value``, inverted."""
    number, width = bit_operand(value), _width(bits)
    if number is None or width is None:
        invalid_argument(ctx, "BIT_NEGATE")
        return None
    return ~number & ((1 << width) - 1)


@registry.function("BIT_TEST", 2, 2)
def bit_test(ctx: FunctionContext, value: Any, index: Any) -> Any:
    number, position = bit_operand(value), _width(index)
    if number is None or position is None or position >= BIT_MAX_BITS:
        invalid_argument(ctx, "BIT_TEST")
        return None
    return bool(number & (1 << position))


@registry.function("BIT_POPCOUNT", 1, 1)
def bit_popcount(ctx: FunctionContext, value: Any) -> Any:
    number = bit_operand(value)
    if number is None:
        invalid_argument(ctx, "BIT_POPCOUNT")
        return None
    return number.bit_count()


def _shift(ctx: FunctionContext, name: str, args: tuple[Any, Any, Any], left: bool) -> Any:
    number, shift, width = bit_operand(args[0]), _width(args[1]), _width(args[2])
    if number is None or shift is None or width is None:
        invalid_argument(ctx, name)
        return None
    shifted = (number << shift) if left else (number >> shift)
    return shifted & ((1 << width) - 1)


@registry.function("BIT_SHIFT_LEFT", 3, 3)
def bit_shift_left(ctx: FunctionContext, value: Any, shift: Any, bits: Any) -> Any:
    """``value`` shifted left, keeping the lowest ``bits`` bits."""
    return _shift(ctx, "BIT_SHIFT_LEFT", (value, shift, bits), left=True)


@registry.function("BIT_SHIFT_RIGHT", 3, 3)
def bit_shift_right(ctx: FunctionContext, value: Any, shift: Any, bits: Any) -> Any:
    return _shift(ctx, "BIT_SHIFT_RIGHT", (value, shift, bits), left=False)


@registry.function("BIT_CONSTRUCT", 1, 1)
def bit_construct(ctx: FunctionContext, positions: Any) -> Any:
    """The number with the bits at the given positions (0 to 31) set."""
    if not isinstance(positions, list):
        invalid_argument(ctx, "BIT_CONSTRUCT")
        return None
    result = 0
    for value in positions:
        position = bit_operand(value)
        if position is None or position >= BIT_MAX_BITS:
            invalid_argument(ctx, "BIT_CONSTRUCT")
            return None
        result |= 1 << position
    return result


@registry.function("BIT_DECONSTRUCT", 1, 1)
def bit_deconstruct(ctx: FunctionContext, value: Any) -> Any:
    """The positions of the set bits, lowest first."""
    number = bit_operand(value)
    if number is None:
        invalid_argument(ctx, "BIT_DECONSTRUCT")
        return None
    return [i for i in range(BIT_MAX_BITS) if number & (1 << i)]


@registry.function("BIT_TO_STRING", 2, 2)
def bit_to_string(ctx: FunctionContext, value: Any, bits: Any) -> Any:
    """The lowest ``bits`` bits of ``value`` as a string of 0s and 1s."""
    number, width = bit_operand(value), _width(bits)
    if number is None or width is None:
        invalid_argument(ctx, "BIT_TO_STRING")
        return None
    return "".join("1" if number & (1 << i) else "0" for i in range(width - 1, -1, -1))


@registry.function("BIT_FROM_STRING", 1, 1)
def bit_from_string(ctx: FunctionContext, text: Any) -> Any:
    if not isinstance(text, str) or len(text) > BIT_MAX_BITS or any(ch not in "01" for ch in text):
        invalid_argument(ctx, "BIT_FROM_STRING")
        return None
    return int(text, 2) if text else 0
