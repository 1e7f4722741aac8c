"""``/_api/cursor``: run AQL queries and hand out their results in batches.

The query itself runs in ``arangolite.aql.service`` (imported when first
needed; tests may set ``ServerContext.aql`` to a stand-in with the same
``execute``/``parse``/``explain`` functions).
"""

from __future__ import annotations

from typing import Any

from arangolite import errno
from arangolite.errors import ArangoliteError
from arangolite.rest.cursors import DEFAULT_BATCH_SIZE, DEFAULT_TTL, Cursor
from arangolite.rest.http import Request, Response, ok
from arangolite.rest.router import Route, route
from arangolite.rest.trx import stream_transaction

_STATS_ORDER = (
    "writesExecuted",
    "writesIgnored",
    "documentLookups",
    "seeks",
    "scannedFull",
    "scannedIndex",
    "cursorsCreated",
    "cursorsRearmed",
    "cacheHits",
    "cacheMisses",
    "filtered",
    "httpRequests",
    "executionTime",
    "peakMemoryUsage",
    "intermediateCommits",
)
_TOP_LEVEL = frozenset(("query", "bindVars", "count", "batchSize", "ttl", "options"))


def aql_service(req: Request) -> Any:
    """The AQL service module (``ServerContext.aql`` when set)."""
    service = req.server.aql
    if service is None:
        from arangolite.aql import service as module

        service = req.server.aql = module
    return service


def full_stats(stats: dict[str, Any]) -> dict[str, Any]:
    """The executor's stats with every counter ArangoDB reports (zeros by default)."""
    out: dict[str, Any] = dict.fromkeys(_STATS_ORDER, 0)
    out["searchParallelism"] = 1
    out.update(stats)
    return out


def _query_text(body: dict[str, Any]) -> str:
    query = body.get("query")
    if not isinstance(query, str) or not query.strip():
        raise ArangoliteError(errno.QUERY_EMPTY, code=400)
    return query


def _positive_int(value: Any, name: str, default: int | float) -> Any:
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ArangoliteError(errno.HTTP_BAD_PARAMETER, f"expecting non-zero value for {name}")
    return value


def _options(body: dict[str, Any]) -> dict[str, Any]:
    options = dict(body["options"]) if isinstance(body.get("options"), dict) else {}
    for key, value in body.items():
        if key not in _TOP_LEVEL:
            options.setdefault(key, value)
    return options


def create(req: Request, _: dict[str, str]) -> Response:
    body = req.json_object(required=False)
    query = _query_text(body)
    bind_vars = body.get("bindVars")
    if bind_vars is not None and not isinstance(bind_vars, dict):
        raise ArangoliteError(errno.QUERY_BIND_PARAMETERS_INVALID, code=400)
    batch_size = int(_positive_int(body.get("batchSize"), "batchSize", DEFAULT_BATCH_SIZE))
    ttl = float(_positive_int(body.get("ttl"), "ttl", DEFAULT_TTL))
    options = _options(body)
    result = aql_service(req).execute(
        req.db, query, bind_vars, options, transaction=stream_transaction(req), user=req.user
    )
    extra: dict[str, Any] = {"warnings": list(result.warnings), "stats": full_stats(result.stats)}
    for attribute in ("profile", "plan"):
        value = getattr(result, attribute, None)
        if value is not None:
            extra[attribute] = value
    rows = result.rows if isinstance(result.rows, list) else list(result.rows)
    registry = req.server.cursors
    cursor = Cursor(
        id=req.server.engine.clock.tick_str(),
        database=req.db_name,
        rows=rows,
        batch_size=batch_size,
        count=len(rows) if body.get("count") else None,
        extra=extra,
        cached=bool(getattr(result, "cached", False)),
        ttl=ttl,
    )
    batch = cursor.next_batch()
    if batch["hasMore"]:
        registry.add(cursor)
    return ok(batch, 201)


def next_batch(req: Request, params: dict[str, str]) -> Response:
    body = req.server.cursors.continue_batch(params["id"], req.db_name, params.get("batch"))
    return ok(body)


def delete(req: Request, params: dict[str, str]) -> Response:
    req.server.cursors.remove(params["id"], req.db_name)
    return ok({"id": params["id"]}, 202)


def missing_id(req: Request, _: dict[str, str]) -> Response:
    raise ArangoliteError(
        errno.HTTP_BAD_PARAMETER, "expecting POST /_api/cursor/<cursor-id>", code=400
    )


def routes() -> list[Route]:
    return [
        route("POST", "/_api/cursor", create),
        route("PUT", "/_api/cursor", missing_id),
        route("POST PUT", "/_api/cursor/{id}", next_batch),
        route("POST", "/_api/cursor/{id}/{batch}", next_batch),
        route("DELETE", "/_api/cursor/{id}", delete),
    ]
