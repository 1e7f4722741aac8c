"""Request and response values of the REST layer.

A :class:`Request` is what the dispatcher hands to a handler (method, path
segments, query, lower-cased headers, raw body, the resolved database); a
handler returns a :data:`Response` triple ``(status, headers, body bytes)``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from arangolite import errno
from arangolite.errors import ArangoliteError

if TYPE_CHECKING:
    from arangolite.rest.context import ServerContext
    from arangolite.storage.database import Database

Response = tuple[int, dict[str, str], bytes]

_ENCODE = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, check_circular=False).encode
_TRUE = frozenset(("true", "1", "yes", "on", "y"))

BASE_HEADERS = {
    "content-type": "application/json; charset=utf-8",
    "server": "ArangoDB",
    "x-arango-queue-time-seconds": "0.000000",
    "x-content-type-options": "nosniff",
}


def encode(body: Any) -> bytes:
    """JSON bytes of a response body."""
    return _ENCODE(body).encode()


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> Response:
    out = dict(BASE_HEADERS)
    if headers:
        out.update(headers)
    return status, out, encode(body)


def ok(body: dict[str, Any], status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """``body`` plus ``error: false`` and ``code`` (ArangoDB's usual envelope)."""
    full = dict(body)
    full["error"] = False
    full["code"] = status
    return json_response(status, full, headers)


def error_response(exc: ArangoliteError, headers: dict[str, str] | None = None) -> Response:
    return json_response(exc.code, exc.body(), headers)


def empty_response(status: int, headers: dict[str, str] | None = None) -> Response:
    out = dict(BASE_HEADERS)
    if headers:
        out.update(headers)
    return status, out, b""


@dataclass(slots=True)
class Request:
    """One REST request as handlers see it."""

    method: str
    path: str
    parts: list[str]
    query: dict[str, str]
    headers: dict[str, str]
    raw_body: bytes | str | None
    db_name: str
    server: ServerContext
    user: str | None = None
    _db: Database | None = field(default=None)

    @property
    def db(self) -> Database:
        """The request's database (raises 1228 when it does not exist)."""
        if self._db is None:
            self._db = self.server.engine.database(self.db_name)
        return self._db

    def flag(self, name: str, default: bool = False) -> bool:
        """A boolean query parameter (``true``/``1``/``yes``/``on``)."""
        value = self.query.get(name)
        if value is None:
            return default
        return value.strip().lower() in _TRUE

    def param(self, name: str, default: str | None = None) -> str | None:
        return self.query.get(name, default)

    def json(self, *, required: bool = True) -> Any:
        """The parsed JSON body; raises 400/600 for invalid JSON (None when empty and optional)."""
        body = self.raw_body
        if body is None or len(body) == 0:
            if required:
                raise ArangoliteError(
                    errno.HTTP_CORRUPTED_JSON, "VPackError error: Expecting value", code=400
                )
            return None
        try:
            return json.loads(body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ArangoliteError(
                errno.HTTP_CORRUPTED_JSON, f"VPackError error: {exc}", code=400
            ) from None

    def text(self) -> str:
        """The body as text (empty when absent)."""
        body = self.raw_body
        if body is None:
            return ""
        return body.decode() if isinstance(body, bytes) else body

    def json_object(self, *, required: bool = True) -> dict[str, Any]:
        """The body, which must be a JSON object (400 otherwise); ``{}`` when absent."""
        body = self.json(required=required)
        if body is None:
            return {}
        if not isinstance(body, dict):
            raise ArangoliteError(errno.HTTP_BAD_PARAMETER, "expecting JSON object body", code=400)
        return body
