"""``/_api/document``: read, create, replace, update and remove documents.

Array bodies go to :mod:`arangolite.rest.document_bulk`.
"""

from __future__ import annotations

from typing import Any

from arangolite import errno
from arangolite.errors import ArangoliteError
from arangolite.rest import document_bulk as bulk
from arangolite.rest.document_common import (
    if_match,
    result_body,
    stored_document,
    success_status,
    write_options,
)
from arangolite.rest.http import Request, Response, empty_response, json_response
from arangolite.rest.jsonarray import elements_with_text
from arangolite.rest.router import Route, route
from arangolite.rest.trx import transaction
from arangolite.storage import docops
from arangolite.storage.api import WriteResult


def _collection_name(req: Request, params: dict[str, str]) -> str:
    name = params.get("collection") or req.param("collection")
    if not name:
        raise ArangoliteError(errno.HTTP_BAD_PARAMETER, "collection name missing", code=400)
    return name


def _doc_headers(req: Request, collection: str, doc: dict[str, Any]) -> dict[str, str]:
    return {
        "etag": f'"{doc["_rev"]}"',
        "location": f"/_db/{req.db_name}/_api/document/{collection}/{doc['_key']}",
    }


def read(req: Request, params: dict[str, str]) -> Response:
    doc = stored_document(req, params["collection"], params["key"])
    rev = doc["_rev"]
    etag = {"etag": f'"{rev}"'}
    none_match = if_match(req, "if-none-match")
    if none_match is not None and none_match == rev:
        return empty_response(304, {**etag, "content-type": "text/plain"})
    match = if_match(req)
    if match is not None and match != rev:
        exc = docops.revision_conflict(doc)
        return json_response(412, exc.body(), etag)
    return json_response(200, doc, etag)


def _answer(req: Request, name: str, result: WriteResult, status: int, removal: bool) -> Response:
    doc = result.new if result.new is not None else result.old
    assert doc is not None
    headers = _doc_headers(req, name, doc)
    if req.flag("silent"):
        return json_response(status, {}, headers)
    body = result_body(result, req.flag("returnNew"), req.flag("returnOld"), removal=removal)
    return json_response(status, body, headers)


def create(req: Request, params: dict[str, str]) -> Response:
    name = _collection_name(req, params)
    try:
        items = elements_with_text(req.text())
    except (ValueError, UnicodeDecodeError):
        items = None
    if items is not None:
        return bulk.insert_many(req, name, items)
    body = req.json()
    if not isinstance(body, dict):
        raise docops.not_an_object()
    options = write_options(req, insert=True)
    with transaction(req) as txn:
        access = txn.collection(name, write=True)
        result = access.insert(body, options)
        sync = options.wait_for_sync or access.state.wait_for_sync
    return _answer(req, name, result, success_status("insert", sync), False)


def _modify(req: Request, params: dict[str, str], kind: str) -> Response:
    name, key = params["collection"], params["key"]
    body = req.json()
    if not isinstance(body, dict):
        raise docops.not_an_object()
    options = write_options(req, rev=if_match(req))
    with transaction(req) as txn:
        access = txn.collection(name, write=True)
        if kind == "update":
            result = access.update(key, body, options)
        else:
            result = access.replace(key, body, options)
        sync = options.wait_for_sync or access.state.wait_for_sync
    return _answer(req, name, result, success_status(kind, sync), False)


def replace(req: Request, params: dict[str, str]) -> Response:
    return _modify(req, params, "replace")


def update(req: Request, params: dict[str, str]) -> Response:
    return _modify(req, params, "update")


def remove(req: Request, params: dict[str, str]) -> Response:
    name, key = params["collection"], params["key"]
    options = write_options(req, rev=if_match(req))
    with transaction(req) as txn:
        access = txn.collection(name, write=True)
        result = access.remove(key, options)
        sync = options.wait_for_sync or access.state.wait_for_sync
    return _answer(req, name, result, success_status("remove", sync), True)


def collection_level(req: Request, params: dict[str, str]) -> Response:
    """PUT/PATCH/DELETE on ``/_api/document/{collection}``: bulk operations."""
    name = params["collection"]
    if req.method == "PUT" and req.flag("onlyget"):
        return bulk.get_many(req, name, req.json())
    body = req.json()
    if not isinstance(body, list):
        raise ArangoliteError(
            errno.HTTP_BAD_PARAMETER, "expecting a JSON array in the request", code=400
        )
    kind = {"PUT": "replace", "PATCH": "update", "DELETE": "remove"}[req.method]
    return bulk.modify_many(req, name, body, kind)


def routes() -> list[Route]:
    return [
        route("GET HEAD", "/_api/document/{collection}/{key}", read),
        route("POST", "/_api/document/{collection}", create),
        route("POST", "/_api/document", create),
        route("PUT", "/_api/document/{collection}/{key}", replace),
        route("PATCH", "/_api/document/{collection}/{key}", update),
        route("DELETE", "/_api/document/{collection}/{key}", remove),
        route("PUT PATCH DELETE", "/_api/document/{collection}", collection_level),
    ]
