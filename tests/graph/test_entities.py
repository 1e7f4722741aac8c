"""Entities: one per (type, canonical id), merged across documents with refcounted sources."""

from __future__ import annotations

import pytest

from graph.errors import EntityConflict, InvalidInput, NotFound
from graph.models import Condition
from graph.ontology import EntityType
from graph.store import GraphStore
from tests.graph.factories import chunk, document, entity, mention


@pytest.fixture
def docs(store: GraphStore) -> tuple[str, str]:
    return store.documents.add(document("a"))[0].key, store.documents.add(document("b"))[0].key


def test_upsert_counts_contributions_per_document(store: GraphStore, docs: tuple[str, str]) -> None:
    a, b = docs
    store.entities.upsert(entity("R-101"), a)
    store.entities.upsert(entity("R-101"), a)
    merged = store.entities.upsert(entity("R-101"), b)
    assert merged.sources == {a: 2, b: 1}
    assert store.stats().counts["entities"] == 1


def test_merge_adds_aliases_and_keeps_the_first_name(
    store: GraphStore, docs: tuple[str, str]
) -> None:
    a, b = docs
    chem = EntityType.CHEMICAL
    store.entities.upsert(entity("ammonia", chem, "7664-41-7", aliases=["NH3"]), a)
    merged = store.entities.upsert(
        entity("Ammonia gas", chem, "7664-41-7", aliases=["NH3", "R717"]), b
    )
    assert merged.name == "ammonia"
    assert sorted(merged.aliases) == ["Ammonia gas", "NH3", "R717"]


def test_merge_keeps_description_and_unions_conditions(
    store: GraphStore, docs: tuple[str, str]
) -> None:
    a, b = docs
    hot = Condition(
        quantity="temperature",
        value_si=723.15,
        unit_si="K",
        text="450 °C",
        chunk="c",
        start=0,
        end=6,
    )
    store.entities.upsert(entity("R-101", description="ammonia converter", conditions=[hot]), a)
    merged = store.entities.upsert(entity("R-101", description="reactor", conditions=[hot]), b)
    assert merged.description == "ammonia converter"
    assert merged.conditions == [hot]


def test_conflicting_type_for_a_canonical_id(store: GraphStore, docs: tuple[str, str]) -> None:
    a, _ = docs
    store.entities.upsert(entity("ammonia", EntityType.CHEMICAL, "7664-41-7"), a)
    with pytest.raises(EntityConflict, match="already names chemical 'ammonia'"):
        store.entities.upsert(entity("ammonia", EntityType.EQUIPMENT, "7664-41-7"), a)
    assert store.stats().entities_by_type == {"chemical": 1}


def test_find_get_and_by_name(store: GraphStore, docs: tuple[str, str]) -> None:
    stored = store.entities.upsert(entity("E-201A", aliases=["feed preheater"]), docs[0])
    assert store.entities.find(EntityType.EQUIPMENT, "E-201A") == stored
    assert store.entities.find(EntityType.STREAM, "E-201A") is None
    assert store.entities.get(stored.key) == stored
    assert store.entities.by_name("feed preheater") == [stored]


def test_missing_entity(store: GraphStore) -> None:
    with pytest.raises(NotFound, match="'missing'"):
        store.entities.get("missing")


def test_embedding_of_the_wrong_length(store: GraphStore, docs: tuple[str, str]) -> None:
    with pytest.raises(InvalidInput, match="5 values, expected 4"):
        store.entities.upsert(entity("R-101", embedding=[0.0] * 5), docs[0])


def test_mentions_cite_chunk_and_document(store: GraphStore, docs: tuple[str, str]) -> None:
    a, _ = docs
    (piece,) = store.chunks.add(a, [chunk(0)])
    reactor = store.entities.upsert(entity("R-101"), a)
    store.chunks.add_mentions([mention(piece.key, reactor.key, 3, 8)])
    (cited,) = store.entities.mentions(reactor.key)
    assert (cited.chunk, cited.document, cited.start, cited.end) == (piece.key, a, 3, 8)
