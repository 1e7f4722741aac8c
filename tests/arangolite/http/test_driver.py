"""python-arango's default HTTP client and curl against ``arangolite serve``."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from uuid import uuid4

import pytest
from arango.client import ArangoClient
from arango.database import StandardDatabase
from arango.exceptions import AQLQueryExecuteError, DocumentGetError, ServerConnectionError

from arangolite.http_server import HTTPService
from tests.arangolite.http.conftest import ROOT_PASSWORD


@pytest.fixture
def db(client: ArangoClient) -> Iterator[StandardDatabase]:
    sys_db = client.db("_system", username="root", password=ROOT_PASSWORD)
    name = f"h_{uuid4().hex[:10]}"
    sys_db.create_database(name)
    yield client.db(name, username="root", password=ROOT_PASSWORD)
    sys_db.delete_database(name)


def test_version_over_http(client: ArangoClient) -> None:
    sys_db = client.db("_system", username="root", password=ROOT_PASSWORD, verify=True)
    assert sys_db.version() == "3.12.10"


def test_documents_and_batched_cursor(db: StandardDatabase) -> None:
    col = db.create_collection("items")
    col.insert_many([{"_key": str(i), "n": i} for i in range(7)])
    cursor = db.aql.execute("FOR d IN items SORT d.n RETURN d.n", batch_size=3, count=True)
    assert cursor.count() == 7
    assert list(cursor) == list(range(7))
    assert col.get("3")["n"] == 3


def test_unicode_values_and_special_keys_round_trip(db: StandardDatabase) -> None:
    col = db.create_collection("texts")
    col.insert({"_key": "a:b@c(1)", "name": "Gr\u00fc\u00dfe \u2013 \u6c34"})
    assert col.get("a:b@c(1)")["name"] == "Gr\u00fc\u00dfe \u2013 \u6c34"


@pytest.mark.parametrize(
    ("query", "status", "errnum"),
    [("FOR x IN", 400, 1501), ("FOR x IN nowhere RETURN x", 404, 1203), ("RETURN @x", 400, 1551)],
)
def test_aql_errors_over_http(db: StandardDatabase, query: str, status: int, errnum: int) -> None:
    with pytest.raises(AQLQueryExecuteError) as info:
        db.aql.execute(query)
    assert (info.value.http_code, info.value.error_code) == (status, errnum)


def test_missing_documents_over_http(db: StandardDatabase) -> None:
    assert db.create_collection("things").get("nope") is None
    with pytest.raises(DocumentGetError) as info:
        db.collection("no_such_collection").get("x")
    assert (info.value.http_code, info.value.error_code) == (404, 1203)


def test_wrong_password_over_http(client: ArangoClient) -> None:
    with pytest.raises(ServerConnectionError) as info:
        client.db("_system", username="root", password="wrong", verify=True)
    assert info.value.http_code == 401


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_curl_creates_and_queries(service: HTTPService) -> None:
    def curl(method: str, path: str, body: object = None) -> tuple[int, dict[str, object]]:
        args = ["curl", "-s", "-u", f"root:{ROOT_PASSWORD}", "-X", method]
        args += ["-w", "\n%{http_code}", service.url + path]
        if body is not None:
            args += ["-d", json.dumps(body)]
        out = subprocess.run(args, capture_output=True, text=True, timeout=30, check=True)
        text, _, code = out.stdout.rpartition("\n")
        return int(code), json.loads(text)

    name = f"c_{uuid4().hex[:8]}"
    assert curl("POST", "/_api/database", {"name": name})[0] == 201
    assert curl("POST", f"/_db/{name}/_api/collection", {"name": "k"})[0] == 200
    status, body = curl("POST", f"/_db/{name}/_api/cursor", {"query": "RETURN 1 + 1"})
    assert (status, body["result"]) == (201, [2])
    status, body = curl("GET", "/_api/nothing/here")
    assert (status, body["errorNum"]) == (404, 404)
    assert curl("DELETE", f"/_api/database/{name}")[0] == 200
