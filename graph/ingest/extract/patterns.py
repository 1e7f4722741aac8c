"""The words around a cue: where clauses break, where a subject or an object ends, lists.

Relation finding looks for a cue's agent and patient in the text around it; these
patterns say where a clause starts (``, which``, ``; ``, ``In R-501 …``), when a mention
in a subject is not its head (after a preposition), when an object search must stop, and
which gaps only separate the items of a list. ``allowed`` is the ontology's domain/range
test every relation passes. All word lists are this project's own.
"""

from __future__ import annotations

import re

from graph.ingest.extract.spans import EntityMention, Method
from graph.ontology import RULES, EntityType, RelationType

E = EntityType
Found = tuple[RelationType, EntityMention, EntityMention, Method]
SYMMETRIC = frozenset(relation for relation, rule in RULES.items() if rule.symmetric)
FLOW = frozenset({E.EQUIPMENT, E.STREAM, E.PROCESS})
ACTIVE = frozenset({E.EQUIPMENT, E.PROCESS, E.REACTION})  # what can be a clause's place
UNITS = frozenset({E.EQUIPMENT, E.PROCESS})

# Where a clause starts inside a sentence, and whether it is relative ("which", "where").
CLAUSE_BREAK = re.compile(
    r"(?P<relative>,?\s+(?:(?:in|at|from|through|by|into|on|to)\s+which|which|where)\b)"
    r"|,\s*(?:while|whereas|but|so\s+that|so|because|although|though|and\s+then|then)\b"
    r"|\s(?:because|while|whereas)\b|;|:\s|,\s+and\s+(?=(?:the|a|an|its|it|this|these|"
    r"those|each|all|some|any|then)\b)",
    re.IGNORECASE,
)
# A clause that opens with its place: "In R-501 ammonia reacts …".
LOCATION_PREFIX = re.compile(r"(?:in|inside|within)\s+(?:the\s+|an?\s+)?", re.IGNORECASE)
# A clause that opens with a phrase set off by a comma: "Between the stages, T-702 removes …".
LEADING_PHRASE = re.compile(
    r"(?:at|after|before|between|during|in|on|under|with|within|for|from|by)\b[^,;]{0,60},\s*",
    re.IGNORECASE,
)

# A preposition: a mention after one inside a subject is not the subject's head.
PREPOSITION = re.compile(
    r"\b(?:from|of|in|at|on|with|by|for|through|into|via|between|after|before|during|"
    r"inside|within|under|over|near|below|above|to)\b",
    re.IGNORECASE,
)
# "… and heavy by-products are removed": a second verb with a subject of its own.
NEW_SUBJECT = re.compile(r"\band\s+(?P<np>(?:[^\s,;]+\s+){1,6})$", re.IGNORECASE)
# A participle without "is/are" joined to the verb before it ("is mixed … and preheated").
COORDINATED = re.compile(r"(?:\band|\bthen|,)\s*$", re.IGNORECASE)
AUXILIARY = re.compile(r"(?:is|are|was|were|being|been|be)\b", re.IGNORECASE)
# A participle right after its noun: "the sulfur formed in", "E-902, a … unit heated with".
REDUCED_GAP = re.compile(r"\s*(?:,\s*(?:an?|the)\s+)?(?:[a-z][\w-]*\s+){0,3}")
# The mention after "to"/"into" is where something goes, not where it comes from.
DESTINATION_BEFORE = re.compile(
    r"\b(?:to|into)\s+(?:(?:the|an?)\s+)?(?:[\w/-]+\s+){0,4}$", re.IGNORECASE
)

# Words that end an object search: the object of a verb comes before these.
_BLOCKING = re.compile(
    r"\b(?:in|at|from|with|by|for|on|through|into|via|over|under|against|during|after|"
    r"before|because|while|when|of)\b|[;:]|,\s+and\b",
    re.IGNORECASE,
)
# Nouns naming a part of a unit: "the flash zone of T-601" still reaches T-601.
_PART_NOUNS = frozenset(
    {
        "zone",
        "bed",
        "beds",
        "section",
        "top",
        "bottom",
        "side",
        "inlet",
        "outlet",
        "suction",
        "burner",
        "burners",
        "tube",
        "tubes",
        "shell",
        "coil",
        "coils",
        "stage",
        "tray",
        "trays",
        "head",
        "base",
        "end",
    }
)
_WORD_BEFORE_OF = re.compile(r"([A-Za-z]+)\s+$")
# Between two items of a list: commas, "and"/"or", articles and parenthetical asides.
LIST_GAP = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:,\s*|\band\s+|\bor\s+|\bas\s+well\s+as\s+|\bplus\s+)+"
    r"(?:(?:the|a|an|some)\s+)?",
    re.IGNORECASE,
)
SHORT_GAP = re.compile(r"\s*(?:(?:the|an?)\s+)?", re.IGNORECASE)
# "into"/"to" between what a conversion consumes and what it gives.
INTO = re.compile(r"\b(?:into|to)\b", re.IGNORECASE)


def object_gap_ok(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may lie between a verb and its object.

    A preposition ends the object (``reduces the sulfur content of the gas``), except
    ``of`` after a part noun (``enters the flash zone of T-601``); so do ``;`` and
    ``, and``.
    """
    for found in _BLOCKING.finditer(text, start, end):
        if found.group().lower() != "of":
            return False
        before = _WORD_BEFORE_OF.search(text, start, found.start())
        if before is None or before.group(1).lower() not in _PART_NOUNS:
            return False
    return True


def is_list_gap(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` only separates two items of a list."""
    return LIST_GAP.fullmatch(text, start, end) is not None


def is_short_gap(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is only whitespace and an article."""
    return SHORT_GAP.fullmatch(text, start, end) is not None


def allowed(relation: RelationType, head: EntityMention, tail: EntityMention) -> bool:
    """Whether the ontology admits ``head -[relation]-> tail`` between two distinct entities.

    Symmetric relations are admitted in either order.
    """
    if head.canonical_id == tail.canonical_id:
        return False
    rule = RULES[relation]
    if head.type in rule.domain and tail.type in rule.range:
        return True
    return rule.symmetric and tail.type in rule.domain and head.type in rule.range
