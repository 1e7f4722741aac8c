from __future__ import annotations

from collections.abc import Iterator

import pytest

from arangolite.server import EmbeddedArango
from tests.arangolite.dispatch_client import Api


@pytest.fixture
def server() -> Iterator[EmbeddedArango]:
    srv = EmbeddedArango(None)
    yield srv
    srv.close()


@pytest.fixture
def api(server: EmbeddedArango) -> Api:
    client = Api(server)
    assert client("POST", "/_api/collection", {"name": "products"}).status == 200
    return client
