"""Relations read from neighbouring mentions, without a verb.

``from X to Y (through Z)`` is a flow, ``X of the Y`` makes a unit part of a bigger one,
reactants joined by ``+`` before an arrow react with each other, and a hazard belongs to
the unit (or stream, catalyst, chemical) it happens in. All word lists are this
project's own.
"""

from __future__ import annotations

import re
from itertools import pairwise

from graph.ingest.extract.patterns import FLOW, Found, is_list_gap
from graph.ingest.extract.spans import EntityMention, Method
from graph.ontology import RULES, EntityType, RelationType

E = EntityType
R = RelationType
_HAZARD_PLACES = frozenset(RULES[R.HAZARD_OF].range - {E.CHEMICAL})

# FROM — flow mention — (to|into|through) — flow mention.
FROM_WORD = re.compile(r"\bfrom\s+", re.IGNORECASE)
FROM_GAP = re.compile(r"(?:(?!\b(?:to|into|through|via)\b)[^,;:.()]){0,60}", re.IGNORECASE)
HOP_GAP = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:to|into|through|via)\s+"
    r"(?:(?!\b(?:to|into|from|with|while|and|or|by|at|for|which|where)\b)[^,;:()\d]){0,60}",
    re.IGNORECASE,
)
# A hazard followed by where it happens: "overpressure in V-202", "corrosion affects …".
HAZARD_PLACE = re.compile(
    r"\s+(?:(?:can|may|could|will)\s+)?(?:occurs?\s+|happens?\s+|develops?\s+)?"
    r"(?:in|inside|at|of|on|within|affects?|attacks?|damages?)\s+[\w\s/-]{0,40}?",
    re.IGNORECASE,
)
# "N2 + 3 H2": reactants joined in an equation; the arrow that ends the left-hand side.
PLUS_GAP = re.compile(r"\s*\+\s*(?:\d+(?:\.\d+)?\s*)?")
ARROW = re.compile(r"->|→|⇌|<=>|<->|⇄|=>")
ARROW_AFTER = re.compile(r"\s*(?:->|→|⇌|<=>|<->|⇄|=>)")
# "X of the Y": a unit that belongs to a plant or a bigger unit.
OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)


def neighbour_relations(
    text: str, start: int, end: int, mentions: list[EntityMention]
) -> list[Found]:
    """Relations read from neighbouring mentions of the sentence ``text[start:end]``.

    ``from X to Y (through Z)`` is a flow (a connection when a hazard flows); ``X of the
    Y`` makes a unit part of a plant; reactants joined by ``+`` before an arrow react
    with each other; each hazard belongs to the unit it happens in.
    """
    found, hazards_placed = _from_to(text, start, end, mentions)
    found.extend(
        (R.PART_OF, first, second, Method.PATTERN)
        for first, second in pairwise(mentions)
        if first.type in FLOW
        and second.type in (E.EQUIPMENT, E.PROCESS)
        and OF_GAP.fullmatch(text, first.end, second.start)
    )
    if ARROW.search(text, start, end):
        found.extend(_equation_pairs(text, mentions))
    for index, mention in enumerate(mentions):
        if mention.type is E.HAZARD and mention not in hazards_placed:
            found.extend(
                (R.HAZARD_OF, mention, target, Method.PATTERN)
                for target in _hazard_targets(text, mentions, index)
            )
    return found


def _from_to(
    text: str, start: int, end: int, mentions: list[EntityMention]
) -> tuple[list[Found], set[EntityMention]]:
    found: list[Found] = []
    placed: set[EntityMention] = set()
    for word in FROM_WORD.finditer(text, start, end):
        flows = [m for m in mentions if m.start >= word.end() and m.type in FLOW]
        if not flows or not FROM_GAP.fullmatch(text, word.end(), flows[0].start):
            continue
        hops = []
        for source, target in pairwise(flows):
            if HOP_GAP.fullmatch(text, source.end, target.start) is None:
                break
            hops.append((source, target))
        if not hops:
            continue
        before = [m for m in mentions if m.end <= word.start()]
        if before and before[-1].type is E.HAZARD and text[before[-1].end : word.start()].isspace():
            placed.add(before[-1])
            found.append((R.HAZARD_OF, before[-1], hops[-1][1], Method.PATTERN))
            found.extend((R.CONNECTED_TO, s, t, Method.PATTERN) for s, t in hops)
        else:
            found.extend((R.FEEDS, s, t, Method.PATTERN) for s, t in hops)
    return found, placed


def _equation_pairs(text: str, mentions: list[EntityMention]) -> list[Found]:
    chains: list[list[EntityMention]] = []
    for mention in mentions:
        if mention.type is not E.CHEMICAL:
            chains.append([])
        elif chains and chains[-1] and PLUS_GAP.fullmatch(text, chains[-1][-1].end, mention.start):
            chains[-1].append(mention)
        else:
            chains.append([mention])
    return [
        (R.REACTS_WITH, a, b, Method.PATTERN)
        for chain in chains
        if len(chain) >= 2 and ARROW_AFTER.match(text, chain[-1].end)
        for i, a in enumerate(chain)
        for b in chain[i + 1 :]
    ]


def _hazard_targets(text: str, mentions: list[EntityMention], index: int) -> list[EntityMention]:
    """Where a hazard happens: the unit named after it ("overpressure in V-202"), else the
    nearest unit, stream or catalyst before it, else a chemical after or before it."""
    hazard = mentions[index]
    after = [m for m in mentions[index + 1 :] if m.type is not E.HAZARD]
    placed = bool(after) and HAZARD_PLACE.fullmatch(text, hazard.end, after[0].start) is not None
    if placed and after[0].type in _HAZARD_PLACES:
        targets = [after[0]]
        for previous, following in pairwise(after):
            if not is_list_gap(text, previous.end, following.start):
                break
            targets.append(following)
        return [m for m in targets if m.type in _HAZARD_PLACES]
    before = [m for m in mentions[:index] if m.type in _HAZARD_PLACES]
    if before:
        return _list_ending(text, mentions, before[-1])
    if placed and after[0].type is E.CHEMICAL:
        return after[:1]
    chemicals = [m for m in mentions[:index] if m.type is E.CHEMICAL]
    return _list_ending(text, mentions, chemicals[-1]) if chemicals else []


def _list_ending(
    text: str, mentions: list[EntityMention], last: EntityMention
) -> list[EntityMention]:
    """``last`` and the mentions of the same type listed before it ("SO2 and SO3")."""
    out = [last]
    for previous in reversed(mentions[: mentions.index(last)]):
        if previous.type is not last.type or not is_list_gap(text, previous.end, out[-1].start):
            break
        out.append(previous)
    return out[::-1]
