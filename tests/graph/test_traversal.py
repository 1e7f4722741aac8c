"""Typed, depth-limited neighbourhoods and shortest paths over relations."""

from __future__ import annotations

import pytest

from graph.errors import InvalidInput, NotFound
from graph.ontology import EntityType, RelationType
from graph.store import GraphStore
from tests.graph.factories import document, entity, relation


@pytest.fixture
def plant(store: GraphStore) -> dict[str, str]:
    """P-100 → R-101 → E-201 → T-300 (FEEDS); steam HEATS E-201; E-201 OPERATES_AT 450 C."""
    doc = store.documents.add(document())[0].key
    keys = {
        n: store.entities.upsert(entity(n), doc).key for n in ("P-100", "R-101", "E-201", "T-300")
    }
    keys["steam"] = store.entities.upsert(entity("steam", EntityType.UTILITY), doc).key
    keys["450 C"] = store.entities.upsert(entity("450 C", EntityType.CONDITION), doc).key
    for a, b in (("P-100", "R-101"), ("R-101", "E-201"), ("E-201", "T-300")):
        store.relations.upsert(relation(keys[a], keys[b]), doc)
    store.relations.upsert(relation(keys["steam"], keys["E-201"], RelationType.HEATS), doc)
    store.relations.upsert(relation(keys["E-201"], keys["450 C"], RelationType.OPERATES_AT), doc)
    return keys


def names(store: GraphStore, key: str, **options: object) -> dict[str, int]:
    hood = store.graph.neighbourhood(key, **options)  # type: ignore[arg-type]
    return {n.entity.name: n.depth for n in hood.entities}


def test_depth_limits_the_neighbourhood(store: GraphStore, plant: dict[str, str]) -> None:
    assert names(store, plant["R-101"]) == {"P-100": 1, "E-201": 1}
    assert names(store, plant["R-101"], depth=2) == {
        "P-100": 1,
        "E-201": 1,
        "T-300": 2,
        "steam": 2,
        "450 C": 2,
    }


def test_relation_types_restrict_the_walk(store: GraphStore, plant: dict[str, str]) -> None:
    found = names(store, plant["R-101"], depth=3, relation_types=[RelationType.FEEDS])
    assert found == {"P-100": 1, "E-201": 1, "T-300": 2}


def test_entity_types_filter_the_result(store: GraphStore, plant: dict[str, str]) -> None:
    found = names(store, plant["E-201"], entity_types=[EntityType.UTILITY, EntityType.CONDITION])
    assert found == {"steam": 1, "450 C": 1}


@pytest.mark.parametrize(
    ("direction", "expected"), [("outbound", {"E-201"}), ("inbound", {"P-100"})]
)
def test_direction(
    store: GraphStore, plant: dict[str, str], direction: str, expected: set[str]
) -> None:
    assert set(names(store, plant["R-101"], direction=direction)) == expected


def test_relations_connect_returned_entities(store: GraphStore, plant: dict[str, str]) -> None:
    hood = store.graph.neighbourhood(plant["R-101"], depth=1)
    keys = {hood.center.key} | {n.entity.key for n in hood.entities}
    assert len(hood.relations) == 2
    assert all(r.source in keys and r.target in keys for r in hood.relations)


@pytest.mark.parametrize("depth", [0, 7])
def test_depth_out_of_range(store: GraphStore, plant: dict[str, str], depth: int) -> None:
    with pytest.raises(InvalidInput, match="depth"):
        store.graph.neighbourhood(plant["R-101"], depth=depth)


def test_neighbourhood_of_a_missing_entity(store: GraphStore) -> None:
    with pytest.raises(NotFound, match="'ghost'"):
        store.graph.neighbourhood("ghost")


def test_shortest_path(store: GraphStore, plant: dict[str, str]) -> None:
    path = store.graph.shortest_path(plant["P-100"], plant["T-300"])
    assert path is not None
    assert [e.name for e in path.entities] == ["P-100", "R-101", "E-201", "T-300"]
    assert [r.type for r in path.relations] == [RelationType.FEEDS] * 3


def test_typed_path_avoids_other_relations(store: GraphStore, plant: dict[str, str]) -> None:
    path = store.graph.shortest_path(
        plant["steam"], plant["P-100"], relation_types=[RelationType.FEEDS]
    )
    assert path is None
    path = store.graph.shortest_path(
        plant["steam"], plant["P-100"], relation_types=[RelationType.FEEDS, RelationType.HEATS]
    )
    assert path is not None and [e.name for e in path.entities] == [
        "steam",
        "E-201",
        "R-101",
        "P-100",
    ]


def test_path_between_unconnected_entities_is_none(
    store: GraphStore, plant: dict[str, str]
) -> None:
    lone = store.entities.upsert(entity("V-900"), store.documents.list()[0].key)
    assert store.graph.shortest_path(plant["P-100"], lone.key) is None


def test_path_with_a_missing_entity(store: GraphStore, plant: dict[str, str]) -> None:
    with pytest.raises(NotFound, match="ghost"):
        store.graph.shortest_path(plant["P-100"], "ghost")
