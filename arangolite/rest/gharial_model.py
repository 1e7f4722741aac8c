"""A named graph's definition: edge definitions, orphan collections, and their rules.

ArangoDB keeps each named graph as a document of the ``_graphs`` system collection
(``{_key, edgeDefinitions: [{collection, from, to}], orphanCollections}``). Edge
definitions are kept ordered by collection name, their ``from``/``to`` lists and
the orphans sorted and free of duplicates, as ArangoDB's own graph manager does.
This module validates user input and applies the changes the Gharial API makes;
reading and writing ``_graphs`` is :mod:`arangolite.rest.gharial_store`'s job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from arangolite import errno
from arangolite.errors import ArangoliteError, fmt

PERSISTED = ("_key", "edgeDefinitions", "orphanCollections")


def graph_error(num: int, message: str | None = None, code: int = 400) -> ArangoliteError:
    """A graph error with ArangoDB's message (``message`` overrides it)."""
    return ArangoliteError(num, message if message is not None else fmt(num), code=code)


def prefixed(num: int, name: str, code: int = 400) -> ArangoliteError:
    """ArangoDB's ``"<name> <message>"`` form of some graph errors."""
    return graph_error(num, f"{name} {fmt(num)}", code)


def corrupt(message: str) -> ArangoliteError:
    return graph_error(errno.GRAPH_INTERNAL_DATA_CORRUPT, message)


@dataclass(frozen=True, slots=True)
class EdgeDefinition:
    """One relation: edges in ``collection`` go from ``sources`` to ``targets``."""

    collection: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"collection": self.collection, "from": list(self.sources), "to": list(self.targets)}

    def uses_vertex(self, name: str) -> bool:
        return name in self.sources or name in self.targets


