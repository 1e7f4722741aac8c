"""Counts and breakdowns of a tenant's graph."""

from __future__ import annotations

from graph.models import DocumentStatus
from graph.store import GraphStore
from tests.graph.factories import ingest


def test_empty_graph(store: GraphStore) -> None:
    stats = store.stats()
    assert set(stats.counts.values()) == {0}
    assert stats.entities_by_type == {} and stats.relations_by_type == {}


def test_breakdowns(store: GraphStore) -> None:
    doc = ingest(store, "a.pdf", ["P-100", "R-101"], [(0, 1)])
    ingest(store, "b.pdf", ["R-101"], [])
    store.documents.set_status(doc, DocumentStatus.READY)
    stats = store.stats()
    assert stats.counts["documents"] == 2 and stats.counts["mentions"] == 3
    assert stats.documents_by_status == {"ready": 1, "pending": 1}
    assert stats.entities_by_type == {"equipment": 2}
    assert stats.relations_by_type == {"FEEDS": 1}
