"""The idempotent steps migrations are made of.

Each step describes itself as plain JSON (the migration checksum is computed from
these descriptions), applies itself only if its object is missing (returning
whether it created something) and can undo what it created, so a migration that
fails half-way leaves the database as it found it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from arango.database import StandardDatabase

from graph.errors import Conflict, arango_errors
from graph.execute import done, run
from graph.schema import AnalyzerSpec, EdgeDefinition, IndexSpec, ViewSpec


class Step(Protocol):
    """One schema change."""

    def describe(self) -> dict[str, Any]:
        """A JSON description of the change (part of the migration checksum)."""
        ...

    def apply(self, db: StandardDatabase) -> bool:
        """Make the change unless it is already there; True if something was created."""
        ...

    def undo(self, db: StandardDatabase) -> None:
        """Remove what ``apply`` created (called only after it returned True)."""
        ...


@dataclass(frozen=True)
class CreateCollection:
    """A document or edge collection (``system`` for names starting with ``_``)."""

    name: str
    edge: bool = False
    system: bool = False

    def describe(self) -> dict[str, Any]:
        return {"collection": self.name, "edge": self.edge, "system": self.system}

    def apply(self, db: StandardDatabase) -> bool:
        with arango_errors():
            exists = done(db.has_collection(self.name))
        if exists:
            return False
        try:
            with arango_errors():
                db.create_collection(self.name, edge=self.edge, system=self.system)
        except Conflict:  # created concurrently by another runner
            return False
        return True

    def undo(self, db: StandardDatabase) -> None:
        with arango_errors():
            db.delete_collection(self.name, ignore_missing=True, system=self.system)


@dataclass(frozen=True)
class CreateIndex:
    """A named index (ArangoDB's ensureIndex is idempotent for equal definitions)."""

    spec: IndexSpec

    def describe(self) -> dict[str, Any]:
        return {"index": self.spec.body(), "collection": self.spec.collection}

    def apply(self, db: StandardDatabase) -> bool:
        with arango_errors():
            info = done(db.collection(self.spec.collection).add_index(self.spec.body()))
        return bool(info.get("isNewlyCreated", info.get("new", False)))

    def undo(self, db: StandardDatabase) -> None:
        with arango_errors():
            db.collection(self.spec.collection).delete_index(self.spec.name, ignore_missing=True)


@dataclass(frozen=True)
class CreateGraph:
    """A named graph over existing collections."""

    name: str
    edge_definitions: tuple[EdgeDefinition, ...]

    def describe(self) -> dict[str, Any]:
        return {"graph": self.name, "edges": [d.body() for d in self.edge_definitions]}

    def apply(self, db: StandardDatabase) -> bool:
        with arango_errors():
            if done(db.has_graph(self.name)):
                return False
            db.create_graph(self.name, edge_definitions=[d.body() for d in self.edge_definitions])
        return True

    def undo(self, db: StandardDatabase) -> None:
        with arango_errors():
            db.delete_graph(self.name, ignore_missing=True, drop_collections=False)


@dataclass(frozen=True)
class CreateAnalyzer:
    """A custom analyzer of the database."""

    spec: AnalyzerSpec

    def describe(self) -> dict[str, Any]:
        spec = self.spec
        return {
            "analyzer": spec.name,
            "type": spec.kind,
            "properties": spec.properties,
            "features": sorted(spec.features),
        }

    def apply(self, db: StandardDatabase) -> bool:
        spec = self.spec
        with arango_errors():
            names = {a["name"].split("::")[-1] for a in done(db.analyzers())}
            if spec.name in names:
                return False
            db.create_analyzer(spec.name, spec.kind, spec.properties, list(spec.features))
        return True

    def undo(self, db: StandardDatabase) -> None:
        with arango_errors():
            db.delete_analyzer(self.spec.name, force=True, ignore_missing=True)


@dataclass(frozen=True)
class CreateView:
    """An ArangoSearch view with its links."""

    spec: ViewSpec

    def describe(self) -> dict[str, Any]:
        return {"view": self.spec.name, "properties": self.spec.properties}

    def apply(self, db: StandardDatabase) -> bool:
        with arango_errors():
            names = {v["name"] for v in done(db.views())}
            if self.spec.name in names:
                return False
            db.create_arangosearch_view(self.spec.name, self.spec.properties)
        return True

    def undo(self, db: StandardDatabase) -> None:
        with arango_errors():
            db.delete_view(self.spec.name, ignore_missing=True)


@dataclass(frozen=True)
class RunAql:
    """A data migration: an idempotent AQL query (re-running it must change nothing)."""

    query: str
    bind_vars: tuple[tuple[str, Any], ...] = ()

    def describe(self) -> dict[str, Any]:
        return {"aql": self.query, "bind_vars": dict(self.bind_vars)}

    def apply(self, db: StandardDatabase) -> bool:
        run(db, self.query, dict(self.bind_vars))
        return False  # data changes cannot be undone by dropping an object

    def undo(self, db: StandardDatabase) -> None:
        """Nothing to undo: ``apply`` never reports a created object."""
