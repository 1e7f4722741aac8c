"""DOCX: paragraphs and tables in document order; heading styles give the section path."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field

from docx import Document
from docx.opc.exceptions import OpcError
from docx.table import Table
from docx.text.paragraph import Paragraph

from graph.errors import CorruptDocument
from graph.ingest.document import ParsedDocument
from graph.ingest.limits import IngestLimits, check_zip
from graph.ingest.parsers.base import DOCX
from graph.ingest.parsers.builder import DocumentBuilder, SectionTracker

_HEADING = re.compile(r"^Heading (\d)$")
_UNREADABLE = (
    OpcError,
    zipfile.BadZipFile,
    SyntaxError,
    KeyError,
    ValueError,
    TypeError,
    AttributeError,
)


def _heading_level(paragraph: Paragraph) -> int | None:
    """1-9 for a ``Heading N`` paragraph, 0 for the ``Title`` style, else ``None``."""
    name = paragraph.style.name if paragraph.style is not None else ""
    if name == "Title":
        return 0
    match = _HEADING.match(name or "")
    return int(match.group(1)) if match else None


def _table_text(table: Table) -> str:
    """One line per row, cells joined by `` | `` (merged cells once)."""
    lines = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = " ".join(cell.text.split())
            if text and (not cells or cells[-1] != text):
                cells.append(text)
        if cells:
            lines.append(" | ".join(cells))
    return "\n".join(lines)


@dataclass(frozen=True)
class DocxParser:
    """Word documents, read with python-docx (no page numbers: DOCX has none fixed)."""

    limits: IngestLimits = field(default_factory=IngestLimits)

    def parse(self, data: bytes, filename: str) -> ParsedDocument:
        """Paragraphs and tables in order, each under its heading path.

        Raises:
            DocumentTooLarge: the archive would inflate past the limits.
            CorruptDocument: not a readable DOCX.
            EmptyDocument: no text.
        """
        check_zip(data, filename, self.limits)
        try:
            return self._read(data, filename)
        except _UNREADABLE as exc:
            raise CorruptDocument(f"{filename}: not a readable DOCX ({exc})") from exc

    def _read(self, data: bytes, filename: str) -> ParsedDocument:
        document = Document(io.BytesIO(data))
        builder = DocumentBuilder(filename, DOCX)
        sections = SectionTracker()
        title = document.core_properties.title or None
        for item in document.iter_inner_content():
            if isinstance(item, Table):
                builder.add(_table_text(item), sections.path)
                continue
            level = _heading_level(item)
            if level is not None and item.text.strip():
                builder.add(item.text, sections.enter(level, item.text))
                title = title or item.text.strip()
            else:
                builder.add(item.text, sections.path)
        return builder.build(title=title)
