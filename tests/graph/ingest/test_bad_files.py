"""Bad uploads are refused with a ``DocumentError`` that says why, and produce nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import (
    CorruptDocument,
    DocumentError,
    DocumentTooLarge,
    EmptyDocument,
    EncryptedDocument,
    ProcessKGError,
    UnsupportedDocument,
)
from graph.ingest.limits import IngestLimits
from graph.ingest.parsers import parse_document
from graph.ingest.parsers.pdf import PdfParser
from tests.graph.ingest.samples import docx_bytes, pdf_bytes, xlsx_bytes, zip_bomb


@pytest.mark.parametrize(
    ("data", "filename", "error"),
    [
        (b"", "empty.pdf", EmptyDocument),
        (b"", "empty.txt", EmptyDocument),
        (b"  \n\t \r\n ", "blank.txt", EmptyDocument),
        (b"\n\n   \n", "blank.md", EmptyDocument),
        (b"<html><script>x()</script></html>", "page.html", EmptyDocument),
        (b",,\n,,\n", "blank.csv", EmptyDocument),
    ],
)
def test_empty_documents(data: bytes, filename: str, error: type[DocumentError]) -> None:
    with pytest.raises(error, match=filename):
        parse_document(data, filename)


def test_pdf_without_text_is_empty() -> None:
    with pytest.raises(EmptyDocument):
        parse_document(pdf_bytes(["", ""]), "scan.pdf")


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\nthis is not really a pdf",
        b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
    ],
)
def test_corrupt_pdf(data: bytes) -> None:
    with pytest.raises(CorruptDocument, match="not a readable PDF"):
        parse_document(data, "broken.pdf")


def test_truncated_pdf_is_corrupt() -> None:
    data = pdf_bytes(["Some text on a page."])
    with pytest.raises(CorruptDocument):
        parse_document(data[: len(data) // 3], "cut.pdf")


def test_encrypted_pdf_is_refused() -> None:
    with pytest.raises(EncryptedDocument, match="password"):
        parse_document(pdf_bytes(["secret text"], password="s3cret"), "locked.pdf")


def test_pdf_with_empty_user_password_is_read() -> None:
    doc = PdfParser().parse(pdf_bytes(["open text"], password=""), "open.pdf")
    assert doc.text == "open text"


@pytest.mark.parametrize(
    ("data", "filename"),
    [
        (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" * 8, "setup.txt"),
        (bytes(range(256)) * 4, "dump.md"),
        ("é".encode("latin-1") * 50 + b" plain", "legacy.csv"),
    ],
)
def test_binary_disguised_as_text(data: bytes, filename: str) -> None:
    with pytest.raises(UnsupportedDocument, match="binary"):
        parse_document(data, filename)


def test_a_few_invalid_bytes_are_tolerated() -> None:
    text = b"Reactor R-101 runs at 350 " + b"\xb0" + b"C. " + b"Normal text. " * 20
    assert "\ufffd" in parse_document(text, "notes.txt").text


@pytest.mark.parametrize(
    ("filename", "media_type"),
    [("plant.exe", None), ("drawing.dwg", None), ("notes", "application/octet-stream")],
)
def test_unknown_types_are_unsupported(filename: str, media_type: str | None) -> None:
    with pytest.raises(UnsupportedDocument, match="unsupported"):
        parse_document(b"some bytes", filename, media_type)


@pytest.mark.parametrize("filename", ["report.pdf", "manual.docx", "streams.xlsx"])
def test_wrong_content_for_a_binary_type(filename: str) -> None:
    with pytest.raises(CorruptDocument, match="not a"):
        parse_document(b"just some text, not the declared format", filename)


def test_zip_that_is_not_office_is_unsupported() -> None:
    with pytest.raises(UnsupportedDocument, match="neither DOCX nor XLSX"):
        parse_document(zip_bomb("data.bin", 10), "archive.zip")


def test_file_over_the_size_limit_is_refused_before_parsing() -> None:
    limits = IngestLimits(max_bytes=100)
    with pytest.raises(DocumentTooLarge, match="over the limit"):
        parse_document(b"%PDF-" + b"\0" * 200, "big.pdf", limits=limits)


@pytest.mark.parametrize(
    ("member", "filename"), [("word/document.xml", "bomb.docx"), ("xl/workbook.xml", "bomb.xlsx")]
)
def test_zip_bomb_is_refused(member: str, filename: str) -> None:
    data = zip_bomb(member, 20 * 1024 * 1024)
    assert len(data) < 100_000
    with pytest.raises(DocumentTooLarge, match="zip bomb"):
        parse_document(data, filename)


def test_unzipped_total_over_limit_is_refused(tmp_path: Path) -> None:
    limits = IngestLimits(max_unzipped_bytes=10_000)
    with pytest.raises(DocumentTooLarge, match="inflate"):
        parse_document(docx_bytes(tmp_path), "manual.docx", limits=limits)


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_corrupt_office_files(kind: str, tmp_path: Path) -> None:
    good = docx_bytes(tmp_path) if kind == "docx" else xlsx_bytes(tmp_path)
    broken = zip_bomb("word/document.xml" if kind == "docx" else "xl/workbook.xml", 10)
    assert good[:4] == broken[:4]
    with pytest.raises(CorruptDocument, match=f"not a readable {kind.upper()}"):
        parse_document(broken, f"broken.{kind}")


def test_document_errors_are_processkg_errors() -> None:
    with pytest.raises(ProcessKGError):
        parse_document(b"", "empty.txt")
