"""Each step is idempotent (apply twice: created, then nothing) and undoes what it created."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from arango.database import StandardDatabase

from graph.execute import done
from graph.schema import EDGE_DEFINITIONS, GRAPH, TENANT_ANALYZERS, TENANT_INDEXES, TENANT_VIEWS
from migrations.runner import upgrade
from migrations.steps import (
    CreateAnalyzer,
    CreateCollection,
    CreateGraph,
    CreateIndex,
    CreateView,
    Step,
)
from migrations.tenant_database import TENANT_MIGRATIONS


def index_names(db: StandardDatabase) -> list[str]:
    return [i["name"] for i in done(db.collection(TENANT_INDEXES[0].collection).indexes())]


def analyzer_names(db: StandardDatabase) -> set[str]:
    return {a["name"].split("::")[-1] for a in done(db.analyzers())}


CASES: list[tuple[str, int, Step, Callable[[StandardDatabase], bool]]] = [
    ("collection", 0, CreateCollection("extra"), lambda db: done(db.has_collection("extra"))),
    (
        "index",
        1,
        CreateIndex(TENANT_INDEXES[0]),
        lambda db: TENANT_INDEXES[0].name in index_names(db),
    ),
    ("graph", 1, CreateGraph(GRAPH, EDGE_DEFINITIONS), lambda db: done(db.has_graph(GRAPH))),
    (
        "analyzer",
        0,
        CreateAnalyzer(TENANT_ANALYZERS[0]),
        lambda db: TENANT_ANALYZERS[0].name in analyzer_names(db),
    ),
    (
        "view",
        1,
        CreateView(TENANT_VIEWS[0]),
        lambda db: TENANT_VIEWS[0].name in {v["name"] for v in done(db.views())},
    ),
]


@pytest.mark.parametrize(("kind", "prereq", "step", "exists"), CASES, ids=[c[0] for c in CASES])
def test_apply_is_idempotent_and_undo_removes(
    fresh_db: StandardDatabase,
    kind: str,
    prereq: int,
    step: Step,
    exists: Callable[[StandardDatabase], bool],
) -> None:
    upgrade(fresh_db, TENANT_MIGRATIONS[:prereq])
    if kind == "view":
        CreateAnalyzer(TENANT_ANALYZERS[0]).apply(fresh_db)
    assert (step.apply(fresh_db), step.apply(fresh_db)) == (True, False)
    assert exists(fresh_db)
    step.undo(fresh_db)
    assert not exists(fresh_db)


def test_descriptions_are_json() -> None:
    for migration in TENANT_MIGRATIONS:
        for step in migration.steps:
            assert json.loads(json.dumps(step.describe())) == step.describe()
