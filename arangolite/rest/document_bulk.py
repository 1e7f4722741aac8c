"""Bulk document operations: one transaction, one result (or error) per input item."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from typing import Any

from arangolite import errno
from arangolite.errors import ArangoliteError
from arangolite.rest.document_common import (
    error_item,
    handle_key,
    if_match,
    result_body,
    success_status,
    write_options,
)
from arangolite.rest.http import Request, Response, json_response
from arangolite.rest.trx import paused_gc, stream_transaction, transaction
from arangolite.storage import docops
from arangolite.storage.api import WriteOptions, WriteResult
from arangolite.storage.txn_collection import TxnCollection


def _not_found() -> ArangoliteError:
    return ArangoliteError(errno.ARANGO_DOCUMENT_NOT_FOUND, code=404)


def _respond(
    req: Request, items: list[dict[str, Any]], errors: Counter[int], kind: str, sync: bool
) -> Response:
    headers = {}
    if errors:
        headers["x-arango-error-codes"] = json.dumps({str(k): v for k, v in errors.items()})
    status = 202 if errors else success_status(kind, sync)
    if req.flag("silent"):
        items = [i for i in items if i.get("error")]
    return json_response(status, items, headers)


def _run(
    req: Request,
    name: str,
    docs: list[Any],
    kind: str,
    operation: Callable[[TxnCollection, Any, WriteOptions], WriteResult],
    options: WriteOptions,
) -> Response:
    items: list[dict[str, Any]] = []
    errors: Counter[int] = Counter()
    removal = kind == "remove"
    return_new, return_old = req.flag("returnNew"), req.flag("returnOld")
    with paused_gc(), transaction(req) as txn:
        access = txn.collection(name, write=True)
        for doc in docs:
            try:
                result = operation(access, doc, options)
            except ArangoliteError as exc:
                errors[exc.errno] += 1
                items.append(error_item(exc))
                continue
            items.append(result_body(result, return_new, return_old, removal=removal))
        sync = options.wait_for_sync or access.state.wait_for_sync
    return _respond(req, items, errors, kind, sync)


def _insert(access: TxnCollection, item: tuple[Any, str], options: WriteOptions) -> WriteResult:
    doc, raw = item
    return access.insert(doc, options, raw=raw)


def insert_many(req: Request, name: str, items: list[tuple[Any, str]]) -> Response:
    """Insert documents given with their JSON text (see :mod:`arangolite.rest.jsonarray`)."""
    return _run(req, name, items, "insert", _insert, write_options(req, insert=True))


def _key_of(access: TxnCollection, item: Any) -> str:
    key = handle_key(item, access.name)
    if key is None:
        if isinstance(item, dict):
            raise ArangoliteError(errno.ARANGO_DOCUMENT_KEY_MISSING, code=400)
        raise _not_found()
    return key


def _replace(access: TxnCollection, doc: Any, options: WriteOptions) -> WriteResult:
    if not isinstance(doc, dict):
        raise docops.not_an_object()
    return access.replace(_key_of(access, doc), doc, options)


def _update(access: TxnCollection, doc: Any, options: WriteOptions) -> WriteResult:
    if not isinstance(doc, dict):
        raise docops.not_an_object()
    return access.update(_key_of(access, doc), doc, options)


def _remove(access: TxnCollection, item: Any, options: WriteOptions) -> WriteResult:
    return access.remove_checked(_key_of(access, item), item, options)


def modify_many(req: Request, name: str, docs: list[Any], kind: str) -> Response:
    operation = {"replace": _replace, "update": _update, "remove": _remove}[kind]
    return _run(req, name, docs, kind, operation, write_options(req, rev=if_match(req)))


def get_many(req: Request, name: str, body: Any) -> Response:
    """``PUT /_api/document/{collection}?onlyget=true``: documents by key, id or object."""
    if not isinstance(body, list):
        raise ArangoliteError(
            errno.HTTP_BAD_PARAMETER, "expecting a JSON array in the request", code=400
        )
    txn = stream_transaction(req)
    source: Any = txn.collection(name) if txn is not None else req.db.collection_state(name).docs
    get: Callable[[str], dict[str, Any] | None] = source.get
    ignore_revs = req.flag("ignoreRevs", True)
    items: list[dict[str, Any]] = []
    errors: Counter[int] = Counter()
    for item in body:
        key = handle_key(item, name)
        doc = get(key) if key is not None else None
        if doc is None:
            errors[errno.ARANGO_DOCUMENT_NOT_FOUND] += 1
            items.append(error_item(_not_found()))
            continue
        stale = isinstance(item, dict) and item.get("_rev", doc["_rev"]) != doc["_rev"]
        if stale and not ignore_revs:
            errors[errno.ARANGO_CONFLICT] += 1
            items.append(error_item(docops.revision_conflict(doc)))
            continue
        items.append(doc)
    headers = {}
    if errors:
        headers["x-arango-error-codes"] = json.dumps({str(k): v for k, v in errors.items()})
    return json_response(200, items, headers)
