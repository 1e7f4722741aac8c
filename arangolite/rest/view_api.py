"""``/_api/view``: create, list, read, modify, rename and drop Views."""

from __future__ import annotations

from arangolite.rest.http import Request, Response, json_response, ok
from arangolite.rest.router import Route, route
from arangolite.search import views
from arangolite.search.runtime import runtime


def list_all(req: Request, _: dict[str, str]) -> Response:
    found = sorted(views.all_views(req.db), key=lambda v: str(v["name"]).lower())
    return ok({"result": [views.summary(v) for v in found]})


def create(req: Request, _: dict[str, str]) -> Response:
    db = req.db
    view = views.create(runtime(db.engine), db, req.json_object())
    return json_response(201, views.describe(db, view))


def get_one(req: Request, params: dict[str, str]) -> Response:
    return ok(views.summary(views.get(req.db, params["name"])))


def properties(req: Request, params: dict[str, str]) -> Response:
    db = req.db
    return ok(views.describe(db, views.get(db, params["name"])))


def _modify(req: Request, name: str, *, partial: bool) -> Response:
    db = req.db
    view = views.get(db, name)
    body = req.json_object()
    updated = views.modify(runtime(db.engine), db, view, body, partial=partial)
    return json_response(200, views.describe(db, updated))


def replace(req: Request, params: dict[str, str]) -> Response:
    return _modify(req, params["name"], partial=False)


def update(req: Request, params: dict[str, str]) -> Response:
    return _modify(req, params["name"], partial=True)


def rename(req: Request, params: dict[str, str]) -> Response:
    db = req.db
    view = views.get(db, params["name"])
    body = req.json_object()
    renamed = views.rename(runtime(db.engine), db, view, body.get("name"))
    return json_response(200, views.describe(db, renamed))


def drop(req: Request, params: dict[str, str]) -> Response:
    db = req.db
    views.drop(runtime(db.engine), db, views.get(db, params["name"]))
    return ok({"result": True})


def routes() -> list[Route]:
    return [
        route("GET", "/_api/view", list_all),
        route("POST", "/_api/view", create),
        route("GET", "/_api/view/{name}", get_one),
        route("DELETE", "/_api/view/{name}", drop),
        route("GET", "/_api/view/{name}/properties", properties),
        route("PUT", "/_api/view/{name}/properties", replace),
        route("PATCH", "/_api/view/{name}/properties", update),
        route("PUT", "/_api/view/{name}/rename", rename),
    ]
