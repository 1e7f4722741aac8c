"""Documents: one per content hash, with a status."""

from __future__ import annotations

import pytest

from graph.errors import NotFound
from graph.models import DocumentStatus
from graph.store import GraphStore
from tests.graph.factories import document


def test_add_registers_a_pending_document(store: GraphStore) -> None:
    doc, created = store.documents.add(document("p&id.pdf"))
    assert created and doc.status is DocumentStatus.PENDING
    assert store.documents.get(doc.key) == doc


def test_same_content_is_registered_once(store: GraphStore) -> None:
    first, _ = store.documents.add(document("a.pdf", content="same bytes"))
    again, created = store.documents.add(document("b.pdf", content="same bytes"))
    assert (again.key, created) == (first.key, False)
    assert store.stats().counts["documents"] == 1


def test_set_status(store: GraphStore) -> None:
    doc, _ = store.documents.add(document())
    updated = store.documents.set_status(doc.key, DocumentStatus.READY)
    assert updated.status is DocumentStatus.READY and updated.created_at == doc.created_at


@pytest.mark.parametrize("key", ["404", "no-such-doc"])
def test_missing_document(store: GraphStore, key: str) -> None:
    with pytest.raises(NotFound, match=key):
        store.documents.get(key)
    with pytest.raises(NotFound, match=key):
        store.documents.set_status(key, DocumentStatus.FAILED)


def test_list_pages_newest_first(store: GraphStore) -> None:
    keys = [store.documents.add(document(f"{i}.pdf"))[0].key for i in range(3)]
    listed = [d.key for d in store.documents.list(limit=2)]
    assert listed == [keys[2], keys[1]]
    assert [d.key for d in store.documents.list(limit=2, offset=2)] == [keys[0]]
