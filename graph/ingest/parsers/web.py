"""HTML: visible text by block element, headings as sections; scripts, styles, nav dropped."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser as _StdlibHTMLParser

from graph.ingest.document import ParsedDocument
from graph.ingest.limits import IngestLimits, decode_text
from graph.ingest.parsers.base import HTML
from graph.ingest.parsers.builder import DocumentBuilder, SectionTracker

_SKIPPED = frozenset({"script", "style", "nav", "noscript", "template", "svg"})
_BLOCKS = frozenset(
    {
        "p", "div", "li", "ul", "ol", "tr", "table", "section", "article", "main", "header",
        "footer", "aside", "blockquote", "pre", "dd", "dt", "dl", "figure", "figcaption",
        "form", "body", "caption", "address",
    }
)  # fmt: skip
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_CELLS = frozenset({"td", "th"})
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "wbr"})
_SPACES = re.compile(r"\s+")


class _Collector(_StdlibHTMLParser):
    """Feeds visible text, block by block, into a ``DocumentBuilder``."""

    def __init__(self, builder: DocumentBuilder) -> None:
        super().__init__(convert_charrefs=True)
        self.builder = builder
        self.sections = SectionTracker()
        self.title = ""
        self.first_heading: str | None = None
        self._skip: list[str] = []
        self._in_title = False
        self._heading: int | None = None
        self._text: list[str] = []
        self._cells: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag == "br":
                self._text.append(" ")
            return
        if tag == "title":
            self._in_title = True
        if tag in _SKIPPED or self._skip:
            self._skip.append(tag)
        elif tag in _HEADINGS or tag in _BLOCKS:
            self._flush()
            self._heading = _HEADINGS.get(tag)
        elif tag in _CELLS:
            self._end_cell()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if self._skip:
            if tag in self._skip:
                while self._skip.pop() != tag:
                    pass
            return
        if tag in _CELLS:
            self._end_cell()
        elif tag in _HEADINGS or tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip:
            self._text.append(data)

    def finish(self) -> None:
        """Add the text still pending after the last tag."""
        self._flush()

    def _end_cell(self) -> None:
        cell = _SPACES.sub(" ", "".join(self._text)).strip()
        self._text = []
        if cell:
            self._cells.append(cell)

    def _flush(self) -> None:
        self._end_cell()
        text = " | ".join(self._cells)
        self._cells = []
        if self._heading is not None and text:
            self.builder.add(text, self.sections.enter(self._heading, text))
            self.first_heading = self.first_heading or text
        else:
            self.builder.add(text, self.sections.path)
        self._heading = None


@dataclass(frozen=True)
class HtmlParser:
    """HTML pages, with the standard library's tolerant ``html.parser``."""

    limits: IngestLimits = field(default_factory=IngestLimits)

    def parse(self, data: bytes, filename: str) -> ParsedDocument:
        """The visible text of the page by block, under its headings.

        Raises:
            UnsupportedDocument: the bytes are binary.
            EmptyDocument: no visible text.
        """
        builder = DocumentBuilder(filename, HTML)
        collector = _Collector(builder)
        collector.feed(decode_text(data, filename, self.limits))
        collector.close()
        collector.finish()
        title = _SPACES.sub(" ", collector.title).strip()
        return builder.build(title=title or collector.first_heading)
