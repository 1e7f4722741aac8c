"""Read rights for AQL over ArangoSearch Views.

A query that iterates a View (``FOR d IN someView ...``) reads every
collection linked to it, but the search engine reads those collections through
its own index structures, not through a storage transaction. So before such a
query runs, the REST layer checks that the user may read each linked
collection (ArangoDB refuses likewise with errorNum 11).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from arangolite import errno
from arangolite.aql import ast
from arangolite.aql.service import parse_cached
from arangolite.aql.walk import iter_nodes
from arangolite.errors import ArangoliteError, fmt
from arangolite.search import views
from arangolite.users_access import Access

if TYPE_CHECKING:
    from arangolite.storage.database import Database

VIEW_KIND = views.KIND


def linked_collections(db: Database, view: dict[str, Any]) -> list[str]:
    """Names of the existing collections a View reads."""
    if view.get("type") == views.SEARCH_ALIAS:
        ids = [ref.get("collection") for ref in view.get("indexes", [])]
    else:
        ids = list(view.get("links", {}))
    names = []
    for cid in ids:
        state = views.collection_by_cid(db, int(cid)) if str(cid).isdigit() else None
        if state is not None:
            names.append(state.name)
    return names


def _iterated_names(tree: ast.Query, bind_vars: dict[str, Any]) -> set[str]:
    names: set[str] = set()
    for node in iter_nodes(tree):
        if not isinstance(node, ast.For):
            continue
        expr = node.expr
        if isinstance(expr, ast.Name):
            names.add(expr.name)
        elif isinstance(expr, ast.BindParam) and expr.collection:
            value = bind_vars.get("@" + expr.name)
            if isinstance(value, str):
                names.add(value)
    return names


def check_view_reads(db: Database, access: Access, query: Any, bind_vars: Any) -> None:
    """Raise 403/11 when ``query`` iterates a View linked to a collection the user may not read."""
    if not isinstance(query, str) or not db.list_meta(VIEW_KIND):
        return
    try:
        tree = parse_cached(query)
    except ArangoliteError:
        return  # the cursor handler reports the parse error
    bound = bind_vars if isinstance(bind_vars, dict) else {}
    for name in sorted(_iterated_names(tree, bound)):
        if name in db.collections:
            continue
        view = views.find(db, name)
        for collection in linked_collections(db, view) if view is not None else ():
            if not access.can(db.name, collection):
                raise ArangoliteError(
                    errno.FORBIDDEN, f"{fmt(errno.FORBIDDEN)}: {collection} [read]", code=403
                )
