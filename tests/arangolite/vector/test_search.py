"""Exact top-k through AQL: the answers equal a numpy reference, with FILTER, LIMIT and options."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from arango.collection import StandardCollection
from arango.database import StandardDatabase
from arango.exceptions import AQLQueryExecuteError

from .conftest import DIM, reference, vector_index

FUNCTIONS = {
    "cosine": ("APPROX_NEAR_COSINE", "DESC"),
    "l2": ("APPROX_NEAR_L2", "ASC"),
    "innerProduct": ("APPROX_NEAR_INNER_PRODUCT", "DESC"),
}


def run(db: StandardDatabase, query: str, **bind: Any) -> list[Any]:
    return list(db.aql.execute(query, bind_vars=bind))


@pytest.mark.parametrize("metric", ["cosine", "l2", "innerProduct"])
def test_top_k_equals_numpy(
    db: StandardDatabase, chunks: StandardCollection, matrix: np.ndarray, metric: str
) -> None:
    vector_index(chunks, metric)
    function, direction = FUNCTIONS[metric]
    query = np.random.default_rng(1).normal(size=DIM)
    aql = f"FOR c IN chunks SORT {function}(c.embedding, @q) {direction} LIMIT 10 RETURN c._key"
    expected = [key for key, _ in reference(matrix, query, metric)[:10]]
    assert run(db, aql, q=query.tolist()) == expected


@pytest.mark.parametrize("metric", ["cosine", "l2", "innerProduct"])
def test_let_form_returns_the_values(
    db: StandardDatabase, chunks: StandardCollection, matrix: np.ndarray, metric: str
) -> None:
    vector_index(chunks, metric)
    function, direction = FUNCTIONS[metric]
    query = matrix[5] + 0.1
    aql = (
        f"FOR c IN chunks LET s = {function}(@q, c.embedding) SORT s {direction} LIMIT 4 "
        "RETURN [c._key, s]"
    )
    got = run(db, aql, q=query.tolist())
    expected = reference(matrix, query, metric)[:4]
    assert [k for k, _ in got] == [k for k, _ in expected]
    assert np.allclose([v for _, v in got], [v for _, v in expected], rtol=1e-5)


def test_filters_apply_before_the_top_k(
    db: StandardDatabase, chunks: StandardCollection, matrix: np.ndarray
) -> None:
    vector_index(chunks, "l2")
    query = np.zeros(DIM)
    aql = (
        "FOR c IN chunks FILTER c.group == @g LET k = c._key FILTER k != 'k0' "
        "SORT APPROX_NEAR_L2(c.embedding, @q) LIMIT 2, 3 RETURN k"
    )
    ranked = [k for k, _ in reference(matrix, query, "l2") if int(k[1:]) % 3 == 1]
    assert run(db, aql, q=query.tolist(), g=1) == ranked[2:5]


def test_filter_on_outer_variable_and_subquery_per_row(
    db: StandardDatabase, chunks: StandardCollection, matrix: np.ndarray
) -> None:
    vector_index(chunks, "cosine")
    aql = """FOR o IN chunks FILTER o._key IN ['k3', 'k4']
        RETURN (FOR c IN chunks FILTER c.group == o.group
          SORT APPROX_NEAR_COSINE(c.embedding, o.embedding) DESC LIMIT 2 RETURN c._key)"""
    for key, near in zip(["k3", "k4"], run(db, aql), strict=True):
        group = int(key[1:]) % 3
        ranked = [k for k, _ in reference(matrix, matrix[int(key[1:])], "cosine")]
        assert near == [k for k in ranked if int(k[1:]) % 3 == group][:2]


def test_limit_larger_than_collection_and_nprobe(
    db: StandardDatabase, chunks: StandardCollection
) -> None:
    vector_index(chunks, "cosine", params={"defaultNProbe": 2})
    aql = (
        "FOR c IN chunks SORT APPROX_NEAR_COSINE(c.embedding, @q, {nProbe: 16}) DESC "
        "LIMIT 1000 RETURN c._key"
    )
    assert len(run(db, aql, q=[1.0] * DIM)) == 200


def test_full_count_counts_every_candidate(
    db: StandardDatabase, chunks: StandardCollection
) -> None:
    vector_index(chunks, "l2")
    aql = "FOR c IN chunks SORT APPROX_NEAR_L2(c.embedding, @q) LIMIT 3, 5 RETURN c"
    cursor = db.aql.execute(aql, bind_vars={"q": [0.0] * DIM}, full_count=True)
    assert len(list(cursor)) == 5 and cursor.statistics()["fullCount"] == 200
    filtered = "FOR c IN chunks FILTER c.group == 0 " + aql[len("FOR c IN chunks ") :]
    cursor = db.aql.execute(filtered, bind_vars={"q": [0.0] * DIM}, full_count=True)
    assert cursor.statistics()["fullCount"] == 67


@pytest.mark.parametrize(
    ("point", "errnum", "message"),
    [
        ([1.0, 2.0], 1542, f"a vector must be of dimension {DIM}, but is 2"),
        ("abc", 1542, "query point must be a vector, but is a string"),
        (None, 1542, "query point must be a vector, but is a null"),
    ],
)
def test_query_point_is_checked(
    db: StandardDatabase, chunks: StandardCollection, point: Any, errnum: int, message: str
) -> None:
    vector_index(chunks, "cosine")
    aql = "FOR c IN chunks SORT APPROX_NEAR_COSINE(c.embedding, @q) DESC LIMIT 3 RETURN c"
    with pytest.raises(AQLQueryExecuteError) as info:
        run(db, aql, q=point)
    assert (info.value.error_code, info.value.error_message) == (errnum, message)


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        ("{nProbe: 0}", "nProbe must be 1 or greater!"),
        ("{nProbe: 'x'}", "Expecting type Int"),
        ("{probes: 3}", "Found unexpected attribute 'probes'"),
    ],
)
def test_search_options_are_checked(
    db: StandardDatabase, chunks: StandardCollection, options: str, problem: str
) -> None:
    vector_index(chunks, "cosine")
    aql = (
        f"FOR c IN chunks SORT APPROX_NEAR_COSINE(c.embedding, @q, {options}) DESC LIMIT 3 RETURN c"
    )
    with pytest.raises(AQLQueryExecuteError) as info:
        run(db, aql, q=[1.0] * DIM)
    assert info.value.error_code == 1501
    assert info.value.error_message == f"error parsing searchParameters: {problem}!"


def test_neighbours_per_document_in_a_let_subquery(
    db: StandardDatabase, chunks: StandardCollection, matrix: np.ndarray
) -> None:
    vector_index(chunks, "l2")
    aql = """FOR o IN chunks FILTER o._key IN ['k7', 'k8']
        LET near = (FOR c IN chunks SORT APPROX_NEAR_L2(c.embedding, o.embedding) LIMIT 3
          RETURN c._key)
        RETURN near"""
    expected = [[k for k, _ in reference(matrix, matrix[i], "l2")[:3]] for i in (7, 8)]
    assert run(db, aql) == expected


def test_let_form_through_the_planner(
    db: StandardDatabase,
    chunks: StandardCollection,
    matrix: np.ndarray,
) -> None:
    vector_index(chunks, "innerProduct")
    aql = (
        "FOR c IN chunks LET s = APPROX_NEAR_INNER_PRODUCT(c.embedding, @q) FILTER c.group != 0 "
        "LET t = s * 2 SORT s DESC LIMIT 1, 3 RETURN [c._key, t]"
    )
    ranked = [(k, v) for k, v in reference(matrix, matrix[9], "innerProduct") if int(k[1:]) % 3]
    got = run(db, aql, q=matrix[9].tolist())
    assert [k for k, _ in got] == [k for k, _ in ranked[1:4]]
    assert np.allclose([t for _, t in got], [2 * v for _, v in ranked[1:4]], rtol=1e-5)
