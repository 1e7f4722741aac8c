"""``/_api/user`` through python-arango: users, grants and their response bodies."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from arango.client import ArangoClient
from arango.database import StandardDatabase
from arango.exceptions import (
    AQLQueryExecuteError,
    PermissionUpdateError,
    ServerConnectionError,
    UserCreateError,
    UserDeleteError,
    UserGetError,
    UserUpdateError,
)

from arangolite import EmbeddedArango
from arangolite.storage.api import WriteOptions
from tests.arangolite.users.conftest import PASSWORD, ROOT_PASSWORD, Raw

CASES = Path(__file__).parents[3] / ".." / "shared" / "conformance" / "http_cases.json"


def test_created_user_is_listed_with_root(sys_db: StandardDatabase, user: str) -> None:
    names = {u["username"]: u for u in sys_db.users()}
    assert names[user] == {"username": user, "active": True, "extra": {}}
    assert "root" in names
    assert sys_db.user(user) == {"username": user, "active": True, "extra": {}}


@pytest.mark.parametrize(
    ("name", "status", "errnum"),
    [("", 400, 1700), (None, 400, 1700), ("root", 409, 1702)],
)
def test_create_user_errors(sys_db: StandardDatabase, name: Any, status: int, errnum: int) -> None:
    with pytest.raises(UserCreateError) as info:
        sys_db.create_user(name, "x")
    assert (info.value.http_code, info.value.error_code) == (status, errnum)


def test_extra_and_inactive_flag_are_kept(sys_db: StandardDatabase) -> None:
    created = sys_db.create_user("carol_extra", "x", active=False, extra={"team": "ops"})
    try:
        assert created == {"username": "carol_extra", "active": False, "extra": {"team": "ops"}}
        assert sys_db.user("carol_extra")["extra"] == {"team": "ops"}
    finally:
        sys_db.delete_user("carol_extra")


def test_missing_user_is_1703(sys_db: StandardDatabase) -> None:
    with pytest.raises(UserGetError) as info:
        sys_db.user("nobody_here")
    assert (info.value.http_code, info.value.error_code) == (404, 1703)
    with pytest.raises(UserUpdateError) as info2:
        sys_db.update_user("nobody_here", password="x")
    assert info2.value.error_code == 1703


def test_password_change_takes_effect(
    client: ArangoClient, sys_db: StandardDatabase, user: str
) -> None:
    sys_db.update_permission(user, "ro", "_system")
    sys_db.update_user(user, password="new-pw")
    assert client.db("_system", username=user, password="new-pw", verify=True).name == "_system"
    with pytest.raises(ServerConnectionError):
        client.db("_system", username=user, password=PASSWORD, verify=True)


def test_replace_resets_grants_and_extra(sys_db: StandardDatabase, user: str) -> None:
    sys_db.update_user(user, extra={"a": 1})
    sys_db.update_permission(user, "ro", "_system")
    replaced = sys_db.replace_user(user, "other", active=True)
    assert replaced == {"username": user, "active": True, "extra": {}}
    assert sys_db.permission(user, "_system") == "none"


def test_delete_user_then_it_is_gone(sys_db: StandardDatabase) -> None:
    sys_db.create_user("dave_tmp", "x")
    assert sys_db.delete_user("dave_tmp") is True
    assert sys_db.delete_user("dave_tmp", ignore_missing=True) is False
    assert not sys_db.has_user("dave_tmp")


def test_root_cannot_be_deleted_or_lowered(sys_db: StandardDatabase) -> None:
    with pytest.raises(UserDeleteError) as info:
        sys_db.delete_user("root")
    assert (info.value.http_code, info.value.error_code) == (403, 11)
    with pytest.raises(PermissionUpdateError) as info2:
        sys_db.update_permission("root", "ro", "_system")
    assert (info2.value.http_code, info2.value.error_code) == (403, 11)


@pytest.mark.parametrize(
    ("level", "collection", "expected"),
    [("rw", None, "rw"), ("ro", None, "ro"), ("none", None, "none"), ("ro", "data", "ro")],
)
def test_granted_level_is_reported(
    sys_db: StandardDatabase,
    root_db: StandardDatabase,
    user: str,
    level: str,
    collection: str | None,
    expected: str,
) -> None:
    assert sys_db.update_permission(user, level, root_db.name, collection) is True
    assert sys_db.permission(user, root_db.name, collection) == expected


def test_collection_level_falls_back_to_database_level(
    sys_db: StandardDatabase, root_db: StandardDatabase, user: str
) -> None:
    sys_db.update_permission(user, "ro", root_db.name)
    assert sys_db.permission(user, root_db.name, "data") == "ro"
    sys_db.update_permission(user, "none", root_db.name, "data")
    assert sys_db.permission(user, root_db.name, "data") == "none"
    sys_db.reset_permission(user, root_db.name, "data")
    assert sys_db.permission(user, root_db.name, "data") == "ro"


def test_nobody_may_use_the_users_collection(sys_db: StandardDatabase, user: str) -> None:
    sys_db.update_permission(user, "rw", "_system")
    assert sys_db.permission(user, "_system", "_users") == "none"
    with pytest.raises(AQLQueryExecuteError) as info:
        sys_db.aql.execute("FOR u IN _users RETURN u")
    assert (info.value.http_code, info.value.error_code) == (403, 11)


def test_full_permission_listing(
    sys_db: StandardDatabase, root_db: StandardDatabase, user: str
) -> None:
    sys_db.update_permission(user, "ro", root_db.name)
    sys_db.update_permission(user, "rw", root_db.name, "data")
    listing = sys_db.permissions(user)
    assert listing["*"] == {"permission": "none"}
    entry = listing[root_db.name]
    assert entry["permission"] == "ro"
    assert entry["collections"]["data"] == "rw"
    assert entry["collections"]["secret"] == "undefined"
    assert entry["collections"]["*"] == "undefined"


@pytest.mark.parametrize(
    ("grant", "collection", "status", "errnum"),
    [
        ("bogus", None, 400, 10),
        ("rw", "no_such_collection", 404, 1203),
        ("rw", "_graphs", 400, 10),
    ],
)
def test_invalid_grants(
    sys_db: StandardDatabase,
    root_db: StandardDatabase,
    user: str,
    grant: str,
    collection: str | None,
    status: int,
    errnum: int,
) -> None:
    with pytest.raises(PermissionUpdateError) as info:
        sys_db.update_permission(user, grant, root_db.name, collection)
    assert (info.value.http_code, info.value.error_code) == (status, errnum)


def _recorded(name: str) -> dict[str, Any]:
    cases = json.loads(CASES.read_text())
    case = next(c for c in cases if c["name"] == name)
    response = case["responses"][0]
    return {"status": response["status"], "body": response["body"]}


NAME = "admin@example"
GRANT = "/_api/user/admin@example/database/_system"


@pytest.mark.parametrize(
    ("case", "method", "path", "body", "granted"),
    [
        ("RestCreateUser", "POST", "/_api/user", {"user": NAME, "passwd": "secure"}, False),
        ("RestUpdateUser", "PATCH", "/_api/user/" + NAME, {"passwd": "secure"}, False),
        ("RestReplaceUser", "PUT", "/_api/user/" + NAME, {"passwd": "secure"}, False),
        ("RestFetchUser", "GET", "/_api/user/" + NAME, None, False),
        ("RestDeleteUser", "DELETE", "/_api/user/" + NAME, {}, False),
        ("RestGrantDatabase", "PUT", GRANT, {"grant": "rw"}, False),
        ("RestFetchUserDatabasePermission", "GET", GRANT, None, True),
        ("RestFetchUserDatabaseList", "GET", "/_api/user/" + NAME + "/database/", None, True),
        ("RestRevokeDatabase", "DELETE", GRANT, None, True),
        ("RestGrantCollection", "PUT", GRANT + "/reports", {"grant": "rw"}, False),
        ("RestRevokeCollection", "DELETE", GRANT + "/reports", None, True),
        ("RestFetchUserCollectionPermission", "GET", GRANT + "/_users", None, True),
    ],
)
def test_bodies_match_recorded_arangodb(
    raw: Raw, case: str, method: str, path: str, body: Any, granted: bool
) -> None:
    raw("DELETE", "/_api/user/" + NAME)
    raw("POST", "/_api/collection", {"name": "reports"})
    if case != "RestCreateUser":
        raw("POST", "/_api/user", {"user": NAME, "passwd": "x"})
    if granted:
        raw("PUT", GRANT, {"grant": "rw"})
    expected = _recorded(case)
    if "user" in expected["body"]:
        expected["body"]["user"] = NAME
    status, got = raw(method, path, body)
    raw("DELETE", "/_api/user/" + NAME)
    raw("DELETE", "/_api/collection/reports")
    assert {"status": status, "body": got} == expected


def test_users_survive_a_restart(tmp_path: Path) -> None:
    with EmbeddedArango(str(tmp_path), root_password=ROOT_PASSWORD) as first:
        sys_db = first.client().db("_system", username="root", password=ROOT_PASSWORD)
        sys_db.create_user("erin", "pw-erin")
        sys_db.update_permission("erin", "ro", "_system")
    with EmbeddedArango(str(tmp_path), root_password=ROOT_PASSWORD) as second:
        db = second.client().db("_system", username="erin", password="pw-erin", verify=True)
        assert db.permission("erin", "_system") == "ro"
        stored = second.engine.database("_system").collections["_users"].docs.values()
        text = json.dumps(list(stored))
        assert "pw-erin" not in text and '"salt"' in text


def test_reload_reads_users_written_behind_the_directory(server: EmbeddedArango) -> None:
    db = server.engine.database("_system")
    txn = db.begin(write=["_users"])
    doc = {"user": "restored", "authData": {"active": True, "simple": {}}, "databases": {}}
    txn.collection("_users", write=True).insert(doc, WriteOptions())
    txn.commit()
    directory = server.context.auth.users
    assert directory.get("restored") is None
    directory.reload()
    assert directory.require("restored").active is True
    directory.remove("restored")
