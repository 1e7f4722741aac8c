"""Compiling ``FOR doc IN view SEARCH …`` (views are not implemented yet)."""

from __future__ import annotations

from typing import Any

from arangolite import errno
from arangolite.errors import AqlError


def is_view(db: Any, name: str) -> bool:
    """Whether ``name`` is an ArangoSearch view of ``db``."""
    return False


def compile_view_for(compiler: Any, node: Any, view: str, scope: Any, rest: Any) -> Any:
    raise AqlError(
        errno.ARANGO_DATA_SOURCE_NOT_FOUND, f"collection or view not found: {view}", code=404
    )
