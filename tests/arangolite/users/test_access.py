"""What users may do: database and collection levels enforced on REST calls and AQL."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

import pytest
from arango.client import ArangoClient
from arango.database import StandardDatabase
from arango.exceptions import (
    AQLQueryExecuteError,
    ArangoServerError,
    CollectionCreateError,
    CollectionDeleteError,
    CollectionTruncateError,
    DocumentDeleteError,
    DocumentGetError,
    DocumentInsertError,
    DocumentReplaceError,
    DocumentUpdateError,
    IndexCreateError,
    ServerConnectionError,
    TransactionInitError,
)

from arangolite import EmbeddedArango
from tests.arangolite.users.conftest import PASSWORD, ROOT_PASSWORD, Raw

OpenAs = Callable[[str], StandardDatabase]

WRITE_QUERIES = [
    "INSERT {v: 2} INTO data",
    "FOR d IN data UPDATE d WITH {v: 3} IN data",
    "FOR d IN data REPLACE d WITH {v: 4} IN data",
    "FOR d IN data REMOVE d IN data",
    "UPSERT {v: 1} INSERT {v: 5} UPDATE {v: 6} IN data",
    "FOR x IN [] INSERT x INTO data",
    "LET n = (FOR i IN 1..2 INSERT {i} INTO data RETURN 1) RETURN n",
]


@pytest.fixture
def reader(sys_db: StandardDatabase, root_db: StandardDatabase, user: str, as_user: OpenAs) -> Any:
    """The user with read-only access to the test database."""
    sys_db.update_permission(user, "ro", root_db.name)
    return as_user(root_db.name)


def _basic(user: str, password: str = ROOT_PASSWORD) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def _error(call: Callable[[], Any]) -> tuple[int | None, int | None]:
    with pytest.raises(ArangoServerError) as info:
        call()
    return info.value.http_code, info.value.error_code


def test_read_only_user_can_query(reader: StandardDatabase) -> None:
    assert list(reader.aql.execute("FOR d IN data RETURN d.v")) == [1]
    assert reader.collection("data").get("a")["v"] == 1


@pytest.mark.parametrize("query", WRITE_QUERIES)
def test_read_only_user_cannot_write_with_aql(
    reader: StandardDatabase, root_db: StandardDatabase, query: str
) -> None:
    with pytest.raises(AQLQueryExecuteError) as info:
        reader.aql.execute(query)
    assert (info.value.http_code, info.value.error_code) == (403, 1004)
    assert list(root_db.aql.execute("FOR d IN data RETURN d.v")) == [1]


@pytest.mark.parametrize(
    ("operation", "error"),
    [
        (lambda c: c.insert({"v": 9}), DocumentInsertError),
        (lambda c: c.insert_many([{"v": 9}, {"v": 10}]), DocumentInsertError),
        (lambda c: c.update({"_key": "a", "v": 9}), DocumentUpdateError),
        (lambda c: c.replace({"_key": "a", "v": 9}), DocumentReplaceError),
        (lambda c: c.delete("a"), DocumentDeleteError),
        (lambda c: c.import_bulk([{"v": 9}]), ArangoServerError),
    ],
)
def test_read_only_user_cannot_write_documents(
    reader: StandardDatabase, root_db: StandardDatabase, operation: Any, error: type
) -> None:
    with pytest.raises(error) as info:
        operation(reader.collection("data"))
    assert (info.value.http_code, info.value.error_code) == (403, 1004)
    assert info.value.error_message == "collection is read-only"
    assert root_db.collection("data").count() == 1


@pytest.mark.parametrize(
    ("operation", "error"),
    [
        (lambda db: db.create_collection("more"), CollectionCreateError),
        (lambda db: db.delete_collection("data"), CollectionDeleteError),
        (
            lambda db: db.collection("data").add_index({"type": "persistent", "fields": ["v"]}),
            IndexCreateError,
        ),
    ],
)
def test_read_only_user_cannot_change_the_schema(
    reader: StandardDatabase, operation: Any, error: type
) -> None:
    with pytest.raises(error) as info:
        operation(reader)
    assert (info.value.http_code, info.value.error_code) == (403, 11)


def test_read_only_user_cannot_truncate(
    reader: StandardDatabase, root_db: StandardDatabase
) -> None:
    with pytest.raises(CollectionTruncateError) as info:
        reader.collection("data").truncate()
    assert (info.value.http_code, info.value.error_code) == (403, 1004)
    assert root_db.collection("data").count() == 1


def test_stream_transaction_declaring_writes_is_refused(reader: StandardDatabase) -> None:
    with pytest.raises(TransactionInitError) as info:
        reader.begin_transaction(write="data")
    assert (info.value.http_code, info.value.error_code) == (403, 1004)
    txn = reader.begin_transaction(read="data")
    assert txn.collection("data").count() == 1
    txn.abort_transaction()


def test_user_without_access_cannot_open_the_database(
    client: ArangoClient, root_db: StandardDatabase, user: str, raw: Raw
) -> None:
    with pytest.raises(ServerConnectionError):
        client.db(root_db.name, username=user, password=PASSWORD, verify=True)
    status, body = raw("GET", f"/_db/{root_db.name}/_api/collection", user=user, password=PASSWORD)
    assert (status, body["errorNum"]) == (401, 11)
    assert body["errorMessage"] == "not authorized to execute this request"


def test_no_access_hides_unknown_databases_too(raw: Raw, user: str) -> None:
    status, body = raw("GET", "/_db/no_such_db/_api/version", user=user, password=PASSWORD)
    assert (status, body["errorNum"]) == (401, 11)
    assert raw("GET", "/_db/no_such_db/_api/version")[0] == 404


@pytest.mark.parametrize(
    "query",
    [
        "FOR s IN secret RETURN s",
        "FOR s IN @@c RETURN s",
        "RETURN LENGTH(secret)",
        "LET x = (FOR s IN secret RETURN s.code) RETURN x",
        "FOR d IN data FOR s IN secret FILTER s._key == 's' RETURN s.code",
    ],
)
def test_collection_level_none_hides_it_from_queries(
    sys_db: StandardDatabase, reader: StandardDatabase, user: str, query: str
) -> None:
    sys_db.update_permission(user, "none", reader.name, "secret")
    bind = {"@c": "secret"} if "@@c" in query else None
    with pytest.raises(AQLQueryExecuteError) as info:
        reader.aql.execute(query, bind_vars=bind)
    assert (info.value.http_code, info.value.error_code) == (403, 11)


def test_collection_level_none_hides_documents_and_listing(
    sys_db: StandardDatabase, reader: StandardDatabase, user: str
) -> None:
    sys_db.update_permission(user, "none", reader.name, "secret")
    with pytest.raises(DocumentGetError) as info:
        reader.collection("secret").get("s")
    assert (info.value.http_code, info.value.error_code) == (403, 11)
    names = {c["name"] for c in reader.collections()}
    assert "data" in names and "secret" not in names
    assert reader.aql.execute("RETURN DOCUMENT('secret/s')").next() is None


def test_collection_grant_allows_writes_in_read_only_database(
    sys_db: StandardDatabase, reader: StandardDatabase, user: str
) -> None:
    sys_db.update_permission(user, "rw", reader.name, "data")
    reader.aql.execute("INSERT {v: 2} INTO data")
    assert reader.collection("data").count() == 2
    with pytest.raises(DocumentInsertError):
        reader.collection("secret").insert({})


@pytest.mark.parametrize(
    "call",
    [
        lambda db: db.create_database("forbidden_db"),
        lambda db: db.delete_database("_system"),
        lambda db: db.create_user("mallory", "x"),
        lambda db: db.delete_user("root"),
        lambda db: db.update_permission("root", "none", "*"),
    ],
)
def test_admin_only_endpoints(
    sys_db: StandardDatabase, user: str, as_user: OpenAs, call: Callable[[Any], Any]
) -> None:
    sys_db.update_permission(user, "ro", "_system")
    assert _error(lambda: call(as_user("_system"))) == (403, 11)


def test_non_admin_sees_only_itself(sys_db: StandardDatabase, user: str, as_user: OpenAs) -> None:
    sys_db.update_permission(user, "ro", "_system")
    own = as_user("_system")
    assert own.user(user)["username"] == user
    assert _error(own.users) == (403, 403)
    assert _error(lambda: own.user("root")) == (403, 403)


def test_accessible_databases_are_listed(
    sys_db: StandardDatabase, reader: StandardDatabase
) -> None:
    assert reader.databases_accessible_to_user() == [reader.name]
    assert reader.name in sys_db.databases_accessible_to_user()


def test_database_users_option_grants_access(
    client: ArangoClient, sys_db: StandardDatabase
) -> None:
    sys_db.create_database("with_users", users=[{"username": "frank", "password": "pw-f"}])
    try:
        db = client.db("with_users", username="frank", password="pw-f", verify=True)
        db.create_collection("mine").insert({})
        assert db.collection("mine").count() == 1
    finally:
        sys_db.delete_database("with_users")
        sys_db.delete_user("frank")


def test_other_users_cursor_is_not_found(
    root_db: StandardDatabase, reader: StandardDatabase, raw: Raw
) -> None:
    cursor = root_db.aql.execute("FOR i IN 1..10 RETURN i", batch_size=2)
    assert cursor.id is not None
    path = f"/_db/{root_db.name}/_api/cursor/{cursor.id}"
    status, body = raw("PUT", path, user=reader.username, password=PASSWORD)
    assert (status, body["errorNum"]) == (404, 1600)
    assert len(list(cursor)) == 10


def test_other_users_stream_transaction_and_job_are_not_found(
    server: EmbeddedArango, root_db: StandardDatabase, reader: StandardDatabase, raw: Raw
) -> None:
    txn = root_db.begin_transaction(write="data")
    base = f"/_db/{root_db.name}/_api"
    status, body = raw(
        "GET", f"{base}/transaction/{txn.transaction_id}", user=reader.username, password=PASSWORD
    )
    assert (status, body["errorNum"]) == (404, 1655)
    txn.abort_transaction()
    headers = {"x-arango-async": "store", "authorization": _basic("root")}
    query = json.dumps({"query": "RETURN 1"})
    _, out, _ = server.dispatcher.dispatch("POST", f"{base}/cursor", {}, headers, query)
    job = out["x-arango-async-id"]
    assert raw("PUT", f"{base}/job/{job}", user=reader.username, password=PASSWORD)[0] == 404
    assert raw("PUT", f"{base}/job/{job}")[0] == 201


def test_view_over_hidden_collection_is_forbidden(
    sys_db: StandardDatabase, root_db: StandardDatabase, reader: StandardDatabase, user: str
) -> None:
    links = {"secret": {"includeAllFields": True}, "data": {"includeAllFields": True}}
    root_db.create_arangosearch_view("everything", properties={"links": links})
    assert len(list(reader.aql.execute("FOR d IN everything RETURN d"))) == 2
    sys_db.update_permission(user, "none", reader.name, "secret")
    for query, bind in [
        ("FOR d IN everything RETURN d", None),
        ("FOR d IN @@v RETURN d", {"@v": "everything"}),
    ]:
        with pytest.raises(AQLQueryExecuteError) as info:
            reader.aql.execute(query, bind_vars=bind)
        assert (info.value.http_code, info.value.error_code) == (403, 11)
