"""Named graphs in a database: the ``_graphs`` documents and the collections they name.

Every function works on committed state and writes through a storage
transaction of its own (``db.begin()``), committed once; creating and dropping
collections are catalog changes outside transactions, as in ArangoDB.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from arangolite import errno
from arangolite.errors import ArangoliteError, fmt
from arangolite.rest.gharial_model import GraphModel, graph_error, prefixed
from arangolite.storage.api import EDGE_COLLECTION, WriteOptions
from arangolite.storage.collection import CollectionState
from arangolite.storage.database import Database
from arangolite.storage.names import is_valid_key

GRAPHS = "_graphs"


def _graphs_state(db: Database) -> CollectionState:
    state = db.collections.get(GRAPHS)
    if state is None:
        raise graph_error(errno.GRAPH_NO_GRAPH_COLLECTION, code=404)
    return state


def documents(db: Database) -> list[dict[str, Any]]:
    """The ``_graphs`` documents, in storage order."""
    return list(_graphs_state(db).docs.values())


def all_graphs(db: Database) -> list[GraphModel]:
    return [GraphModel.from_document(doc) for doc in documents(db)]


def not_found(name: str) -> ArangoliteError:
    return graph_error(errno.GRAPH_NOT_FOUND, fmt(errno.GRAPH_NOT_FOUND, name), 404)


def load(db: Database, name: str) -> GraphModel:
    """The graph ``name`` (1924 when there is none)."""
    doc = _graphs_state(db).docs.get(name)
    if doc is None:
        raise not_found(name)
    return GraphModel.from_document(doc)


def check_new_name(db: Database, name: Any) -> str:
    """A usable name for a new graph (1922 missing, 1221 illegal, 1925 taken)."""
    if not isinstance(name, str) or not name:
        raise graph_error(errno.GRAPH_CREATE_MISSING_NAME)
    if not is_valid_key(name):
        raise graph_error(errno.ARANGO_DOCUMENT_KEY_BAD)
    if name in _graphs_state(db).docs:
        raise graph_error(errno.GRAPH_DUPLICATE, code=409)
    return name


def check_conflicts(db: Database, model: GraphModel, only: Iterable[str] | None = None) -> None:
    """1921 when another graph defines one of ``model``'s edge collections differently."""
    names = set(model.edges if only is None else only)
    for other in all_graphs(db):
        if other.name == model.name:
            continue
        for collection in names & set(other.edges):
            if other.edges[collection] != model.edges[collection]:
                raise prefixed(errno.GRAPH_COLLECTION_USE_IN_MULTI_GRAPHS, collection)


def ensure_collections(db: Database, model: GraphModel, wait_for_sync: bool = False) -> None:
    """Create the graph's missing collections (1944 for an edge collection of document type).

    Everything is checked before anything is created.
    """
    edge_missing = []
    for name in model.edge_collections():
        state = db.collections.get(name)
        if state is None:
            edge_missing.append(name)
        elif not state.is_edge:
            message = f"Collection: '{name}' is not an EdgeCollection"
            raise graph_error(errno.GRAPH_EDGE_DEFINITION_IS_DOCUMENT, message)
    vertex_missing = [
        name
        for name in model.vertex_collections()
        if name not in db.collections and name not in edge_missing
    ]
    for name in vertex_missing:
        db.create_collection(name, {"waitForSync": wait_for_sync})
    for name in edge_missing:
        db.create_collection(name, {"type": EDGE_COLLECTION, "waitForSync": wait_for_sync})


def save(db: Database, model: GraphModel, wait_for_sync: bool = False) -> GraphModel:
    """Insert (new graph) or update the graph's ``_graphs`` document; the saved model."""
    return save_all(db, [model], wait_for_sync)[0]


def save_all(
    db: Database, models: list[GraphModel], wait_for_sync: bool = False
) -> list[GraphModel]:
    """Save several graphs in one transaction; the saved models."""
    options = WriteOptions(wait_for_sync=wait_for_sync)
    txn = db.begin(write=[GRAPHS])
    saved = []
    try:
        access = txn.collection(GRAPHS, write=True)
        for model in models:
            body = model.persistence()
            if model.stored is None:
                result = access.insert(body, options)
            else:
                result = access.update(model.name, body, options)
            assert result.new is not None
            saved.append(GraphModel.from_document(result.new))
    except BaseException:
        txn.abort()
        raise
    txn.commit()
    return saved


def delete(db: Database, name: str, wait_for_sync: bool = False) -> None:
    """Remove the graph's ``_graphs`` document (1924 when missing)."""
    load(db, name)
    txn = db.begin(write=[GRAPHS])
    try:
        txn.collection(GRAPHS, write=True).remove(name, WriteOptions(wait_for_sync=wait_for_sync))
    except BaseException:
        txn.abort()
        raise
    txn.commit()


def unused_elsewhere(db: Database, names: Iterable[str], graph_name: str | None) -> list[str]:
    """Those of ``names`` that no graph other than ``graph_name`` uses, sorted."""
    others = [g for g in all_graphs(db) if g.name != graph_name]
    return sorted({n for n in names if not any(g.uses(n) for g in others)})


def drop_collections(db: Database, names: Iterable[str]) -> None:
    """Drop those of ``names`` that exist (system collections are never dropped)."""
    for name in names:
        state = db.collections.get(name)
        if state is not None and not state.is_system:
            db.drop_collection(name)


def graph_wait_for_sync(db: Database, requested: bool) -> bool:
    """Whether a ``_graphs`` write is synchronous (requested or set on the collection)."""
    return requested or _graphs_state(db).wait_for_sync
