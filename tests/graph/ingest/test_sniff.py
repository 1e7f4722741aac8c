"""The content decides the format when it has a signature; otherwise the name or type does."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.ingest.parsers import detect_media_type, parse_document
from graph.ingest.parsers.base import CSV, DOCX, HTML, MARKDOWN, PDF, TEXT, XLSX
from tests.graph.ingest.samples import docx_bytes, pdf_bytes, xlsx_bytes


@pytest.mark.parametrize(
    ("filename", "media_type", "expected"),
    [
        ("notes.md", None, MARKDOWN),
        ("notes.MARKDOWN", None, MARKDOWN),
        ("page.htm", None, HTML),
        ("table.tsv", None, CSV),
        ("upload", "text/markdown; charset=utf-8", MARKDOWN),
        ("upload.bin", "text/csv", CSV),
        ("README", None, TEXT),
        ("notes.md", "text/plain", MARKDOWN),
        ("streams.csv", "application/octet-stream", CSV),
    ],
)
def test_text_types_by_media_type_or_extension(
    filename: str, media_type: str | None, expected: str
) -> None:
    assert detect_media_type(b"a,b\n1,2\n", filename, media_type) == expected


def test_html_is_sniffed_without_a_name() -> None:
    assert detect_media_type(b"  <!DOCTYPE html><html><p>x</p></html>", "upload") == HTML


@pytest.mark.parametrize("filename", ["upload", "report.txt", "report.docx"])
def test_pdf_magic_wins_over_the_name(filename: str) -> None:
    assert detect_media_type(pdf_bytes(["x"]), filename) == PDF


def test_office_files_are_told_apart_by_their_parts(tmp_path: Path) -> None:
    assert detect_media_type(docx_bytes(tmp_path), "file.xlsx") == DOCX
    assert detect_media_type(xlsx_bytes(tmp_path), "file.docx") == XLSX


def test_misnamed_pdf_is_parsed_as_pdf() -> None:
    doc = parse_document(pdf_bytes(["Reactor text."]), "report.txt", "text/plain")
    assert (doc.media_type, doc.text) == (PDF, "Reactor text.")


def test_text_mentioning_the_pdf_signature_stays_text() -> None:
    assert detect_media_type(b"Files start with %PDF-1.7 as a rule.", "notes.txt") == TEXT


def test_declared_pdf_may_have_leading_junk() -> None:
    assert detect_media_type(b"junk\r\n" + pdf_bytes(["x"]), "report.pdf") == PDF
