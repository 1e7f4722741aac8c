"""The REST dispatcher: one entry point for every request, in-process or over HTTP.

``dispatch(method, path, query, headers, body) -> (status, headers, body)``
resolves ``/_db/{name}`` prefixes, authenticates, finds the handler in the
route table and turns every error into ArangoDB's error body. It takes the
engine lock for the whole request, so callers may use it from any thread.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from urllib.parse import parse_qsl, unquote

from arangolite import errno
from arangolite.errors import ArangoliteError
from arangolite.rest import permissions, routes
from arangolite.rest.context import ServerContext
from arangolite.rest.http import Request, Response, empty_response, error_response
from arangolite.rest.jobs import ASYNC_HEADER
from arangolite.rest.router import Route, Router

log = logging.getLogger(__name__)

_OPEN_PATHS = frozenset((("_open", "auth"),))


class Dispatcher:
    """Routes REST requests to handlers.

    Args:
        context: the server's shared state (engine, authentication, cursors).
    """

    def __init__(self, context: ServerContext) -> None:
        self.context = context
        self.router = Router(routes.all_routes())
        permissions.install(context)

    def register(self, extra: Iterable[Route]) -> None:
        """Add routes of another component (graphs, views, users, ...)."""
        with self.context.engine.lock:
            for r in extra:
                self.router.add(r)

    def dispatch(
        self,
        method: str,
        path: str,
        query: dict[str, str] | None,
        headers: dict[str, str] | None,
        body: bytes | str | None,
    ) -> Response:
        """Handle one request; never raises."""
        method = method.upper()
        try:
            with self.context.engine.lock:
                response = self._handle(method, path, query or {}, headers or {}, body)
        except ArangoliteError as exc:
            response = error_response(exc)
        except Exception as exc:
            log.exception("unexpected error in %s %s", method, path)
            response = error_response(
                ArangoliteError(errno.INTERNAL, f"internal error: {exc}", code=500)
            )
        if method == "HEAD":
            return response[0], response[1], b""
        return response

    def _handle(
        self,
        method: str,
        path: str,
        query: dict[str, str],
        headers: dict[str, str],
        body: bytes | str | None,
    ) -> Response:
        if "?" in path:
            path, _, qs = path.partition("?")
            query = {**dict(parse_qsl(qs, keep_blank_values=True)), **query}
        headers = {k.lower(): v for k, v in headers.items()}
        parts = [p for p in path.split("/") if p]
        if "%" in path:
            parts = [unquote(p) for p in parts]
        db_name = "_system"
        if len(parts) >= 2 and parts[0] == "_db":
            db_name, parts = parts[1], parts[2:]
        context = self.context
        user = None
        if tuple(parts[:2]) not in _OPEN_PATHS:
            user = context.auth.user_of(headers.get("authorization"))
        args = (method, path, parts, query, headers, body, db_name, user)
        mode = headers.get(ASYNC_HEADER)
        if mode not in ("true", "store"):
            return self._route(*args)
        job_id = context.engine.clock.tick_str() if mode == "store" else None
        try:
            response = self._route(*args)
        except ArangoliteError as exc:
            response = error_response(exc)
        if job_id is not None:
            context.jobs.store(job_id, db_name, response)
        return context.jobs.accepted(job_id)

    def _route(
        self,
        method: str,
        path: str,
        parts: list[str],
        query: dict[str, str],
        headers: dict[str, str],
        body: bytes | str | None,
        db_name: str,
        user: str | None,
    ) -> Response:
        resolved = self.router.resolve(method, parts)
        if isinstance(resolved, str):
            return self._unrouted(resolved, method, path)
        handler, params = resolved
        request = Request(method, path, parts, query, headers, body, db_name, self.context, user)
        with permissions.session(self.context, user, db_name, parts):
            request.db  # noqa: B018 - resolve first: an unknown database answers 1228
            return permissions.run(handler, request, params)

    @staticmethod
    def _unrouted(reason: str, method: str, path: str) -> Response:
        if reason == "method":
            exc = ArangoliteError(errno.HTTP_METHOD_NOT_ALLOWED, code=405)
        else:
            exc = ArangoliteError(errno.HTTP_NOT_FOUND, f"unknown path '{path}'", code=404)
        if method == "HEAD":
            return empty_response(exc.code)
        return error_response(exc)
