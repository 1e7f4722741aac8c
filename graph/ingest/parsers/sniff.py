"""Which format a file is: by its magic bytes first, then its media type or extension."""

from __future__ import annotations

import io
import zipfile

from graph.errors import CorruptDocument, UnsupportedDocument
from graph.ingest.parsers.base import CSV, DOCX, HTML, MARKDOWN, PDF, TEXT, XLSX

# File extensions ProcessKG reads, with the media type each suggests.
EXTENSIONS = {
    ".pdf": PDF,
    ".docx": DOCX,
    ".xlsx": XLSX,
    ".xlsm": XLSX,
    ".md": MARKDOWN,
    ".markdown": MARKDOWN,
    ".txt": TEXT,
    ".text": TEXT,
    ".html": HTML,
    ".htm": HTML,
    ".csv": CSV,
    ".tsv": CSV,
}
_ALIASES = {
    "text/x-markdown": MARKDOWN,
    "application/xhtml+xml": HTML,
    "application/csv": CSV,
    "text/tab-separated-values": CSV,
}
_ZIP_MARKERS = {"word/document.xml": DOCX, "xl/workbook.xml": XLSX}
_BINARY_KINDS = frozenset({PDF, DOCX, XLSX})
_PDF_MAGIC = b"%PDF-"
_ZIP_MAGIC = b"PK\x03\x04"


def _declared(filename: str, media_type: str | None) -> str | None:
    """The type the upload claims: by its extension, else by its media type.

    The extension comes first because clients often send a generic ``text/plain`` or
    ``application/octet-stream`` for Markdown, CSV and the like.
    """
    name = filename.lower().rsplit("/", 1)[-1]
    extension = name[name.rfind(".") :] if "." in name else ""
    if extension in EXTENSIONS:
        return EXTENSIONS[extension]
    base = (media_type or "").split(";", 1)[0].strip().lower()
    if base in EXTENSIONS.values():
        return base
    return _ALIASES.get(base)


def _office_kind(data: bytes) -> str | None:
    """DOCX or XLSX, from the part names in the zip directory."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    return next((kind for part, kind in _ZIP_MARKERS.items() if part in names), None)


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def detect_media_type(data: bytes, filename: str, media_type: str | None = None) -> str:
    """The media type to parse ``data`` as.

    The content decides when it carries a signature (``%PDF-`` at the start, or within the
    first KiB of a declared PDF; a zip with Word or Excel parts); otherwise the declared
    extension or media type does, and a file declaring neither is read as HTML or plain
    text by its first bytes.

    Raises:
        UnsupportedDocument: an unknown type, or a zip that is neither DOCX nor XLSX.
        CorruptDocument: a PDF, DOCX or XLSX whose bytes are not of that format.
    """
    declared = _declared(filename, media_type)
    if data[:1024].lstrip().startswith(_PDF_MAGIC) or (
        declared == PDF and _PDF_MAGIC in data[:1024]
    ):
        return PDF
    if data.startswith(_ZIP_MAGIC):
        kind = _office_kind(data)
        if kind:
            return kind
        if declared in (DOCX, XLSX):
            raise CorruptDocument(f"{filename}: not a readable {declared} archive")
        raise UnsupportedDocument(f"{filename}: a zip archive that is neither DOCX nor XLSX")
    if declared in _BINARY_KINDS:
        raise CorruptDocument(f"{filename}: the content is not a {declared} file")
    if declared:
        return declared
    has_extension = "." in filename.rsplit("/", 1)[-1].lstrip(".")
    if media_type or has_extension:
        what = media_type or filename.rsplit(".", 1)[-1]
        raise UnsupportedDocument(f"{filename}: unsupported document type {what!r}")
    return HTML if _looks_like_html(data) else TEXT
