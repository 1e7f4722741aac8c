from __future__ import annotations

import pytest

from .conftest import Api

STORE = {"x-arango-async": "store"}


def test_stored_job_result_is_fetched_once(api: Api) -> None:
    accepted = api("PUT", "/_api/version", headers=STORE)
    assert accepted.status == 202 and accepted.raw == b""
    job = accepted.headers["x-arango-async-id"]
    assert api("GET", "/_api/job/done").body == [job] and api("GET", "/_api/job/pending").body == []
    assert api("GET", f"/_api/job/{job}").status == 200
    result = api("PUT", f"/_api/job/{job}")
    assert result.body["version"] == "3.12.10" and result.headers["x-arango-async-id"] == job
    assert api("PUT", f"/_api/job/{job}").status == 404


def test_failed_job_keeps_its_error(api: Api) -> None:
    job = api("PUT", "/_api/collection", {"name": "x"}, headers=STORE).headers["x-arango-async-id"]
    result = api("PUT", f"/_api/job/{job}")
    assert result.status == 400 and "expected PUT" in result.body["errorMessage"]


def test_fire_and_forget_runs_without_storing(api: Api) -> None:
    reply = api(
        "POST", "/_api/document/products", {"_key": "a"}, headers={"x-arango-async": "true"}
    )
    assert reply.status == 202 and "x-arango-async-id" not in reply.headers
    assert api("GET", "/_api/document/products/a").status == 200
    assert api("GET", "/_api/job/done").body == []


@pytest.mark.parametrize("target", ["all", "expired", "JOB"])
def test_delete_jobs(api: Api, target: str) -> None:
    job = api("PUT", "/_api/version", headers=STORE).headers["x-arango-async-id"]
    path = f"/_api/job/{job if target == 'JOB' else target}"
    query = {"stamp": "99999999999"} if target == "expired" else None
    assert api("DELETE", path, query=query).body == {"result": True}
    assert api("GET", f"/_api/job/{job}").status == 404


def test_job_errors(api: Api) -> None:
    assert api("PUT", "/_api/job").body == {
        "code": 400,
        "error": True,
        "errorMessage": "bad parameter",
        "errorNum": 400,
    }
    assert api("PUT", "/_api/job/notthere").body["errorMessage"] == "not found"
    assert api("DELETE", "/_api/job/AreYouThere").status == 404
    job = api("PUT", "/_api/version", headers=STORE).headers["x-arango-async-id"]
    assert api("PUT", f"/_api/job/{job}/cancel").body == {"result": True}
