"""Chooses the parser for an upload and runs the checks every upload goes through."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from graph.errors import UnsupportedDocument
from graph.ingest.document import ParsedDocument
from graph.ingest.limits import IngestLimits, check_size
from graph.ingest.parsers.base import CSV, DOCX, HTML, MARKDOWN, PDF, TEXT, XLSX, Parser
from graph.ingest.parsers.delimited import CsvParser
from graph.ingest.parsers.pdf import PdfParser
from graph.ingest.parsers.sniff import detect_media_type
from graph.ingest.parsers.spreadsheet import XlsxParser
from graph.ingest.parsers.text import MarkdownParser, TextParser
from graph.ingest.parsers.web import HtmlParser
from graph.ingest.parsers.word import DocxParser


class ParserRegistry:
    """Parsers by media type; ``parse`` sniffs the type and refuses bad files first."""

    def __init__(self, parsers: Mapping[str, Parser], limits: IngestLimits) -> None:
        self._parsers = MappingProxyType(dict(parsers))
        self.limits = limits

    @property
    def media_types(self) -> frozenset[str]:
        """The media types this registry parses."""
        return frozenset(self._parsers)

    def parser_for(self, data: bytes, filename: str, media_type: str | None = None) -> Parser:
        """The parser for ``data`` by its content, media type and extension.

        Raises:
            UnsupportedDocument: no parser for the detected type.
            CorruptDocument: the content contradicts a declared binary format.
        """
        detected = detect_media_type(data, filename, media_type)
        parser = self._parsers.get(detected)
        if parser is None:
            raise UnsupportedDocument(f"{filename}: no parser for {detected}")
        return parser

    def parse(self, data: bytes, filename: str, media_type: str | None = None) -> ParsedDocument:
        """Parse an upload: the size is checked first, then the type, then the content.

        Raises:
            DocumentTooLarge: over the size limit, or a zip bomb.
            EmptyDocument: no bytes, or no text.
            UnsupportedDocument: an unknown type, binary posing as text, or a PDF that
                needs a password (``EncryptedDocument``).
            CorruptDocument: the format's parser cannot read it.
        """
        check_size(data, filename, self.limits)
        return self.parser_for(data, filename, media_type).parse(data, filename)


def default_registry(limits: IngestLimits | None = None) -> ParserRegistry:
    """A registry with every built-in parser, sharing ``limits`` (defaults if ``None``)."""
    limits = limits or IngestLimits()
    parsers: dict[str, Parser] = {
        PDF: PdfParser(limits),
        DOCX: DocxParser(limits),
        XLSX: XlsxParser(limits),
        MARKDOWN: MarkdownParser(limits),
        TEXT: TextParser(limits),
        HTML: HtmlParser(limits),
        CSV: CsvParser(limits),
    }
    return ParserRegistry(parsers, limits)


def parse_document(
    data: bytes,
    filename: str,
    media_type: str | None = None,
    limits: IngestLimits | None = None,
) -> ParsedDocument:
    """Parse one upload with the built-in parsers (see ``ParserRegistry.parse``)."""
    return default_registry(limits).parse(data, filename, media_type)
