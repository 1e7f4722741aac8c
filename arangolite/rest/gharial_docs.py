"""Vertices and edges through a named graph: ``/_api/gharial/{graph}/vertex|edge/...``.

The graph decides which collections may be used: vertex operations need a vertex
collection of the graph (1949 otherwise), edge operations one of its edge
collections (1930), and an edge's ``_from``/``_to`` must name existing vertices
in vertex collections of the graph (1233, 1947, 1926, 1202). Removing a vertex
also removes every edge pointing to it, in one transaction.
"""

from __future__ import annotations

from typing import Any

from arangolite import errno
from arangolite.errors import ArangoliteError, not_found
from arangolite.rest import gharial_store as store
from arangolite.rest.document_common import if_match, stored_document
from arangolite.rest.gharial_model import GraphModel, graph_error
from arangolite.rest.http import Request, Response, empty_response, json_response
from arangolite.rest.router import Route, route
from arangolite.rest.trx import transaction
from arangolite.storage import docops
from arangolite.storage.api import WriteOptions, WriteResult
from arangolite.storage.database import Database
from arangolite.storage.transaction import Txn

VERTEX, EDGE = "vertex", "edge"


def answer(status: int, body: dict[str, Any], etag: str | None = None) -> Response:
    headers = {"etag": etag} if etag is not None else None
    return json_response(status, {"error": False, "code": status, **body}, headers)


def missing_vertex_collection(name: str) -> ArangoliteError:
    message = f"{name} vertex collection does not exist or is not part of the graph"
    return graph_error(errno.GRAPH_VERTEX_COL_DOES_NOT_EXIST, message, 404)


def _graph_and_collection(req: Request, params: dict[str, str], kind: str) -> GraphModel:
    """The graph, after checking that the route's collection belongs to it."""
    model = store.load(req.db, params["graph"])
    name = params["collection"]
    if kind == EDGE:
        if name not in model.edges:
            raise graph_error(errno.GRAPH_EDGE_COLLECTION_NOT_USED, code=404)
    elif name not in model.vertex_collections():
        raise graph_error(errno.GRAPH_COLLECTION_NOT_PART_OF_THE_GRAPH, code=404)
    elif name not in req.db.collections:
        raise missing_vertex_collection(name)
    return model


def _revision(req: Request) -> str | None:
    """The revision a request insists on: ``If-Match`` or the ``rev`` parameter."""
    return if_match(req) or req.param("rev") or None


def _edge_end(db: Database, model: GraphModel, value: Any, attribute: str) -> tuple[str, str]:
    if not isinstance(value, str) or "/" not in value:
        raise docops.bad_edge()
    collection, _, key = value.partition("/")
    if collection not in model.vertex_collections():
        message = f"referenced {attribute} collection '{collection}' is not part of the graph"
        raise graph_error(
            errno.GRAPH_REFERENCED_VERTEX_COLLECTION_NOT_PART_OF_THE_GRAPH, message, 404
        )
    if collection not in db.collections:
        raise missing_vertex_collection(collection)
    return collection, key


def validate_edge(txn: Txn, model: GraphModel, body: dict[str, Any], *, partial: bool) -> None:
    """Check an edge body's ``_from``/``_to`` against the graph.

    A partial body (update) may leave out either end; the vertices themselves are
    only looked up when both ends are given.
    """
    db = txn.db
    source, target = body.get("_from"), body.get("_to")
    if not (isinstance(source, str) and isinstance(target, str)):
        if not partial:
            raise docops.bad_edge()
        for attribute, value in (("_from", source), ("_to", target)):
            if isinstance(value, str):
                _edge_end(db, model, value, attribute)
        return
    ends = [_edge_end(db, model, source, "_from"), _edge_end(db, model, target, "_to")]
    for collection, key in ends:
        if txn.collection(collection).get(key) is None:
            raise not_found(errno.ARANGO_DOCUMENT_NOT_FOUND)


def _object_body(req: Request) -> dict[str, Any]:
    body = req.json()
    if not isinstance(body, dict):
        raise docops.not_an_object()
    return body


def _meta(result: WriteResult) -> dict[str, Any]:
    meta = result.meta
    return {k: meta[k] for k in ("_id", "_key", "_rev", "_oldRev") if k in meta}


def _synced(req: Request, txn: Txn, name: str) -> bool:
    return req.flag("waitForSync") or txn.db.collection_state(name).wait_for_sync


