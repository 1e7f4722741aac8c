"""The closed relation ontology and its domain/range rules."""

from __future__ import annotations

import pytest

from graph.errors import OntologyViolation
from graph.ontology import RULES, RelationType, check_relation


@pytest.mark.parametrize(
    ("relation", "source", "target"),
    [
        ("FEEDS", "equipment", "equipment"),
        ("FEEDS", "stream", "equipment"),
        ("PRODUCES", "reaction", "chemical"),
        ("CATALYZED_BY", "reaction", "chemical"),
        ("OPERATES_AT", "equipment", "condition"),
        ("HAZARD_OF", "hazard", "chemical"),
        ("REACTS_WITH", "chemical", "chemical"),
    ],
)
def test_allowed_relations(relation: str, source: str, target: str) -> None:
    assert check_relation(relation, source, target) is RULES[RelationType(relation)]


@pytest.mark.parametrize(
    ("relation", "source", "target"),
    [
        ("FEEDS", "chemical", "condition"),
        ("OPERATES_AT", "equipment", "chemical"),
        ("CATALYZED_BY", "reaction", "equipment"),
        ("HAZARD_OF", "chemical", "hazard"),
        ("CONNECTED_TO", "equipment", "stream"),
    ],
)
def test_forbidden_endpoint_types(relation: str, source: str, target: str) -> None:
    with pytest.raises(OntologyViolation, match=f"{relation} cannot link a {source}"):
        check_relation(relation, source, target)


def test_unknown_relation_type_lists_the_allowed_ones() -> None:
    with pytest.raises(OntologyViolation, match=r"unknown relation type 'LIKES'.*FEEDS"):
        check_relation("LIKES", "equipment", "equipment")


def test_every_relation_type_has_a_rule() -> None:
    assert set(RULES) == set(RelationType)


def test_symmetric_rules_have_equal_domain_and_range() -> None:
    assert all(r.domain == r.range for r in RULES.values() if r.symmetric)
