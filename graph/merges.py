"""The entity-resolution log, and reverting a merge.

Ingestion logs every name it merged into an entity (``entity_merges``). Reverting a
merge splits the name off into its own entity of the same type (canonical id
``<canonical id>#<name>``) in one stream transaction: the mentions with that surface
text move to it, with their share of ``sources``; the relations whose every piece of
evidence cites a moved mention (and no mention left behind) move too; the alias leaves
the original entity. The merge stays in the log, marked reverted, and later ingestion
sends that name to the split entity.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import structlog
from arango.database import StandardDatabase, TransactionDatabase
from pydantic import BaseModel, ConfigDict

from graph.aql import merges as q
from graph.aql.entities import GET_ENTITY
from graph.clock import utc_now
from graph.errors import Conflict, NotFound
from graph.execute import run, run_one, stream_transaction
from graph.ingest.resolution import alias_key
from graph.schema import ENTITIES, ENTITY_MERGES, MENTIONS, RELATIONS

log = structlog.get_logger(__name__)


class MergePublic(BaseModel):
    """One logged merge: ``alias`` was merged into ``entity`` by ``rule``."""

    model_config = ConfigDict(frozen=True)

    key: str
    entity: str
    alias: str
    name: str
    type: str
    canonical_id: str
    rule: str
    document: str
    at: str
    reverted_at: str | None = None
    split_into: str | None = None


class RevertReport(BaseModel):
    """What reverting a merge changed."""

    model_config = ConfigDict(frozen=True)

    merge: str
    entity: str
    alias: str
    split_entity: str
    mentions_moved: int
    relations_moved: int


class MergeLog:
    """Reads and reverts the merges of one tenant database."""

    def __init__(self, db: StandardDatabase) -> None:
        self._db = db

    def list(self, *, entity: str | None = None, limit: int = 50) -> list[MergePublic]:
        """The newest merges (of ``entity`` only, if given)."""
        bind = {"@entity_merges": ENTITY_MERGES, "entity": entity, "limit": limit}
        return [_public(r) for r in run(self._db, q.LIST_MERGES, bind)]

    def get(self, key: str) -> MergePublic:
        """The merge ``key``.

        Raises:
            NotFound: no such merge.
        """
        record = run_one(self._db, q.GET_MERGE, {"@entity_merges": ENTITY_MERGES, "key": key})
        if record is None:
            raise NotFound(f"merge {key!r} not found")
        return _public(record)

    def revert(self, key: str) -> RevertReport:
        """Split the merged name off into its own entity (see the module docstring).

        Raises:
            NotFound: no such merge, or its entity no longer exists.
            Conflict: the merge was already reverted.
        """
        merge = self.get(key)
        if merge.reverted_at is not None:
            raise Conflict(f"merge {key!r} was already reverted into {merge.split_into!r}")
        collections = (ENTITIES, MENTIONS, RELATIONS, ENTITY_MERGES)
        with stream_transaction(self._db, collections, merge=key, action="unmerge") as trx:
            report = _revert_in(trx, merge)
        log.info("merge_reverted", **report.model_dump())
        return report


def _revert_in(trx: TransactionDatabase, merge: MergePublic) -> RevertReport:
    now, entity_id = utc_now(), f"{ENTITIES}/{merge.entity}"
    old = run_one(trx, GET_ENTITY, {"@entities": ENTITIES, "key": merge.entity})
    if old is None:
        raise NotFound(f"entity {merge.entity!r} of merge {merge.key!r} no longer exists")
    canonical_id = f"{merge.canonical_id}#{alias_key(merge.alias)}"
    split = run_one(
        trx,
        q.UPSERT_SPLIT_ENTITY,
        {
            "@entities": ENTITIES,
            "entity": merge.entity,
            "canonical_id": canonical_id,
            "alias": merge.alias,
            "now": now,
        },
    )
    spans = run(trx, q.ENTITY_MENTION_SPANS, {"@mentions": MENTIONS, "entity_id": entity_id})
    moved = [s for s in spans if alias_key(s["text"]) == alias_key(merge.alias)]
    kept = [s for s in spans if s not in moved]
    bind = {"@mentions": MENTIONS, "keys": [s["key"] for s in moved]}
    run(trx, q.MOVE_MENTIONS, {**bind, "target_id": f"{ENTITIES}/{split}"})
    relations = _relations_to_move(trx, entity_id, moved, kept, f"{ENTITIES}/{split}")
    if relations:
        run(trx, q.REPOINT_RELATIONS, {"@relations": RELATIONS, "relations": relations, "now": now})
    moved_counts = Counter(m["document"] for m in moved)
    remaining = Counter({s["document"]: s["count"] for s in old.get("sources") or []})
    remaining.subtract(moved_counts)
    aliases = [a for a in old.get("aliases") or [] if alias_key(a) != alias_key(merge.alias)]
    updates = [
        {"key": merge.entity, "sources": _sources(remaining), "aliases": aliases},
        {"key": split, "sources": _sources(moved_counts), "aliases": []},
    ]
    run(trx, q.SET_SOURCES, {"@entities": ENTITIES, "updates": updates, "now": now})
    mark = {"entity": merge.entity, "alias": merge.alias, "canonical_id": canonical_id}
    run(
        trx,
        q.MARK_REVERTED,
        {**mark, "@entity_merges": ENTITY_MERGES, "split_entity": split, "now": now},
    )
    return RevertReport(
        merge=merge.key,
        entity=merge.entity,
        alias=merge.alias,
        split_entity=split,
        mentions_moved=len(moved),
        relations_moved=len(relations),
    )


def _relations_to_move(
    trx: TransactionDatabase,
    entity_id: str,
    moved: list[dict[str, Any]],
    kept: list[dict[str, Any]],
    split_id: str,
) -> list[dict[str, str]]:
    """Relations whose evidence cites only moved mentions, re-pointed at the split entity."""
    out = []
    for r in run(trx, q.ENTITY_RELATION_ENDS, {"@relations": RELATIONS, "entity_id": entity_id}):
        evidence = r["evidence"] or []
        if evidence and all(_cites(e, moved) and not _cites(e, kept) for e in evidence):
            ends = {"from": r["from"], "to": r["to"]}
            ends = {k: split_id if v == entity_id else v for k, v in ends.items()}
            out.append({"key": r["key"], **ends})
    return out


def _cites(evidence: dict[str, Any], mentions: list[dict[str, Any]]) -> bool:
    return any(
        m["chunk"] == evidence["chunk"]
        and evidence["start"] <= m["start"]
        and m["end"] <= evidence["end"]
        for m in mentions
    )


def _sources(counts: Counter[str]) -> list[dict[str, Any]]:
    return [{"document": d, "count": n} for d, n in sorted(counts.items()) if n > 0]


def _public(record: dict[str, Any]) -> MergePublic:
    fields = {k: v for k, v in record.items() if k in MergePublic.model_fields}
    return MergePublic.model_validate({**fields, "key": record["_key"]})
