"""PDF: the text of each page, paragraph by paragraph, with its page number."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

from graph.errors import CorruptDocument, EncryptedDocument
from graph.ingest.document import ParsedDocument
from graph.ingest.limits import IngestLimits
from graph.ingest.parsers.base import PDF
from graph.ingest.parsers.builder import DocumentBuilder, SectionTracker
from graph.ingest.parsers.headings import numbered_heading

_UNREADABLE = (PyPdfError, ValueError, KeyError, TypeError, IndexError, AttributeError, OSError)


@dataclass(frozen=True)
class PdfParser:
    """PDF files, read with pypdf; a page without a text layer contributes nothing."""

    limits: IngestLimits = field(default_factory=IngestLimits)

    def parse(self, data: bytes, filename: str) -> ParsedDocument:
        """The paragraphs of every page, each with its page number (from 1).

        Raises:
            EncryptedDocument: the PDF needs a password.
            CorruptDocument: pypdf cannot read it.
            EmptyDocument: no page has text (a scan without OCR, for instance).
        """
        try:
            reader = PdfReader(io.BytesIO(data))
            _unlock(reader, filename)
            pages = [page.extract_text() or "" for page in reader.pages]
            title = reader.metadata.title if reader.metadata else None
        except EncryptedDocument:
            raise
        except (FileNotDecryptedError, DependencyError) as exc:
            raise EncryptedDocument(f"{filename}: the PDF is encrypted") from exc
        except _UNREADABLE as exc:
            raise CorruptDocument(f"{filename}: not a readable PDF ({exc})") from exc
        builder = DocumentBuilder(filename, PDF)
        sections = SectionTracker()
        for number, text in enumerate(pages, start=1):
            _add_page(builder, sections, text, number)
        return builder.build(title=title if isinstance(title, str) else None, pages=len(pages))


def _add_page(builder: DocumentBuilder, sections: SectionTracker, text: str, page: int) -> None:
    """Add a page's paragraphs (split at blank lines and numbered heading lines)."""
    paragraph: list[str] = []
    for line in [*text.replace("\r\n", "\n").split("\n"), ""]:
        heading = numbered_heading(line)
        if heading or not line.strip():
            builder.add("\n".join(paragraph), sections.path, page)
            paragraph = []
        if heading:
            builder.add(heading[1], sections.enter(*heading), page)
        elif line.strip():
            paragraph.append(line)


def _unlock(reader: PdfReader, filename: str) -> None:
    """Open an encrypted PDF with the empty user password, or refuse it."""
    if reader.is_encrypted and not reader.decrypt(""):
        raise EncryptedDocument(f"{filename}: the PDF is encrypted and needs a password")
