"""``processkg stats``, ``processkg merges`` and ``processkg unmerge``."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from graph.merges import MergeLog
from service.cli.runtime import JsonOption, TenantOption, open_tenant


def stats(tenant: TenantOption = "default", as_json: JsonOption = False) -> None:
    """Counts of documents, chunks, entities and relations, by status and type."""
    with open_tenant(tenant) as session:
        result = session.store.stats()
    if as_json:
        print(result.model_dump_json(indent=2))
        return
    for name, count in result.counts.items():
        print(f"{name:<14}{count:>8}")
    for title, breakdown in (
        ("documents by status", result.documents_by_status),
        ("entities by type", result.entities_by_type),
        ("relations by type", result.relations_by_type),
    ):
        if breakdown:
            print(f"{title}: " + ", ".join(f"{k} {v}" for k, v in sorted(breakdown.items())))


def merges(
    entity: Annotated[str | None, typer.Option(help="Only this entity's merges.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=10_000)] = 50,
    tenant: TenantOption = "default",
    as_json: JsonOption = False,
) -> None:
    """The entity-resolution log: which names were merged into which entity, and why."""
    with open_tenant(tenant) as session:
        rows = MergeLog(session.store.db).list(entity=entity, limit=limit)
    if as_json:
        print(json.dumps([r.model_dump() for r in rows], indent=2))
        return
    for r in rows:
        state = f"reverted → {r.split_into}" if r.reverted_at else r.rule
        print(f"{r.key}  {r.alias!r} → {r.type} {r.name!r} ({r.entity})  [{state}]")


def unmerge(
    merge: Annotated[str, typer.Argument(help="The merge key (see `processkg merges`).")],
    tenant: TenantOption = "default",
    as_json: JsonOption = False,
) -> None:
    """Revert a merge: the alias becomes its own entity, with its mentions and relations."""
    with open_tenant(tenant) as session:
        report = MergeLog(session.store.db).revert(merge)
    if as_json:
        print(report.model_dump_json(indent=2))
        return
    print(
        f"split {report.alias!r} from entity {report.entity} into {report.split_entity}: "
        f"{report.mentions_moved} mentions, {report.relations_moved} relations moved"
    )
