"""The closed process ontology: entity types, relation types and their domain/range rules.

A relation ``source -[TYPE]-> target`` is accepted only when the source entity's type
is in the rule's domain and the target's type in its range. Symmetric relations
(``REACTS_WITH``, ``CONNECTED_TO``) are stored once, with their endpoints ordered.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from graph.errors import OntologyViolation


class EntityType(StrEnum):
    """What an entity is."""

    CHEMICAL = "chemical"  # a substance: CAS number, InChIKey or normalised name
    EQUIPMENT = "equipment"  # a tagged item: R-101, E-201A, P-3
    STREAM = "stream"  # a process stream: "S-12", "reactor effluent"
    PROCESS = "process"  # a unit operation, named process or plant section: "distillation"
    CATALYST = "catalyst"  # a catalyst material: "promoted iron", "Cu/ZnO/Al2O3"
    REACTION = "reaction"  # a chemical reaction: "ammonia synthesis"
    UTILITY = "utility"  # steam, cooling water, fuel gas …
    CONDITION = "condition"  # an operating condition: "450 °C", "200 bar"
    HAZARD = "hazard"  # a hazard: "toxic release", "runaway reaction"


class RelationType(StrEnum):
    """The relation types the graph accepts (a closed set)."""

    FEEDS = "FEEDS"
    PRODUCES = "PRODUCES"
    CONSUMES = "CONSUMES"
    REACTS_WITH = "REACTS_WITH"
    CATALYZED_BY = "CATALYZED_BY"
    SEPARATES_INTO = "SEPARATES_INTO"
    PART_OF = "PART_OF"
    CONNECTED_TO = "CONNECTED_TO"
    HEATS = "HEATS"
    COOLS = "COOLS"
    OPERATES_AT = "OPERATES_AT"
    HAZARD_OF = "HAZARD_OF"
    CONTAINS = "CONTAINS"


@dataclass(frozen=True)
class RelationRule:
    """Which entity types a relation may start from (domain) and end at (range)."""

    domain: frozenset[EntityType]
    range: frozenset[EntityType]
    symmetric: bool = False


def _types(*types: EntityType) -> frozenset[EntityType]:
    return frozenset(types)


E = EntityType
_FLOW = _types(E.EQUIPMENT, E.STREAM, E.PROCESS)
_ACTIVE = _types(E.EQUIPMENT, E.PROCESS, E.REACTION)
_THERMAL_SOURCE = _types(E.EQUIPMENT, E.UTILITY, E.STREAM)
_THERMAL_TARGET = _types(E.EQUIPMENT, E.STREAM, E.PROCESS, E.CHEMICAL)
_MATERIAL = _types(E.CHEMICAL, E.STREAM, E.UTILITY)

RULES: dict[RelationType, RelationRule] = {
    RelationType.FEEDS: RelationRule(_FLOW | {E.UTILITY}, _FLOW),
    RelationType.PRODUCES: RelationRule(_ACTIVE, _MATERIAL),
    RelationType.CONSUMES: RelationRule(_ACTIVE, _MATERIAL),
    RelationType.REACTS_WITH: RelationRule(_types(E.CHEMICAL), _types(E.CHEMICAL), symmetric=True),
    RelationType.CATALYZED_BY: RelationRule(_ACTIVE, _types(E.CATALYST, E.CHEMICAL)),
    RelationType.SEPARATES_INTO: RelationRule(_FLOW, _types(E.STREAM, E.CHEMICAL)),
    RelationType.PART_OF: RelationRule(
        _FLOW | {E.CHEMICAL}, _types(E.EQUIPMENT, E.PROCESS, E.CATALYST)
    ),
    RelationType.CONNECTED_TO: RelationRule(
        _types(E.EQUIPMENT), _types(E.EQUIPMENT), symmetric=True
    ),
    RelationType.HEATS: RelationRule(_THERMAL_SOURCE, _THERMAL_TARGET),
    RelationType.COOLS: RelationRule(_THERMAL_SOURCE, _THERMAL_TARGET),
    RelationType.OPERATES_AT: RelationRule(_ACTIVE | {E.STREAM}, _types(E.CONDITION)),
    RelationType.HAZARD_OF: RelationRule(
        _types(E.HAZARD),
        _types(E.CHEMICAL, E.EQUIPMENT, E.PROCESS, E.REACTION, E.STREAM, E.CATALYST, E.UTILITY),
    ),
    RelationType.CONTAINS: RelationRule(
        _types(E.EQUIPMENT, E.STREAM, E.CATALYST), _types(E.CHEMICAL)
    ),
}


def check_relation(relation: str, source: str, target: str) -> RelationRule:
    """Check a relation against the ontology.

    Args:
        relation: the relation type (``"FEEDS"`` …).
        source: the source entity's type.
        target: the target entity's type.

    Returns:
        The rule that allows it.

    Raises:
        OntologyViolation: unknown relation type, or an endpoint type outside the
            rule's domain/range.
    """
    try:
        rule = RULES[RelationType(relation)]
    except ValueError:
        allowed = ", ".join(RelationType)
        raise OntologyViolation(
            f"unknown relation type {relation!r} (allowed: {allowed})"
        ) from None
    if source not in rule.domain or target not in rule.range:
        raise OntologyViolation(
            f"{relation} cannot link a {source} to a {target}: allowed from "
            f"{_names(rule.domain)} to {_names(rule.range)}"
        )
    return rule


def _names(types: frozenset[EntityType]) -> str:
    return "/".join(sorted(types))
