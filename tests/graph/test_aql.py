"""Every AQL constant parses on the server and uses bind variables for its inputs."""

from __future__ import annotations

import re

import pytest

from graph.aql import all_queries
from graph.connection import Connection
from graph.tenants import tenant_database

QUERIES = all_queries()


def test_every_aql_module_contributes_queries() -> None:
    modules = {name.split(".")[0] for name in QUERIES}
    assert {"documents", "chunks", "entities", "relations", "deletion", "traversal"} <= modules


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_query_is_valid_aql(conn: Connection, tenant: str, name: str) -> None:
    db = conn.database(tenant_database(tenant))
    result = db.aql.validate(QUERIES[name])
    assert result["parsed"] is True


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_query_has_no_formatting_placeholders(name: str) -> None:
    assert re.search(r"\{[a-z_]+\}|%s", QUERIES[name]) is None
