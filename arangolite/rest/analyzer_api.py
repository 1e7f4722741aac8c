"""``/_api/analyzer``: create, list, read and delete ArangoSearch analyzers."""

from __future__ import annotations

from arangolite import errno
from arangolite.errors import ArangoliteError, not_found
from arangolite.rest.http import Request, Response, json_response, ok
from arangolite.rest.router import Route, route
from arangolite.search import analyzer_catalog as catalog
from arangolite.search.runtime import runtime
from arangolite.search.views_alias import analyzers_in_use


def create(req: Request, _: dict[str, str]) -> Response:
    body = req.json_object()
    if not body:
        raise ArangoliteError(errno.HTTP_CORRUPTED_JSON, code=400)
    entry, created = catalog.create(req.db, body, runtime(req.db.engine).cache)
    return json_response(201 if created else 200, entry.to_json())


def list_all(req: Request, _: dict[str, str]) -> Response:
    entries = catalog.listing(req.db, runtime(req.db.engine).cache)
    return ok({"result": [e.to_json() for e in entries]})


def get_one(req: Request, params: dict[str, str]) -> Response:
    db = req.db
    name = catalog.full_name(db, params["name"])
    owner = name.partition("::")[0] if "::" in name else db.name
    if owner not in (db.name, "_system"):
        suffix = " or system database" if db.name != "_system" else ""
        raise ArangoliteError(
            errno.FORBIDDEN,
            f"Analyzer '{name}' is not accessible. Only analyzers from current database "
            f"('{db.name}'){suffix} are available",
            code=403,
        )
    entry = runtime(db.engine).analyzer(db, params["name"])
    if entry is None:
        raise not_found(errno.ARANGO_DOCUMENT_NOT_FOUND, f"unable to find analyzer: {name}")
    return ok(entry.to_json())


def remove(req: Request, params: dict[str, str]) -> Response:
    db = req.db
    rt = runtime(db.engine)
    name = catalog.remove(
        db, params["name"], force=req.flag("force"), in_use=analyzers_in_use(rt, db)
    )
    return ok({"name": name})


def routes() -> list[Route]:
    return [
        route("POST", "/_api/analyzer", create),
        route("GET", "/_api/analyzer", list_all),
        route("GET", "/_api/analyzer/{name}", get_one),
        route("DELETE", "/_api/analyzer/{name}", remove),
    ]
