"""``/_api/transaction``: stream transactions (begin, status, commit, abort, list)."""

from __future__ import annotations

from typing import Any

from arangolite import errno
from arangolite.errors import ArangoliteError
from arangolite.rest.http import Request, Response, json_response, ok
from arangolite.rest.router import Route, route
from arangolite.storage.transaction import ABORTED, COMMITTED, Txn


def _result(txn: Txn) -> dict[str, Any]:
    return {"result": {"id": txn.id, "status": txn.status}}


def begin(req: Request, _: dict[str, str]) -> Response:
    body = req.json_object()
    collections = body.get("collections")
    if not isinstance(collections, dict):
        raise ArangoliteError(errno.HTTP_BAD_PARAMETER, "missing 'collections' attribute", code=400)
    engine = req.server.engine
    txn = engine.begin_stream(
        req.db, collections, allow_implicit=bool(body.get("allowImplicit", True))
    )
    engine.forget_finished()
    return ok(_result(txn), 201)


def list_transactions(req: Request, _: dict[str, str]) -> Response:
    running = req.server.engine.running_transactions(req.db)
    return json_response(200, {"transactions": [{"id": t.id, "state": t.status} for t in running]})


def status(req: Request, params: dict[str, str]) -> Response:
    txn = req.server.engine.stream_transaction(params["id"], req.db)
    return ok(_result(txn))


def commit(req: Request, params: dict[str, str]) -> Response:
    txn = req.server.engine.stream_transaction(params["id"], req.db)
    if txn.status == ABORTED:
        raise ArangoliteError(
            errno.TRANSACTION_ABORTED, "transaction was already aborted", code=410
        )
    if txn.status != COMMITTED:
        txn.commit()
    return ok(_result(txn))


def abort(req: Request, params: dict[str, str]) -> Response:
    txn = req.server.engine.stream_transaction(params["id"], req.db)
    if txn.status == COMMITTED:
        raise ArangoliteError(
            errno.TRANSACTION_DISALLOWED_OPERATION, "transaction was already committed", code=409
        )
    txn.abort()
    return ok(_result(txn))


def javascript(req: Request, _: dict[str, str]) -> Response:
    raise ArangoliteError(
        errno.NOT_IMPLEMENTED, "JavaScript transactions are not supported by arangolite", code=501
    )


def routes() -> list[Route]:
    return [
        route("POST", "/_api/transaction/begin", begin),
        route("GET", "/_api/transaction", list_transactions),
        route("POST", "/_api/transaction", javascript),
        route("GET", "/_api/transaction/{id}", status),
        route("PUT", "/_api/transaction/{id}", commit),
        route("DELETE", "/_api/transaction/{id}", abort),
    ]
