"""Read the sample corpus as text, the way a test compares evidence against it."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import docx
import pypdf

CORPUS_DIR = Path(__file__).resolve().parents[2] / "demo" / "corpus"
GOLDEN_DIR = Path(__file__).resolve().parent
TEXT_SUFFIXES = frozenset({".md", ".txt", ".html", ".csv"})
BINARY_SUFFIXES = frozenset({".pdf", ".docx"})


def normalise(text: str) -> str:
    """Collapse every run of whitespace to one space (PDF extraction breaks lines)."""
    return re.sub(r"\s+", " ", text).strip()


def corpus_files() -> list[Path]:
    """Every ingestible document of the corpus (the README and the build script excluded)."""
    return sorted(
        path
        for path in CORPUS_DIR.iterdir()
        if path.suffix in TEXT_SUFFIXES | BINARY_SUFFIXES and path.name != "README.md"
    )


@cache
def document_text(name: str) -> str:
    """Text of one corpus document: raw for text formats, extracted for PDF and DOCX."""
    path = CORPUS_DIR / name
    if path.suffix == ".pdf":
        reader = pypdf.PdfReader(path)
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    if path.suffix == ".docx":
        return "\n".join(paragraph.text for paragraph in docx.Document(str(path)).paragraphs)
    return path.read_text(encoding="utf-8")


def occurs_in(snippet: str, name: str) -> bool:
    """Whether ``snippet`` occurs in document ``name`` (whitespace-normalised for binaries)."""
    text = document_text(name)
    if Path(name).suffix in BINARY_SUFFIXES:
        return normalise(snippet) in normalise(text)
    return snippet in text
