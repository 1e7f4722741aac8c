"""Assembles a document's text block by block, recording each block's span."""

from __future__ import annotations

from collections.abc import Sequence

from graph.errors import EmptyDocument
from graph.ingest.document import Block, ParsedDocument, StreamTable

BLOCK_SEPARATOR = "\n\n"


class DocumentBuilder:
    """Appends blocks of text (stripped, blank ones skipped) and builds the document."""

    def __init__(self, filename: str, media_type: str) -> None:
        self._filename = filename
        self._media_type = media_type
        self._parts: list[str] = []
        self._length = 0
        self._blocks: list[Block] = []

    def add(self, text: str, section_path: Sequence[str] = (), page: int | None = None) -> None:
        """Append ``text`` as one block (nothing if it is blank)."""
        text = text.strip()
        if not text:
            return
        if self._parts:
            self._parts.append(BLOCK_SEPARATOR)
            self._length += len(BLOCK_SEPARATOR)
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        self._blocks.append(
            Block(
                char_start=start, char_end=self._length, page=page, section_path=tuple(section_path)
            )
        )

    def build(
        self,
        title: str | None = None,
        pages: int | None = None,
        stream_table: StreamTable | None = None,
    ) -> ParsedDocument:
        """The document made of the blocks added so far.

        Raises:
            EmptyDocument: no block had any text.
        """
        if not self._blocks:
            raise EmptyDocument(f"{self._filename}: no text found")
        return ParsedDocument(
            text="".join(self._parts),
            blocks=tuple(self._blocks),
            title=(title or "").strip() or default_title(self._filename),
            media_type=self._media_type,
            pages=pages,
            stream_table=stream_table,
        )


def default_title(filename: str) -> str:
    """A title from a file name: its stem, with ``_`` and ``-`` read as spaces."""
    name = filename.replace("\\", "/").rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name
    return stem.replace("_", " ").replace("-", " ").strip() or "Untitled"


class SectionTracker:
    """The current section path, given headings and their levels (1 = top)."""

    def __init__(self) -> None:
        self._stack: list[tuple[int, str]] = []

    def enter(self, level: int, heading: str) -> tuple[str, ...]:
        """Open ``heading`` at ``level`` (closing deeper or equal ones); the new path."""
        while self._stack and self._stack[-1][0] >= level:
            self._stack.pop()
        self._stack.append((level, heading.strip()))
        return self.path

    @property
    def path(self) -> tuple[str, ...]:
        """The headings from the top level down to the current one."""
        return tuple(heading for _, heading in self._stack)
