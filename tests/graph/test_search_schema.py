"""The analyzers and view the migrations create (ArangoSearch)."""

from __future__ import annotations

import pytest
from arango.database import StandardDatabase

from graph.connection import Connection
from graph.errors import QueryError
from graph.execute import done, run_one
from graph.schema import CHUNKS_VIEW, IDENTIFIER_ANALYZER
from graph.tenants import tenant_database


@pytest.fixture
def db(conn: Connection, tenant: str) -> StandardDatabase:
    return conn.database(tenant_database(tenant))


def tokens(db: StandardDatabase, text: str, analyzer: str) -> list[str]:
    try:
        result: list[str] = run_one(
            db, "RETURN TOKENS(@text, @analyzer)", {"text": text, "analyzer": analyzer}
        )
    except QueryError as exc:  # pragma: no cover - depends on the engine's progress
        if "TOKENS" in str(exc):
            pytest.skip(f"the backend has no TOKENS() yet: {exc}")
        raise
    return result


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("R-101 feeds E-201A.", ["r-101", "feeds", "e-201a."]),
        (
            "NH3 (CAS 7664-41-7), H2SO4; Na2SO4·10H2O",
            ["nh3", "cas", "7664-41-7", "h2so4", "na2so4·10h2o"],
        ),
        ("Stream S-12. The reactor", ["stream", "s-12", "the", "reactor"]),
    ],
)
def test_identifier_analyzer_keeps_tags_whole(
    db: StandardDatabase, text: str, expected: list[str]
) -> None:
    assert tokens(db, text, IDENTIFIER_ANALYZER) == expected


def test_text_analyzer_stems(db: StandardDatabase) -> None:
    assert tokens(db, "Reactors feeding", "text_en") == ["reactor", "feed"]


def test_view_links_chunk_text_and_entity_names(db: StandardDatabase) -> None:
    links = done(db.view(CHUNKS_VIEW))["links"]
    assert set(links["chunks"]["fields"]) == {"text"}
    assert set(links["entities"]["fields"]) == {"name", "aliases"}
    assert links["chunks"]["fields"]["text"]["analyzers"] == ["text_en", IDENTIFIER_ANALYZER]


def test_identifier_analyzer_is_registered(db: StandardDatabase) -> None:
    names = {a["name"].split("::")[-1] for a in done(db.analyzers())}
    assert IDENTIFIER_ANALYZER in names
