"""AQL string functions that slice, join, trim and convert text (string.md).

CHAR_LENGTH, CONCAT, CONCAT_SEPARATOR, LOWER, UPPER, SUBSTRING, SUBSTRING_BYTES,
LEFT, RIGHT, TRIM, LTRIM, RTRIM, REVERSE, REPEAT and TO_CHAR. Like ArangoDB,
they cast their text argument with ``TO_STRING`` (null is ``""``, arrays and
objects are JSON) and count characters as Unicode code points.
"""

from __future__ import annotations

from typing import Any

from arangolite import errno
from arangolite.aql.functions.registry import FunctionContext, Registry, invalid_argument
from arangolite.aql.functions.reporting import array_expected, warn
from arangolite.aql.functions.string_args import to_int32, to_int64
from arangolite.aql.values import format_number, is_number, to_json, to_string

registry = Registry()

INT32_MAX = 2**31 - 1
# the longest string REPEAT() may build (ArangoDB's 16 MB output limit)
REPEAT_LIMIT = 16 * 1024 * 1024
# TRIM's default set: carriage return, line feed, tab and space
WHITESPACE = "\r\n\t "
_CONTINUATION_MASK, _CONTINUATION = 0xC0, 0x80
_MAX_CODE_POINT = 0x10FFFF
_SURROGATES = range(0xD800, 0xE000)


@registry.function("CHAR_LENGTH", 1, 1)
def char_length(ctx: FunctionContext, value: Any) -> int:
    """Code points of a string; bytes of the JSON text of an array or object."""
    if isinstance(value, (list, dict)):
        return len(to_json(value).encode())
    if value is None:
        return 0
    if isinstance(value, bool):
        return 4 if value else 5
    if is_number(value):
        return len(format_number(float(value)))
    return len(value) if isinstance(value, str) else 0


def _join(separator: str, values: list[Any]) -> str:
    return separator.join(to_string(v) for v in values if v is not None)


@registry.function("CONCAT", 1, None)
def concat(ctx: FunctionContext, *values: Any) -> str:
    """The values as strings, nulls left out; a single array has its members joined."""
    if len(values) == 1 and isinstance(values[0], list):
        return _join("", values[0])
    return _join("", list(values))


@registry.function("CONCAT_SEPARATOR", 2, None)
def concat_separator(ctx: FunctionContext, separator: Any, *values: Any) -> str:
    """Like CONCAT, with ``separator`` between the non-null values."""
    glue = to_string(separator)
    if len(values) == 1 and isinstance(values[0], list):
        return _join(glue, values[0])
    return _join(glue, list(values))


@registry.function("LOWER", 1, 1)
def lower(ctx: FunctionContext, value: Any) -> str:
    return to_string(value).lower()


@registry.function("UPPER", 1, 1)
def upper(ctx: FunctionContext, value: Any) -> str:
    return to_string(value).upper()


@registry.function("SUBSTRING", 2, 3)
def substring(ctx: FunctionContext, value: Any, offset: Any, *length: Any) -> str:
    """``length`` characters from ``offset``; a negative offset counts from the end."""
    text = to_string(value)
    size = len(text)
    start_at = to_int32(offset)
    count = to_int32(length[0]) if length else INT32_MAX
    start = max(0, size + start_at) if start_at < 0 else min(start_at, size)
    end = min(size, start + count) if count >= 0 else max(0, start + count)
    return text[start:end] if end > start else ""


def _is_continuation(data: bytes, index: int) -> bool:
    return index < len(data) and data[index] & _CONTINUATION_MASK == _CONTINUATION


def _shift_left(data: bytes, index: int, chars: int) -> int:
    """Move a byte position ``chars`` characters towards the start."""
    while chars > 0 and index != 0:
        chars -= 0 if _is_continuation(data, index) else 1
        index -= 1
    while index != 0 and _is_continuation(data, index):
        index -= 1
    return index


def _shift_right(data: bytes, index: int, chars: int) -> int:
    """Move a byte position ``chars`` characters towards the end."""
    end = len(data)
    while chars > 0 and index != end:
        chars -= 0 if _is_continuation(data, index) else 1
        index += 1
    while index != end and _is_continuation(data, index):
        index += 1
    return index


