"""Graph queries over relations: typed, depth-limited neighbourhoods and shortest paths."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from arango.database import Database
from pydantic import BaseModel, ConfigDict

from graph.aql import traversal as q
from graph.errors import InvalidInput, NotFound
from graph.execute import run_one
from graph.models import EntityPublic, RelationPublic
from graph.ontology import EntityType, RelationType
from graph.schema import ENTITIES, RELATIONS

Direction = Literal["any", "outbound", "inbound"]
MAX_DEPTH = 6

_NEIGHBOURHOOD = {
    "any": q.NEIGHBOURHOOD_ANY,
    "outbound": q.NEIGHBOURHOOD_OUTBOUND,
    "inbound": q.NEIGHBOURHOOD_INBOUND,
}


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class Neighbour(_Frozen):
    """An entity reached from the centre, with its smallest number of hops."""

    entity: EntityPublic
    depth: int


class Neighbourhood(_Frozen):
    """The entities around one entity and the relations between them."""

    center: EntityPublic
    entities: list[Neighbour]
    relations: list[RelationPublic]


class GraphPath(_Frozen):
    """A path from one entity to another: n entities and n - 1 relations."""

    entities: list[EntityPublic]
    relations: list[RelationPublic]


def _depth(depth: int) -> int:
    if not 1 <= depth <= MAX_DEPTH:
        raise InvalidInput(f"depth must be between 1 and {MAX_DEPTH}, not {depth}")
    return depth


def _values(items: Iterable[RelationType | EntityType] | None) -> list[str]:
    return [] if items is None else [i.value for i in items]


class GraphQueries:
    """Read-only traversals of one tenant's relations."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def neighbourhood(
        self,
        key: str,
        *,
        depth: int = 1,
        relation_types: Iterable[RelationType] | None = None,
        entity_types: Iterable[EntityType] | None = None,
        direction: Direction = "any",
        limit: int = 200,
    ) -> Neighbourhood:
        """Entities within ``depth`` hops of entity ``key`` over the allowed relation types.

        Raises:
            NotFound: no entity ``key``.
            InvalidInput: depth outside 1..6.
        """
        bind = {
            "@entities": ENTITIES,
            "@relations": RELATIONS,
            "key": key,
            "depth": _depth(depth),
            "relation_types": _values(relation_types),
            "entity_types": _values(entity_types),
            "limit": limit,
        }
        result = run_one(self._db, _NEIGHBOURHOOD[direction], bind)
        if result is None:
            raise NotFound(f"entity {key!r} not found")
        return Neighbourhood(
            center=EntityPublic.from_record(result["center"]),
            entities=[
                Neighbour(entity=EntityPublic.from_record(n["entity"]), depth=n["depth"])
                for n in result["entities"]
            ],
            relations=[RelationPublic.from_record(r) for r in result["relations"]],
        )

    def shortest_path(
        self,
        source: str,
        target: str,
        *,
        relation_types: Iterable[RelationType] | None = None,
        max_depth: int = 4,
    ) -> GraphPath | None:
        """The shortest path between two entities, in either direction along relations.

        With ``relation_types`` only those relations are followed, up to ``max_depth`` hops.

        Returns:
            The path, or None when the entities are not connected.

        Raises:
            NotFound: one of the entities does not exist.
        """
        ends = {"@entities": ENTITIES, "source": source, "target": target}
        exists = run_one(self._db, q.ENDPOINTS, ends)
        missing = [
            key for key, ok in ((source, exists["source"]), (target, exists["target"])) if not ok
        ]
        if missing:
            raise NotFound(f"entity not found: {', '.join(missing)}")
        bind: dict[str, object] = {
            "@relations": RELATIONS,
            "source_id": f"{ENTITIES}/{source}",
            "target_id": f"{ENTITIES}/{target}",
        }
        types = _values(relation_types)
        if types:
            bind |= {"relation_types": types, "max_depth": _depth(max_depth)}
            result = run_one(self._db, q.TYPED_SHORTEST_PATH, bind)
        else:
            result = run_one(self._db, q.SHORTEST_PATH, bind)
        if result is None:
            return None
        return GraphPath(
            entities=[EntityPublic.from_record(v) for v in result["entities"]],
            relations=[RelationPublic.from_record(e) for e in result["relations"]],
        )
