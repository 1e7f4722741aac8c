"""A stream table (flowsheet) as graph facts, not only text.

Each row with a stream id gives a ``stream`` entity with its temperature, pressure and
flow as conditions (SI); a source unit that is an equipment tag ``PRODUCES`` the stream,
the stream ``FEEDS`` its destination unit, the two units are ``CONNECTED_TO`` each other,
and the stream ``CONTAINS`` every component with a non-zero fraction. Each fact cites the
span of the chunk that renders the row.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from graph.errors import InvalidInput
from graph.ingest.chunking import Chunk
from graph.ingest.contribution import Contribution, Identity
from graph.ingest.document import Block, ParsedDocument, StreamRow, StreamTable
from graph.ingest.extract.chemicals import ChemicalLexicon
from graph.ingest.extract.quantities import QuantityFinder
from graph.ingest.extract.spans import Method, QuantityMention
from graph.ingest.extract.tags import normalise_tag
from graph.ontology import EntityType, RelationType

_CONDITION_FIELDS = ("temperature", "pressure", "flow")


@dataclass(frozen=True)
class _RowSpan:
    chunk: str
    start: int
    end: int

    def evidence(self) -> dict[str, Any]:
        return {"chunk": self.chunk, "start": self.start, "end": self.end}


class StreamGraphBuilder:
    """Adds a stream table's streams, units and connections to a contribution."""

    def __init__(self, quantities: QuantityFinder, chemicals: ChemicalLexicon) -> None:
        self._quantities = quantities
        self._chemicals = chemicals

    def add(
        self,
        contribution: Contribution,
        doc: ParsedDocument,
        chunks: list[Chunk],
    ) -> int:
        """Add the facts of ``doc.stream_table`` (if any); returns the streams added."""
        table = doc.stream_table
        if table is None:
            return 0
        added = 0
        for row, span in _located_rows(table, doc, chunks, contribution):
            self._add_row(contribution, table, row, span)
            added += 1
        return added

    def _add_row(
        self, contribution: Contribution, table: StreamTable, row: StreamRow, span: _RowSpan
    ) -> None:
        stream = _tag(row.stream_id, EntityType.STREAM)
        if stream is None:
            return
        contribution.add_entity(stream, stream[1], {})
        if row.description:
            contribution.entities[stream].aliases.add(row.description)
        evidence = span.evidence()
        self._add_conditions(contribution, table, row, stream, span)
        source = _tag(row.source, EntityType.EQUIPMENT)
        target = _tag(row.destination, EntityType.EQUIPMENT)
        for unit in (source, target):
            if unit is not None:
                contribution.add_entity(unit, unit[1], {})
        if source is not None:
            contribution.add_relation(
                RelationType.PRODUCES, (source, stream), evidence, Method.TABLE
            )
        if target is not None:
            contribution.add_relation(RelationType.FEEDS, (stream, target), evidence, Method.TABLE)
        if source is not None and target is not None:
            contribution.add_relation(
                RelationType.CONNECTED_TO, (source, target), evidence, Method.TABLE
            )
        self._add_components(contribution, row, stream, evidence)

    def _add_conditions(
        self,
        contribution: Contribution,
        table: StreamTable,
        row: StreamRow,
        stream: Identity,
        span: _RowSpan,
    ) -> None:
        for field in _CONDITION_FIELDS:
            value, unit = getattr(row, field), table.units.get(field)
            if value is None or unit is None:
                continue
            text = f"{value:g} {unit}"
            found = self._quantities.find(text)
            if len(found) == 1 and found[0].text == text:
                quantity = found[0]
                contribution.add_condition(
                    stream,
                    span.chunk,
                    _at(quantity, span.start, span.end),
                )

    def _add_components(
        self, contribution: Contribution, row: StreamRow, stream: Identity, evidence: dict[str, Any]
    ) -> None:
        for component, fraction in row.composition.items():
            if fraction <= 0:
                continue
            record = self._chemicals.resolve(component)
            if record is None:
                continue
            chemical: Identity = (EntityType.CHEMICAL, record.cas)
            attributes = {"cas": record.cas, "formula": record.formula or ""}
            contribution.add_entity(chemical, record.name, attributes)
            if component != record.name:
                contribution.entities[chemical].aliases.add(component)
            contribution.add_relation(
                RelationType.CONTAINS, (stream, chemical), evidence, Method.TABLE
            )


def _tag(value: str | None, entity_type: EntityType) -> Identity | None:
    """The identity of a unit or stream cell, or None when it is not a tag ("battery limit")."""
    if not value:
        return None
    try:
        tag = normalise_tag(value)
    except InvalidInput:
        return None
    if (entity_type is EntityType.STREAM) != tag.startswith("S-"):
        return None
    return (entity_type, tag)


def _at(quantity: QuantityMention, start: int, end: int) -> QuantityMention:
    """The table quantity, cited at the row's span in its chunk."""
    return replace(quantity, start=start, end=end)


_CELL = re.compile(r"(?:^|; )[^:;]+: ([^;]*)")


def _located_rows(
    table: StreamTable, doc: ParsedDocument, chunks: list[Chunk], contribution: Contribution
) -> Iterator[tuple[StreamRow, _RowSpan]]:
    """Each row with the chunk span of the block that renders it (the first block with a
    cell holding the row's stream id; one pass over the blocks, a bisect per row)."""
    blocks: dict[str, Block] = {}
    for block in doc.blocks:
        for value in _CELL.findall(doc.block_text(block)):
            blocks.setdefault(value.strip(), block)
    starts = [c.char_start for c in chunks]
    for row in table.rows:
        rendered = blocks.get(row.stream_id)
        if rendered is None:
            continue
        index = bisect_right(starts, rendered.char_start) - 1
        if index < 0 or chunks[index].char_end < rendered.char_end:
            continue
        chunk = chunks[index]
        key = contribution.chunk_key(chunk.ordinal)
        offset = chunk.char_start
        yield row, _RowSpan(key, rendered.char_start - offset, rendered.char_end - offset)
