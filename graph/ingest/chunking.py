"""Splitting a parsed document into chunks sized in tokens of the embedding model.

Chunks never cross a section or a page: the document's consecutive blocks that share
both form a segment, and ``langchain-text-splitters`` splits each segment at paragraph,
line, sentence, clause and word boundaries (in that order of preference), with overlap.
Every chunk is an exact span of ``ParsedDocument.text``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from langchain_text_splitters import RecursiveCharacterTextSplitter
from pydantic import BaseModel, ConfigDict, Field

from graph.errors import ConfigurationError
from graph.ingest.document import ParsedDocument
from graph.ingest.tokens import TokenCounter

SEPARATORS = ("\n\n", "\n", ". ", "! ", "? ", "; ", ": ", ", ", " ", "")


class Chunk(BaseModel):
    """A passage of a document, with its span in ``ParsedDocument.text``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    ordinal: int = Field(ge=0)
    text: str
    page: int | None = None
    section_path: tuple[str, ...] = ()
    char_start: int = Field(ge=0)
    char_end: int = Field(ge=0)
    token_count: int = Field(ge=0)


@dataclass(frozen=True)
class ChunkingConfig:
    """Chunk size and overlap, in tokens of the embedding model.

    Raises:
        ConfigurationError: a size under 1, or an overlap not smaller than the size.
    """

    chunk_size: int = 256
    chunk_overlap: int = 32

    def __post_init__(self) -> None:
        if self.chunk_size < 1 or not 0 <= self.chunk_overlap < self.chunk_size:
            raise ConfigurationError(
                f"chunk size {self.chunk_size} and overlap {self.chunk_overlap}: "
                "need size >= 1 and 0 <= overlap < size"
            )


@dataclass(frozen=True)
class _Segment:
    start: int
    end: int
    page: int | None
    section_path: tuple[str, ...]


def _segments(doc: ParsedDocument) -> Iterator[_Segment]:
    """Runs of consecutive blocks with the same page and section path."""
    current: _Segment | None = None
    for block in doc.blocks:
        if current and (current.page, current.section_path) == (block.page, block.section_path):
            current = _Segment(current.start, block.char_end, current.page, current.section_path)
            continue
        if current:
            yield current
        current = _Segment(block.char_start, block.char_end, block.page, block.section_path)
    if current:
        yield current


class Chunker:
    """Splits documents into token-bounded, overlapping, section-respecting chunks."""

    def __init__(self, count_tokens: TokenCounter, config: ChunkingConfig | None = None) -> None:
        self._count = count_tokens
        self.config = config or ChunkingConfig()
        self._splitter = RecursiveCharacterTextSplitter(
            separators=list(SEPARATORS),
            keep_separator="end",
            chunk_size=self.config.chunk_size,
            chunk_overlap=self.config.chunk_overlap,
            length_function=count_tokens,
            strip_whitespace=True,
        )

    def chunk(self, doc: ParsedDocument) -> list[Chunk]:
        """The chunks of ``doc`` in reading order, numbered from 0."""
        chunks: list[Chunk] = []
        for segment in _segments(doc):
            for start, end, tokens in self._spans(doc.text, segment):
                chunks.append(
                    Chunk(
                        ordinal=len(chunks),
                        text=doc.text[start:end],
                        page=segment.page,
                        section_path=segment.section_path,
                        char_start=start,
                        char_end=end,
                        token_count=tokens,
                    )
                )
        return chunks

    def _spans(self, text: str, segment: _Segment) -> Iterator[tuple[int, int, int]]:
        """``(start, end, tokens)`` of the chunks of one segment, in document offsets."""
        body = text[segment.start : segment.end]
        cursor = 0
        for piece in self._splitter.split_text(body):
            found = body.find(piece, cursor)
            offset = found if found >= 0 else body.find(piece)
            cursor = offset + 1
            for start, end in self._fit(piece):
                absolute = segment.start + offset
                yield absolute + start, absolute + end, self._count(piece[start:end])

    def _fit(self, piece: str) -> Iterator[tuple[int, int]]:
        """Spans of ``piece`` within the size (rarely needed: token counts of joined
        pieces can exceed the sum of their parts), cut at the last space that fits."""
        start = 0
        while start < len(piece):
            end = len(piece)
            while self._count(piece[start:end]) > self.config.chunk_size and end - start > 1:
                cut = piece.rfind(" ", start + 1, start + (end - start) // 2 + 1)
                end = cut if cut > start else start + (end - start) // 2
            yield start, end
            start = end
            while start < len(piece) and piece[start].isspace():
                start += 1
