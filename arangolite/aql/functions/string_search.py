"""AQL functions that look for substrings (string.md).

CONTAINS, FIND_FIRST, FIND_LAST, STARTS_WITH and SUBSTITUTE. ArangoDB searches
with ICU, so FIND_FIRST and FIND_LAST report positions in UTF-16 code units and
consider only non-overlapping matches, scanning from the start of the text.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

from arangolite import errno
from arangolite.aql.functions.registry import FunctionContext, Registry, invalid_argument
from arangolite.aql.functions.string_args import to_int64
from arangolite.aql.values import is_number, to_bool, to_string
from arangolite.errors import fmt

registry = Registry()

_BMP_END = 0x10000


def _utf16(text: str) -> str:
    """The text with every astral character split into its surrogate pair."""
    if text.isascii() or ord(max(text)) < _BMP_END:
        return text
    units = text.encode("utf-16-le", "surrogatepass")
    return "".join(chr(int.from_bytes(units[i : i + 2], "little")) for i in range(0, len(units), 2))


def _matches(text: str, needle: str) -> Iterator[int]:
    """Start positions of the non-overlapping occurrences of ``needle``, left to right."""
    position = text.find(needle)
    while position != -1:
        yield position
        position = text.find(needle, position + len(needle))


def _lead_byte_width(lead: int) -> int:
    if lead < 0x80:
        return 1
    if lead < 0xE0:
        return 2
    return 3 if lead < 0xF0 else 4


@registry.function("CONTAINS", 2, 3)
def contains(ctx: FunctionContext, text: Any, search: Any, *return_index: Any) -> bool | int:
    """Whether ``search`` occurs in ``text``, or (with ``returnIndex``) where.

    Like ArangoDB, the position is derived from the UTF-8 byte offset in steps of
    the first character's byte width, so it is the character position only when
    the text is ASCII up to the match.
    """
    haystack = to_string(text).encode()
    needle = to_string(search).encode()
    want_index = to_bool(return_index[0]) if return_index else False
    found = haystack.find(needle) if needle else -1
    if not want_index:
        return found != -1
    if found <= 0:
        return found
    width = _lead_byte_width(haystack[0])
    return math.ceil(found / width) * width


def _search_window(rest: tuple[Any, ...], length: int) -> tuple[int, int, bool] | None:
    """(start, max end, whether an end was given), or None when the window is empty."""
    start = to_int64(rest[0]) if rest else 0
    if start < 0:
        return None
    max_end, has_end = length, False
    if len(rest) == 2 and rest[1] is not None:
        max_end, has_end = to_int64(rest[1]), True
        if max_end < start or max_end < 0:
            return None
    return start, max_end, has_end


@registry.function("FIND_FIRST", 2, 4)
def find_first(ctx: FunctionContext, text: Any, search: Any, *rest: Any) -> int:
    """Position of the first occurrence of ``search`` within [start, end], or -1."""
    haystack, needle = _utf16(to_string(text)), _utf16(to_string(search))
    window = _search_window(rest, len(haystack))
    if window is None:
        return -1
    start, max_end, _ = window
    if not needle:
        return start
    for position in _matches(haystack, needle):
        if position >= start and position + len(needle) - 1 <= max_end:
            return position
    return -1


@registry.function("FIND_LAST", 2, 4)
def find_last(ctx: FunctionContext, text: Any, search: Any, *rest: Any) -> int:
    """Position of the last occurrence of ``search`` within [start, end], or -1."""
    haystack, needle = _utf16(to_string(text)), _utf16(to_string(search))
    window = _search_window(rest, len(haystack))
    if window is None:
        return -1
    start, max_end, has_end = window
    if not needle:
        return max_end + (1 if has_end else 0)
    found = -1
    for position in _matches(haystack, needle):
        if position >= start and position + len(needle) - 1 <= max_end:
            found = position
    return found


@registry.function("STARTS_WITH", 2, 4)
def starts_with(ctx: FunctionContext, text: Any, prefixes: Any, *rest: Any) -> bool | None:
    """Whether ``text`` starts with ``prefixes`` (or with at least ``minMatchCount`` of them)."""
    if not isinstance(text, str):
        invalid_argument(ctx, "STARTS_WITH")
        return None
    if not isinstance(prefixes, list):
        if not isinstance(prefixes, str):
            invalid_argument(ctx, "STARTS_WITH")
            return None
        return text.startswith(prefixes)
    wanted = 1
    if rest:
        if not is_number(rest[0]) or to_int64(rest[0]) < 0:
            invalid_argument(ctx, "STARTS_WITH")
            return None
        wanted = to_int64(rest[0])
    if wanted == 0:
        return True
    if wanted > len(prefixes):
        return False
    matched = 0
    for prefix in prefixes:
        if not isinstance(prefix, str):
            invalid_argument(ctx, "STARTS_WITH")
            return None
        matched += 1 if text.startswith(prefix) else 0
        if matched == wanted:
            return True
    return False


def _replacement_list(values: list[Any]) -> list[str] | None:
    """Replacement strings (null means remove), or None if one is neither."""
    if any(v is not None and not isinstance(v, str) for v in values):
        return None
    return ["" if v is None else v for v in values]


def _substitute_plan(search: Any, rest: tuple[Any, ...]) -> tuple[list[str], list[str], bool, int]:
    """(patterns, replacements, whether one plain replacement string, limit); ValueError if bad."""
    if isinstance(search, dict):
        replacements = _replacement_list(list(search.values()))
        if replacements is None:
            raise ValueError
        return list(search), replacements, False, to_int64(rest[0]) if rest else -1
    limit = to_int64(rest[1]) if len(rest) == 2 else -1
    if isinstance(search, list):
        if not all(isinstance(s, str) for s in search):
            raise ValueError
        patterns = list(search)
    elif isinstance(search, str):
        patterns = [search]
    else:
        raise ValueError
    if not rest:
        return patterns, [], False, limit
    if isinstance(rest[0], str):
        return patterns, [rest[0]], True, limit
    replacements = _replacement_list(rest[0]) if isinstance(rest[0], list) else None
    if replacements is None:
        raise ValueError
    return patterns, replacements, False, limit


class _Cursor:
    """The current match of one search pattern, following ArangoDB's SUBSTITUTE scan."""

    def __init__(self, text: str, pattern: str) -> None:
        self.text, self.pattern = text, pattern
        self.plain = bool(pattern) and bool(text)
        if self.plain:
            self.pos: int | None = self._find(0)
        else:
            self.pos = 0 if not pattern else None

    def _find(self, start: int) -> int | None:
        found = self.text.find(self.pattern, start)
        return None if found == -1 else found

    def advance(self) -> None:
        """Move to the next match after the current one."""
        assert self.pos is not None
        if self.plain:
            self.pos = self._find(self.pos + len(self.pattern))
        else:
            self.pos = self.pos + 1 if self.pos < len(self.text) else None

    def skip_to(self, start: int) -> None:
        """Move to the first match at or after ``start``."""
        if not self.plain:
            self.pos = start
        else:
            self.pos = self._find(start) if start < len(self.text) else None


