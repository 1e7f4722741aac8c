"""Fixtures: an in-memory EmbeddedArango served over HTTP on a free loopback port."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from arango.client import ArangoClient

from arangolite import EmbeddedArango
from arangolite.http_server import HTTPService

ROOT_PASSWORD = "secret"


@pytest.fixture(scope="module")
def service() -> Iterator[HTTPService]:
    embedded = EmbeddedArango(data_dir=None, root_password=ROOT_PASSWORD)
    with HTTPService(embedded, "127.0.0.1", 0) as http:
        yield http
    embedded.close()


@pytest.fixture
def client(service: HTTPService) -> Iterator[ArangoClient]:
    arango = ArangoClient(hosts=service.url)
    yield arango
    arango.close()
