"""The ``entities`` repository: upsert by (type, canonical id) with refcounted sources."""

from __future__ import annotations

from arango.database import Database

from graph.aql.chunks import ENTITY_MENTIONS
from graph.aql.entities import (
    ENTITIES_BY_NAME,
    FIND_ENTITY,
    GET_ENTITY,
    UPSERT_ENTITY,
)
from graph.aql.ingest import ENTITY_TYPE_CLASHES
from graph.clock import utc_now
from graph.errors import EntityConflict, NotFound
from graph.execute import run, run_one
from graph.models import EntityCreate, EntityPublic, MentionPublic
from graph.ontology import EntityType
from graph.schema import ENTITIES, MENTIONS
from graph.vectors import check_embedding


class EntityRepository:
    """Merges entities extracted from documents into one vertex per (type, canonical id)."""

    def __init__(self, db: Database, dimension: int) -> None:
        self._db = db
        self._dimension = dimension

    def upsert(self, entity: EntityCreate, document: str) -> EntityPublic:
        """Insert ``entity`` or merge it into the stored one, counting ``document``'s contribution.

        A merge adds new aliases (a different name becomes an alias) and new conditions,
        and keeps the stored description and embedding when present. The type check and
        the upsert are two queries: two writers racing to give one canonical id different
        types could both succeed (the unique index covers (canonical id, type)).

        Raises:
            EntityConflict: the canonical id belongs to an entity of another type
                (nothing is written).
            InvalidInput: an embedding of the wrong length.
        """
        check_embedding(entity.embedding, self._dimension, f"entity {entity.canonical_id!r}")
        bind = {
            "@entities": ENTITIES,
            "entity": entity.model_dump(mode="json"),
            "canonical_id": entity.canonical_id,
            "type": entity.type.value,
            "document": document,
            "now": utc_now(),
        }
        wanted = [{"canonical_id": entity.canonical_id, "type": entity.type.value}]
        clash = run_one(self._db, ENTITY_TYPE_CLASHES, {"@entities": ENTITIES, "entities": wanted})
        if clash is not None:
            raise EntityConflict(
                f"canonical id {entity.canonical_id!r} already names {clash['stored_type']} "
                f"{clash['name']!r} (key {clash['key']}), not a {entity.type.value}"
            )
        return EntityPublic.from_record(run_one(self._db, UPSERT_ENTITY, bind))

    def get(self, key: str) -> EntityPublic:
        """The entity ``key``.

        Raises:
            NotFound: no such entity.
        """
        record = run_one(self._db, GET_ENTITY, {"@entities": ENTITIES, "key": key})
        if record is None:
            raise NotFound(f"entity {key!r} not found")
        return EntityPublic.from_record(record)

    def find(self, entity_type: EntityType, canonical_id: str) -> EntityPublic | None:
        """The entity of this type and canonical id, if any."""
        bind = {"@entities": ENTITIES, "type": entity_type.value, "canonical_id": canonical_id}
        record = run_one(self._db, FIND_ENTITY, bind)
        return None if record is None else EntityPublic.from_record(record)

    def mentions(self, key: str, *, limit: int = 100) -> list[MentionPublic]:
        """The spans of chunks that name entity ``key`` (for citations), by document."""
        bind = {"@mentions": MENTIONS, "entity_id": f"{ENTITIES}/{key}", "limit": limit}
        return [MentionPublic.model_validate(r) for r in run(self._db, ENTITY_MENTIONS, bind)]

    def by_name(self, name: str, *, limit: int = 20) -> list[EntityPublic]:
        """Entities whose name or one of whose aliases is exactly ``name``."""
        bind = {"@entities": ENTITIES, "name": name, "limit": limit}
        return [EntityPublic.from_record(r) for r in run(self._db, ENTITIES_BY_NAME, bind)]
