"""Storing one document's contribution atomically, replacing an older version if asked.

Everything happens in one stream transaction: the document (status ``ready``), its
chunks and ``has_chunk`` edges, entity upserts, mentions, relation upserts and the
merge log; then, when the document replaces an older version, the older version's
contributions are removed (entities and relations both versions support keep their
keys). A failure anywhere aborts the transaction: nothing of the document is stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import structlog
from arango.database import StandardDatabase, TransactionDatabase

from graph.aql.chunks import INSERT_CHUNKS
from graph.aql.ingest import (
    ENTITY_TYPE_CLASHES,
    INSERT_DOCUMENT_MENTIONS,
    INSERT_MERGES,
    INSERT_READY_DOCUMENT,
    UPSERT_ENTITIES,
    UPSERT_RELATIONS,
)
from graph.chunks import span_key
from graph.clock import utc_now
from graph.deletion import WRITE_COLLECTIONS, DeletionReport, delete_in
from graph.execute import run, stream_transaction
from graph.ingest.contribution import Contribution, Identity
from graph.ingest.resolution import merges
from graph.models import DocumentCreate, DocumentPublic, DocumentStatus
from graph.ontology import RULES, EntityType
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


@dataclass(frozen=True)
class WriteReport:
    """What storing a contribution wrote."""

    document: DocumentPublic
    chunks: int
    entities: int
    mentions: int
    relations: int
    merges: int
    replaced: DeletionReport | None


def write_contribution(
    db: StandardDatabase,
    document: DocumentCreate,
    contribution: Contribution,
    *,
    replaces: str | None = None,
) -> WriteReport:
    """Store ``contribution`` as document ``contribution.document`` in one transaction.

    Args:
        db: the tenant database.
        document: the document's metadata.
        contribution: its chunks, entities, mentions and relations.
        replaces: the key of an older version of the document, removed in the same
            transaction.

    Raises:
        Conflict: a document with the same content was stored concurrently.
        ProcessKGError: any database error (nothing was stored).
    """
    key = contribution.document
    with stream_transaction(db, WRITE_COLLECTIONS, doc=key, action="ingest") as trx:
        return _write_in(trx, document, contribution, replaces)


def _write_in(
    trx: TransactionDatabase,
    document: DocumentCreate,
    contribution: Contribution,
    replaces: str | None,
) -> WriteReport:
    key, now = contribution.document, utc_now()
    bind: dict[str, Any] = {
        "@documents": DOCUMENTS,
        "document": document.model_dump(mode="json"),
        "key": key,
        "status": DocumentStatus.READY.value,
        "now": now,
    }
    stored = DocumentPublic.from_record(run(trx, INSERT_READY_DOCUMENT, bind)[0])
    chunks = run(
        trx,
        INSERT_CHUNKS,
        {
            "@documents": DOCUMENTS,
            "@chunks": CHUNKS,
            "@has_chunk": HAS_CHUNK,
            "document": key,
            "chunks": [c.model_dump(mode="json") for c in contribution.chunks],
        },
    )
    _drop_type_clashes(trx, contribution)
    keys = _upsert_entities(trx, contribution, now)
    mentions = _insert_mentions(trx, contribution, keys)
    relations = _upsert_relations(trx, contribution, keys, now)
    merge_rows = merges(contribution, keys)
    if merge_rows:
        merge_bind = {"@entity_merges": ENTITY_MERGES, "merges": merge_rows}
        run(trx, INSERT_MERGES, {**merge_bind, "document": key, "now": now})
    replaced = delete_in(trx, replaces) if replaces else None
    return WriteReport(
        document=stored,
        chunks=len(chunks),
        entities=len(keys),
        mentions=mentions,
        relations=relations,
        merges=len(merge_rows),
        replaced=replaced,
    )


def _drop_type_clashes(trx: TransactionDatabase, contribution: Contribution) -> None:
    """Leave out entities whose canonical id the graph already gives another type."""
    rows = [
        {"canonical_id": r.canonical_id, "type": r.type.value}
        for r in contribution.entities.values()
    ]
    clashes = run(trx, ENTITY_TYPE_CLASHES, {"@entities": ENTITIES, "entities": rows})
    for clash in clashes:
        identity = (EntityType(clash["type"]), clash["canonical_id"])
        contribution.entities.pop(identity, None)
        log.warning(
            "entity_type_clash",
            doc=contribution.document,
            canonical_id=clash["canonical_id"],
            type=clash["type"],
            stored_type=clash["stored_type"],
            stored_key=clash["key"],
        )


def _upsert_entities(
    trx: TransactionDatabase, contribution: Contribution, now: str
) -> dict[Identity, str]:
    rows = [r.row() for r in contribution.entities.values()]
    bind = {"@entities": ENTITIES, "entities": rows, "document": contribution.document}
    stored = run(trx, UPSERT_ENTITIES, {**bind, "now": now})
    return {(EntityType(s["type"]), s["canonical_id"]): s["key"] for s in stored}


def _insert_mentions(
    trx: TransactionDatabase, contribution: Contribution, keys: dict[Identity, str]
) -> int:
    """The document's mentions (its chunks and the entities exist in this transaction)."""
    rows = []
    for m in contribution.mentions:
        entity = keys.get(m.entity)
        if entity is not None:
            key = span_key(m.chunk, entity, m.start, m.end)
            row = {"key": key, "chunk": m.chunk, "entity": entity, "text": m.text}
            rows.append({**row, "start": m.start, "end": m.end})
    if not rows:
        return 0
    bind = {
        "@mentions": MENTIONS,
        "mentions": rows,
        "chunks_prefix": f"{CHUNKS}/",
        "entities_prefix": f"{ENTITIES}/",
        "document": contribution.document,
    }
    return int(run(trx, INSERT_DOCUMENT_MENTIONS, bind)[0])


def _upsert_relations(
    trx: TransactionDatabase, contribution: Contribution, keys: dict[Identity, str], now: str
) -> int:
    rows: dict[tuple[str, str, str], dict[str, Any]] = {}
    for record in contribution.relations.values():
        head, tail = keys.get(record.head), keys.get(record.tail)
        if head is None or tail is None or head == tail:
            continue
        if RULES[record.type].symmetric:
            head, tail = min(head, tail), max(head, tail)
        row = rows.setdefault(
            (head, tail, record.type.value),
            {
                "source": head,
                "target": tail,
                "type": record.type.value,
                "evidence": [],
                "method": record.method.value,
                "count": 0,
            },
        )
        row["evidence"] += [e for e in record.evidence if e not in row["evidence"]]
        row["count"] += record.count
    if not rows:
        return 0
    bind = {
        "@relations": RELATIONS,
        "relations": list(rows.values()),
        "entities_prefix": f"{ENTITIES}/",
        "document": contribution.document,
        "now": now,
    }
    return len(run(trx, UPSERT_RELATIONS, bind))
