"""Small builders of store inputs for the tests."""

from __future__ import annotations

import hashlib

from graph.models import (
    ChunkCreate,
    DocumentCreate,
    EntityCreate,
    Evidence,
    MentionCreate,
    RelationCreate,
)
from graph.ontology import EntityType, RelationType
from graph.store import GraphStore


def document(name: str = "design.pdf", content: str | None = None) -> DocumentCreate:
    """A document whose sha256 is that of ``content`` (its name by default)."""
    sha = hashlib.sha256((content or name).encode()).hexdigest()
    return DocumentCreate(title=name, filename=name, media_type="application/pdf", sha256=sha)


def chunk(
    ordinal: int, text: str = "R-101 is fed by P-100.", embedding: list[float] | None = None
) -> ChunkCreate:
    start = ordinal * 100
    return ChunkCreate(
        ordinal=ordinal,
        text=text,
        char_start=start,
        char_end=start + len(text),
        embedding=embedding,
    )


def entity(
    name: str,
    kind: EntityType = EntityType.EQUIPMENT,
    canonical: str | None = None,
    **extra: object,
) -> EntityCreate:
    return EntityCreate.model_validate(
        {"name": name, "type": kind, "canonical_id": canonical or name, **extra}
    )


def relation(
    source: str, target: str, kind: RelationType = RelationType.FEEDS, chunk_key: str | None = None
) -> RelationCreate:
    evidence = [Evidence(chunk=chunk_key, start=0, end=5)] if chunk_key else []
    return RelationCreate(source=source, target=target, type=kind, evidence=evidence)


def mention(chunk_key: str, entity_key: str, start: int = 0, end: int = 5) -> MentionCreate:
    return MentionCreate(chunk=chunk_key, entity=entity_key, start=start, end=end, text="R-101")


def ingest(store: GraphStore, name: str, names: list[str], feeds: list[tuple[int, int]]) -> str:
    """A document with one chunk mentioning equipment ``names`` and FEEDS between them.

    Returns:
        The document key.
    """
    doc, _ = store.documents.add(document(name))
    (piece,) = store.chunks.add(doc.key, [chunk(0)])
    keys = [store.entities.upsert(entity(n), doc.key).key for n in names]
    store.chunks.add_mentions([mention(piece.key, k) for k in keys])
    for a, b in feeds:
        store.relations.upsert(relation(keys[a], keys[b], chunk_key=piece.key), doc.key)
    return doc.key
