"""The analyst example in docs/architecture.md runs, as the read-only analyst, as documented."""

from __future__ import annotations

import re
from pathlib import Path

from graph.aql.examples import WHAT_FEEDS
from graph.connection import Connection
from graph.execute import run
from graph.ontology import EntityType, RelationType
from graph.store import GraphStore
from graph.tenants import analyst_username, tenant_database
from tests.graph.conftest import ANALYST_PASSWORD
from tests.graph.factories import chunk, document, entity, mention, relation

DOC = Path(__file__).parents[2] / "docs" / "architecture.md"


def documented_query() -> str:
    text = DOC.read_text()
    match = re.search(r"<!-- analyst-example -->\n```aql\n(.*?)```", text, re.S)
    assert match is not None
    return match.group(1)


def test_documented_query_is_the_named_constant() -> None:
    assert documented_query().strip() == WHAT_FEEDS.strip()


def test_analyst_example_runs(conn: Connection, tenant: str, store: GraphStore) -> None:
    doc, _ = store.documents.add(document("Ammonia loop design basis"))
    (piece,) = store.chunks.add(doc.key, [chunk(0)])
    pump, reactor = (store.entities.upsert(entity(n), doc.key) for n in ("P-100", "R-101"))
    hot = store.entities.upsert(entity("450 °C", EntityType.CONDITION, "T=723.15K"), doc.key)
    store.relations.upsert(relation(pump.key, reactor.key), doc.key)
    store.relations.upsert(relation(reactor.key, hot.key, RelationType.OPERATES_AT), doc.key)
    store.chunks.add_mentions([mention(piece.key, reactor.key)])
    analyst = conn.database(
        tenant_database(tenant), username=analyst_username(tenant), password=ANALYST_PASSWORD
    )
    assert run(analyst, documented_query(), {"tag": "R-101"}) == [
        {
            "equipment": "R-101",
            "feeds": [{"name": "P-100", "type": "equipment"}],
            "conditions": ["450 °C"],
            "cited_in": ["Ammonia loop design basis"],
        }
    ]