def read(req: Request, params: dict[str, str], kind: str) -> Response:
    _graph_and_collection(req, params, kind)
    doc = stored_document(req, params["collection"], params["key"])
    rev = doc["_rev"]
    if if_match(req, "if-none-match") == rev:
        return empty_response(304, {"etag": f'"{rev}"'})
    wanted = _revision(req)
    if wanted is not None and wanted != rev:
        raise docops.revision_conflict(doc)
    return answer(200, {kind: doc}, rev)


def create(req: Request, params: dict[str, str], kind: str) -> Response:
    model = _graph_and_collection(req, params, kind)
    name = params["collection"]
    body = _object_body(req)
    with transaction(req) as txn:
        if kind == EDGE:
            validate_edge(txn, model, body, partial=False)
        access = txn.collection(name, write=True)
        result = access.insert(body, WriteOptions(wait_for_sync=req.flag("waitForSync")))
        sync = _synced(req, txn, name)
    out: dict[str, Any] = {kind: _meta(result)}
    if req.flag("returnNew"):
        out["new"] = result.new
    return answer(201 if sync else 202, out, out[kind]["_rev"])


def modify(req: Request, params: dict[str, str], kind: str, *, patch: bool) -> Response:
    model = _graph_and_collection(req, params, kind)
    name, key = params["collection"], params["key"]
    body = _object_body(req)
    options = WriteOptions(
        keep_null=req.flag("keepNull", True),
        if_match=_revision(req),
        wait_for_sync=req.flag("waitForSync"),
    )
    with transaction(req) as txn:
        if kind == EDGE:
            validate_edge(txn, model, body, partial=patch)
        access = txn.collection(name, write=True)
        if patch:
            result = access.update(key, body, options)
        else:
            result = access.replace(key, body, options)
        sync = _synced(req, txn, name)
    out: dict[str, Any] = {kind: _meta(result)}
    if req.flag("returnOld"):
        out["old"] = result.old
    if req.flag("returnNew"):
        out["new"] = result.new
    return answer(200 if sync else 202, out, out[kind]["_rev"])


def connected_edge_collections(db: Database, model: GraphModel, collection: str) -> list[str]:
    """Edge collections that may hold edges to documents of ``collection``.

    Those of the graph itself, and those of every graph whose relations use
    ``collection`` as a vertex collection.
    """
    names = set(model.edges)
    for other in store.all_graphs(db):
        names.update(d.collection for d in other.edges.values() if d.uses_vertex(collection))
    return sorted(n for n in names if (s := db.collections.get(n)) is not None and s.is_edge)


def remove_connected_edges(txn: Txn, model: GraphModel, collection: str, doc_id: str) -> None:
    """Remove, inside ``txn``, every edge of the relevant edge collections touching ``doc_id``."""
    for name in connected_edge_collections(txn.db, model, collection):
        access = txn.collection(name, write=True)
        for edge in list(access.edges(doc_id, "any")):
            if access.get(edge["_key"]) is not None:
                access.remove(edge["_key"], WriteOptions())


def remove(req: Request, params: dict[str, str], kind: str) -> Response:
    model = _graph_and_collection(req, params, kind)
    name, key = params["collection"], params["key"]
    options = WriteOptions(if_match=_revision(req), wait_for_sync=req.flag("waitForSync"))
    with transaction(req) as txn:
        result = txn.collection(name, write=True).remove(key, options)
        remove_connected_edges(txn, model, name, f"{name}/{key}")
        sync = _synced(req, txn, name)
    out: dict[str, Any] = {"removed": True}
    if req.flag("returnOld"):
        out["old"] = result.old
    return answer(200 if sync else 202, out)


def _bind(kind: str) -> list[tuple[str, str, Any]]:
    def do_read(req: Request, params: dict[str, str]) -> Response:
        return read(req, params, kind)

    def do_create(req: Request, params: dict[str, str]) -> Response:
        return create(req, params, kind)

    def do_update(req: Request, params: dict[str, str]) -> Response:
        return modify(req, params, kind, patch=True)

    def do_replace(req: Request, params: dict[str, str]) -> Response:
        return modify(req, params, kind, patch=False)

    def do_remove(req: Request, params: dict[str, str]) -> Response:
        return remove(req, params, kind)

    one = "/{graph}/" + kind + "/{collection}/{key}"
    return [
        ("GET HEAD", one, do_read),
        ("POST", "/{graph}/" + kind + "/{collection}", do_create),
        ("PATCH", one, do_update),
        ("PUT", one, do_replace),
        ("DELETE", one, do_remove),
    ]


def routes(base: str) -> list[Route]:
    """The document routes under ``base`` (``/_api/gharial``)."""
    return [route(m, base + path, h) for kind in (VERTEX, EDGE) for m, path, h in _bind(kind)]
