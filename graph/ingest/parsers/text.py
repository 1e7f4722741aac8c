"""Plain text and Markdown: paragraphs under the headings that precede them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from graph.ingest.document import ParsedDocument
from graph.ingest.limits import IngestLimits, decode_text
from graph.ingest.parsers.base import MARKDOWN, TEXT
from graph.ingest.parsers.builder import DocumentBuilder, SectionTracker
from graph.ingest.parsers.headings import caps_heading, line_heading

_ATX = re.compile(r"^ {0,3}(#{1,6})\s+(.+?)\s*#*\s*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")


def paragraphs(text: str) -> Iterator[list[str]]:
    """The runs of non-blank lines of ``text``, outside fenced code kept together."""
    current: list[str] = []
    fenced = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
        if not line.strip() and not fenced:
            if current:
                yield current
            current = []
        else:
            current.append(line)
    if current:
        yield current


def _markdown_heading(lines: list[str]) -> tuple[int, str, list[str]] | None:
    """``(level, heading, rest)`` if the paragraph opens with a Markdown heading."""
    atx = _ATX.match(lines[0])
    if atx:
        return len(atx.group(1)), atx.group(2), lines[1:]
    if len(lines) >= 2 and _SETEXT.match(lines[1]) and not _FENCE.match(lines[0]):
        return (1 if lines[1].strip()[0] == "=" else 2), lines[0].strip(), lines[2:]
    return None


def _text_heading(lines: list[str]) -> tuple[int, str, list[str]] | None:
    """``(level, heading, rest)`` for an underlined, numbered or upper-case heading.

    A numbered heading stands alone; an upper-case one may head its paragraph.
    """
    underlined = _markdown_heading(lines) if len(lines) >= 2 else None
    if underlined:
        return underlined
    found = line_heading(lines[0]) if len(lines) == 1 else caps_heading(lines[0])
    return (found[0], found[1], lines[1:]) if found else None


def _build(text: str, filename: str, media_type: str, markdown: bool) -> ParsedDocument:
    builder = DocumentBuilder(filename, media_type)
    sections = SectionTracker()
    title: str | None = None
    heading_of = _markdown_heading if markdown else _text_heading
    for lines in paragraphs(text):
        heading = heading_of(lines)
        if heading:
            level, name, lines = heading
            path = sections.enter(level, name)
            builder.add(name, path)
            title = title or (name if level == 1 else None)
        builder.add("\n".join(lines), sections.path)
    return builder.build(title=title)


@dataclass(frozen=True)
class TextParser:
    """Plain text: numbered (``2.1 Feed``), upper-case and underlined lines are headings."""

    limits: IngestLimits = field(default_factory=IngestLimits)

    def parse(self, data: bytes, filename: str) -> ParsedDocument:
        """The paragraphs of the text, each under its section path.

        Raises:
            UnsupportedDocument: the bytes are binary.
            EmptyDocument: only whitespace.
        """
        return _build(decode_text(data, filename, self.limits), filename, TEXT, markdown=False)


@dataclass(frozen=True)
class MarkdownParser:
    """Markdown: ATX (``#``) and setext headings give the section path."""

    limits: IngestLimits = field(default_factory=IngestLimits)

    def parse(self, data: bytes, filename: str) -> ParsedDocument:
        """The paragraphs of the Markdown, each under its section path.

        Raises:
            UnsupportedDocument: the bytes are binary.
            EmptyDocument: only whitespace.
        """
        text = decode_text(data, filename, self.limits)
        return _build(text, filename, MARKDOWN, markdown=True)
