"""The ``Parser`` contract and the media types ProcessKG reads."""

from __future__ import annotations

from typing import Protocol

from graph.ingest.document import ParsedDocument

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MARKDOWN = "text/markdown"
TEXT = "text/plain"
HTML = "text/html"
CSV = "text/csv"

MEDIA_TYPES = (PDF, DOCX, XLSX, MARKDOWN, TEXT, HTML, CSV)


class Parser(Protocol):
    """Turns the bytes of one format into a ``ParsedDocument``."""

    def parse(self, data: bytes, filename: str) -> ParsedDocument:
        """The document in ``data``.

        Raises:
            DocumentError: the bytes cannot be read as this format or hold no text.
        """
        ...
