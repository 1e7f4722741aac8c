"""Every parser keeps the ``Parser`` contract; each format keeps its structure."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.ingest.document import ParsedDocument
from graph.ingest.parsers import MEDIA_TYPES, Parser, default_registry, parse_document
from graph.ingest.parsers.base import CSV, DOCX, HTML, MARKDOWN, PDF, TEXT, XLSX
from tests.graph.ingest.samples import (
    HTML as HTML_PAGE,
)
from tests.graph.ingest.samples import (
    MARKDOWN as MARKDOWN_TEXT,
)
from tests.graph.ingest.samples import (
    STREAMS_CSV,
    docx_bytes,
    pdf_bytes,
    xlsx_bytes,
)

TXT = (
    b"REACTOR SECTION\n\nThe reactor R-101 runs at 350 C.\n\n2.1 Feed pumps\n\nP-101 feeds R-101.\n"
)


def _sample(media_type: str, tmp_path: Path) -> tuple[bytes, str]:
    samples = {
        PDF: lambda: (pdf_bytes(["Reactor R-101 runs at 350 C."]), "report.pdf"),
        DOCX: lambda: (docx_bytes(tmp_path), "manual.docx"),
        XLSX: lambda: (xlsx_bytes(tmp_path), "streams.xlsx"),
        MARKDOWN: lambda: (MARKDOWN_TEXT, "manual.md"),
        TEXT: lambda: (TXT, "notes.txt"),
        HTML: lambda: (HTML_PAGE, "hazop.html"),
        CSV: lambda: (STREAMS_CSV, "streams.csv"),
    }
    return samples[media_type]()


@pytest.mark.parametrize("media_type", MEDIA_TYPES)
def test_parser_contract(media_type: str, tmp_path: Path) -> None:
    data, filename = _sample(media_type, tmp_path)
    registry = default_registry()
    parser: Parser = registry.parser_for(data, filename)
    doc = parser.parse(data, filename)
    assert doc.media_type == media_type and doc.title
    assert doc.blocks and all(doc.block_text(b) == doc.block_text(b).strip() for b in doc.blocks)
    starts = [b.char_start for b in doc.blocks]
    assert starts == sorted(starts) and doc.blocks[-1].char_end == len(doc.text)


def _sections(doc: ParsedDocument) -> dict[str, tuple[str, ...]]:
    return {doc.block_text(b): b.section_path for b in doc.blocks}


def test_pdf_keeps_page_numbers_and_title() -> None:
    doc = parse_document(pdf_bytes(["First page.", "", "Third page."], title="Design"), "r.pdf")
    pages = {doc.block_text(b): b.page for b in doc.blocks}
    assert pages == {"First page.": 1, "Third page.": 3}
    assert (doc.pages, doc.title) == (3, "Design")


def test_pdf_numbered_lines_are_sections() -> None:
    doc = parse_document(pdf_bytes(["1. Design basis", "The plant makes methanol."]), "r.pdf")
    assert _sections(doc)["The plant makes methanol."] == ("1. Design basis",)


def test_docx_headings_become_section_paths(tmp_path: Path) -> None:
    doc = parse_document(docx_bytes(tmp_path), "manual.docx")
    sections = _sections(doc)
    assert sections["Start P-101 before P-102."] == ("Operating manual", "Start-up", "Feed pumps")
    assert sections["Close XV-200."] == ("Operating manual", "Shutdown")
    assert doc.title == "Operating manual" and doc.pages is None


def test_docx_tables_become_text(tmp_path: Path) -> None:
    doc = parse_document(docx_bytes(tmp_path), "manual.docx")
    assert "Pump | Flow\nP-101 | 12 m3/h" in doc.text


def test_markdown_heading_levels_nest() -> None:
    sections = _sections(parse_document(MARKDOWN_TEXT, "manual.md"))
    assert sections["Boiling water removes the heat of reaction."] == (
        "Plant manual",
        "Reactor R-101",
        "Cooling",
    )
    assert sections["The column separates the product from water."][-1] == "Column C-201"


@pytest.mark.parametrize(
    ("markdown", "section"),
    [
        (b"Title\n=====\n\nBody text.", ("Title",)),
        (b"# A\n\nSub\n---\n\nBody text.", ("A", "Sub")),
        (b"# A\n\n```\n# not a heading\n```\n\nBody text.", ("A",)),
    ],
)
def test_markdown_heading_forms(markdown: bytes, section: tuple[str, ...]) -> None:
    assert _sections(parse_document(markdown, "x.md"))["Body text."] == section


def test_text_numbered_and_caps_headings() -> None:
    doc = parse_document(TXT, "notes.txt")
    assert _sections(doc)["The reactor R-101 runs at 350 C."] == ("REACTOR SECTION",)
    assert _sections(doc)["P-101 feeds R-101."] == ("REACTOR SECTION", "2.1 Feed pumps")
    assert doc.title == "REACTOR SECTION"


@pytest.mark.parametrize("line", ["2 H2S + SO2 -> 3 S", "1. Open the valve.", "3.5 bar"])
def test_text_lines_that_are_not_headings(line: str) -> None:
    doc = parse_document(f"Intro.\n\n{line}\n\nBody.".encode(), "notes.txt")
    assert _sections(doc)["Body."] == ()


def test_html_drops_scripts_styles_and_nav() -> None:
    doc = parse_document(HTML_PAGE, "hazop.html")
    assert "hidden" not in doc.text and "color" not in doc.text and "Contact" not in doc.text
    assert doc.title == "HAZOP notes"
    assert "High pressure in V-101 & overfilling." in doc.text


def test_html_headings_and_tables() -> None:
    sections = _sections(parse_document(HTML_PAGE, "hazop.html"))
    assert sections["Blocked outlet"] == ("Node 1", "Causes")
    assert sections["More flow | PSV-1"] == ("Node 1", "Causes")


def test_utf8_bom_and_crlf_are_normalised() -> None:
    doc = parse_document("\ufeffLine one\r\n\r\nLine two °C".encode(), "a.txt")
    assert doc.text == "Line one\n\nLine two °C"


def test_html_without_closing_head_keeps_its_body() -> None:
    doc = parse_document(b"<html><head><title>T</title><body><p>Body text.</p>", "page.html")
    assert (doc.title, doc.text) == ("T", "Body text.")
