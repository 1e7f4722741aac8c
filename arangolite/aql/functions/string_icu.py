"""ICU regular expressions, LIKE patterns and ICU's split, expressed with Python's ``re``.

ArangoDB hands REGEX_* patterns to ICU's ``RegexMatcher``. Python's ``re`` reads
most of that syntax the same way; :func:`translate` rewrites the parts it does
not: ``.`` excludes all of ICU's line terminators, ``\\s`` is ICU's white space
set, and ``\\Q…\\E``, ``\\x{h…}``, ``\\z``, ``\\Z``, ``\\h``, ``\\R``, ``\\e``,
``\\cX``, ``(?<name>…)`` and ``\\k<name>`` get their Python spelling. Patterns
``re`` still cannot compile (``\\p{…}``, ``\\X``, …) count as invalid.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from functools import lru_cache

# ICU's line terminators, which "." does not match
_TERMINATORS = "\\n\\x0b\\x0c\\r\\x85\\u2028\\u2029"
DOT = f"[^{_TERMINATORS}]"
# ICU's \s: [\t\n\f\r\p{Z}]
_SPACE_CHARS = "\\t\\n\\x0c\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000"
# ICU's \h: horizontal white space
_HSPACE_CHARS = "\\t \\xa0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000"
_SIMPLE_ESCAPES = {
    "z": "\\Z",
    "Z": f"(?=(?:\\r\\n|[{_TERMINATORS}])?\\Z)",
    "R": f"(?:\\r\\n|[{_TERMINATORS}])",
    "s": f"[{_SPACE_CHARS}]",
    "S": f"[^{_SPACE_CHARS}]",
    "h": f"[{_HSPACE_CHARS}]",
    "H": f"[^{_HSPACE_CHARS}]",
    "e": "\\x1b",
}
_CLASS_ESCAPES = {"s": _SPACE_CHARS, "h": _HSPACE_CHARS, "e": "\\x1b"}
_DOTALL_FLAG = re.compile(r"\(\?[imswx]*s[imswx]*[:)]")
# ICU's split() result slots per call; ArangoDB splits in chunks of this many
SPLIT_CHUNK = 16


class _Translator:
    """One pass over an ICU pattern, building the Python pattern."""

    def __init__(self, pattern: str) -> None:
        self.src = pattern
        self.pos = 0
        self.out: list[str] = []
        self.in_class = False
        self.class_start = -1
        self.dotall = _DOTALL_FLAG.search(pattern) is not None

    def run(self) -> str:
        while self.pos < len(self.src):
            char = self.src[self.pos]
            if char == "\\" and self.pos + 1 < len(self.src):
                self._escape(self.src[self.pos + 1])
            elif self.in_class:
                self._class_char(char)
            else:
                self._plain_char(char)
        return "".join(self.out)

    def _class_char(self, char: str) -> None:
        opening = self.pos == self.class_start or (
            self.pos == self.class_start + 1 and self.src[self.class_start] == "^"
        )
        if char == "]" and not opening:
            self.in_class = False
        self.out.append(char)
        self.pos += 1

    def _plain_char(self, char: str) -> None:
        self.pos += 1
        if char == "[":
            self.in_class, self.class_start = True, self.pos
            self.out.append(char)
        elif char == "." and not self.dotall:
            self.out.append(DOT)
        elif char == "(" and self.src.startswith("?<", self.pos) and not self._lookbehind():
            self.out.append("(?P<")
            self.pos += 2
        else:
            self.out.append(char)

    def _lookbehind(self) -> bool:
        return self.src[self.pos + 2 : self.pos + 3] in ("=", "!")

    def _escape(self, code: str) -> None:
        start = self.pos
        self.pos += 2
        if code == "Q":
            self._quoted()
        elif code == "x" and self.src.startswith("{", self.pos):
            self._hex_braced(start)
        elif code == "c" and self.pos < len(self.src):
            self.out.append(f"\\x{ord(self.src[self.pos]) & 0x1F:02x}")
            self.pos += 1
        elif code == "k" and self.src.startswith("<", self.pos) and not self.in_class:
            end = self.src.find(">", self.pos)
            end = len(self.src) if end == -1 else end
            self.out.append(f"(?P={self.src[self.pos + 1 : end]})")
            self.pos = end + 1
        elif self.in_class and code in _CLASS_ESCAPES:
            self.out.append(_CLASS_ESCAPES[code])
        elif not self.in_class and code in _SIMPLE_ESCAPES:
            self.out.append(_SIMPLE_ESCAPES[code])
        else:
            self.out.append(self.src[start : self.pos])

    def _quoted(self) -> None:
        end = self.src.find("\\E", self.pos)
        end = len(self.src) if end == -1 else end
        self.out.append(re.escape(self.src[self.pos : end]))
        self.pos = end + 2

    def _hex_braced(self, start: int) -> None:
        end = self.src.find("}", self.pos)
        digits = self.src[self.pos + 1 : end] if end != -1 else ""
        if end == -1 or not digits or len(digits) > 6 or not _is_hex(digits):
            # leave it malformed: Python rejects "\x{" as ICU does
            self.out.append(self.src[start : self.pos])
            return
        self.out.append(f"\\U{int(digits, 16):08x}")
        self.pos = end + 1


def _is_hex(text: str) -> bool:
    return all(c in "0123456789abcdefABCDEF" for c in text)


def translate(pattern: str) -> str:
    """The Python ``re`` spelling of an ICU regular expression."""
    return _Translator(pattern).run()


@lru_cache(maxsize=512)
def compile_icu(pattern: str, case_insensitive: bool) -> re.Pattern[str] | None:
    """Compile an ICU pattern; None when it is not a valid regular expression."""
    flags = re.IGNORECASE if case_insensitive else 0
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return re.compile(translate(pattern), flags)
    except (re.error, OverflowError, RecursionError, ValueError):
        return None


# LIKE's wildcards: ArangoDB turns "_" into ICU's (.|[\r\n]) and "%" into (.|[\r\n])*
_LIKE_ONE = "[^\\x0b\\x0c\\x85\\u2028\\u2029]"
_LIKE_SPECIAL = frozenset("?+[(){}^$|\\.*")


@lru_cache(maxsize=512)
def compile_like(pattern: str, case_insensitive: bool) -> re.Pattern[str]:
    """A LIKE pattern (``%``, ``_``, backslash escapes) as a regex to match in full."""
    parts: list[str] = []
    escaped = False
    for char in pattern:
        if char == "\\":
            if escaped:
                parts.append(re.escape("\\"))
            escaped = not escaped
            continue
        if char == "%" and not escaped:
            parts.append(_LIKE_ONE + "*")
        elif char == "_" and not escaped:
            parts.append(_LIKE_ONE)
        else:
            if escaped and char not in _LIKE_SPECIAL and char not in "%_":
                parts.append(re.escape("\\"))
            parts.append(re.escape(char))
        escaped = False
    return re.compile("".join(parts), re.IGNORECASE if case_insensitive else 0)


def icu_split(regex: re.Pattern[str], text: str, capacity: int) -> list[str]:
    """ICU ``RegexMatcher::split``: at most ``capacity`` fields, captured groups included."""
    fields: list[str] = []
    start = 0
    matches = regex.finditer(text)
    while True:
        if len(fields) >= capacity - 1:
            fields.append(text[start:])
            return fields
        match = next(matches, None)
        if match is None:
            fields.append(text[start:])
            return fields
        fields.append(text[start : match.start()])
        start = match.end()
        for group in match.groups():
            if len(fields) - 1 >= capacity - 2:
                break
            fields.append(group or "")
        if start == len(text):
            if len(fields) < capacity:
                fields.append("")
            return fields


def arango_split(regex: re.Pattern[str], text: str, empty_pattern: bool, limit: int) -> list[str]:
    """ArangoDB's SPLIT/REGEX_SPLIT loop over ICU's split, in chunks of 16 fields."""
    if not empty_pattern and not text:
        return [""]
    result: list[str] = []
    while True:
        fields = icu_split(regex, text, SPLIT_CHUNK)
        copy = len(fields)
        if copy > 0 and (copy == SPLIT_CHUNK or empty_pattern):
            copy -= 1
        for index in range(copy):
            if limit >= 0 and len(result) >= limit:
                break
            if index == 0 and empty_pattern:
                continue
            result.append(fields[index])
        if len(fields) != SPLIT_CHUNK or (limit >= 0 and len(result) >= limit):
            return result
        text = fields[SPLIT_CHUNK - 1]


def icu_replacement(template: str, regex: re.Pattern[str]) -> Callable[[re.Match[str]], str]:
    """An ICU replacement string (``$n``, ``${name}``, ``\\`` escapes) as a ``re.sub`` callback.

    Raises:
        ValueError: the template names a group the pattern does not have.
    """
    pieces: list[str | int] = []
    index = 0
    while index < len(template):
        char = template[index]
        if char == "\\" and index + 1 < len(template):
            pieces.append(template[index + 1])
            index += 2
        elif char == "$":
            group, index = _group_reference(template, index + 1, regex)
            pieces.append(group)
        else:
            pieces.append(char)
            index += 1

    def expand(match: re.Match[str]) -> str:
        return "".join(p if isinstance(p, str) else (match.group(p) or "") for p in pieces)

    return expand


def _group_reference(template: str, index: int, regex: re.Pattern[str]) -> tuple[int, int]:
    """The group number after a ``$`` and the index after the reference."""
    if template.startswith("{", index):
        end = template.find("}", index)
        name = template[index + 1 : end] if end != -1 else ""
        if not name or name not in regex.groupindex:
            raise ValueError(name)
        return regex.groupindex[name], end + 1
    if index >= len(template) or not template[index].isdigit():
        raise ValueError("$")
    number = int(template[index])
    index += 1
    while index < len(template) and template[index].isdigit():
        longer = number * 10 + int(template[index])
        if longer > regex.groups:
            break
        number, index = longer, index + 1
    if number > regex.groups:
        raise ValueError(number)
    return number, index
