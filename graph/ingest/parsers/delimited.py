"""CSV (and other delimited text) tables, read as a stream table when they are one."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from graph.errors import CorruptDocument
from graph.ingest.document import ParsedDocument
from graph.ingest.limits import IngestLimits, decode_text
from graph.ingest.parsers.base import CSV
from graph.ingest.parsers.builder import DocumentBuilder, default_title
from graph.ingest.parsers.stream_table import add_table, clean_rows, read_stream_table


@dataclass(frozen=True)
class CsvParser:
    """Comma-, semicolon- or tab-separated tables (the delimiter is sniffed)."""

    limits: IngestLimits = field(default_factory=IngestLimits)

    def parse(self, data: bytes, filename: str) -> ParsedDocument:
        """The table as text, and its streams when it is a stream table.

        Raises:
            UnsupportedDocument: the bytes are binary.
            CorruptDocument: the rows cannot be read as CSV.
            EmptyDocument: no cells with text.
        """
        text = decode_text(data, filename, self.limits)
        try:
            dialect: type[csv.Dialect] = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
        except csv.Error:
            dialect = csv.excel
        try:
            headers, rows = clean_rows(list(csv.reader(io.StringIO(text), dialect)))
        except csv.Error as exc:
            raise CorruptDocument(f"{filename}: not readable as CSV ({exc})") from exc
        title = default_title(filename)
        builder = DocumentBuilder(filename, CSV)
        add_table(builder, headers, rows, (title,))
        table = read_stream_table(headers, rows, sheet=None)
        return builder.build(title=title, stream_table=table)
