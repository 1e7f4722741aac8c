"""``/_api/gharial``: named graphs, their vertex collections and edge definitions.

Vertex and edge documents of a graph (``/_api/gharial/{graph}/vertex/{collection}/...``
and ``.../edge/...``) are handled in :mod:`arangolite.rest.gharial_docs`.
"""

from __future__ import annotations

from arangolite import errno
from arangolite.rest import gharial_docs
from arangolite.rest import gharial_store as store
from arangolite.rest.gharial_docs import answer, missing_vertex_collection
from arangolite.rest.gharial_model import GraphModel, graph_error, parse_edge_definition
from arangolite.rest.http import Request, Response
from arangolite.rest.router import Route, route


def graph_answer(model: GraphModel, status: int = 202) -> Response:
    body = model.for_client()
    return answer(status, {"graph": body}, body["_rev"])


def list_graphs(req: Request, _: dict[str, str]) -> Response:
    graphs = [{**doc, "name": doc["_key"]} for doc in store.documents(req.db)]
    return answer(200, {"graphs": graphs})


def create_graph(req: Request, _: dict[str, str]) -> Response:
    db = req.db
    body = req.json_object()
    name = store.check_new_name(db, body.get("name"))
    model = GraphModel.from_input(name, body)
    store.check_conflicts(db, model)
    sync = store.graph_wait_for_sync(db, req.flag("waitForSync"))
    store.ensure_collections(db, model, sync)
    saved = store.save(db, model, sync)
    return graph_answer(saved, 201 if sync else 202)


def get_graph(req: Request, params: dict[str, str]) -> Response:
    return graph_answer(store.load(req.db, params["graph"]), 200)


def drop_graph(req: Request, params: dict[str, str]) -> Response:
    db = req.db
    model = store.load(db, params["graph"])
    doomed = []
    if req.flag("dropCollections"):
        doomed = store.unused_elsewhere(db, model.collections(), model.name)
    store.delete(db, model.name, req.flag("waitForSync"))
    store.drop_collections(db, doomed)
    return answer(202, {"removed": True})


def list_vertex_collections(req: Request, params: dict[str, str]) -> Response:
    model = store.load(req.db, params["graph"])
    return answer(200, {"collections": model.vertex_collections()})


def add_vertex_collection(req: Request, params: dict[str, str]) -> Response:
    db = req.db
    model = store.load(db, params["graph"])
    name = req.json_object().get("collection")
    if not isinstance(name, str) or not name:
        raise graph_error(errno.BAD_PARAMETER, "'collection' must be a non-empty string")
    model.add_orphan(name)
    state = db.collections.get(name)
    if state is None and not req.flag("createCollection", True):
        raise missing_vertex_collection(name)
    if state is not None and state.is_edge:
        raise graph_error(errno.GRAPH_WRONG_COLLECTION_TYPE_VERTEX)
    sync = req.flag("waitForSync")
    store.ensure_collections(db, model, sync)
    return graph_answer(store.save(db, model, sync))


def remove_vertex_collection(req: Request, params: dict[str, str]) -> Response:
    db = req.db
    model = store.load(db, params["graph"])
    name = params["collection"]
    model.remove_orphan(name)
    saved = store.save(db, model, req.flag("waitForSync"))
    if req.flag("dropCollection"):
        store.drop_collections(db, store.unused_elsewhere(db, [name], None))
    return graph_answer(saved)


def list_edge_collections(req: Request, params: dict[str, str]) -> Response:
    model = store.load(req.db, params["graph"])
    return answer(200, {"collections": model.edge_collections()})


def add_edge_definition(req: Request, params: dict[str, str]) -> Response:
    db = req.db
    model = store.load(db, params["graph"])
    definition = parse_edge_definition(req.json_object())
    model.add_edge_definition(definition)
    store.check_conflicts(db, model, [definition.collection])
    sync = req.flag("waitForSync")
    store.ensure_collections(db, model, sync)
    return graph_answer(store.save(db, model, sync))


def replace_edge_definition(req: Request, params: dict[str, str]) -> Response:
    """Replace a relation, in this graph and in every other graph that has it."""
    db = req.db
    model = store.load(db, params["graph"])
    definition = parse_edge_definition(req.json_object())
    if params["collection"] not in model.edges or definition.collection not in model.edges:
        raise graph_error(errno.GRAPH_EDGE_COLLECTION_NOT_USED, code=404)
    sync = req.flag("waitForSync")
    model.replace_edge_definition(definition)
    changed = [model]
    for other in store.all_graphs(db):
        if other.name != model.name and definition.collection in other.edges:
            other.replace_edge_definition(definition)
            changed.append(other)
    for graph in changed:
        store.ensure_collections(db, graph, sync)
    return graph_answer(store.save_all(db, changed, sync)[0])


def remove_edge_definition(req: Request, params: dict[str, str]) -> Response:
    db = req.db
    model = store.load(db, params["graph"])
    name = params["collection"]
    model.remove_edge_definition(name)
    saved = store.save(db, model, req.flag("waitForSync"))
    if req.flag("dropCollections"):
        store.drop_collections(db, store.unused_elsewhere(db, [name], None))
    return graph_answer(saved)


def routes() -> list[Route]:
    base = "/_api/gharial"
    return [
        route("GET", base, list_graphs),
        route("POST", base, create_graph),
        route("GET", base + "/{graph}", get_graph),
        route("DELETE", base + "/{graph}", drop_graph),
        route("GET", base + "/{graph}/vertex", list_vertex_collections),
        route("POST", base + "/{graph}/vertex", add_vertex_collection),
        route("DELETE", base + "/{graph}/vertex/{collection}", remove_vertex_collection),
        route("GET", base + "/{graph}/edge", list_edge_collections),
        route("POST", base + "/{graph}/edge", add_edge_definition),
        route("PUT", base + "/{graph}/edge/{collection}", replace_edge_definition),
        route("DELETE", base + "/{graph}/edge/{collection}", remove_edge_definition),
        *gharial_docs.routes(base),
    ]
