"""Parsing a JSON array while keeping each element's own text.

Bulk inserts store every document as JSON; reusing the text the client sent
(see :func:`arangolite.storage.docops.stored_text`) saves serializing it again.
"""

from __future__ import annotations

import json
from typing import Any

_DECODER = json.JSONDecoder()
_SPACE = " \t\n\r"


def _skip(text: str, pos: int) -> int:
    end = len(text)
    while pos < end and text[pos] in _SPACE:
        pos += 1
    return pos


def _closed(text: str, pos: int) -> bool:
    """Whether ``text`` ends with ``]`` at ``pos`` (only whitespace after it)."""
    if not text.startswith("]", pos):
        return False
    if text[pos + 1 :].strip(_SPACE):
        raise ValueError("unexpected text after JSON array")
    return True


def elements_with_text(text: str) -> list[tuple[Any, str]] | None:
    """``(value, text)`` for each element of the JSON array ``text``; None if not an array.

    Raises ValueError for malformed JSON.
    """
    pos = _skip(text, 0)
    if not text.startswith("[", pos):
        return None
    pos = _skip(text, pos + 1)
    out: list[tuple[Any, str]] = []
    if _closed(text, pos):
        return out
    decode = _DECODER.raw_decode
    while True:
        value, end = decode(text, pos)
        out.append((value, text[pos:end]))
        pos = _skip(text, end)
        if text.startswith(",", pos):
            pos = _skip(text, pos + 1)
        elif _closed(text, pos):
            return out
        else:
            raise ValueError("expecting ',' or ']' in JSON array")
