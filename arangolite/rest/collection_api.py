"""``/_api/collection``: create, list, describe, configure, count, truncate, rename, drop."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from arangolite import errno
from arangolite.errors import ArangoliteError
from arangolite.rest.http import Request, Response, ok
from arangolite.rest.router import Route, route
from arangolite.rest.trx import stream_transaction
from arangolite.storage.api import WriteOptions
from arangolite.storage.collection import CollectionState
from arangolite.storage.docops import SYSTEM_ATTRIBUTES
from arangolite.storage.schema import compile_schema
from arangolite.users_access import readable

_SETTABLE = ("waitForSync", "schema", "computedValues", "cacheEnabled")


def _state(req: Request, params: dict[str, str]) -> CollectionState:
    return req.db.collection_state(params["name"])


def _location(req: Request, state: CollectionState, action: str) -> dict[str, str]:
    suffix = f"/{action}" if action else ""
    return {"location": f"/_db/{req.db_name}/_api/collection/{state.name}{suffix}"}


def list_collections(req: Request, _: dict[str, str]) -> Response:
    exclude = req.flag("excludeSystem")
    result = [
        c.summary()
        for c in req.db.collections.values()
        if not (exclude and c.is_system) and readable(req.db_name, c.name)
    ]
    return ok({"result": result})


def create(req: Request, _: dict[str, str]) -> Response:
    body = req.json_object()
    if "name" not in body:
        raise ArangoliteError(errno.ARANGO_ILLEGAL_NAME, "name must be non-empty", code=400)
    state = req.db.create_collection(body["name"], body)
    return ok(state.properties())


def get_collection(req: Request, params: dict[str, str]) -> Response:
    state = _state(req, params)
    return ok(state.summary(), headers=_location(req, state, ""))


def properties(req: Request, params: dict[str, str]) -> Response:
    state = _state(req, params)
    return ok(state.properties(), headers=_location(req, state, "properties"))


def set_properties(req: Request, params: dict[str, str]) -> Response:
    state = _state(req, params)
    body = req.json_object()
    for key in _SETTABLE:
        if key in body:
            value = body[key]
            if key in ("waitForSync", "cacheEnabled"):
                value = bool(value)
            elif key == "schema":
                compile_schema(value)  # 1621 for a malformed schema, before anything changes
            state.props[key] = value
    req.db.save_properties(state)
    return ok(state.properties(), headers=_location(req, state, "properties"))


def count(req: Request, params: dict[str, str]) -> Response:
    state = _state(req, params)
    txn = stream_transaction(req)
    total = txn.collection(state.name).count() if txn is not None else len(state.docs)
    body = {**state.properties(), "count": total}
    return ok(body, headers=_location(req, state, "count"))


def figures(req: Request, params: dict[str, str]) -> Response:
    state = _state(req, params)
    size = sum(len(d) for d in state.docs.values()) * 16
    figures_body: dict[str, Any] = {
        "indexes": {"count": len(state.descriptions()), "size": 0},
        "documentsSize": size,
        "cacheInUse": False,
        "cacheSize": 0,
        "cacheUsage": 0,
    }
    if req.flag("details"):
        figures_body["engine"] = {
            "documents": len(state.docs),
            "indexes": [
                {"type": d.type, "id": int(d.id.rsplit("/", 1)[-1]), "count": len(state.docs)}
                for d in state.descriptions()
            ],
        }
    body = {"figures": figures_body, **state.properties(), "count": len(state.docs)}
    return ok(body, headers=_location(req, state, "figures"))


def revision(req: Request, params: dict[str, str]) -> Response:
    state = _state(req, params)
    body = {**state.properties(), "revision": state.revision}
    return ok(body, headers=_location(req, state, "revision"))


def _doc_hash(doc: dict[str, Any], with_rev: bool, with_data: bool) -> int:
    text = doc["_key"]
    if with_rev:
        text += "\x00" + doc["_rev"]
    if with_data:
        data = {k: v for k, v in doc.items() if k not in SYSTEM_ATTRIBUTES}
        text += "\x00" + json.dumps(data, sort_keys=True, separators=(",", ":"))
    digest = hashlib.blake2b(text.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def checksum(req: Request, params: dict[str, str]) -> Response:
    state = _state(req, params)
    with_rev = req.flag("withRevisions") or req.flag("withRevision")
    with_data = req.flag("withData")
    value = 0
    for doc in state.docs.values():
        value ^= _doc_hash(doc, with_rev, with_data)
    body = {**state.summary(), "revision": state.revision, "checksum": str(value)}
    return ok(body, headers=_location(req, state, "checksum"))


def truncate(req: Request, params: dict[str, str]) -> Response:
    txn = stream_transaction(req)
    if txn is None:
        state = req.db.truncate_collection(params["name"])
    else:
        access = txn.collection(params["name"], write=True)
        options = WriteOptions()
        for doc in list(access.scan()):
            access.remove(doc["_key"], options)
        state = access.state
    return ok(state.summary(), headers=_location(req, state, "truncate"))


def rename(req: Request, params: dict[str, str]) -> Response:
    body = req.json_object()
    state = req.db.rename_collection(params["name"], body.get("name"))
    return ok(state.summary(), headers=_location(req, state, "rename"))


def load(req: Request, params: dict[str, str]) -> Response:
    state = _state(req, params)
    body = {**state.summary(), "count": len(state.docs)}
    return ok(body, headers=_location(req, state, "load"))


def simple_action(req: Request, params: dict[str, str]) -> Response:
    state = _state(req, params)
    return ok(state.summary(), headers=_location(req, state, req.parts[-1]))


def load_indexes(req: Request, params: dict[str, str]) -> Response:
    state = _state(req, params)
    return ok({"result": True}, headers=_location(req, state, "loadIndexesIntoMemory"))


def recalculate_count(req: Request, params: dict[str, str]) -> Response:
    state = _state(req, params)
    return ok({"result": True, "count": len(state.docs)})


def cluster_only(req: Request, params: dict[str, str]) -> Response:
    _state(req, params)
    raise ArangoliteError(errno.NOT_IMPLEMENTED, "only available in a cluster", code=501)


def drop(req: Request, params: dict[str, str]) -> Response:
    state = req.db.drop_collection(params["name"], allow_system=req.flag("isSystem"))
    return ok({"id": state.id})


def bad_action(req: Request, params: dict[str, str]) -> Response:
    raise ArangoliteError(
        errno.HTTP_BAD_PARAMETER, "expected PUT /_api/collection/<collection-name>/<action>"
    )


def routes() -> list[Route]:
    base = "/_api/collection/{name}"
    return [
        route("GET", "/_api/collection", list_collections),
        route("POST", "/_api/collection", create),
        route("PUT", "/_api/collection", bad_action),
        route("GET", base, get_collection),
        route("DELETE", base, drop),
        route("GET", base + "/properties", properties),
        route("PUT", base + "/properties", set_properties),
        route("GET", base + "/count", count),
        route("GET", base + "/figures", figures),
        route("GET", base + "/revision", revision),
        route("GET", base + "/checksum", checksum),
        route("PUT", base + "/truncate", truncate),
        route("PUT", base + "/rename", rename),
        route("PUT", base + "/load", load),
        route("PUT", base + "/unload", simple_action),
        route("PUT", base + "/compact", simple_action),
        route("PUT", base + "/loadIndexesIntoMemory", load_indexes),
        route("PUT", base + "/recalculateCount", recalculate_count),
        route("GET", base + "/shards", cluster_only),
        route("PUT", base + "/responsibleShard", cluster_only),
    ]
