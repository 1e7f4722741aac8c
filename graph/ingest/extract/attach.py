"""Quantities attached to the entity they describe (an ``OPERATES_AT`` condition).

Only units, processes, reactions and streams take conditions (the ontology's
``OPERATES_AT`` domain). A quantity right next to another kind of mention describes that
one and stays unattached: "11 vol% SO2", "steam at 45 bar", "sintering of copper above
300 °C"; a composition ("2 vol%") never describes a unit. A quantity joined to the one
before it ("at 30 bar and 40 °C") shares its entity. Otherwise the dependency parse, when
the sentence has one, names the governing mention; failing that, the nearest unit or
stream before the quantity in the sentence (or after it, when none comes before).
Nothing is attached across sentences: callers pass one sentence's mentions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from graph.ingest.extract.parse import ancestors, subject_tokens, token_at
from graph.ingest.extract.spans import (
    EntityMention,
    Method,
    QuantityKind,
    QuantityLink,
    QuantityMention,
)
from graph.ontology import RULES, EntityType, RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc

DESCRIBED = RULES[RelationType.OPERATES_AT].domain
_COMPOSITION = frozenset({QuantityKind.CONCENTRATION})
_COUNTS = frozenset({QuantityKind.NUMBER_OF_TRAYS, QuantityKind.NUMBER_OF_BEDS})

# mention + these + quantity: the quantity belongs to the mention ("steam at 45 bar").
_OWNED_BEFORE = re.compile(
    r"\s+(?:at|of|above|below|around|near|over|under)\s+"
    r"(?:(?:about|approximately|roughly|some|nearly|around|least|most)\s+)*",
    re.IGNORECASE,
)
# quantity + these + mention: the quantity measures the mention ("11 vol% SO2").
_OWNED_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+)?)?", re.IGNORECASE)
# a clause of its own between a mention and a quantity: "…; this requires 1,250 °C".
_SEPARATE_CLAUSE = re.compile(r";|\bbecause\b", re.IGNORECASE)
# quantity + "(stream S-05)": the state of that stream.
_STREAM_AFTER = re.compile(r"\s*\(\s*(?:streams?\s+)?", re.IGNORECASE)
# two quantities of one phrase: "at 30 bar and 40 °C", "from 5 bar to 11 bar".
_JOINED = re.compile(
    r"\s*(?:,|/|and|or|to|-|\u2013)\s*(?:and\s+)?(?:(?:about|approximately|roughly)\s+)?",
    re.IGNORECASE,
)
_Choice = tuple[EntityMention | None, Method]


def attach_quantities(
    text: str,
    mentions: Sequence[EntityMention],
    quantities: Sequence[QuantityMention],
    doc: Doc | None = None,
    offset: int = 0,
) -> list[QuantityLink]:
    """Links from the quantities of one sentence to the mentions they describe.

    Args:
        text: the text both kinds of span point into.
        mentions: the sentence's entity mentions, sorted and not overlapping.
        quantities: the sentence's quantities, sorted.
        doc: the sentence's parse, if it has one.
        offset: where the sentence (and so ``doc``) starts in ``text``.

    Returns:
        One link per quantity that describes a unit, process, reaction or stream.
    """
    links: list[QuantityLink] = []
    previous: tuple[QuantityMention, EntityMention | None] | None = None
    for quantity in quantities:
        entity, method = _describes(text, mentions, quantity, previous, doc, offset)
        if entity is not None:
            links.append(QuantityLink(entity, quantity, method))
        previous = (quantity, entity)
    return links


def _describes(
    text: str,
    mentions: Sequence[EntityMention],
    quantity: QuantityMention,
    previous: tuple[QuantityMention, EntityMention | None] | None,
    doc: Doc | None,
    offset: int,
) -> _Choice:
    if quantity.kind in _COMPOSITION:
        return None, Method.PATTERN
    before = [m for m in mentions if m.end <= quantity.start]
    after = [m for m in mentions if m.start >= quantity.end]
    if after:
        if (
            _STREAM_AFTER.fullmatch(text, quantity.end, after[0].start)
            and after[0].type is EntityType.STREAM
        ):
            return after[0], Method.PATTERN
        if (
            quantity.kind not in _COUNTS
            and after[0].type not in DESCRIBED
            and _OWNED_AFTER.fullmatch(text, quantity.end, after[0].start)
        ):
            return None, Method.PATTERN
    if previous is not None and _JOINED.fullmatch(text, previous[0].end, quantity.start):
        return previous[1], Method.PATTERN
    if before and _OWNED_BEFORE.fullmatch(text, before[-1].end, quantity.start):
        return (before[-1] if before[-1].type in DESCRIBED else None), Method.PATTERN
    if doc is not None:
        governing = _governing(doc, offset, mentions, quantity)
        if governing is not None:
            return governing, Method.DEPENDENCY
    described = [m for m in before if m.type in DESCRIBED]
    if described:
        if _SEPARATE_CLAUSE.search(text, described[-1].end, quantity.start):
            return None, Method.PATTERN
        return described[-1], Method.PATTERN
    return next((m for m in after if m.type in DESCRIBED), None), Method.PATTERN


def _governing(
    doc: Doc, offset: int, mentions: Sequence[EntityMention], quantity: QuantityMention
) -> EntityMention | None:
    """The unit or stream the parse puts above the quantity: a noun it hangs from, or the
    subject of the verb it depends on ("R-101 operates at 200 bar")."""
    token = token_at(doc, quantity.start - offset)
    if token is None:
        return None
    for head in ancestors(token):
        owner = _mention_at(mentions, head.idx + offset)
        if owner is not None:
            return owner if owner.type in DESCRIBED else None
        subject = subject_tokens(head) if head.dep_ != "prep" else set()
        for index in sorted(subject):
            owner = _mention_at(mentions, doc[index].idx + offset)
            if owner is not None and owner.type in DESCRIBED:
                return owner
    return None


def _mention_at(mentions: Sequence[EntityMention], position: int) -> EntityMention | None:
    return next((m for m in mentions if m.start <= position < m.end), None)
