from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from arangolite.errors import AqlError
from arangolite.server import EmbeddedArango

from .conftest import Api


@dataclass
class FakeResult:
    rows: list[Any]
    stats: dict[str, Any]
    warnings: list[dict[str, Any]] = field(default_factory=list)
    cached: bool = False
    profile: Any = None


class FakeService:
    """Stands in for arangolite.aql.service: RANGE n gives 1..n, anything else fails."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def execute(
        self,
        db: Any,
        query: str,
        bind_vars: Any,
        options: dict,
        *,
        transaction: Any = None,
        user: Any = None,
    ) -> FakeResult:
        self.calls.append((db.name, query, bind_vars, options, transaction, user))
        if not query.startswith("RANGE"):
            raise AqlError(1501, "syntax error, unexpected identifier")
        rows = list(range(1, int(query.split()[1]) + 1))
        return FakeResult(
            rows,
            {"writesExecuted": 0, "executionTime": 0.001},
            profile={"parsing": 0.1} if options.get("profile") else None,
        )

    def parse(self, query: str) -> dict[str, Any]:
        return {"parsed": True, "collections": [], "bindVars": [], "ast": [{"type": "root"}]}

    def explain(self, db: Any, query: str, bind_vars: Any, options: dict) -> dict[str, Any]:
        return {
            "plan": {"nodes": []},
            "warnings": [],
            "stats": {"plansCreated": 1},
            "cacheable": True,
        }


@pytest.fixture
def fake(server: EmbeddedArango) -> FakeService:
    service = FakeService()
    server.context.aql = service
    return service


def test_small_result_in_one_batch(api: Api, fake: FakeService) -> None:
    body = api("POST", "/_api/cursor", {"query": "RANGE 2", "count": True}).body
    assert body["result"] == [1, 2] and body["hasMore"] is False and "id" not in body
    assert body["count"] == 2 and body["cached"] is False and body["code"] == 201
    assert body["extra"]["stats"]["scannedFull"] == 0
    assert body["extra"]["stats"]["executionTime"] == 0.001 and body["extra"]["warnings"] == []


def test_batches_until_exhausted(api: Api, fake: FakeService) -> None:
    first = api("POST", "/_api/cursor", {"query": "RANGE 5", "batchSize": 2}).body
    assert first["result"] == [1, 2] and first["hasMore"] and first["nextBatchId"] == "2"
    cid = first["id"]
    second = api("POST", f"/_api/cursor/{cid}")
    assert second.status == 200 and second.body["result"] == [3, 4]
    assert api("POST", f"/_api/cursor/{cid}/2").body["result"] == [3, 4]
    last = api("PUT", f"/_api/cursor/{cid}").body
    assert last["result"] == [5] and last["hasMore"] is False
    assert api("POST", f"/_api/cursor/{cid}").body["errorNum"] == 1600


def test_wrong_batch_id(api: Api, fake: FakeService) -> None:
    cid = api("POST", "/_api/cursor", {"query": "RANGE 9", "batchSize": 2}).body["id"]
    assert api("POST", f"/_api/cursor/{cid}/7").status == 404


def test_delete_cursor(api: Api, fake: FakeService) -> None:
    cid = api("POST", "/_api/cursor", {"query": "RANGE 5", "batchSize": 1}).body["id"]
    reply = api("DELETE", f"/_api/cursor/{cid}")
    assert reply.status == 202 and reply.body == {"id": cid, "error": False, "code": 202}
    assert api("DELETE", f"/_api/cursor/{cid}").body["errorNum"] == 1600


def test_cursors_belong_to_their_database(api: Api, fake: FakeService) -> None:
    api("POST", "/_api/database", {"name": "other"})
    cid = api("POST", "/_api/cursor", {"query": "RANGE 5", "batchSize": 1}).body["id"]
    assert api("POST", f"/_db/other/_api/cursor/{cid}").status == 404


def test_expired_cursors_disappear(api: Api, fake: FakeService, server: EmbeddedArango) -> None:
    cid = api("POST", "/_api/cursor", {"query": "RANGE 5", "batchSize": 1, "ttl": 0.001}).body["id"]
    server.context.cursors.get(cid, "_system").expires = 0
    assert api("POST", f"/_api/cursor/{cid}").body["errorNum"] == 1600
    assert len(server.context.cursors) == 0


def test_options_and_context_reach_the_executor(api: Api, fake: FakeService) -> None:
    tid = api("POST", "/_api/transaction/begin", {"collections": {}}).body["result"]["id"]
    body = {
        "query": "RANGE 1",
        "bindVars": {"x": 1},
        "options": {"fullCount": True, "profile": 1},
        "maxRuntime": 2,
    }
    reply = api("POST", "/_api/cursor", body, headers={"x-arango-trx-id": tid})
    db_name, _, bind_vars, options, txn, user = fake.calls[-1]
    assert (db_name, bind_vars, user, txn.id) == ("_system", {"x": 1}, "root", tid)
    assert options == {"fullCount": True, "profile": 1, "maxRuntime": 2}
    assert reply.body["extra"]["profile"] == {"parsing": 0.1}


@pytest.mark.parametrize(
    ("body", "errnum"),
    [
        (None, 1502),
        ({"query": ""}, 1502),
        ({"query": "RANGE 1", "batchSize": 0}, 400),
        ({"query": "RANGE 1", "bindVars": [1]}, 1550),
        ({"query": "nonsense"}, 1501),
    ],
)
def test_create_errors(api: Api, fake: FakeService, body: Any, errnum: int) -> None:
    reply = api("POST", "/_api/cursor", body)
    assert reply.status == 400 and reply.body["errorNum"] == errnum


def test_put_without_cursor_id(api: Api) -> None:
    reply = api("PUT", "/_api/cursor")
    assert reply.body["errorMessage"] == "expecting POST /_api/cursor/<cursor-id>"


def test_parse_and_explain(api: Api, fake: FakeService) -> None:
    parsed = api("POST", "/_api/query", {"query": "RANGE 1"}).body
    assert parsed["parsed"] is True and parsed["code"] == 200
    explained = api("POST", "/_api/explain", {"query": "RANGE 1", "options": {"allPlans": False}})
    assert explained.body["plan"] == {"nodes": []}
    assert api("POST", "/_api/query", {}).body["errorNum"] == 1502


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("GET", "/_api/query/current", []),
        ("GET", "/_api/query/slow", []),
        ("GET", "/_api/query-cache/entries", []),
        ("GET", "/_api/query-plan-cache", []),
        ("GET", "/_api/query/rules", []),
    ],
)
def test_query_tracking_stubs(api: Api, method: str, path: str, expected: Any) -> None:
    assert api(method, path).body == expected


def test_query_and_cache_properties(api: Api) -> None:
    assert api("PUT", "/_api/query/properties", {"maxSlowQueries": 5}).body["maxSlowQueries"] == 5
    assert api("GET", "/_api/query/properties").body["maxSlowQueries"] == 5
    assert api("PUT", "/_api/query-cache/properties", {"mode": "on"}).body["mode"] == "on"
    assert api("DELETE", "/_api/query-cache").status == 200
    assert api("DELETE", "/_api/query/slow").status == 200
    assert api("DELETE", "/_api/query/123").body["errorNum"] == 1591
