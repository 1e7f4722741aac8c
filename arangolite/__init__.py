"""arangolite: an embedded, ArangoDB-compatible engine that python-arango talks to unchanged.

from arangolite import EmbeddedArango
server = EmbeddedArango(data_dir="data/arangolite", root_password="")
db = server.client().db("_system", username="root", password="")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["EmbeddedArango"]

if TYPE_CHECKING:
    from arangolite.server import EmbeddedArango


def __getattr__(name: str) -> Any:
    if name == "EmbeddedArango":
        from arangolite.server import EmbeddedArango

        return EmbeddedArango
    raise AttributeError(name)
