"""Runs every recorded ArangoDB AQL example through python-arango against arangolite."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from arango.database import StandardDatabase

from arangolite import EmbeddedArango
from tests.conformance.cases import (
    dataset_of,
    judge,
    load_cases,
    load_dataset,
    load_datasets,
    query_of,
)
from tests.conformance.known_gaps import KNOWN_GAPS

CASES = load_cases()
DATASETS = load_datasets()
RESULTS: dict[str, int] = {"passed": 0, "failed": 0, "xfail": 0}


@pytest.fixture(scope="module")
def server() -> Iterator[EmbeddedArango]:
    engine = EmbeddedArango(data_dir=None)
    yield engine
    engine.close()


@pytest.fixture
def fresh_db(server: EmbeddedArango) -> Iterator[StandardDatabase]:
    system = server.client().db("_system", username="root", password="")
    name = "conformance_" + uuid.uuid4().hex[:12]
    system.create_database(name)
    yield server.client().db(name, username="root", password="")
    system.delete_database(name)


def _params() -> list[Any]:
    params = []
    for case in CASES:
        marks = []
        if case["name"] in KNOWN_GAPS:
            marks.append(pytest.mark.xfail(reason=KNOWN_GAPS[case["name"]], strict=True))
        params.append(pytest.param(case, id=case["name"], marks=marks))
    return params


@pytest.mark.parametrize("case", _params())
def test_case(case: dict[str, Any], fresh_db: StandardDatabase) -> None:
    dataset = dataset_of(case)
    if dataset is not None:
        load_dataset(fresh_db, dataset, DATASETS)
    cursor = fresh_db.aql.execute(query_of(case), bind_vars=case["bindVars"] or None)
    ok, detail = judge(case, list(cursor))
    assert ok, detail
