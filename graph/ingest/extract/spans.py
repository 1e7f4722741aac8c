"""What extraction finds in a text: entity mentions, quantities and relation candidates.

Every span is ``(start, end)`` character offsets into the text given to the extractor
(``text[start:end] == mention.text``). These are plain frozen dataclasses: extraction
creates many of them per document, and they never cross a process boundary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from graph.ontology import EntityType, RelationType


@dataclass(frozen=True, slots=True)
class EntityMention:
    """A span that names an entity, already resolved to its canonical id.

    Attributes:
        text: the surface text, ``text[start:end]`` of the extractor's input.
        type: the entity type.
        canonical_id: CAS number for chemicals found in the identifier table (else the
            normalised name), the tag for equipment and streams (``R-101``, ``S-12``),
            the normalised name otherwise (lower case, single spaces).
        name: the preferred display name (``ammonia`` for "NH3", ``R-101``).
        attributes: extra identifiers (``formula``, ``inchikey``, ``cas``) when known.
    """

    text: str
    start: int
    end: int
    type: EntityType
    canonical_id: str
    name: str
    attributes: tuple[tuple[str, str], ...] = ()


class QuantityKind(StrEnum):
    """What a quantity measures."""

    TEMPERATURE = "temperature"
    PRESSURE = "pressure"
    FLOW = "flow"
    CONVERSION = "conversion"
    SELECTIVITY = "selectivity"
    YIELD = "yield"
    RESIDENCE_TIME = "residence_time"
    REFLUX_RATIO = "reflux_ratio"
    NUMBER_OF_TRAYS = "number_of_trays"
    NUMBER_OF_BEDS = "number_of_beds"
    CONCENTRATION = "concentration"
    RATIO = "ratio"
    CURRENT_DENSITY = "current_density"
    VOLTAGE = "voltage"
    DURATION = "duration"
    POWER = "power"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class QuantityMention:
    """A quantity with its unit, normalised to SI.

    Attributes:
        text: the surface text (``"between 400 and 500 °C"``).
        kind: what it measures.
        value: the number as written (the midpoint of a range).
        low, high: the ends of a range (``None`` for a single value).
        unit: the unit as written (``"°C"``), ``None`` when dimensionless.
        value_si: ``value`` in ``unit_si`` (kelvin, pascal, kg/s, m³/s, mol/s, s …;
            fractions for percentages).
        unit_si: the SI unit, as pint writes it (``"kelvin"``, ``"pascal"`` …), or
            ``""`` for dimensionless values.
    """

    text: str
    start: int
    end: int
    kind: QuantityKind
    value: float
    unit: str | None
    value_si: float
    unit_si: str
    low: float | None = None
    high: float | None = None


class Method(StrEnum):
    """How a relation was found."""

    PATTERN = "pattern"
    DEPENDENCY = "dependency"
    TABLE = "table"
    LLM = "llm"


@dataclass(frozen=True, slots=True)
class RelationCandidate:
    """A relation proposed between two mentions, with the span that evidences it.

    The type's domain/range is checked against the ontology before a candidate is
    made; ``start``/``end`` is the evidence span (usually the sentence).
    """

    type: RelationType
    head: EntityMention
    tail: EntityMention
    start: int
    end: int
    method: Method


@dataclass(frozen=True, slots=True)
class QuantityLink:
    """A quantity attached to the entity it describes (an ``OPERATES_AT`` condition)."""

    entity: EntityMention
    quantity: QuantityMention
    method: Method


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything found in one text."""

    entities: tuple[EntityMention, ...] = ()
    quantities: tuple[QuantityMention, ...] = ()
    relations: tuple[RelationCandidate, ...] = ()
    conditions: tuple[QuantityLink, ...] = ()
    sentences: tuple[tuple[int, int], ...] = field(default=())
