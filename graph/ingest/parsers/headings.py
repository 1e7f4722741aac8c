"""Recognising headings in plain text lines (TXT files, PDF text layers)."""

from __future__ import annotations

import re

_NUMBERED = re.compile(r"^((?:\d+\.)+\d*|\d+(?:\.\d+)+)\s+([A-Z].{0,78})$")
_CAPS = re.compile(r"^[A-Z][A-Z0-9 ,&/()\-:]{2,78}$")


def numbered_heading(line: str) -> tuple[int, str] | None:
    """``(level, line)`` for ``1. Design basis`` or ``2.3 Feed`` (level = number depth).

    A line ending like a sentence (``.``, ``,``, ``;``, ``:``) is not a heading.
    """
    line = line.strip()
    match = _NUMBERED.match(line)
    if not match or line.endswith((".", ",", ";", ":")):
        return None
    return len(re.findall(r"\d+", match.group(1))), line


def caps_heading(line: str) -> tuple[int, str] | None:
    """``(1, line)`` for a short upper-case line such as ``HAZARDS``."""
    line = line.strip()
    if _CAPS.match(line) and sum(c.isalpha() for c in line) >= 3:
        return 1, line
    return None


def line_heading(line: str) -> tuple[int, str] | None:
    """A numbered or upper-case heading, or ``None``."""
    return numbered_heading(line) or caps_heading(line)
