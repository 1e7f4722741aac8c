"""The parsed shape of an uploaded file: its text, the blocks in it, and any stream table.

``ParsedDocument.text`` is the text every span points into: each ``Block`` (and later each
chunk) is ``text[char_start:char_end]``.
"""

from __future__ import annotations

from typing import Self

from pydantic import BaseModel, ConfigDict, Field, model_validator


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Block(_Model):
    """A paragraph-like span of the document text, with where it sits in the document."""

    char_start: int = Field(ge=0)
    char_end: int = Field(ge=0)
    page: int | None = Field(default=None, ge=1)
    section_path: tuple[str, ...] = ()


class StreamRow(_Model):
    """One stream of a process stream table; quantities in the table's header units."""

    stream_id: str
    description: str | None = None
    source: str | None = None
    destination: str | None = None
    phase: str | None = None
    temperature: float | None = None
    pressure: float | None = None
    flow: float | None = None
    composition: dict[str, float] = Field(default_factory=dict)


class StreamTable(_Model):
    """The streams of a stream table and the unit each column header gives.

    ``units`` maps a field (``temperature``, ``pressure``, ``flow``) or a component name
    to the unit written in its header (``"°C"``, ``"bar"``, ``"kg/h"``, ``"mol frac"``).
    """

    rows: tuple[StreamRow, ...]
    units: dict[str, str] = Field(default_factory=dict)
    sheet: str | None = None


class ParsedDocument(_Model):
    """A file's text and structure, ready for chunking."""

    text: str
    blocks: tuple[Block, ...]
    title: str
    media_type: str
    pages: int | None = Field(default=None, ge=0)
    stream_table: StreamTable | None = None

    @model_validator(mode="after")
    def _blocks_inside_text(self) -> Self:
        for block in self.blocks:
            if not 0 <= block.char_start < block.char_end <= len(self.text):
                raise ValueError(f"block span {block.char_start}:{block.char_end} outside text")
        return self

    def block_text(self, block: Block) -> str:
        """The text of ``block``."""
        return self.text[block.char_start : block.char_end]
