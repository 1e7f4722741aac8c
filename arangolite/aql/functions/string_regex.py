"""AQL pattern functions: LIKE, SPLIT and the REGEX_* family (string.md).

Patterns use ICU's syntax (see :mod:`string_icu`). An invalid regular
expression gives null and the warning "invalid regex value", as in ArangoDB.
"""

from __future__ import annotations

import re
from typing import Any

from arangolite import errno
from arangolite.aql.functions.registry import FunctionContext, Registry, invalid_argument
from arangolite.aql.functions.reporting import warn
from arangolite.aql.functions.string_args import to_int64
from arangolite.aql.functions.string_icu import (
    arango_split,
    compile_icu,
    compile_like,
    icu_replacement,
)
from arangolite.aql.values import is_number, to_bool, to_string

registry = Registry()


def _flag(args: tuple[Any, ...], index: int) -> bool:
    return to_bool(args[index]) if len(args) > index else False


def _pattern(ctx: FunctionContext, name: str, regex: Any, ci: bool) -> re.Pattern[str] | None:
    compiled = compile_icu(to_string(regex), ci)
    if compiled is None:
        warn(ctx, name, errno.QUERY_INVALID_REGEX)
    return compiled


@registry.function("LIKE", 2, 3)
def like(ctx: FunctionContext, text: Any, search: Any, *case_insensitive: Any) -> bool:
    """Whether ``text`` matches the wildcard pattern (``%`` any run, ``_`` one character)."""
    regex = compile_like(to_string(search), _flag(case_insensitive, 0))
    return regex.fullmatch(to_string(text)) is not None


def _split_limit(ctx: FunctionContext, name: str, limit: Any) -> int | None:
    """The limit, or None after a warning when it is not a number."""
    if not is_number(limit):
        invalid_argument(ctx, name)
        return None
    return to_int64(limit)


def _separator_regex(separator: Any) -> tuple[re.Pattern[str], bool]:
    """SPLIT's separator(s) as a literal alternation, and whether it is empty."""
    if isinstance(separator, list):
        parts: list[str] = []
        for item in separator:
            if not isinstance(item, str) or not item:
                return re.compile(""), True
            parts.append(re.escape(item))
        return re.compile("|".join(parts)), False
    if isinstance(separator, str):
        return re.compile(re.escape(separator)), separator == ""
    return re.compile(""), False


@registry.function("SPLIT", 1, 3)
def split(ctx: FunctionContext, value: Any, *rest: Any) -> list[Any] | None:
    """Split a string at a separator string (or any of a list of them), up to ``limit`` parts."""
    limit = -1
    if len(rest) == 2:
        checked = _split_limit(ctx, "SPLIT", rest[1])
        if checked is None or checked < 0:
            return None
        if checked == 0:
            return []
        limit = checked
    if rest and isinstance(rest[0], dict):
        invalid_argument(ctx, "SPLIT")
        return None
    if not rest:
        return [value]
    regex, empty = _separator_regex(rest[0])
    return arango_split(regex, to_string(value), empty, limit)


@registry.function("REGEX_SPLIT", 2, 4)
def regex_split(ctx: FunctionContext, value: Any, regex: Any, *rest: Any) -> list[str] | None:
    """Split a string where the regular expression matches; captured groups are kept."""
    limit = -1
    if len(rest) == 2:
        checked = _split_limit(ctx, "REGEX_SPLIT", rest[1])
        if checked is None or checked < 0:
            return None
        if checked == 0:
            return []
        limit = checked
    pattern = to_string(regex)
    compiled = _pattern(ctx, "REGEX_SPLIT", pattern, _flag(rest, 0))
    if compiled is None:
        return None
    return arango_split(compiled, to_string(value), pattern == "", limit)


@registry.function("REGEX_TEST", 2, 3)
def regex_test(ctx: FunctionContext, text: Any, regex: Any, *rest: Any) -> bool | None:
    """Whether the regular expression matches somewhere in ``text``."""
    compiled = _pattern(ctx, "REGEX_TEST", regex, _flag(rest, 0))
    if compiled is None:
        return None
    return compiled.search(to_string(text)) is not None


@registry.function("REGEX_MATCHES", 2, 3)
def regex_matches(ctx: FunctionContext, text: Any, regex: Any, *rest: Any) -> list[str] | None:
    """The first match and its groups (unmatched groups as ``""``), or null without a match."""
    compiled = _pattern(ctx, "REGEX_MATCHES", regex, _flag(rest, 0))
    if compiled is None:
        return None
    match = compiled.search(to_string(text))
    if match is None:
        return None
    return [match.group(0), *(group or "" for group in match.groups())]


@registry.function("REGEX_REPLACE", 3, 4)
def regex_replace(
    ctx: FunctionContext, text: Any, regex: Any, replacement: Any, *rest: Any
) -> str | None:
    """Replace every match; ``$n`` and ``${name}`` in ``replacement`` insert groups."""
    compiled = _pattern(ctx, "REGEX_REPLACE", regex, _flag(rest, 0))
    if compiled is None:
        return None
    value = to_string(text)
    try:
        expand = icu_replacement(to_string(replacement), compiled)
    except ValueError:
        if compiled.search(value) is None:
            return value
        warn(ctx, "REGEX_REPLACE", errno.QUERY_INVALID_REGEX)
        return None
    return compiled.sub(expand, value)
