"""Queries a vector index cannot answer fail with 1554, as in ArangoDB."""

from __future__ import annotations

import pytest
from arango.collection import StandardCollection
from arango.database import StandardDatabase
from arango.exceptions import AQLQueryExecuteError

from arangolite.aql.parser import parse
from arangolite.vector.planner import is_vector_search

from .conftest import DIM, vector_index

SEARCH = "APPROX_NEAR_COSINE(c.embedding, @q)"


@pytest.mark.parametrize(
    "aql",
    [
        f"FOR c IN chunks SORT {SEARCH} ASC LIMIT 5 RETURN c",
        f"FOR c IN chunks SORT {SEARCH} DESC RETURN c",
        f"FOR c IN chunks SORT {SEARCH} DESC LIMIT 0 RETURN c",
        f"FOR c IN chunks SORT {SEARCH} DESC, c.group LIMIT 5 RETURN c",
        f"FOR c IN chunks RETURN {SEARCH}",
        f"FOR c IN chunks FILTER {SEARCH} > 0.5 RETURN c",
        f"FOR c IN chunks LET s = {SEARCH} LIMIT 5 RETURN s",
        f"FOR c IN chunks LET s = {SEARCH} FILTER s > 0 SORT s DESC LIMIT 5 RETURN c",
        f"FOR c IN chunks SORT {SEARCH} DESC LIMIT 5 RETURN {{c, s: {SEARCH}}}",
        "FOR c IN chunks SORT APPROX_NEAR_COSINE(c.other, @q) DESC LIMIT 5 RETURN c",
        "FOR c IN chunks SORT APPROX_NEAR_L2(c.embedding, @q) LIMIT 5 RETURN c",
        "FOR c IN chunks SORT APPROX_NEAR_INNER_PRODUCT(c.embedding, @q) DESC LIMIT 5 RETURN c",
        "FOR c IN chunks SORT APPROX_NEAR_COSINE(c['embedding'], @q) DESC LIMIT 5 RETURN c",
        f"FOR c IN (FOR x IN chunks RETURN x) SORT {SEARCH} DESC LIMIT 5 RETURN c",
        f"FOR c IN chunks SORT {SEARCH} DESC COLLECT g = c.group LIMIT 5 RETURN g",
        "RETURN APPROX_NEAR_COSINE([1, 2], [1, 2])",
        f"LET chunks2 = [] FOR c IN chunks2 SORT {SEARCH} DESC LIMIT 5 RETURN c",
    ],
)
def test_shapes_without_vector_search_fail(
    db: StandardDatabase, chunks: StandardCollection, aql: str
) -> None:
    vector_index(chunks, "cosine")
    bind = {"q": [1.0] * DIM} if "@q" in aql else {}
    with pytest.raises(AQLQueryExecuteError) as info:
        list(db.aql.execute(aql, bind_vars=bind))
    assert (info.value.http_code, info.value.error_code) == (400, 1554)
    assert info.value.error_message.startswith("Vector search could not be applied.")


def test_no_index_on_the_attribute(db: StandardDatabase, chunks: StandardCollection) -> None:
    aql = f"FOR c IN chunks SORT {SEARCH} DESC LIMIT 5 RETURN c"
    with pytest.raises(AQLQueryExecuteError) as info:
        list(db.aql.execute(aql, bind_vars={"q": [1.0] * DIM}))
    assert info.value.error_code == 1554
    vector_index(chunks, "cosine")
    assert len(list(db.aql.execute(aql, bind_vars={"q": [1.0] * DIM}))) == 5


def test_missing_collection_is_reported_first(db: StandardDatabase) -> None:
    aql = f"FOR c IN nowhere SORT {SEARCH} DESC LIMIT 5 RETURN c"
    with pytest.raises(AQLQueryExecuteError) as info:
        list(db.aql.execute(aql, bind_vars={"q": [1.0] * DIM}))
    assert (info.value.http_code, info.value.error_code) == (404, 1203)


@pytest.mark.parametrize(
    "aql",
    [
        "FOR c IN chunks SORT APPROX_NEAR_L2(@q, c.embedding) ASC LIMIT 5 RETURN c",
        "FOR c IN @@col SORT APPROX_NEAR_L2(c.embedding, @q) LIMIT @k RETURN c",
        "FOR c IN chunks SORT APPROX_NEAR_L2(c.embedding, @q) @dir LIMIT 5 RETURN c",
    ],
)
def test_accepted_variants(db: StandardDatabase, chunks: StandardCollection, aql: str) -> None:
    vector_index(chunks, "l2")
    bind = {"q": [0.5] * DIM, "@col": "chunks", "k": 5, "dir": "ASC"}
    names = {n for n in bind if ("@" + n) in aql}
    assert len(list(db.aql.execute(aql, bind_vars={n: bind[n] for n in names}))) == 5


@pytest.mark.parametrize(
    ("aql", "expected"),
    [
        (f"FOR c IN chunks SORT {SEARCH} DESC LIMIT 5 RETURN c", True),
        (
            f"FOR c IN chunks LET s = {SEARCH} FILTER c.group == 1 SORT s DESC LIMIT 5 RETURN c",
            True,
        ),
        ("FOR c IN chunks LET s = c.group SORT s DESC LIMIT 5 RETURN c", False),
        (f"FOR c IN chunks COLLECT g = c.group SORT {SEARCH} LIMIT 5 RETURN g", False),
    ],
)
def test_is_vector_search_recognises_both_forms(aql: str, expected: bool) -> None:
    statements = parse(aql).statements
    assert is_vector_search(statements[1:]) is expected
