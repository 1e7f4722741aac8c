"""Calling arangolite's REST dispatcher directly in tests (no driver in between)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from arangolite.server import EmbeddedArango


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    raw: bytes

    @property
    def body(self) -> Any:
        return json.loads(self.raw) if self.raw else None


class Api:
    """Calls the dispatcher directly, JSON-encoding bodies."""

    def __init__(self, server: EmbeddedArango) -> None:
        self.server = server

    def __call__(
        self,
        method: str,
        path: str,
        body: Any = None,
        query: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        raw: str | None = None,
    ) -> Reply:
        data = raw if raw is not None else (None if body is None else json.dumps(body))
        status, out, payload = self.server.dispatcher.dispatch(
            method, path, query or {}, headers or {}, data
        )
        return Reply(status, out, payload)
