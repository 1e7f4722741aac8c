"""``/_api/user``: manage users and their database and collection access levels.

Listing, creating and deleting users and changing grants need server
*Administrate* (``rw`` on ``_system``); users may read and change their own
entry. Response bodies follow ArangoDB 3.12 (``user``, ``active``, ``extra``;
grants as ``{"<db>": "rw"}`` or ``{"<db>/<collection>": "ro"}``).
"""

from __future__ import annotations

from typing import Any

from arangolite import errno
from arangolite.errors import ArangoliteError, fmt, not_found
from arangolite.rest.http import Request, Response, json_response, ok
from arangolite.rest.permission_rules import forbidden
from arangolite.rest.permissions import directory_of, is_admin
from arangolite.rest.router import Route, route
from arangolite.storage.database import collection_not_found
from arangolite.users import (
    NONE,
    RO,
    ROOT,
    RW,
    SYSTEM_DB,
    UNDEFINED,
    WILDCARD,
    UserRecord,
    allows,
    parse_grant,
)


def _http_forbidden() -> ArangoliteError:
    return ArangoliteError(errno.HTTP_FORBIDDEN, fmt(errno.HTTP_FORBIDDEN), code=403)


def _bad_parameter(message: str | None = None) -> ArangoliteError:
    return ArangoliteError(errno.BAD_PARAMETER, message or fmt(errno.BAD_PARAMETER), code=400)


def _may_access(req: Request, name: str) -> bool:
    return req.user == name or is_admin(req)


def _user_body(status: int, record: UserRecord) -> Response:
    return ok(record.public(), status)


def _fields(body: Any) -> tuple[str, bool, Any]:
    """``passwd``, ``active`` and ``extra`` of a create/replace body, with defaults."""
    if not isinstance(body, dict):
        return "", True, None
    password, active = body.get("passwd"), body.get("active")
    return (
        password if isinstance(password, str) else "",
        active if isinstance(active, bool) else True,
        body.get("extra"),
    )


# ---------------------------------------------------------------------- users


def list_users(req: Request, _: dict[str, str]) -> Response:
    if not is_admin(req):
        raise _http_forbidden()
    return ok({"result": [r.public() for r in directory_of(req.server).all()]})


def create_user(req: Request, _: dict[str, str]) -> Response:
    if not is_admin(req):
        raise forbidden()
    body = req.json_object()
    password, active, extra = _fields(body)
    record = directory_of(req.server).create(body.get("user"), password, active, extra)
    return _user_body(201, record)


def get_user(req: Request, params: dict[str, str]) -> Response:
    name = params["user"]
    if not _may_access(req, name):
        raise _http_forbidden()
    return _user_body(200, directory_of(req.server).require(name))


def check_password(req: Request, params: dict[str, str]) -> Response:
    name = params["user"]
    if not _may_access(req, name):
        raise _http_forbidden()
    body = req.json_object()
    password = body.get("passwd")
    if directory_of(req.server).check_password(name, password if isinstance(password, str) else ""):
        return ok({"result": True})
    raise not_found(errno.USER_NOT_FOUND, fmt(errno.USER_NOT_FOUND))


def replace_user(req: Request, params: dict[str, str]) -> Response:
    name = params["user"]
    if not _may_access(req, name):
        raise forbidden()
    password, active, extra = _fields(req.json(required=False))
    return _user_body(200, directory_of(req.server).replace(name, password, active, extra))


def update_user(req: Request, params: dict[str, str]) -> Response:
    name = params["user"]
    if not _may_access(req, name):
        raise forbidden()
    body = req.json(required=False)
    fields = body if isinstance(body, dict) else {}
    password, active = fields.get("passwd"), fields.get("active")
    record = directory_of(req.server).update(
        name,
        password if isinstance(password, str) else None,
        active if isinstance(active, bool) else None,
        fields.get("extra"),
    )
    return _user_body(200, record)


def delete_user(req: Request, params: dict[str, str]) -> Response:
    if not is_admin(req):
        raise forbidden()
    directory_of(req.server).remove(params["user"])
    return json_response(202, {"error": False, "code": 202})


# ---------------------------------------------------------------------- reading grants


def _full_listing(req: Request, record: UserRecord) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for name in sorted(req.server.engine.databases):
        db = req.server.engine.databases[name]
        collections = {c: record.configured_collection(name, c) for c in sorted(db.collections)}
        collections[WILDCARD] = record.configured_collection(name, WILDCARD)
        result[name] = {"permission": record.configured_database(name), "collections": collections}
    result[WILDCARD] = {"permission": record.database_level(WILDCARD)}
    return result


