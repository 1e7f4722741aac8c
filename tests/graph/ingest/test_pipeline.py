"""The ingestion pipeline end to end: counts before and after ingest, re-ingest, replace, delete."""

from __future__ import annotations

from typing import Any

import pytest

from graph.errors import DatabaseError, DocumentError, EmptyDocument
from graph.execute import done
from graph.ingest.pipeline import IngestPipeline
from graph.ontology import EntityType
from graph.schema import ENTITY_MERGES
from graph.store import GraphStore
from tests.graph.ingest.samples import STREAMS_CSV, pdf_bytes, zip_bomb

CONVERTER = b"""# Ammonia loop

## Converter

The converter R-101 is packed with a promoted iron catalyst and operates at 200 bar.
Synthesis gas from the compressor K-401 is fed to R-101. The converter produces ammonia.
"""

CONVERTER_V2 = b"""# Ammonia loop

## Converter

The converter R-101 is packed with a promoted iron catalyst and operates at 150 bar.
The cooler E-105 cools the converter effluent.
"""

SEPARATOR = b"""# Separation

The separator V-110 receives the cooled effluent of R-101. NH3 is condensed in V-110.
"""


def counts(store: GraphStore) -> dict[str, int]:
    stats = store.stats()
    merges = done(store.db.collection(ENTITY_MERGES).count())
    return {**stats.counts, "entity_merges": merges}


def entity(store: GraphStore, entity_type: EntityType, canonical: str) -> Any:
    return store.entities.find(entity_type, canonical)


def test_ingest_builds_document_chunks_entities_and_relations(pipeline: IngestPipeline) -> None:
    result = pipeline.ingest(CONVERTER, "loop.md")
    store = pipeline.store
    assert result.outcome == "created" and result.chunks >= 1
    assert counts(store)["documents"] == 1
    reactor = entity(store, EntityType.EQUIPMENT, "R-101")
    assert reactor is not None and reactor.sources == {
        result.document.key: reactor.sources[result.document.key]
    }
    types = {r.type.value for r in store.relations.of_entity(reactor.key)}
    assert "CATALYZED_BY" in types


def test_operating_condition_is_stored_in_si(pipeline: IngestPipeline) -> None:
    pipeline.ingest(CONVERTER, "loop.md")
    reactor = entity(pipeline.store, EntityType.EQUIPMENT, "R-101")
    pressures = [c for c in reactor.conditions if c.quantity == "pressure"]
    assert [c.value_si for c in pressures] == [pytest.approx(2.0e7)]
    chunk = pipeline.store.chunks.get(pressures[0].chunk)
    assert chunk.text[pressures[0].start : pressures[0].end] == pressures[0].text


def test_chunks_carry_embeddings_of_the_model(pipeline: IngestPipeline) -> None:
    result = pipeline.ingest(CONVERTER, "loop.md")
    key = f"{result.document.key}-0"
    stored = done(pipeline.store.db.collection("chunks").get(key))
    assert len(stored["embedding"]) == 384


def test_reingesting_unchanged_file_changes_nothing(pipeline: IngestPipeline) -> None:
    first = pipeline.ingest(CONVERTER, "loop.md")
    before = counts(pipeline.store)
    again = pipeline.ingest(CONVERTER, "renamed.md")
    assert again.outcome == "unchanged" and again.document.key == first.document.key
    assert counts(pipeline.store) == before


def test_changed_file_replaces_exactly_its_contributions(pipeline: IngestPipeline) -> None:
    first = pipeline.ingest(CONVERTER, "loop.md")
    store = pipeline.store
    reactor_key = entity(store, EntityType.EQUIPMENT, "R-101").key
    second = pipeline.ingest(CONVERTER_V2, "loop.md")
    assert second.outcome == "replaced" and second.replaced == (first.document.key,)
    assert [d.key for d in store.documents.list()] == [second.document.key]
    assert entity(store, EntityType.EQUIPMENT, "K-401") is None  # only the old version named it
    assert entity(store, EntityType.EQUIPMENT, "E-105") is not None
    reactor = entity(store, EntityType.EQUIPMENT, "R-101")
    assert reactor.key == reactor_key and list(reactor.sources) == [second.document.key]
    assert [c.text for c in reactor.conditions if c.quantity == "pressure"] == ["150 bar"]


