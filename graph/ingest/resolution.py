"""Entity resolution: which graph node a mention names, and the merges that implies.

Mentions with the same ``(type, canonical id)`` are one entity: "NH3", "ammonia" and
"7664-41-7" all become the chemical ``7664-41-7``; "R101" and "R-101" the equipment
``R-101``. Every surface form that differs from the entity's name becomes an alias,
and each such merge is logged in ``entity_merges`` with the rule that made it, so it
can be reverted (``graph.merges.MergeLog.revert``). A reverted merge is remembered:
later documents send that alias to the entity it was split into, not back to the
merged one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from arango.database import Database

from graph.aql.merges import REVERTED_MERGES
from graph.execute import run
from graph.ingest.contribution import Contribution, Identity
from graph.ingest.extract.spans import EntityMention
from graph.ontology import EntityType
from graph.schema import ENTITY_MERGES

CAS_NUMBER = re.compile(r"^\d{2,7}-\d{2}-\d$")
SplitKey = tuple[str, str, str]


def alias_key(alias: str) -> str:
    """How aliases compare: case-folded, single spaces."""
    return " ".join(alias.casefold().split())


def merge_rule(entity_type: EntityType, canonical_id: str) -> str:
    """Why two names were merged: the same CAS number, tag or normalised name."""
    if entity_type is EntityType.CHEMICAL and CAS_NUMBER.match(canonical_id):
        return "same_cas_number"
    if entity_type in (EntityType.EQUIPMENT, EntityType.STREAM):
        return "same_tag"
    return "same_normalised_name"


class Resolver:
    """Maps mentions to entity identities, honouring reverted merges."""

    def __init__(self, splits: Mapping[SplitKey, str] | None = None) -> None:
        self._splits = dict(splits or {})

    @classmethod
    def from_database(cls, db: Database) -> Resolver:
        """A resolver that knows the tenant's reverted merges."""
        rows = run(db, REVERTED_MERGES, {"@entity_merges": ENTITY_MERGES})
        return cls(
            {(r["type"], r["canonical_id"], alias_key(r["alias"])): r["split_into"] for r in rows}
        )

    def identity(self, mention: EntityMention) -> Identity:
        """The ``(type, canonical id)`` of the entity ``mention`` names."""
        split = self._splits.get(
            (mention.type.value, mention.canonical_id, alias_key(mention.text))
        )
        return (mention.type, split or mention.canonical_id)


def merges(contribution: Contribution, keys: Mapping[Identity, str]) -> list[dict[str, Any]]:
    """The merge-log records of ``contribution``: one per entity and alias it merged."""
    out: list[dict[str, Any]] = []
    for identity, record in contribution.entities.items():
        key = keys.get(identity)
        if key is None:
            continue
        for alias in _distinct(record.aliases, record.name):
            out.append(
                {
                    "entity": key,
                    "alias": alias,
                    "name": record.name,
                    "type": record.type.value,
                    "canonical_id": record.canonical_id,
                    "rule": merge_rule(record.type, record.canonical_id),
                }
            )
    return out


def _distinct(aliases: Iterable[str], name: str) -> list[str]:
    seen = {alias_key(name)}
    out = []
    for alias in sorted(aliases):
        if alias_key(alias) not in seen:
            seen.add(alias_key(alias))
            out.append(alias)
    return out
