"""Removing one document's contributions, and the orphans they leave, atomically.

Everything runs in one stream transaction: either the whole document disappears
(chunks, mentions, its share of entities and relations, entities and relations only
it supported) or, on any error, nothing changes.
"""

from __future__ import annotations

import time
from typing import Any

import structlog
from arango.database import StandardDatabase, TransactionDatabase
from pydantic import BaseModel, ConfigDict

from graph.aql import deletion as q
from graph.clock import utc_now
from graph.errors import NotFound
from graph.execute import run, stream_transaction
from graph.schema import (
    CHUNKS,
    DOCUMENTS,
    ENTITIES,
    ENTITY_MERGES,
    HAS_CHUNK,
    MENTIONS,
    RELATIONS,
)

log = structlog.get_logger(__name__)

WRITE_COLLECTIONS = (DOCUMENTS, CHUNKS, HAS_CHUNK, MENTIONS, ENTITIES, RELATIONS, ENTITY_MERGES)


class DeletionReport(BaseModel):
    """What deleting a document removed or changed."""

    model_config = ConfigDict(frozen=True)

    document: str
    chunks: int
    mentions: int
    entities_removed: int
    entities_updated: int
    relations_removed: int
    relations_updated: int


def delete_document(db: StandardDatabase, document: str) -> DeletionReport:
    """Delete ``document`` and exactly its contributions in one stream transaction.

    Raises:
        NotFound: no such document (nothing changes).
    """
    started = time.perf_counter()
    with stream_transaction(db, WRITE_COLLECTIONS, doc=document, action="delete") as trx:
        report = delete_in(trx, document)
    ms = round((time.perf_counter() - started) * 1000, 1)
    log.info("document_deleted", doc=document, ms=ms, **report.model_dump(exclude={"document"}))
    return report


def delete_in(trx: TransactionDatabase, document: str) -> DeletionReport:
    """Delete ``document``'s contributions inside the caller's stream transaction.

    Raises:
        NotFound: no such document.
    """
    doc: dict[str, Any] = {"document": document}
    try:
        run(trx, q.REMOVE_DOCUMENT, {**doc, "@documents": DOCUMENTS})
    except NotFound as exc:
        raise NotFound(f"document {document!r} not found") from exc
    chunk_keys = run(trx, q.DOCUMENT_CHUNK_KEYS, {**doc, "@chunks": CHUNKS})
    mentions = run(trx, q.REMOVE_DOCUMENT_MENTIONS, {**doc, "@mentions": MENTIONS})
    edges = {"document_id": f"{DOCUMENTS}/{document}", "@has_chunk": HAS_CHUNK}
    run(trx, q.REMOVE_DOCUMENT_HAS_CHUNK, edges)
    chunks = run(trx, q.REMOVE_DOCUMENT_CHUNKS, {**doc, "@chunks": CHUNKS})
    removed = run(trx, q.REMOVE_ORPHAN_ENTITIES, {**doc, "@entities": ENTITIES})
    release = {**doc, "chunk_keys": chunk_keys, "now": utc_now()}
    entities_updated = run(trx, q.RELEASE_ENTITIES, {**release, "@entities": ENTITIES})
    orphans = {**doc, "@relations": RELATIONS, "removed_entities": removed}
    relations_removed = run(trx, q.REMOVE_ORPHAN_RELATIONS, orphans)
    relations_updated = run(trx, q.RELEASE_RELATIONS, {**release, "@relations": RELATIONS})
    dangling = {"@mentions": MENTIONS, "removed_entities": removed}
    mentions += run(trx, q.REMOVE_DANGLING_MENTIONS, dangling)
    run(trx, q.REMOVE_DOCUMENT_MERGES, {**doc, "@entity_merges": ENTITY_MERGES})
    return DeletionReport(
        document=document,
        chunks=len(chunks),
        mentions=len(mentions),
        entities_removed=len(removed),
        entities_updated=len(entities_updated),
        relations_removed=len(relations_removed),
        relations_updated=len(relations_updated),
    )
