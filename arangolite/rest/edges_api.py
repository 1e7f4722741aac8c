"""``/_api/edges/{collection}``: the edges of one vertex, through the edge index."""

from __future__ import annotations

from arangolite import errno
from arangolite.errors import ArangoliteError
from arangolite.rest.cursor_api import full_stats
from arangolite.rest.http import Request, Response, ok
from arangolite.rest.router import Route, route
from arangolite.rest.trx import stream_transaction


def edges(req: Request, params: dict[str, str]) -> Response:
    vertex = req.param("vertex")
    if not vertex:
        raise ArangoliteError(errno.HTTP_BAD_PARAMETER, "illegal document identifier", code=400)
    direction = req.param("direction") or "any"
    if direction not in ("any", "in", "out"):
        raise ArangoliteError(errno.HTTP_BAD_PARAMETER, "<direction> must by any, in, or out")
    txn = stream_transaction(req) or req.db.begin()
    access = txn.collection(params["collection"])
    if not access.is_edge:
        raise ArangoliteError(errno.ARANGO_COLLECTION_TYPE_INVALID, code=400)
    found = list(access.edges(vertex, direction))  # type: ignore[arg-type]
    stats = full_stats({"scannedIndex": len(found), "documentLookups": len(found)})
    return ok({"edges": found, "stats": stats})


def routes() -> list[Route]:
    return [route("GET", "/_api/edges/{collection}", edges)]