def _names(value: Any, key: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise corrupt(f"Edge definition '{key}' is not an array!")
    if not all(isinstance(v, str) for v in value):
        raise corrupt(f"Edge definition '{key}' does not only contain strings!")
    return tuple(sorted(set(value)))


def parse_edge_definition(raw: Any) -> EdgeDefinition:
    """Validate ``{collection, from, to}`` (1923 malformed, 1941 missing/wrong attributes)."""
    if not isinstance(raw, dict):
        raise graph_error(errno.GRAPH_CREATE_MALFORMED_EDGE_DEFINITION)
    for key in ("collection", "from", "to"):
        if key not in raw:
            raise corrupt(f"Attribute '{key}' missing in edge definition!")
    collection = raw["collection"]
    if not isinstance(collection, str):
        raise corrupt("edge definition is not a string!")
    sources, targets = _names(raw["from"], "from"), _names(raw["to"], "to")
    if not sources or not targets:
        raise graph_error(errno.GRAPH_CREATE_MALFORMED_EDGE_DEFINITION)
    return EdgeDefinition(collection, sources, targets)


@dataclass(slots=True)
class GraphModel:
    """A named graph as the Gharial API changes it.

    ``stored`` is the ``_graphs`` document it was read from (None for a new graph);
    attributes it has beyond the graph definition are kept when the graph is saved.
    """

    name: str
    edges: dict[str, EdgeDefinition] = field(default_factory=dict)
    orphans: set[str] = field(default_factory=set)
    stored: dict[str, Any] | None = None

    # ------------------------------------------------------------------ reading

    @classmethod
    def from_document(cls, doc: dict[str, Any]) -> GraphModel:
        """The graph stored in a ``_graphs`` document (lenient: it was validated on the way in)."""
        model = cls(str(doc["_key"]), stored=doc)
        for raw in doc.get("edgeDefinitions") or []:
            definition = parse_edge_definition(raw)
            model.edges[definition.collection] = definition
        model.orphans = {o for o in doc.get("orphanCollections") or [] if isinstance(o, str)}
        return model

    @classmethod
    def from_input(cls, name: str, body: dict[str, Any]) -> GraphModel:
        """A new graph from a create request (1901, 1920, 1923, 1941, 1943 on bad input)."""
        model = cls(name)
        definitions = body.get("edgeDefinitions", [])
        if not isinstance(definitions, list):
            message = "'edgeDefinitions' are not an array in the graph definition"
            raise graph_error(errno.GRAPH_INVALID_GRAPH, message)
        for raw in definitions:
            model.add_edge_definition(parse_edge_definition(raw))
        orphans = body.get("orphanCollections", [])
        if not isinstance(orphans, list):
            message = "'orphanCollections' are not an array in the graph definition"
            raise graph_error(errno.GRAPH_INVALID_GRAPH, message)
        for orphan in orphans:
            if not isinstance(orphan, str):
                raise graph_error(errno.GRAPH_CREATE_MALFORMED_ORPHAN_LIST)
            if orphan not in model.vertex_collections():
                model.orphans.add(orphan)
        return model

    # ------------------------------------------------------------------ queries

    def vertex_collections(self) -> list[str]:
        """Every vertex collection: those of the edge definitions and the orphans, sorted."""
        names = set(self.orphans)
        for definition in self.edges.values():
            names.update(definition.sources)
            names.update(definition.targets)
        return sorted(names)

    def edge_collections(self) -> list[str]:
        return sorted(self.edges)

    def collections(self) -> list[str]:
        """Every collection the graph names (vertex and edge)."""
        return sorted(set(self.vertex_collections()) | set(self.edges))

    def uses(self, name: str) -> bool:
        """Whether ``name`` is an edge, vertex or orphan collection of this graph."""
        return name in self.edges or name in self.vertex_collections()

    # ------------------------------------------------------------------ changes

    def add_edge_definition(self, definition: EdgeDefinition) -> None:
        """Add a relation (1920 when its edge collection already has one in this graph)."""
        if definition.collection in self.edges:
            raise prefixed(errno.GRAPH_COLLECTION_MULTI_USE, definition.collection)
        self.edges[definition.collection] = definition
        self.orphans -= set(definition.sources) | set(definition.targets)

    def remove_edge_definition(self, collection: str) -> EdgeDefinition:
        """Drop a relation; vertex collections no longer used become orphans (1930)."""
        old = self.edges.pop(collection, None)
        if old is None:
            raise graph_error(errno.GRAPH_EDGE_COLLECTION_NOT_USED, code=404)
        still_used: set[str] = set()
        for definition in self.edges.values():
            still_used.update(definition.sources)
            still_used.update(definition.targets)
        self.orphans |= (set(old.sources) | set(old.targets)) - still_used
        return old

    def replace_edge_definition(self, definition: EdgeDefinition) -> None:
        """Swap the relation of ``definition.collection`` for ``definition`` (1930)."""
        self.remove_edge_definition(definition.collection)
        self.add_edge_definition(definition)

    def add_orphan(self, name: str) -> None:
        """Add a vertex collection without edges (1938 orphan already, 1929 in a relation)."""
        if name in self.orphans:
            raise graph_error(errno.GRAPH_COLLECTION_USED_IN_ORPHANS)
        if name in self.vertex_collections():
            raise prefixed(errno.GRAPH_COLLECTION_USED_IN_EDGE_DEF, name)
        self.orphans.add(name)

    def remove_orphan(self, name: str) -> None:
        """Take an orphan collection out of the graph (1928 when it is not an orphan)."""
        if name not in self.orphans:
            raise graph_error(errno.GRAPH_NOT_IN_ORPHAN_COLLECTION)
        self.orphans.discard(name)

    # ------------------------------------------------------------------ shapes

    def persistence(self) -> dict[str, Any]:
        """The ``_graphs`` document body (single-server form, as ArangoDB writes it)."""
        return {
            "_key": self.name,
            "edgeDefinitions": [self.edges[c].to_json() for c in sorted(self.edges)],
            "orphanCollections": sorted(self.orphans),
        }

    def for_client(self) -> dict[str, Any]:
        """The ``graph`` object of Gharial answers."""
        body = self.persistence()
        stored = self.stored or {}
        body["_rev"] = stored.get("_rev")
        body["_id"] = f"_graphs/{self.name}"
        body["name"] = self.name
        return body
