"""Deleting a document removes exactly its contributions and the orphans, atomically."""

from __future__ import annotations

import pytest

from graph.errors import NotFound
from graph.ontology import EntityType
from graph.store import GraphStore
from tests.graph.factories import ingest


@pytest.fixture
def two_docs(store: GraphStore) -> tuple[str, str]:
    """a: P-100 → R-101 → E-201; b: R-101 → E-201 → T-300 (R-101 → E-201 shared)."""
    a = ingest(store, "a.pdf", ["P-100", "R-101", "E-201"], [(0, 1), (1, 2)])
    b = ingest(store, "b.pdf", ["R-101", "E-201", "T-300"], [(0, 1), (1, 2)])
    return a, b


def test_report_counts_what_changed(store: GraphStore, two_docs: tuple[str, str]) -> None:
    report = store.delete_document(two_docs[0])
    assert (report.chunks, report.mentions) == (1, 3)
    assert (report.entities_removed, report.entities_updated) == (1, 2)
    assert (report.relations_removed, report.relations_updated) == (1, 1)


def test_only_the_documents_contributions_disappear(
    store: GraphStore, two_docs: tuple[str, str]
) -> None:
    a, b = two_docs
    store.delete_document(a)
    stats = store.stats()
    assert stats.counts == {
        "documents": 1,
        "chunks": 1,
        "entities": 3,
        "has_chunk": 1,
        "mentions": 3,
        "relations": 2,
    }
    shared = store.entities.find(EntityType.EQUIPMENT, "R-101")
    assert shared is not None and shared.sources == {b: 1}
    assert store.entities.find(EntityType.EQUIPMENT, "P-100") is None


def test_shared_relation_loses_the_documents_evidence(
    store: GraphStore, two_docs: tuple[str, str]
) -> None:
    a, b = two_docs
    store.delete_document(a)
    reactor = store.entities.find(EntityType.EQUIPMENT, "R-101")
    assert reactor is not None
    (edge,) = store.graph.neighbourhood(reactor.key, direction="outbound").relations
    assert edge.sources == {b: 1}
    assert [e.chunk for e in edge.evidence] == [f"{b}-0"]


def test_deleting_both_documents_empties_the_graph(
    store: GraphStore, two_docs: tuple[str, str]
) -> None:
    for key in two_docs:
        store.delete_document(key)
    assert set(store.stats().counts.values()) == {0}


def test_missing_document_changes_nothing(store: GraphStore, two_docs: tuple[str, str]) -> None:
    before = store.stats()
    with pytest.raises(NotFound, match="'nope'"):
        store.delete_document("nope")
    assert store.stats() == before


def test_document_can_be_ingested_again_after_deletion(
    store: GraphStore, two_docs: tuple[str, str]
) -> None:
    store.delete_document(two_docs[0])
    ingest(store, "a.pdf", ["P-100", "R-101", "E-201"], [(0, 1), (1, 2)])
    assert store.stats().counts["entities"] == 4