def list_permissions(req: Request, params: dict[str, str]) -> Response:
    name = params["user"]
    if not _may_access(req, name):
        raise _http_forbidden()
    record = directory_of(req.server).require(name)
    if req.flag("full"):
        return ok({"result": _full_listing(req, record)})
    levels = {db: record.database_level(db) for db in sorted(req.server.engine.databases)}
    return ok({"result": {db: level for db, level in levels.items() if allows(level, RO)}})


def get_permission(req: Request, params: dict[str, str]) -> Response:
    name, db, collection = params["user"], params["db"], params.get("collection")
    if not _may_access(req, name):
        raise _http_forbidden()
    record = directory_of(req.server).get(name)
    configured = req.flag("configured")
    if record is None:
        level = NONE
    elif collection is None:
        level = record.configured_database(db) if configured else record.database_level(db)
    elif configured:
        level = record.configured_collection(db, collection)
    else:
        level = record.collection_level(db, collection)
    return ok({"result": level})


# ---------------------------------------------------------------------- changing grants


def _require_collection(req: Request, db: str, collection: str | None) -> None:
    """A collection-level grant needs an existing database and collection (or ``*``)."""
    if collection is None or db == WILDCARD:
        return
    database = req.server.engine.databases.get(db)
    if database is None:
        raise not_found(errno.ARANGO_DATABASE_NOT_FOUND)
    if collection != WILDCARD and collection not in database.collections:
        raise collection_not_found(collection)


def _lowers_root(record: UserRecord, db: str, collection: str | None, level: str) -> bool:
    if record.name != ROOT or db != SYSTEM_DB or level == RW:
        return False
    return collection in (None, WILDCARD)


def _apply_grant(record: UserRecord, db: str, collection: str | None, level: str) -> None:
    if collection is None:
        if level == UNDEFINED:
            raise _bad_parameter("Cannot set rights for empty db name")
        if _lowers_root(record, db, None, level):
            raise forbidden("Cannot lower access level of 'root' to _system")
        record.grant_database(db, level)
        return
    if level == UNDEFINED:
        raise _bad_parameter("Cannot set rights for empty db / collection name")
    if collection.startswith("_"):
        raise _bad_parameter("Cannot set rights for system collections")
    if db == WILDCARD and collection != WILDCARD:
        raise _bad_parameter("Invalid database / collection pair")
    if _lowers_root(record, db, collection, level):
        raise forbidden("Cannot lower access level of 'root' to a system collection")
    record.grant_collection(db, collection, level)


def grant(req: Request, params: dict[str, str]) -> Response:
    name, db, collection = params["user"], params["db"], params.get("collection")
    if not is_admin(req):
        raise forbidden()
    _require_collection(req, db, collection)
    body = req.json(required=False)
    if not isinstance(body, dict) or not isinstance(body.get("grant"), str):
        raise _bad_parameter()
    level = parse_grant(body["grant"])
    directory_of(req.server).modify(name, lambda r: _apply_grant(r, db, collection, level))
    return ok({db if collection is None else f"{db}/{collection}": level})


def _apply_revoke(record: UserRecord, db: str, collection: str | None) -> None:
    if collection is None:
        if record.name == ROOT and db == SYSTEM_DB:
            raise forbidden("Cannot remove access level of 'root' to _system")
        record.revoke_database(db)
        return
    if record.name == ROOT and db == SYSTEM_DB and collection == WILDCARD:
        raise forbidden("Cannot lower access level of 'root' to a collection in _system")
    record.revoke_collection(db, collection)


def revoke(req: Request, params: dict[str, str]) -> Response:
    name, db, collection = params["user"], params["db"], params.get("collection")
    if not is_admin(req):
        raise forbidden()
    _require_collection(req, db, collection)
    directory_of(req.server).modify(name, lambda r: _apply_revoke(r, db, collection))
    return json_response(202, {"error": False, "code": 202})


def routes() -> list[Route]:
    base = "/_api/user"
    user = base + "/{user}"
    database = user + "/database/{db}"
    return [
        route("GET", base, list_users),
        route("POST", base, create_user),
        route("GET", user, get_user),
        route("POST", user, check_password),
        route("PUT", user, replace_user),
        route("PATCH", user, update_user),
        route("DELETE", user, delete_user),
        route("GET", user + "/database", list_permissions),
        route("GET", database, get_permission),
        route("GET", database + "/{collection}", get_permission),
        route("PUT", database, grant),
        route("PUT", database + "/{collection}", grant),
        route("DELETE", database, revoke),
        route("DELETE", database + "/{collection}", revoke),
    ]