def _substitute(
    text: str, patterns: list[str], replacements: list[str], plain: bool, limit: int
) -> str:
    cursors = [_Cursor(text, p) for p in patterns]
    out: list[str] = []
    last = count = 0
    while limit == -1 or count < limit:
        live = [(c.pos, i) for i, c in enumerate(cursors) if c.pos is not None]
        if not live:
            break
        position, which = min(live)
        out.append(text[last:position])
        if which < len(replacements):
            out.append(replacements[which])
        elif plain:
            out.append(replacements[0])
        last = position + len(patterns[which])
        cursors[which].advance()
        for cursor in cursors:
            if cursor.pos is not None and cursor.pos < last:
                cursor.skip_to(last)
        count += 1
    out.append(text[last:])
    return "".join(out)


@registry.function("SUBSTITUTE", 2, 4)
def substitute(ctx: FunctionContext, value: Any, search: Any, *rest: Any) -> str | None:
    """Replace occurrences of the search strings (list, string or mapping), up to ``limit``."""
    if isinstance(search, dict) and len(rest) > 1:
        number_mismatch = errno.QUERY_FUNCTION_ARGUMENT_NUMBER_MISMATCH
        ctx.warn(number_mismatch, fmt(number_mismatch, "SUBSTITUTE", 2, 3))
        return None
    try:
        patterns, replacements, plain, limit = _substitute_plan(search, rest)
    except ValueError:
        invalid_argument(ctx, "SUBSTITUTE")
        return None
    text = to_string(value)
    if limit == 0 or not patterns:
        return text
    return _substitute(text, patterns, replacements, plain, limit)
