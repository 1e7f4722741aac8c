"""Server-level endpoints: version, engine, status, role, time, auth, small admin APIs."""

from __future__ import annotations

import os
import time
from typing import Any

from arangolite.rest.context import VERSION
from arangolite.rest.http import Request, Response, json_response, ok
from arangolite.rest.router import Route, route

_ENGINE = {
    "name": "rocksdb",
    "supports": {
        "indexes": [
            "primary",
            "edge",
            "hash",
            "skiplist",
            "ttl",
            "persistent",
            "geo",
            "fulltext",
            "mdi",
            "mdi-prefixed",
            "inverted",
        ],
        "aliases": {"indexes": {"hash": "persistent", "skiplist": "persistent", "zkd": "mdi"}},
    },
    "endianness": "big",
}


def version(req: Request, _: dict[str, str]) -> Response:
    body: dict[str, Any] = {
        "server": "arango",
        "license": "community",
        "version": VERSION,
        "apiVersions": ["v0"],
        "deprecatedApiVersions": [],
        "requestedApiVersion": "v0",
    }
    if req.flag("details"):
        body["details"] = {
            "architecture": "64bit",
            "mode": "server",
            "platform": "linux",
            "server-version": VERSION,
            "engine": "rocksdb",
            "license": "community",
            "embedded": "arangolite",
        }
    return json_response(200, body)


def engine(_req: Request, _: dict[str, str]) -> Response:
    return json_response(200, _ENGINE)


def status(req: Request, _: dict[str, str]) -> Response:
    body = {
        "server": "arango",
        "version": VERSION,
        "pid": os.getpid(),
        "license": "community",
        "mode": "server",
        "operationMode": "server",
        "foxxApi": False,
        "host": "arangolite",
        "serverInfo": {
            "maintenance": False,
            "role": "SINGLE",
            "writeOpsEnabled": True,
            "readOnly": False,
        },
    }
    return json_response(200, body)


def role(_req: Request, _: dict[str, str]) -> Response:
    return ok({"role": "SINGLE", "mode": "server"})


def server_time(_req: Request, _: dict[str, str]) -> Response:
    return ok({"time": time.time()})


def server_mode(_req: Request, _: dict[str, str]) -> Response:
    return ok({"mode": "default"})


def availability(_req: Request, _: dict[str, str]) -> Response:
    return ok({"mode": "default"})


def license_info(_req: Request, _: dict[str, str]) -> Response:
    return json_response(200, {"license": "community", "features": {"expires": 0}})


def key_generators(_req: Request, _: dict[str, str]) -> Response:
    return json_response(200, {"keyGenerators": ["padded", "uuid", "autoincrement", "traditional"]})


def echo(req: Request, _: dict[str, str]) -> Response:
    body = req.raw_body
    text = body.decode() if isinstance(body, bytes) else (body or "")
    return ok(
        {
            "authorized": True,
            "user": req.user,
            "database": req.db_name,
            "url": req.path,
            "requestType": req.method,
            "parameters": req.query,
            "headers": req.headers,
            "requestBody": text,
        }
    )


def endpoints(_req: Request, _: dict[str, str]) -> Response:
    return json_response(200, [{"endpoint": "http://arangolite.local"}])


def open_auth(req: Request, _: dict[str, str]) -> Response:
    token = req.server.auth.login(req.json(required=False))
    return json_response(200, {"jwt": token})


def compact(_req: Request, _: dict[str, str]) -> Response:
    return ok({})


def support_info(req: Request, _: dict[str, str]) -> Response:
    return json_response(
        200,
        {
            "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "deployment": {"type": "single"},
            "host": {"role": "SINGLE", "version": VERSION, "license": "community"},
        },
    )


def routes() -> list[Route]:
    return [
        route("GET PUT POST", "/_api/version", version),
        route("GET", "/_admin/version", version),
        route("GET", "/_api/engine", engine),
        route("GET", "/_admin/status", status),
        route("GET", "/_admin/server/role", role),
        route("GET", "/_admin/server/mode", server_mode),
        route("GET", "/_admin/server/availability", availability),
        route("GET", "/_admin/time", server_time),
        route("GET", "/_admin/license", license_info),
        route("GET", "/_api/key-generators", key_generators),
        route("GET POST PUT PATCH DELETE", "/_admin/echo", echo),
        route("GET", "/_api/endpoint", endpoints),
        route("POST", "/_open/auth", open_auth),
        route("PUT", "/_admin/compact", compact),
        route("GET", "/_admin/support-info", support_info),
    ]
