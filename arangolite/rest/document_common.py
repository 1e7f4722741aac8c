"""Pieces shared by the single and bulk document handlers."""

from __future__ import annotations

from typing import Any

from arangolite import errno
from arangolite.errors import ArangoliteError, not_found
from arangolite.rest.http import Request
from arangolite.rest.trx import stream_transaction
from arangolite.storage.api import WriteOptions, WriteResult

OVERWRITE_MODES = ("ignore", "replace", "update", "conflict")


def stored_document(req: Request, collection: str, key: str) -> dict[str, Any]:
    """The document as the request sees it (inside its stream transaction, if any).

    Raises:
        ArangoliteError: 1202 when there is no such document.
    """
    txn = stream_transaction(req)
    if txn is not None:
        doc = txn.collection(collection).get(key)
    else:
        doc = req.db.collection_state(collection).docs.get(key)
    if doc is None:
        raise not_found(errno.ARANGO_DOCUMENT_NOT_FOUND)
    return doc


def if_match(req: Request, header: str = "if-match") -> str | None:
    """A revision from ``If-Match``/``If-None-Match`` (quotes stripped)."""
    value = req.headers.get(header)
    if value is None:
        return None
    return value.strip().strip("\"'") or None


def write_options(req: Request, *, insert: bool = False, rev: str | None = None) -> WriteOptions:
    """WriteOptions from the query string (and ``If-Match``)."""
    mode = None
    if insert:
        mode = req.param("overwriteMode")
        if mode is None and req.flag("overwrite"):
            mode = "replace"
        if mode is not None and mode not in OVERWRITE_MODES:
            raise ArangoliteError(errno.BAD_PARAMETER, "invalid overwriteMode", code=400)
    return WriteOptions(
        overwrite_mode=mode,
        keep_null=req.flag("keepNull", True),
        merge_objects=req.flag("mergeObjects", True),
        ignore_revs=req.flag("ignoreRevs", True),
        if_match=rev,
        wait_for_sync=req.flag("waitForSync"),
        refill_index_caches=req.flag("refillIndexCaches"),
    )


def result_body(
    result: WriteResult, return_new: bool, return_old: bool, *, removal: bool = False
) -> dict[str, Any]:
    """The per-document answer: ``_id``/``_key``/``_rev`` (``_oldRev``), ``new``/``old``."""
    new, old = result.new, result.old
    if result.ignored or old is None:
        assert new is not None
        body = {"_id": new["_id"], "_key": new["_key"], "_rev": new["_rev"]}
        if return_new and not result.ignored:
            body["new"] = new
        return body
    if new is None:
        body = {"_id": old["_id"], "_key": old["_key"], "_rev": old["_rev"]}
    else:
        body = {"_id": new["_id"], "_key": new["_key"], "_rev": new["_rev"]}
        if not removal:
            body["_oldRev"] = old["_rev"]
        if return_new:
            body["new"] = new
    if return_old:
        body["old"] = old
    return body


def error_item(exc: ArangoliteError) -> dict[str, Any]:
    return {"error": True, "errorNum": exc.errno, "errorMessage": exc.message}


def success_status(kind: str, sync: bool) -> int:
    """201/200 when synced, 202 otherwise (ArangoDB's convention)."""
    if not sync:
        return 202
    return 200 if kind == "remove" else 201


def handle_key(value: Any, collection: str) -> str | None:
    """The key named by a bulk item (key string, id string or object); None if unusable."""
    if isinstance(value, dict):
        if "_key" in value:
            value = value["_key"]
        elif "_id" in value:
            value = value["_id"]
        else:
            return None
    if not isinstance(value, str):
        return None
    if "/" in value:
        coll, _, key = value.partition("/")
        return key if coll == collection else None
    return value
