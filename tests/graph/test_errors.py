"""python-arango errors reach callers as ProcessKGError subclasses, chained to the original."""

from __future__ import annotations

import pytest
from arango.exceptions import ArangoServerError
from arango.request import Request
from arango.response import Response

from graph.connection import ArangoConfig, Connection, connect
from graph.errors import (
    BackendUnavailable,
    Conflict,
    DatabaseError,
    NotFound,
    PermissionDenied,
    ProcessKGError,
    QueryError,
    arango_errors,
    translate,
)
from graph.execute import run
from graph.tenants import tenant_database


def test_missing_collection_is_not_found(conn: Connection, tenant: str) -> None:
    db = conn.database(tenant_database(tenant))
    with pytest.raises(NotFound) as info, arango_errors():
        db.collection("no_such_collection").properties()
    assert isinstance(info.value.__cause__, ArangoServerError)


def test_unique_violation_is_conflict(conn: Connection, tenant: str) -> None:
    documents = conn.database(tenant_database(tenant)).collection("documents")
    with arango_errors():
        documents.insert({"sha256": "a" * 64})
    with pytest.raises(Conflict), arango_errors():
        documents.insert({"sha256": "a" * 64})


@pytest.mark.parametrize("query", ["FOR x IN", "RETURN @missing", "RETURN NO_SUCH_FN()"])
def test_bad_aql_is_query_error(conn: Connection, tenant: str, query: str) -> None:
    with pytest.raises(QueryError):
        run(conn.database(tenant_database(tenant)), query)


def test_unreachable_server_is_backend_unavailable() -> None:
    with pytest.raises(BackendUnavailable):
        connect(ArangoConfig(url="http://127.0.0.1:9", request_timeout=2, retries=0))


def server_error(status: int, errnum: int) -> ArangoServerError:
    response = Response("get", "http://db/_api/x", {}, status, "", "")
    response.error_code, response.error_message = errnum, f"error {errnum}"
    return ArangoServerError(response, Request("get", "/_api/x"))


@pytest.mark.parametrize(
    ("status", "errnum", "expected"),
    [
        (404, 1202, NotFound),
        (404, 1228, NotFound),
        (409, 1210, Conflict),
        (409, 1207, Conflict),
        (403, 11, PermissionDenied),
        (401, 401, PermissionDenied),
        (400, 1501, QueryError),
        (400, 1552, QueryError),
        (500, 4, DatabaseError),
    ],
)
def test_translation_is_by_error_number(status: int, errnum: int, expected: type) -> None:
    error = translate(server_error(status, errnum))
    assert type(error) is expected and str(error) == f"error {errnum}"


def test_untranslated_errors_keep_their_number() -> None:
    error = translate(server_error(500, 1999))
    assert isinstance(error, DatabaseError) and error.error_code == 1999


def test_every_error_is_a_processkg_error() -> None:
    assert issubclass(NotFound, ProcessKGError) and issubclass(Conflict, ProcessKGError)