def test_delete_removes_only_facts_no_other_document_supports(pipeline: IngestPipeline) -> None:
    store = pipeline.store
    loop = pipeline.ingest(CONVERTER, "loop.md")
    alone = counts(store)
    separator = pipeline.ingest(SEPARATOR, "separator.md")
    store.delete_document(separator.document.key)
    assert counts(store) == alone
    reactor = entity(store, EntityType.EQUIPMENT, "R-101")
    assert list(reactor.sources) == [loop.document.key]
    store.delete_document(loop.document.key)
    assert set(counts(store).values()) == {0}


@pytest.mark.parametrize(
    ("data", "filename"),
    [
        (b"", "empty.md"),
        (b"\x00\x01\x02binary" * 100, "disguised.txt"),
        (b"%PDF-1.7\nthis is not a pdf", "corrupt.pdf"),
        (zip_bomb("word/document.xml", 50 * 1024 * 1024), "bomb.docx"),
        (b"PK\x03\x04 truncated", "report.docx"),
    ],
)
def test_bad_files_store_nothing(pipeline: IngestPipeline, data: bytes, filename: str) -> None:
    pipeline.ingest(CONVERTER, "loop.md")
    before = counts(pipeline.store)
    with pytest.raises(DocumentError):
        pipeline.ingest(data, filename)
    assert counts(pipeline.store) == before


def test_blank_pdf_is_refused(pipeline: IngestPipeline) -> None:
    with pytest.raises(EmptyDocument):
        pipeline.ingest(pdf_bytes(["", ""]), "blank.pdf")
    assert counts(pipeline.store)["documents"] == 0


def test_failure_inside_the_write_transaction_stores_nothing(pipeline: IngestPipeline) -> None:
    refuse_all = {"rule": {"type": "object", "required": ["never"]}, "level": "strict"}
    done(pipeline.store.db.collection(ENTITY_MERGES).configure(schema=refuse_all))
    with pytest.raises(DatabaseError, match="Schema validation"):
        pipeline.ingest(SEPARATOR, "separator.md")  # NH3 merges into ammonia: the last write
    assert set(counts(pipeline.store).values()) == {0}


def test_stream_table_becomes_streams_units_and_flows(pipeline: IngestPipeline) -> None:
    pipeline.ingest(STREAMS_CSV, "streams.csv")
    store = pipeline.store
    stream = entity(store, EntityType.STREAM, "S-01")
    assert stream is not None
    temperature = next(c for c in stream.conditions if c.quantity == "temperature")
    assert temperature.value_si == pytest.approx(623.15)
    edges = {(r.type.value, r.source, r.target) for r in store.relations.of_entity(stream.key)}
    heater = entity(store, EntityType.EQUIPMENT, "F-100").key
    reactor = entity(store, EntityType.EQUIPMENT, "R-101").key
    assert {("PRODUCES", heater, stream.key), ("FEEDS", stream.key, reactor)} <= edges
    hydrogen = entity(store, EntityType.CHEMICAL, "1333-74-0")
    assert ("CONTAINS", stream.key, hydrogen.key) in edges


def test_progress_is_reported_per_stage_up_to_the_chunk_count(pipeline: IngestPipeline) -> None:
    calls: list[tuple[str, int, int]] = []
    result = pipeline.ingest(CONVERTER, "loop.md", progress=lambda *call: calls.append(call))
    for stage in ("embed", "extract"):
        assert [c for c in calls if c[0] == stage][-1] == (stage, result.chunks, result.chunks)
