"""Every REST route arangolite answers, gathered from the handler modules."""

from __future__ import annotations

from arangolite.rest import (
    collection_api,
    cursor_api,
    database_api,
    document_api,
    edges_api,
    import_api,
    index_api,
    jobs,
    query_api,
    server_api,
    transaction_api,
)
from arangolite.rest.router import Route

_MODULES = (
    server_api,
    database_api,
    collection_api,
    document_api,
    index_api,
    cursor_api,
    query_api,
    transaction_api,
    import_api,
    edges_api,
    jobs,
)


def all_routes() -> list[Route]:
    """The route table (handlers registered later by other components come after)."""
    out: list[Route] = []
    for module in _MODULES:
        out.extend(module.routes())
    return out
