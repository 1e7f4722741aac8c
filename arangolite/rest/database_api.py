"""``/_api/database``: list, create, drop and describe databases."""

from __future__ import annotations

from arangolite import errno
from arangolite.errors import ArangoliteError
from arangolite.rest.http import Request, Response, ok
from arangolite.rest.permissions import accessible_databases
from arangolite.rest.router import Route, route


def _require_system(req: Request) -> None:
    if req.db_name != "_system":
        raise ArangoliteError(errno.ARANGO_USE_SYSTEM_DATABASE, code=403)


def list_databases(req: Request, _: dict[str, str]) -> Response:
    _require_system(req)
    return ok({"result": sorted(req.server.engine.databases)})


def user_databases(req: Request, _: dict[str, str]) -> Response:
    return ok({"result": accessible_databases(req)})


def current(req: Request, _: dict[str, str]) -> Response:
    db = req.db
    return ok({"result": {"id": db.id, "name": db.name, "isSystem": db.is_system, "path": "none"}})


def create(req: Request, _: dict[str, str]) -> Response:
    _require_system(req)
    body = req.json_object()
    name = body.get("name")
    users = body.get("users")
    if users is not None and not isinstance(users, list):
        raise ArangoliteError(errno.HTTP_BAD_PARAMETER, "invalid users definition", code=400)
    options = body.get("options") if isinstance(body.get("options"), dict) else {}
    db = req.server.engine.create_database(name, options)
    if users:
        db.put_meta("database-users", "initial", users)
    return ok({"result": True}, 201)


def drop(req: Request, params: dict[str, str]) -> Response:
    _require_system(req)
    req.server.engine.drop_database(params["name"])
    return ok({"result": True})


def routes() -> list[Route]:
    return [
        route("GET", "/_api/database", list_databases),
        route("GET", "/_api/database/user", user_databases),
        route("GET", "/_api/database/current", current),
        route("POST", "/_api/database", create),
        route("DELETE", "/_api/database/{name}", drop),
    ]
