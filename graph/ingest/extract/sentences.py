"""Fast sentence splitting for engineering prose, lists, headings and table lines.

Text is first cut into blocks at structure: a blank line, or a line break before a
heading, a bullet or numbered item, a table row or an indented line (and after a title
written in capitals or a table row). Each block is then cut after ``.``, ``!`` or ``?``
when the next word starts a sentence, unless the word before the stop is an abbreviation
(``e.g.``, ``approx.``, ``No. 3``). Decimals (``1.5``) and tags ending a sentence
(``R-101.``) need no special case: a stop only counts when whitespace follows it.
"""

from __future__ import annotations

import re
from itertools import pairwise

# Abbreviations that never end a sentence, compared in lower case without their dots.
_ABBREVIATIONS = frozenset(
    {"eg", "ie", "approx", "ca", "cf", "vs", "resp", "incl", "esp", "viz", "al", "dept", "prof"}
)
# Abbreviations that only stand before a number (``No. 3``, ``Fig. 2``).
_BEFORE_NUMBER = frozenset(
    {"no", "nos", "fig", "figs", "eq", "eqs", "ref", "refs", "tab", "vol", "p", "pp", "sec"}
)

# A stop, closing quotes/brackets, whitespace, then something that can start a sentence.
_STOP = re.compile(r"[.!?]+[\"')\]]*\s+(?=[A-Z0-9\"'(\[])")
_ITEM_NUMBER = re.compile(r"\s*\d{1,3}(?:\.\d{1,3})*\.")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_LINE = re.compile(r"[^\n]*\n|[^\n]+$")
# A line that starts a block of its own: heading, bullet, numbered item, table row, indent.
_OPENS_BLOCK = re.compile(r"^(?:[ \t]{2,}\S|\s*(?:#|>|\||[-*+•\u2013]\s|\d{1,2}[.)]\s))")
# A line that stands alone: table row, markdown heading, or a title in capitals.
_STANDS_ALONE = re.compile(r"^\s*(?:\|.*|#.*|[^a-z\n]*[A-Z]{2}[^a-z\n]*)$")
# A short line without a closing mark (an equation, a label) ends its block when the next
# line starts with a capital or a digit; long lines are prose wrapped by a PDF or an editor.
_SHORT_LINE = 60
_ENDS_CLAUSE = re.compile(r"[.,;:!?\-\u2013(]\s*$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` as ``(start, end)`` spans, in order.

    Spans never include surrounding whitespace and never overlap; text made only of
    whitespace has no sentences.
    """
    spans: list[tuple[int, int]] = []
    for start, end in _blocks(text):
        spans.extend(_split_block(text, start, end))
    return spans


def _blocks(text: str) -> list[tuple[int, int]]:
    """Cut ``text`` into blocks at blank lines and structural line breaks."""
    blocks: list[tuple[int, int]] = []
    start: int | None = None
    previous = ""
    for line in _LINE.finditer(text):
        content = line.group().rstrip("\n")
        if not content.strip():
            if start is not None:
                blocks.append((start, line.start()))
            start, previous = None, ""
            continue
        if start is not None and _breaks(previous, content):
            blocks.append((start, line.start()))
            start = None
        if start is None:
            start = line.start()
        previous = content
    if start is not None:
        blocks.append((start, len(text)))
    return blocks


def _breaks(previous: str, line: str) -> bool:
    """Whether the break between two non-blank lines separates blocks."""
    if _STANDS_ALONE.match(previous) or _STANDS_ALONE.match(line) or _OPENS_BLOCK.match(line):
        return True
    first = line.lstrip()[:1]
    return (
        len(previous) < _SHORT_LINE
        and not _ENDS_CLAUSE.search(previous)
        and (first.isupper() or first.isdigit())
    )


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut one block after sentence stops, then trim whitespace."""
    cuts = [start]
    for stop in _STOP.finditer(text, start, end):
        if _ITEM_NUMBER.fullmatch(text, start, stop.start() + 1):
            continue  # "1. Purpose", "2.3. Reactions": a numbered heading or list item
        if not _is_abbreviation(text, stop.start(), stop.end()):
            cuts.append(stop.end())
    cuts.append(end)
    spans = []
    for left, right in pairwise(cuts):
        span = _trim(text, left, right)
        if span is not None:
            spans.append(span)
    return spans


def _is_abbreviation(text: str, stop: int, following: int) -> bool:
    """Whether the stop at ``stop`` belongs to an abbreviation or a dotted leader."""
    if text.startswith("..", stop):
        return True
    found = _WORD_BEFORE.search(text, max(0, stop - 20), stop)
    if found is None:
        return False
    word = found.group(1).replace(".", "").lower()
    if word in _ABBREVIATIONS:
        return True
    return word in _BEFORE_NUMBER and following < len(text) and text[following].isdigit()


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
