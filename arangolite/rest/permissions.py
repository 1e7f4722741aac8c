"""Authorization of REST requests, checked where ArangoDB checks it.

The dispatcher opens a :func:`session` for every authenticated request: a user
without access to the request's database gets ArangoDB's 401 (errorNum 11)
unless the path is one every user may call (``/_api/user/...``); otherwise the
user's :class:`~arangolite.users_access.Access` becomes the current one, so
storage transactions check each collection they touch (AQL included).
:func:`run` adds the checks ArangoDB's handlers make themselves (database
*Administrate* for DDL, collection levels for the document API with its own
error messages, ownership of cursors and stream transactions) and keeps the
user table in step afterwards (grants for created databases and collections,
grants dropped with their database or collection).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from arangolite import errno
from arangolite.errors import not_found
from arangolite.rest.auth import unauthorized
from arangolite.rest.http import Request, Response
from arangolite.rest.permission_rules import BEFORE
from arangolite.users import NONE, RO, ROOT, RW, WILDCARD, UserRecord, allows
from arangolite.users_access import Access, acting, current
from arangolite.users_handles import CURSOR, JOB, TRANSACTION
from arangolite.users_store import UserDirectory

if TYPE_CHECKING:
    from arangolite.rest.context import ServerContext
    from arangolite.rest.router import Handler

TRX_HEADER = "x-arango-trx-id"
ASYNC_HEADER = "x-arango-async"
_AVAILABILITY = ["_admin", "server", "availability"]


def install(context: ServerContext) -> UserDirectory:
    """Give the server its user directory and let every active user log in."""
    directory = UserDirectory(context.engine, context.auth)
    auth = context.auth
    auth.users = directory
    auth.check_password = directory.check_password
    auth.is_active_user = directory.is_active
    return directory


def directory_of(context: ServerContext) -> UserDirectory:
    """The server's user directory (installed on first use)."""
    users = context.auth.users
    if isinstance(users, UserDirectory):
        return users
    return install(context)


@contextmanager
def session(
    context: ServerContext, user: str | None, db_name: str, parts: list[str]
) -> Iterator[None]:
    """Act as ``user`` for one request (401 when the user may not use ``db_name``)."""
    if user is None:
        yield
        return
    record = directory_of(context).get(user)
    if record is None:
        raise unauthorized()
    access = Access(record, db_name)
    exempt = parts[:2] == ["_api", "user"] or parts == _AVAILABILITY
    if access.database_level == NONE and not exempt:
        raise unauthorized()
    with acting(access):
        yield


def run(handler: Handler, request: Request, params: dict[str, str]) -> Response:
    """Call ``handler`` after the handler-level permission checks."""
    access = current()
    if access is None:
        return handler(request, params)
    section = tuple(request.parts[:2])
    _check_transaction_header(request, access)
    if request.headers.get(ASYNC_HEADER) == "store":
        # the dispatcher took the job id from the clock just before routing
        job = str(request.server.engine.clock.last_tick)
        directory_of(request.server).handles.remember(JOB, job, access.name)
    rule = BEFORE.get(section)
    if rule is not None:
        rule(request, access)
    response = handler(request, params)
    hook = _AFTER.get(section)
    if hook is not None and response[0] < 300:
        hook(request, access, response)
    return response


def accessible_databases(req: Request) -> list[str]:
    """The databases the request's user may use (``/_api/database/user``)."""
    names = sorted(req.server.engine.databases)
    access = current()
    if access is None:
        return names
    return [name for name in names if allows(access.user.database_level(name), RO)]


def is_admin(req: Request) -> bool:
    """Whether the request's user administrates the server (rw on ``_system``)."""
    access = current()
    return access is None or access.user.is_admin


# ---------------------------------------------------------------------- handles


def _check_transaction_header(req: Request, access: Access) -> None:
    tid = req.headers.get(TRX_HEADER)
    if tid and not directory_of(req.server).handles.allowed(TRANSACTION, tid, access.name):
        raise not_found(errno.TRANSACTION_NOT_FOUND, f"transaction '{tid}' not found")


def _body_of(response: Response) -> Any:
    try:
        return json.loads(response[2])
    except ValueError:
        return None


def _cursor_after(req: Request, access: Access, response: Response) -> None:
    handles = directory_of(req.server).handles
    if req.method == "POST" and len(req.parts) == 2 and b'"hasMore":true' in response[2]:
        body = _body_of(response)
        if isinstance(body, dict) and isinstance(body.get("id"), str):
            handles.remember(CURSOR, body["id"], access.name)
    elif req.method == "DELETE" and len(req.parts) == 3:
        handles.forget(CURSOR, req.parts[2])


def _transaction_after(req: Request, access: Access, response: Response) -> None:
    if req.method == "POST" and req.parts[2:] == ["begin"]:
        body = _body_of(response)
        result = body.get("result") if isinstance(body, dict) else None
        if isinstance(result, dict) and isinstance(result.get("id"), str):
            directory_of(req.server).handles.remember(TRANSACTION, result["id"], access.name)


# ---------------------------------------------------------------------- grants


def _grant_all(directory: UserDirectory, user: str, db: str) -> None:
    def change(record: UserRecord) -> None:
        record.grant_database(db, RW)
        record.grant_collection(db, WILDCARD, RW)

    directory.modify(user, change)


def _initial_users(directory: UserDirectory, db: str, users: Any) -> None:
    for entry in users if isinstance(users, list) else ():
        if not isinstance(entry, dict):
            continue
        name = entry.get("username", entry.get("user"))
        if not isinstance(name, str) or not name:
            continue
        if directory.get(name) is None:
            password = entry.get("passwd")
            active = entry.get("active")
            directory.create(
                name,
                password if isinstance(password, str) else "",
                active if isinstance(active, bool) else True,
                entry.get("extra"),
            )
        _grant_all(directory, name, db)


def _database_after(req: Request, access: Access, response: Response) -> None:
    directory = directory_of(req.server)
    if req.method == "POST" and len(req.parts) == 2:
        body = req.json_object(required=False)
        name = body.get("name")
        if not isinstance(name, str):
            return
        if access.name != ROOT:
            _grant_all(directory, access.name, name)
        _initial_users(directory, name, body.get("users"))
    elif req.method == "DELETE" and len(req.parts) == 3:
        directory.forget_database(req.parts[2])


def _collection_after(req: Request, access: Access, response: Response) -> None:
    directory = directory_of(req.server)
    if req.method == "POST" and len(req.parts) == 2:
        name = req.json_object(required=False).get("name")
        if isinstance(name, str) and access.name != ROOT:
            directory.modify(access.name, lambda r: r.grant_collection(req.db_name, name, RW))
    elif req.method == "DELETE" and len(req.parts) == 3:
        directory.forget_collection(req.db_name, req.parts[2])


_AFTER: dict[tuple[str, ...], Callable[[Request, Access, Response], None]] = {
    ("_api", "cursor"): _cursor_after,
    ("_api", "transaction"): _transaction_after,
    ("_api", "database"): _database_after,
    ("_api", "collection"): _collection_after,
}
