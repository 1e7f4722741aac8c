"""The route table: path patterns compiled once, matched segment by segment.

A pattern is a path like ``/_api/document/{collection}/{key}``; ``{name}``
matches one segment and ``{name*}`` (last only) the remaining ones joined by
``/``. Routes are grouped by their first two literal segments so a request
only looks at a handful of candidates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from arangolite.rest.http import Request, Response

Handler = Callable[[Request, dict[str, str]], Response]


@dataclass(frozen=True, slots=True)
class Route:
    methods: frozenset[str]
    segments: tuple[str, ...]
    handler: Handler
    rest: bool

    def match(self, parts: list[str]) -> dict[str, str] | None:
        segments = self.segments
        if self.rest:
            if len(parts) < len(segments):
                return None
        elif len(parts) != len(segments):
            return None
        params: dict[str, str] = {}
        last = len(segments) - 1
        for i, seg in enumerate(segments):
            if seg[0] == "{":
                name = seg[1:-1]
                if self.rest and i == last:
                    params[name.rstrip("*")] = "/".join(parts[i:])
                    return params
                params[name] = parts[i]
            elif seg != parts[i]:
                return None
        return params


def route(methods: str, pattern: str, handler: Handler) -> Route:
    """A route for space-separated ``methods`` and ``pattern``."""
    segments = tuple(s for s in pattern.split("/") if s)
    rest = bool(segments) and segments[-1].endswith("*}")
    return Route(frozenset(methods.split()), segments, handler, rest)


class Router:
    """Finds the handler for a method and path."""

    def __init__(self, routes: Iterable[Route]) -> None:
        self._groups: dict[tuple[str, ...], list[Route]] = {}
        for r in routes:
            self.add(r)

    def add(self, r: Route) -> None:
        """Add a route (earlier routes win when several match)."""
        self._groups.setdefault(r.segments[:2], []).append(r)

    def resolve(self, method: str, parts: list[str]) -> tuple[Handler, dict[str, str]] | str:
        """The handler and path parameters, or ``"not found"``/``"method"`` as a reason."""
        candidates = self._groups.get(tuple(parts[:2]))
        if candidates is None:
            return "not found"
        path_matched = False
        for r in candidates:
            params = r.match(parts)
            if params is None:
                continue
            if method in r.methods:
                return r.handler, params
            path_matched = True
        return "method" if path_matched else "not found"
