"""``/_api/index``: list, read, create and drop indexes."""

from __future__ import annotations

from typing import Any

from arangolite import errno
from arangolite.errors import ArangoliteError, not_found
from arangolite.rest.http import Request, Response, ok
from arangolite.rest.router import Route, route
from arangolite.storage.api import IndexDescription
from arangolite.storage.collection import CollectionState


def _collection_param(req: Request) -> str:
    name = req.param("collection")
    if not name:
        raise ArangoliteError(
            errno.ARANGO_DATA_SOURCE_NOT_FOUND, "collection or view not found", code=404
        )
    return name


def _json(desc: IndexDescription, state: CollectionState, with_stats: bool) -> dict[str, Any]:
    body = desc.to_json()
    if with_stats:
        body["figures"] = {"memory": 0, "cacheInUse": False, "cacheSize": 0, "cacheUsage": 0}
    return body


def list_indexes(req: Request, _: dict[str, str]) -> Response:
    state = req.db.collection_state(_collection_param(req))
    with_stats = req.flag("withStats")
    indexes = [_json(d, state, with_stats) for d in state.descriptions()]
    return ok({"indexes": indexes, "identifiers": {i["id"]: i for i in indexes}})


def _find(state: CollectionState, index_id: str) -> IndexDescription:
    for desc in state.descriptions():
        number = desc.id.rsplit("/", 1)[-1]
        if index_id in (number, desc.name, desc.id):
            return desc
    raise not_found(errno.ARANGO_INDEX_NOT_FOUND)


def get_index(req: Request, params: dict[str, str]) -> Response:
    state = req.db.collection_state(params["collection"])
    return ok(_find(state, params["index"]).to_json())


def create(req: Request, _: dict[str, str]) -> Response:
    name = _collection_param(req)
    body = req.json_object()
    desc, created = req.db.ensure_index(name, body)
    result = desc.to_json()
    result["isNewlyCreated"] = created
    return ok(result, 201 if created else 200)


def drop(req: Request, params: dict[str, str]) -> Response:
    state = req.db.collection_state(params["collection"])
    desc = _find(state, params["index"])
    dropped = req.db.drop_index(state.name, desc.id)
    return ok({"id": dropped})


def routes() -> list[Route]:
    return [
        route("GET", "/_api/index", list_indexes),
        route("POST", "/_api/index", create),
        route("GET", "/_api/index/{collection}/{index}", get_index),
        route("DELETE", "/_api/index/{collection}/{index}", drop),
    ]
