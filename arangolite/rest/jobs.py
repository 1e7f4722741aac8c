"""Async jobs (``x-arango-async``) and ``/_api/job``.

Requests marked ``x-arango-async: store`` run at once (the engine is single
threaded anyway); their responses are kept until fetched with
``PUT /_api/job/{id}``, which is what python-arango's async execution expects.
``x-arango-async: true`` runs the request and forgets the answer.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from arangolite import errno
from arangolite.errors import ArangoliteError, not_found
from arangolite.rest.http import Request, Response, empty_response, json_response
from arangolite.rest.router import Route, route

ASYNC_HEADER = "x-arango-async"
ASYNC_ID_HEADER = "x-arango-async-id"


@dataclass(slots=True)
class Job:
    id: str
    database: str
    response: Response
    finished: float


class JobRegistry:
    """Stored results of async requests, by job id."""

    def __init__(self) -> None:
        self.jobs: dict[str, Job] = {}

    def accepted(self, job_id: str | None) -> Response:
        headers = {"content-type": "text/plain"}
        if job_id is not None:
            headers[ASYNC_ID_HEADER] = job_id
        return empty_response(202, headers)

    def store(self, job_id: str, database: str, response: Response) -> None:
        status, headers, body = response
        stored = (status, {**headers, ASYNC_ID_HEADER: job_id}, body)
        self.jobs[job_id] = Job(job_id, database, stored, time.time())

    def find(self, job_id: str) -> Job:
        job = self.jobs.get(job_id)
        if job is None:
            raise not_found(errno.HTTP_NOT_FOUND)
        return job


def _registry(req: Request) -> JobRegistry:
    return req.server.jobs


def fetch(req: Request, params: dict[str, str]) -> Response:
    registry = _registry(req)
    job = registry.find(params["id"])
    del registry.jobs[job.id]
    return job.response


def status(req: Request, params: dict[str, str]) -> Response:
    job_id = params["id"]
    if job_id in ("done", "pending"):
        done = [j.id for j in _registry(req).jobs.values()] if job_id == "done" else []
        return json_response(200, done)
    _registry(req).find(job_id)
    return empty_response(200, {"content-type": "text/plain"})


def cancel(req: Request, params: dict[str, str]) -> Response:
    _registry(req).find(params["id"])
    return json_response(200, {"result": True})


def delete(req: Request, params: dict[str, str]) -> Response:
    registry, job_id = _registry(req), params["id"]
    if job_id == "all":
        registry.jobs.clear()
    elif job_id == "expired":
        stamp = float(req.param("stamp") or time.time())
        for job in [j for j in registry.jobs.values() if j.finished < stamp]:
            del registry.jobs[job.id]
    else:
        del registry.jobs[registry.find(job_id).id]
    return json_response(200, {"result": True})


def missing_id(req: Request, _: dict[str, str]) -> Response:
    raise ArangoliteError(errno.HTTP_BAD_PARAMETER, code=400)


def routes() -> list[Route]:
    return [
        route("PUT", "/_api/job", missing_id),
        route("PUT", "/_api/job/{id}", fetch),
        route("PUT", "/_api/job/{id}/cancel", cancel),
        route("GET", "/_api/job/{id}", status),
        route("DELETE", "/_api/job/{id}", delete),
    ]
