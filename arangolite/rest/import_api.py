"""``/_api/import``: bulk import of JSON lines, JSON arrays, or header-plus-values rows."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from arangolite import errno
from arangolite.errors import ArangoliteError
from arangolite.rest.http import Request, Response, json_response
from arangolite.rest.router import Route, route
from arangolite.rest.trx import transaction
from arangolite.storage.api import WriteOptions
from arangolite.storage.txn_collection import TxnCollection

_MODES = {"error": None, "update": "update", "replace": "replace", "ignore": "ignore"}


@dataclass
class _Tally:
    created: int = 0
    errors: int = 0
    empty: int = 0
    updated: int = 0
    ignored: int = 0
    details: list[str] = field(default_factory=list)


def _text(req: Request) -> str:
    body = req.raw_body
    if body is None:
        return ""
    return body.decode() if isinstance(body, bytes) else body


def _bad(message: str) -> ArangoliteError:
    return ArangoliteError(errno.HTTP_BAD_PARAMETER, message, code=400)


def _parse(text: str, kind: str | None) -> tuple[list[Any], int]:
    """The items to import and the offset of the first position in messages."""
    if kind == "auto":
        kind = "list" if text.lstrip().startswith("[") else "documents"
    if kind in ("list", "array"):
        try:
            items = json.loads(text)
        except ValueError:
            raise _bad("expecting a JSON array in the request") from None
        if not isinstance(items, list):
            raise _bad("expecting a JSON array in the request")
        return items, 1
    lines = text.splitlines()
    try:
        parsed = [json.loads(line) if line.strip() else None for line in lines]
    except ValueError:
        raise _bad("no JSON object found in line") from None
    if kind == "documents":
        return parsed, 0
    if not parsed or not isinstance(parsed[0], list):
        raise _bad("no JSON array found in second line")
    header = parsed[0]
    rows: list[dict[str, Any] | None] = []
    for row in parsed[1:]:
        if row is None:
            rows.append(None)
        elif not isinstance(row, list):
            raise _bad("no JSON array found in second line")
        else:
            rows.append({k: v for k, v in zip(header, row, strict=False) if v is not None})
    return rows, 1


def _prefixed(doc: dict[str, Any], req: Request) -> dict[str, Any]:
    for attribute, param in (("_from", "fromPrefix"), ("_to", "toPrefix")):
        prefix = req.param(param)
        value = doc.get(attribute)
        if prefix and isinstance(value, str) and "/" not in value:
            doc = {**doc, attribute: f"{prefix}/{value}"}
    return doc


def _import_one(
    access: TxnCollection, doc: Any, req: Request, options: WriteOptions, tally: _Tally
) -> None:
    if not isinstance(doc, dict):
        raise ArangoliteError(
            errno.ARANGO_DOCUMENT_TYPE_INVALID, "invalid JSON type (expecting object)"
        )
    doc = _prefixed(doc, req)
    if access.is_edge and ("_from" not in doc or "_to" not in doc):
        raise ArangoliteError(
            errno.ARANGO_INVALID_EDGE_ATTRIBUTE, "missing '_from' or '_to' attribute"
        )
    result = access.insert(doc, options)
    if result.ignored:
        tally.ignored += 1
    elif result.old is not None:
        tally.updated += 1
    else:
        tally.created += 1


def _message(exc: ArangoliteError) -> str:
    if exc.errno == errno.ARANGO_INVALID_EDGE_ATTRIBUTE and exc.message.startswith("missing"):
        return exc.message
    plain = errno.MESSAGES.get(exc.errno, exc.message)
    return f"creating document failed with error '{plain}'"


def import_documents(req: Request, _: dict[str, str]) -> Response:
    name = req.param("collection")
    if not name:
        raise ArangoliteError(errno.ARANGO_DATA_SOURCE_NOT_FOUND, code=404)
    req.db.collection_state(name)
    mode = req.param("onDuplicate", "error")
    if mode not in _MODES:
        raise _bad("invalid value for onDuplicate")
    items, base = _parse(_text(req), req.param("type"))
    options = WriteOptions(overwrite_mode=_MODES[mode], wait_for_sync=req.flag("waitForSync"))
    complete, tally = req.flag("complete"), _Tally()
    if req.flag("overwrite"):
        req.db.truncate_collection(name)
    with transaction(req) as txn:
        access = txn.collection(name, write=True)
        for position, doc in enumerate(items, base):
            if doc is None:
                tally.empty += 1
                continue
            try:
                _import_one(access, doc, req, options, tally)
            except ArangoliteError as exc:
                if complete:
                    raise ArangoliteError(
                        exc.errno, errno.MESSAGES.get(exc.errno), code=exc.code
                    ) from None
                tally.errors += 1
                offending = json.dumps(doc, separators=(",", ":"), ensure_ascii=False)
                tally.details.append(
                    f"at position {position}: {_message(exc)}, offending document: {offending}"
                )
    body: dict[str, Any] = {
        "error": False,
        "created": tally.created,
        "errors": tally.errors,
        "empty": tally.empty,
        "updated": tally.updated,
        "ignored": tally.ignored,
    }
    if req.flag("details"):
        body["details"] = tally.details
    return json_response(201, body)


def routes() -> list[Route]:
    return [route("POST", "/_api/import", import_documents)]
