"""Splitting a parsed document into chunks sized in tokens of the embedding model.

Chunks never cross a section or a page: the document's consecutive blocks that share
both form a segment, and ``langchain-text-splitters`` splits each segment at paragraph,
line, sentence, clause and word boundaries (in that order of preference), with overlap.
Every chunk is an exact span of ``ParsedDocument.text``. A heading that the splitter
leaves on its own (its section's text being too long to share a chunk with it) is not
made a chunk: every chunk of the section names it in ``section_path``.
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

    @property
    def heading(self) -> str | None:
        """The innermost heading of the segment's section, if any."""
        return self.section_path[-1] if self.section_path else None


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
            spans = list(self._spans(doc.text, segment))
            if len(spans) > 1 and doc.text[spans[0][0] : spans[0][1]] == segment.heading:
                spans = spans[1:]  # a heading alone: every chunk carries it in section_path
            for start, end, tokens in spans:
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
        pieces = self._splitter.split_text(body)
        previous, previous_end = -1, 0
        for index, piece in enumerate(pieces):
            if index == len(pieces) - 1 and body.endswith(piece):
                offset = len(body) - len(piece)
            else:
                offset = self._locate(body, piece, previous, previous_end)
            previous, previous_end = offset, offset + len(piece)
            absolute = segment.start + offset
            for start, end in self._fit(piece):
                yield absolute + start, absolute + end, self._count(piece[start:end])

    def _locate(self, body: str, piece: str, previous: int, previous_end: int) -> int:
        """Where the splitter's ``piece`` starts in ``body``.

        The splitter gives text, not offsets. The piece starts after the previous one's
        start, no later than just past its end, and shares at most the overlap with it;
        the first such place is taken, so repeated text still maps to the right spans.
        """
        limit = _skip_spaces(body, previous_end)
        found = body.find(piece, previous + 1)
        first = found
        while 0 <= found <= limit:
            shared = body[found:previous_end]
            if not shared or self._count(shared) <= self.config.chunk_overlap:
                return found
            found = body.find(piece, found + 1)
        return first if first >= 0 else body.find(piece)

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
            start = _skip_spaces(piece, end)


def _skip_spaces(text: str, index: int) -> int:
    """The first index from ``index`` on that is not whitespace."""
    while index < len(text) and text[index].isspace():
        index += 1
    return index
