"""Logging in as a normal user: Basic and JWT, inactive and deleted users."""

from __future__ import annotations

import base64
import json

import pytest
from arango.client import ArangoClient
from arango.database import StandardDatabase
from arango.exceptions import JWTAuthError, ServerConnectionError

from arangolite import EmbeddedArango
from tests.arangolite.users.conftest import PASSWORD


def _status(server: EmbeddedArango, headers: dict[str, str], path: str = "/_api/version") -> int:
    return server.dispatcher.dispatch("GET", path, {}, headers, None)[0]


def _token(server: EmbeddedArango, user: str, password: str) -> tuple[int, dict[str, object]]:
    body = json.dumps({"username": user, "password": password})
    status, _, payload = server.dispatcher.dispatch("POST", "/_open/auth", {}, {}, body)
    return status, json.loads(payload)


def test_normal_user_logs_in_with_jwt(
    client: ArangoClient, sys_db: StandardDatabase, user: str
) -> None:
    sys_db.update_permission(user, "ro", "_system")
    db = client.db("_system", username=user, password=PASSWORD, auth_method="jwt", verify=True)
    assert db.collection("_graphs").count() >= 0


def test_jwt_with_wrong_password_is_refused(client: ArangoClient, user: str) -> None:
    with pytest.raises(JWTAuthError) as info:
        client.db("_system", username=user, password="wrong", auth_method="jwt")
    assert info.value.http_code == 401


@pytest.mark.parametrize("password", ["wrong", "", PASSWORD + " "])
def test_wrong_basic_credentials_are_401_with_errnum_11(
    server: EmbeddedArango, sys_db: StandardDatabase, user: str, password: str
) -> None:
    sys_db.update_permission(user, "ro", "_system")
    status, _, payload = server.dispatcher.dispatch(
        "GET", "/_api/version", {}, {"authorization": _basic(user, password)}, None
    )
    body = json.loads(payload)
    assert (status, body["errorNum"]) == (401, 11)
    assert body["errorMessage"] == "not authorized to execute this request"


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def test_inactive_user_is_rejected(
    server: EmbeddedArango, client: ArangoClient, sys_db: StandardDatabase, user: str
) -> None:
    sys_db.update_permission(user, "ro", "_system")
    status, body = _token(server, user, PASSWORD)
    assert status == 200
    sys_db.update_user(user, active=False)
    with pytest.raises(ServerConnectionError):
        client.db("_system", username=user, password=PASSWORD, verify=True)
    assert _token(server, user, PASSWORD)[0] == 401
    assert _status(server, {"authorization": f"bearer {body['jwt']}"}) == 401


def test_deleted_users_token_is_rejected(
    server: EmbeddedArango, sys_db: StandardDatabase, user: str
) -> None:
    sys_db.update_permission(user, "ro", "_system")
    status, body = _token(server, user, PASSWORD)
    headers = {"authorization": f"bearer {body['jwt']}"}
    assert (status, _status(server, headers)) == (200, 200)
    sys_db.delete_user(user)
    assert _status(server, headers) == 401
    sys_db.create_user(user, "another")
    sys_db.update_permission(user, "ro", "_system")
    assert _status(server, {"authorization": _basic(user, PASSWORD)}) == 401


def test_user_may_change_own_password(
    client: ArangoClient, sys_db: StandardDatabase, user: str
) -> None:
    sys_db.update_permission(user, "ro", "_system")
    own = client.db("_system", username=user, password=PASSWORD)
    own.update_user(user, password="changed")
    assert client.db("_system", username=user, password="changed", verify=True).name == "_system"
