"""XLSX workbooks: each sheet a table under its name; the first stream table is read."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from graph.errors import CorruptDocument
from graph.ingest.document import ParsedDocument, StreamTable
from graph.ingest.limits import IngestLimits, check_zip
from graph.ingest.parsers.base import XLSX
from graph.ingest.parsers.builder import DocumentBuilder
from graph.ingest.parsers.stream_table import add_table, clean_rows, read_stream_table

_UNREADABLE = (
    InvalidFileException,
    zipfile.BadZipFile,
    SyntaxError,
    KeyError,
    ValueError,
    TypeError,
    OSError,
)


@dataclass(frozen=True)
class XlsxParser:
    """Excel workbooks, read with openpyxl (cached values, not formulas)."""

    limits: IngestLimits = field(default_factory=IngestLimits)

    def parse(self, data: bytes, filename: str) -> ParsedDocument:
        """Every sheet's table as text, and the first stream table found.

        Raises:
            DocumentTooLarge: the archive would inflate past the limits.
            CorruptDocument: not a readable workbook.
            EmptyDocument: no cells with text.
        """
        check_zip(data, filename, self.limits)
        try:
            sheets = _read_sheets(data)
        except _UNREADABLE as exc:
            raise CorruptDocument(f"{filename}: not a readable XLSX workbook ({exc})") from exc
        builder = DocumentBuilder(filename, XLSX)
        table: StreamTable | None = None
        for name, raw in sheets:
            headers, rows = clean_rows(raw)
            add_table(builder, headers, rows, (name,))
            table = table or read_stream_table(headers, rows, sheet=name)
        return builder.build(stream_table=table)


def _read_sheets(data: bytes) -> list[tuple[str, list[tuple[object, ...]]]]:
    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        return [(ws.title, list(ws.iter_rows(values_only=True))) for ws in workbook.worksheets]
    finally:
        workbook.close()
