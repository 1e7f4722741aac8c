from __future__ import annotations

import base64

import pytest

from arangolite.rest import server_api
from arangolite.rest.router import route
from arangolite.server import EmbeddedArango

from .conftest import Api


@pytest.mark.parametrize(
    ("method", "path", "status", "errnum"),
    [
        ("GET", "/_api/nothing", 404, 404),
        ("GET", "/nothing", 404, 404),
        ("PATCH", "/_api/version", 405, 405),
        ("GET", "/_db/nope/_api/version", 404, 1228),
        ("GET", "/_db/_system/_api/collection/nope", 404, 1203),
    ],
)
def test_routing_errors(api: Api, method: str, path: str, status: int, errnum: int) -> None:
    reply = api(method, path)
    assert reply.status == status
    assert reply.body["errorNum"] == errnum and reply.body["error"] is True


def test_unknown_path_message(api: Api) -> None:
    assert api("GET", "/_api/foo").body["errorMessage"] == "unknown path '/_api/foo'"


def test_database_prefix_and_escaped_segments(api: Api) -> None:
    api("POST", "/_api/document/products", {"_key": "a:b"})
    reply = api("GET", "/_db/_system/_api/document/products/a%3Ab")
    assert reply.status == 200 and reply.body["_key"] == "a:b"


def test_query_string_in_path_is_parsed(api: Api) -> None:
    reply = api("GET", "/_api/version?details=true")
    assert "details" in reply.body


def test_head_requests_have_no_body(api: Api) -> None:
    reply = api("HEAD", "/_api/nothing")
    assert reply.status == 404 and reply.raw == b""


def test_invalid_json_is_400_600(api: Api) -> None:
    reply = api("POST", "/_api/document/products", raw='{ 1: "World" }')
    assert reply.status == 400 and reply.body["errorNum"] == 600


def test_unexpected_exceptions_become_500(server: EmbeddedArango) -> None:
    def boom(req: object, params: object) -> None:
        raise RuntimeError("kaputt")

    server.dispatcher.register([route("GET", "/_api/boom", boom)])  # type: ignore[arg-type]
    reply = Api(server)("GET", "/_api/boom")
    assert reply.status == 500 and reply.body["errorNum"] == 4


def _basic(user: str, password: str) -> dict[str, str]:
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        (_basic("root", "secret"), 200),
        (_basic("root", "wrong"), 401),
        (_basic("bob", "secret"), 401),
        ({"Authorization": "Basic !!!"}, 401),
        ({"Authorization": "Bearer nonsense"}, 401),
        ({"Authorization": "Digest x"}, 401),
    ],
)
def test_basic_auth(headers: dict[str, str], status: int) -> None:
    with EmbeddedArango(None, root_password="secret") as srv:
        reply = Api(srv)("GET", "/_api/version", headers=headers)
    assert reply.status == status
    if status == 401:
        assert reply.body == {
            "code": 401,
            "error": True,
            "errorNum": 11,
            "errorMessage": "not authorized to execute this request",
        }


def test_jwt_login_and_bearer_auth() -> None:
    with EmbeddedArango(None, root_password="secret") as srv:
        api = Api(srv)
        assert api("POST", "/_open/auth", {"username": "root", "password": "no"}).status == 401
        assert api("POST", "/_open/auth", [1]).status == 400
        token = api("POST", "/_open/auth", {"username": "root", "password": "secret"}).body["jwt"]
        reply = api("GET", "/_api/version", headers={"authorization": f"bearer {token}"})
        assert reply.status == 200


def test_server_endpoints(api: Api) -> None:
    version = api("GET", "/_api/version").body
    assert (version["server"], version["license"], version["version"]) == (
        "arango",
        "community",
        "3.12.10",
    )
    assert api("GET", "/_api/engine").body["name"] == "rocksdb"
    assert api("GET", "/_admin/server/role").body["role"] == "SINGLE"
    assert api("GET", "/_admin/status").body["serverInfo"]["role"] == "SINGLE"
    assert isinstance(api("GET", "/_admin/time").body["time"], float)
    assert "traditional" in api("GET", "/_api/key-generators").body["keyGenerators"]


@pytest.mark.parametrize("route_", server_api.routes())
def test_every_server_route_answers(api: Api, route_: object) -> None:
    path = "/" + "/".join(route_.segments)  # type: ignore[attr-defined]
    method = sorted(route_.methods)[0]  # type: ignore[attr-defined]
    body = {"username": "root", "password": ""} if path == "/_open/auth" else None
    assert api(method, path, body).status == 200