@registry.function("SUBSTRING_BYTES", 2, 5)
def substring_bytes(ctx: FunctionContext, value: Any, offset: Any, *rest: Any) -> str | None:
    """A substring by UTF-8 byte offset and length, widened by ``left``/``right`` characters.

    A start or end inside a character's byte sequence gives null and a warning.
    """
    if not isinstance(value, str):
        warn(ctx, "SUBSTRING_BYTES", errno.BAD_PARAMETER)
        return None
    data = value.encode()
    if not data:
        return ""
    size = len(data)
    length = max(0, to_int64(rest[0])) if rest else size
    left = to_int64(rest[1]) if len(rest) > 1 else 0
    right = to_int64(rest[2]) if len(rest) > 2 else left
    start = to_int64(offset)
    start = max(0, size + start) if start < 0 else min(start, size)
    end = start + min(length, size - start)
    if _is_continuation(data, start) or _is_continuation(data, end):
        warn(ctx, "SUBSTRING_BYTES", errno.BAD_PARAMETER)
        return None
    start = _shift_left(data, start, left)
    end = _shift_right(data, end, right)
    return data[start:end].decode()


@registry.function("LEFT", 2, 2)
def left(ctx: FunctionContext, value: Any, count: Any) -> str:
    """The first ``count`` characters."""
    n = to_int32(count)
    return to_string(value)[:n] if n > 0 else ""


@registry.function("RIGHT", 2, 2)
def right(ctx: FunctionContext, value: Any, count: Any) -> str:
    """The last ``count`` characters."""
    n = to_int32(count)
    return to_string(value)[-n:] if n > 0 else ""


def _trim_chars(chars: Any) -> str:
    return to_string(chars)


@registry.function("TRIM", 1, 2)
def trim(ctx: FunctionContext, value: Any, *how: Any) -> str:
    """Strip whitespace (type 0: both ends, 1: start, 2: end) or the given characters."""
    text = to_string(value)
    chars, mode = WHITESPACE, 0
    if how and is_number(how[0]):
        mode = to_int64(how[0])
        mode = mode if 0 <= mode <= 2 else 0
    elif how and isinstance(how[0], str):
        chars = how[0]
    if mode == 1:
        return text.lstrip(chars)
    if mode == 2:
        return text.rstrip(chars)
    return text.strip(chars)


@registry.function("LTRIM", 1, 2)
def ltrim(ctx: FunctionContext, value: Any, *chars: Any) -> str:
    """Strip whitespace (or the characters of ``chars``, cast to a string) from the start."""
    return to_string(value).lstrip(_trim_chars(chars[0]) if chars else WHITESPACE)


@registry.function("RTRIM", 1, 2)
def rtrim(ctx: FunctionContext, value: Any, *chars: Any) -> str:
    """Strip whitespace (or the characters of ``chars``, cast to a string) from the end."""
    return to_string(value).rstrip(_trim_chars(chars[0]) if chars else WHITESPACE)


@registry.function("REVERSE", 1, 1)
def reverse(ctx: FunctionContext, value: Any) -> Any:
    """A string with its characters reversed, or an array with its elements reversed."""
    if isinstance(value, list):
        return value[::-1]
    if isinstance(value, str):
        return value[::-1]
    array_expected(ctx, "REVERSE")
    return None


@registry.function("REPEAT", 2, 3)
def repeat(ctx: FunctionContext, value: Any, count: Any, *separator: Any) -> str | None:
    """``value`` repeated ``count`` times, joined by ``separator``; null beyond 16 MB."""
    times = to_int64(count)
    if times == 0:
        return ""
    if times < 0:
        invalid_argument(ctx, "REPEAT")
        return None
    text = to_string(value)
    glue = to_string(separator[0]) if separator else ""
    size = len(text.encode()) * times + len(glue.encode()) * (times - 1)
    if size > REPEAT_LIMIT:
        ctx.warn(
            errno.RESOURCE_LIMIT,
            "in function 'REPEAT()': Output string of AQL REPEAT function was limited to 16MB.",
        )
        return None
    return glue.join([text] * times)


@registry.function("TO_CHAR", 1, 1)
def to_char(ctx: FunctionContext, code_point: Any) -> str | None:
    """The character with the given Unicode code point."""
    number = to_int64(code_point) if is_number(code_point) else -1
    if number < 0 or number > _MAX_CODE_POINT or number in _SURROGATES:
        invalid_argument(ctx, "TO_CHAR")
        return None
    return chr(number)
