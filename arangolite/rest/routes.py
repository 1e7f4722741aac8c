"""Every REST route arangolite answers, gathered from the handler modules."""

from __future__ import annotations

from arangolite.rest import (
    analyzer_api,
    collection_api,
    cursor_api,
    database_api,
    document_api,
    edges_api,
    gharial_api,
    import_api,
    index_api,
    jobs,
    query_api,
    server_api,
    transaction_api,
    user_api,
    view_api,
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
    gharial_api,
    jobs,
    user_api,
    analyzer_api,
    view_api,
)


def all_routes() -> list[Route]:
    """The route table (handlers registered later by other components come after)."""
    out: list[Route] = []
    for module in _MODULES:
        out.extend(module.routes())
    return out
