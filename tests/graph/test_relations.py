"""Relations: ontology-checked, one edge per (source, type, target), evidence merged."""

from __future__ import annotations

import pytest

from graph.errors import NotFound, OntologyViolation
from graph.models import Evidence, RelationCreate
from graph.ontology import EntityType, RelationType
from graph.store import GraphStore
from tests.graph.factories import document, entity, relation


@pytest.fixture
def doc(store: GraphStore) -> str:
    return store.documents.add(document())[0].key


def test_repeated_relation_merges_evidence_and_sources(store: GraphStore, doc: str) -> None:
    pump, reactor = (store.entities.upsert(entity(n), doc).key for n in ("P-100", "R-101"))
    store.relations.upsert(relation(pump, reactor, chunk_key="c0"), doc)
    merged = store.relations.upsert(relation(pump, reactor, chunk_key="c1"), doc)
    assert merged.sources == {doc: 2}
    assert {e.chunk for e in merged.evidence} == {"c0", "c1"}
    assert store.stats().relations_by_type == {"FEEDS": 1}


def test_missing_endpoint_writes_nothing(store: GraphStore, doc: str) -> None:
    pump = store.entities.upsert(entity("P-100"), doc).key
    with pytest.raises(NotFound, match="ghost"):
        store.relations.upsert(relation(pump, "ghost"), doc)
    assert store.stats().counts["relations"] == 0


@pytest.mark.parametrize(
    ("kind", "target_type"),
    [(RelationType.FEEDS, EntityType.CONDITION), (RelationType.CATALYZED_BY, EntityType.EQUIPMENT)],
)
def test_ontology_violation_writes_nothing(
    store: GraphStore, doc: str, kind: RelationType, target_type: EntityType
) -> None:
    source = store.entities.upsert(entity("R-101"), doc).key
    target = store.entities.upsert(entity("x", target_type, "x-1"), doc).key
    with pytest.raises(OntologyViolation, match=f"{kind.value} cannot link"):
        store.relations.upsert(relation(source, target, kind), doc)
    assert store.stats().counts["relations"] == 0


def test_symmetric_relation_is_stored_once(store: GraphStore, doc: str) -> None:
    a, b = (store.entities.upsert(entity(n), doc).key for n in ("E-201", "E-202"))
    store.relations.upsert(relation(a, b, RelationType.CONNECTED_TO), doc)
    both = store.relations.upsert(relation(b, a, RelationType.CONNECTED_TO), doc)
    assert both.sources == {doc: 2}
    assert (both.source, both.target) == (min(a, b), max(a, b))


def test_get_returns_public_shape(store: GraphStore, doc: str) -> None:
    a, b = (store.entities.upsert(entity(n), doc).key for n in ("P-1", "R-1"))
    evidence = [Evidence(chunk="c", start=1, end=4)]
    made = store.relations.upsert(
        RelationCreate(source=a, target=b, type="FEEDS", evidence=evidence), doc
    )
    assert store.relations.get(made.key) == made
    assert (made.source, made.target, made.evidence) == (a, b, evidence)


def test_relations_of_an_entity(store: GraphStore, doc: str) -> None:
    pump, reactor, cooler = (
        store.entities.upsert(entity(n), doc).key for n in ("P-1", "R-1", "E-1")
    )
    store.relations.upsert(relation(pump, reactor), doc)
    store.relations.upsert(relation(reactor, cooler), doc)
    assert {(r.source, r.target) for r in store.relations.of_entity(reactor)} == {
        (pump, reactor),
        (reactor, cooler),
    }
    assert [r.target for r in store.relations.of_entity(cooler)] == [cooler]
