"""``/_api/query``, ``/_api/explain`` and the query-cache endpoints."""

from __future__ import annotations

from typing import Any

from arangolite import errno
from arangolite.errors import ArangoliteError, not_found
from arangolite.rest.cursor_api import aql_service
from arangolite.rest.http import Request, Response, json_response, ok
from arangolite.rest.router import Route, route


def _query(body: dict[str, Any]) -> str:
    query = body.get("query")
    if not isinstance(query, str) or not query.strip():
        raise ArangoliteError(errno.QUERY_EMPTY, code=400)
    return query


def parse(req: Request, _: dict[str, str]) -> Response:
    body = req.json_object(required=False)
    return ok(dict(aql_service(req).parse(_query(body))))


def explain(req: Request, _: dict[str, str]) -> Response:
    body = req.json_object(required=False)
    options = body.get("options") if isinstance(body.get("options"), dict) else {}
    result = aql_service(req).explain(req.db, _query(body), body.get("bindVars"), options)
    return ok(dict(result))


def empty_list(_req: Request, _: dict[str, str]) -> Response:
    return json_response(200, [])


def cleared(_req: Request, _: dict[str, str]) -> Response:
    return ok({})


def kill(_req: Request, params: dict[str, str]) -> Response:
    raise not_found(errno.QUERY_NOT_FOUND, f"cannot kill query '{params['id']}': query not found")


def _properties(req: Request, store: dict[str, Any]) -> Response:
    if req.method == "PUT":
        for key, value in req.json_object().items():
            if key in store:
                store[key] = value
    return json_response(200, dict(store))


def query_properties(req: Request, _: dict[str, str]) -> Response:
    return _properties(req, req.server.query_properties)


def cache_properties(req: Request, _: dict[str, str]) -> Response:
    return _properties(req, req.server.cache_properties)


def routes() -> list[Route]:
    return [
        route("POST", "/_api/query", parse),
        route("POST", "/_api/explain", explain),
        route("GET", "/_api/query/current", empty_list),
        route("GET", "/_api/query/slow", empty_list),
        route("DELETE", "/_api/query/slow", cleared),
        route("GET", "/_api/query/rules", empty_list),
        route("GET PUT", "/_api/query/properties", query_properties),
        route("DELETE", "/_api/query/{id}", kill),
        route("GET PUT", "/_api/query-cache/properties", cache_properties),
        route("GET", "/_api/query-cache/entries", empty_list),
        route("DELETE", "/_api/query-cache", cleared),
        route("GET", "/_api/query-plan-cache", empty_list),
        route("DELETE", "/_api/query-plan-cache", cleared),
    ]
