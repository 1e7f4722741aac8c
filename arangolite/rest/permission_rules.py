"""The checks ArangoDB's REST handlers make before they act, by API section.

Each rule gets the request and the user's access and raises ArangoDB's error:

- DDL (create/drop/modify collections, indexes, views, analyzers, AQL user
  functions, graph definitions) needs *Administrate* (``rw``) on the database
  and, for an existing collection, ``rw`` on it: 403 with errorNum 11;
- reading a collection's data or metadata needs ``ro``: 403, errorNum 11;
- writing documents (document API, import, truncate) with only ``ro`` on the
  collection: 403, errorNum 1004 "collection is read-only";
- creating/dropping databases and a few admin endpoints need server
  *Administrate* (``rw`` on ``_system``);
- cursors belong to the user who created them (others get 1600).

Collections that do not exist are left to the handler (1203 as usual).
"""

from __future__ import annotations

from collections.abc import Callable

from arangolite import errno
from arangolite.errors import ArangoliteError, fmt, not_found
from arangolite.rest.http import Request
from arangolite.storage.collection import CollectionState
from arangolite.users import NONE, RO, RW
from arangolite.users_access import Access
from arangolite.users_handles import CURSOR, JOB, TRANSACTION
from arangolite.users_views import VIEW_KIND, check_view_reads

READ_ONLY_MESSAGE = "collection is read-only"


def forbidden(message: str | None = None) -> ArangoliteError:
    """ArangoDB's 403 with errorNum 11 (``forbidden`` unless told otherwise)."""
    return ArangoliteError(errno.FORBIDDEN, message or fmt(errno.FORBIDDEN), code=403)


def _existing(req: Request, name: str | None) -> CollectionState | None:
    if not name:
        return None
    try:
        return req.db.collection_state(name)
    except ArangoliteError:
        return None


def _administrates(req: Request, access: Access, collection: str | None = None) -> bool:
    if access.database_level != RW:
        return False
    return collection is None or access.can(req.db_name, collection, RW)


def _read(req: Request, access: Access, name: str | None, message: str | None = None) -> None:
    state = _existing(req, name)
    if state is not None and not access.can(req.db_name, state.name, RO):
        raise forbidden(message.format(name=state.name) if message else None)


def _write(req: Request, access: Access, name: str | None) -> None:
    state = _existing(req, name)
    if state is None:
        return
    level = access.collection_level(req.db_name, state.name)
    if level == NONE:
        raise forbidden()
    if level != RW:
        raise ArangoliteError(errno.ARANGO_READ_ONLY, READ_ONLY_MESSAGE, code=403)


def _database(req: Request, access: Access) -> None:
    parts, method = req.parts, req.method
    changes = (method == "POST" and len(parts) == 2) or (method == "DELETE" and len(parts) == 3)
    if changes and req.db_name == "_system" and not access.user.is_admin:
        raise forbidden()


def _collection(req: Request, access: Access) -> None:
    parts, method = req.parts, req.method
    if len(parts) == 2:
        if method == "POST" and access.database_level != RW:
            raise forbidden(f"cannot create collection in {req.db_name}: {fmt(errno.FORBIDDEN)}")
        return
    state = _existing(req, parts[2])
    if state is None:
        return
    action = parts[3] if len(parts) > 3 else ""
    if method == "DELETE" and not action:
        if not _administrates(req, access, state.name):
            raise forbidden(f"Insufficient rights to drop collection {state.name}")
    elif method == "PUT" and action in ("properties", "rename"):
        if not _administrates(req, access, state.name):
            raise forbidden()
    elif method == "PUT" and action == "truncate":
        _write(req, access, state.name)
    else:
        _read(req, access, state.name, "No access to collection '{name}'")


def _index(req: Request, access: Access) -> None:
    name = req.parts[2] if len(req.parts) > 2 else req.param("collection")
    if req.method in ("POST", "DELETE"):
        state = _existing(req, name)
        if state is not None and not _administrates(req, access, state.name):
            raise forbidden()
    else:
        _read(req, access, name, "No access to collection '{name}'")


def _document(req: Request, access: Access) -> None:
    parts, method = req.parts, req.method
    name = parts[2] if len(parts) > 2 else req.param("collection")
    only_get = method == "PUT" and len(parts) == 3 and req.flag("onlyget")
    if method in ("GET", "HEAD") or only_get:
        _read(req, access, name)
    else:
        _write(req, access, name)


def _import(req: Request, access: Access) -> None:
    if req.method == "POST":
        _write(req, access, req.param("collection"))


def _edges(req: Request, access: Access) -> None:
    if len(req.parts) > 2:
        _read(req, access, req.parts[2])


def _cursor(req: Request, access: Access) -> None:
    if len(req.parts) == 2 and req.method == "POST" and req.db.list_meta(VIEW_KIND):
        try:
            body = req.json_object(required=False)
        except ArangoliteError:
            return  # the handler reports the broken body
        check_view_reads(req.db, access, body.get("query"), body.get("bindVars"))
    if len(req.parts) > 2 and req.method in ("POST", "PUT", "DELETE"):
        handles = req.server.auth.users.handles
        if not handles.allowed(CURSOR, req.parts[2], access.name):
            raise not_found(errno.CURSOR_NOT_FOUND)


def _transaction(req: Request, access: Access) -> None:
    parts = req.parts
    if len(parts) != 3 or parts[2] == "begin":
        return
    if not req.server.auth.users.handles.allowed(TRANSACTION, parts[2], access.name):
        raise not_found(errno.TRANSACTION_NOT_FOUND, f"transaction '{parts[2]}' not found")


def _job(req: Request, access: Access) -> None:
    parts = req.parts
    if len(parts) < 3 or parts[2] in ("done", "pending", "all", "expired"):
        return
    if not req.server.auth.users.handles.allowed(JOB, parts[2], access.name):
        raise not_found(errno.HTTP_NOT_FOUND)


def _ddl(req: Request, access: Access) -> None:
    if req.method not in ("GET", "HEAD") and access.database_level != RW:
        raise forbidden()


def _graph(req: Request, access: Access) -> None:
    size, method = len(req.parts), req.method
    changes_definition = (
        (method == "POST" and size in (2, 4))
        or (method == "DELETE" and size in (3, 5))
        or (method == "PUT" and size == 5 and req.parts[3] == "edge")
    )
    if changes_definition and access.database_level != RW:
        raise forbidden()


def _admin(req: Request, access: Access) -> None:
    if not access.user.is_admin:
        raise forbidden()


BEFORE: dict[tuple[str, ...], Callable[[Request, Access], None]] = {
    ("_api", "database"): _database,
    ("_api", "collection"): _collection,
    ("_api", "index"): _index,
    ("_api", "document"): _document,
    ("_api", "import"): _import,
    ("_api", "edges"): _edges,
    ("_api", "cursor"): _cursor,
    ("_api", "transaction"): _transaction,
    ("_api", "job"): _job,
    ("_api", "view"): _ddl,
    ("_api", "analyzer"): _ddl,
    ("_api", "aqlfunction"): _ddl,
    ("_api", "gharial"): _graph,
    ("_admin", "compact"): _admin,
    ("_admin", "support-info"): _admin,
}
