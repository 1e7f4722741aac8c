"""arangolite's exceptions.

Every error the engine raises carries the HTTP status and ArangoDB ``errorNum``
that a real ArangoDB server would answer with, so the REST layer can turn it
into ArangoDB's own error body::

    ArangoliteError            (code: HTTP status, errno: ArangoDB errorNum)
    ├── AqlError               errors found while parsing/compiling/running AQL
    └── ...                    (storage, transaction, auth errors use the base class)
"""

from __future__ import annotations

from typing import Any

from arangolite import errno


class ArangoliteError(Exception):
    """An error with ArangoDB's HTTP status (``code``) and error number (``errno``)."""

    def __init__(
        self,
        errnum: int,
        message: str | None = None,
        *,
        code: int = 400,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.errno = errnum
        self.code = code
        self.message = message if message is not None else errno.MESSAGES.get(errnum, "error")
        self.extra = extra or {}
        super().__init__(self.message)

    def body(self) -> dict[str, Any]:
        """ArangoDB's error body for this error."""
        body: dict[str, Any] = {
            "code": self.code,
            "error": True,
            "errorMessage": self.message,
            "errorNum": self.errno,
        }
        body.update(self.extra)
        return body


class AqlError(ArangoliteError):
    """An AQL parse, compile or runtime error (HTTP 400 unless said otherwise)."""


def not_found(errnum: int, message: str | None = None) -> ArangoliteError:
    """A 404 error (missing collection, document, database …)."""
    return ArangoliteError(errnum, message, code=404)


def bad_parameter(message: str) -> ArangoliteError:
    """A 400 ``ERROR_HTTP_BAD_PARAMETER`` with a specific message."""
    return ArangoliteError(errno.HTTP_BAD_PARAMETER, message, code=400)


def fmt(errnum: int, *args: object) -> str:
    """ArangoDB's message for ``errnum`` with its ``%s``/``%d`` placeholders filled."""
    template = errno.MESSAGES.get(errnum, "error")
    parts = template.replace("%d", "%s")
    try:
        return parts % args
    except TypeError:
        return template
