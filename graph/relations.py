"""The ``relations`` repository: typed, ontology-checked edges with evidence and sources."""

from __future__ import annotations

from arango.database import Database

from graph.aql.relations import ENDPOINT_TYPES, ENTITY_RELATIONS, GET_RELATION, UPSERT_RELATION
from graph.clock import utc_now
from graph.errors import NotFound
from graph.execute import run, run_one
from graph.models import RelationCreate, RelationPublic
from graph.ontology import check_relation
from graph.schema import ENTITIES, RELATIONS


class RelationRepository:
    """One edge per (source, type, target); repeated extractions add evidence and sources."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def upsert(self, relation: RelationCreate, document: str) -> RelationPublic:
        """Insert or merge ``relation``, counting ``document``'s contribution.

        Symmetric relation types are stored once, from the smaller key to the larger.

        Raises:
            NotFound: an endpoint entity does not exist.
            OntologyViolation: the endpoints' types are outside the relation's domain/range.
        """
        keys = {"@entities": ENTITIES, "keys": [relation.source, relation.target]}
        source, target = run(self._db, ENDPOINT_TYPES, keys)
        missing = [e["key"] for e in (source, target) if e["type"] is None]
        if missing:
            raise NotFound(f"relation endpoint entity not found: {', '.join(missing)}")
        rule = check_relation(relation.type.value, source["type"], target["type"])
        ends = (relation.source, relation.target)
        if rule.symmetric:
            ends = (min(ends), max(ends))
        bind = {
            "@entities": ENTITIES,
            "@relations": RELATIONS,
            "source": ends[0],
            "target": ends[1],
            "type": relation.type.value,
            "evidence": [e.model_dump(mode="json") for e in relation.evidence],
            "document": document,
            "now": utc_now(),
        }
        record = run_one(self._db, UPSERT_RELATION, bind)
        if record is None:  # an endpoint was deleted meanwhile
            raise NotFound(f"relation endpoints {ends[0]}, {ends[1]} not found")
        return RelationPublic.from_record(record)

    def of_entity(self, key: str, *, limit: int = 100) -> list[RelationPublic]:
        """The relations from or to entity ``key``, by type."""
        bind = {"@relations": RELATIONS, "entity_id": f"{ENTITIES}/{key}", "limit": limit}
        return [RelationPublic.from_record(r) for r in run(self._db, ENTITY_RELATIONS, bind)]

    def get(self, key: str) -> RelationPublic:
        """The relation ``key``.

        Raises:
            NotFound: no such relation.
        """
        record = run_one(self._db, GET_RELATION, {"@relations": RELATIONS, "key": key})
        if record is None:
            raise NotFound(f"relation {key!r} not found")
        return RelationPublic.from_record(record)
