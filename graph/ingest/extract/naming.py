"""What mentions name: repeated names, unit names before tags, chemicals naming a unit.

Before relations are looked for, a sentence's mentions are cleaned up: of overlapping
mentions the first (longest) stays; a unit-operation name right before a tag gives way
to the tag (``the high-pressure separator V-101``); a chemical repeated in parentheses
is dropped; and a chemical that only names a unit (``the ammonia burner R-501``) is
dropped too, but says what the unit does with that chemical when the unit noun tells.
All word lists are this project's own.
"""

from __future__ import annotations

import re

from graph.ingest.extract.patterns import Found, allowed
from graph.ingest.extract.spans import EntityMention, Method
from graph.ontology import EntityType, RelationType

E = EntityType
R = RelationType

# "R-501 (" / "sulfur trioxide (CAS": a mention in parentheses naming the one before.
ALIAS_GAP = re.compile(r"\s*\(\s*(?:CAS(?:\s+No\.?)?:?\s*)?", re.IGNORECASE)
PREFIX_GAP = re.compile(r"\s+")

# Chemical + equipment noun before a tag ("ammonia burner R-501"): what the unit does with
# that chemical. After any of these nouns the chemical only names the unit.
MODIFIER_RELATIONS: dict[str, RelationType] = {
    "reactor": R.PRODUCES,
    "converter": R.PRODUCES,
    "burner": R.CONSUMES,
    "furnace": R.CONSUMES,
    "combustor": R.CONSUMES,
    "incinerator": R.CONSUMES,
    "tank": R.CONTAINS,
    "sphere": R.CONTAINS,
}
_UNIT_NOUNS = [
    "compressor", "pump", "tower", "column", "drum", "vessel", "exchanger", "cooler", "heater",
    "boiler", "evaporator", "vaporiser", "condenser", "separator", "absorber", "stripper",
    "scrubber", "dryer", "chiller", "filter", "pit", "saturator",
]  # fmt: skip
# "... sulfur furnace F-401": the word before the unit noun, when it names a chemical.
NAMED_BEFORE_TAG = re.compile(
    r"(?P<word>[\w-]+)\s+(?P<noun>" + "|".join(MODIFIER_RELATIONS) + r")s?\s+$", re.IGNORECASE
)
MODIFIER_GAP = re.compile(
    r"\s+(?:(?!(?:to|from|into|in|and|or|of|the|with|by|at)\b)[a-z][\w-]*\s+){0,2}?"
    r"(?P<noun>" + "|".join([*MODIFIER_RELATIONS, *_UNIT_NOUNS]) + r")s?\s+",
    re.IGNORECASE,
)


def clean_mentions(text: str, raw: list[EntityMention]) -> tuple[list[EntityMention], list[Found]]:
    """The mentions relations may use, and what chemical modifiers of unit names say.

    Overlapping mentions keep the first (longest); a unit-operation name right before a
    tag gives way to the tag ("the high-pressure separator V-101"); a chemical named again
    in parentheses is dropped ("V2O5 catalyst (V2O5, CAS …)"); a chemical naming a unit
    ("the ammonia burner R-501") is dropped, and gives a relation when the unit noun
    says what the unit does with it.

    Args:
        text: the text the mentions point into.
        raw: the mentions of one sentence, sorted by start (longest first on a tie).
    """
    kept: list[EntityMention] = []
    for mention in raw:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    mentions: list[EntityMention] = []
    found: list[Found] = []
    for index, mention in enumerate(kept):
        following = kept[index + 1] if index + 1 < len(kept) else None
        if following is not None and _names_unit(text, mention, following):
            continue
        if mentions and _is_alias(text, mentions[-1], mention):
            continue
        named = _named_unit(text, kept, index) if mention.type is E.CHEMICAL else None
        if named is not None:
            relation, unit = named
            if relation is not None and allowed(relation, unit, mention):
                found.append((relation, unit, mention, Method.PATTERN))
            continue
        mentions.append(mention)
    return mentions, found


def _names_unit(text: str, mention: EntityMention, tag: EntityMention) -> bool:
    return (
        mention.type is E.PROCESS
        and tag.type is E.EQUIPMENT
        and PREFIX_GAP.fullmatch(text, mention.end, tag.start) is not None
    )


def _is_alias(text: str, previous: EntityMention, mention: EntityMention) -> bool:
    if mention.type is not E.CHEMICAL or previous.type not in (E.CHEMICAL, E.CATALYST):
        return False
    if ALIAS_GAP.fullmatch(text, previous.end, mention.start):
        return True
    return mention.canonical_id == previous.canonical_id and mention.start - previous.end <= 12


def _named_unit(
    text: str, kept: list[EntityMention], index: int
) -> tuple[RelationType | None, EntityMention] | None:
    """The unit a chemical names ("urea reactor R-1001"), with what that says, if any."""
    chemical = kept[index]
    rest = kept[index + 1 : index + 3]
    if rest and rest[0].type is E.EQUIPMENT:
        gap = MODIFIER_GAP.fullmatch(text, chemical.end, rest[0].start)
        if gap is not None:
            return MODIFIER_RELATIONS.get(gap["noun"].lower()), rest[0]
    if (
        len(rest) == 2
        and PREFIX_GAP.fullmatch(text, chemical.end, rest[0].start)
        and _names_unit(text, rest[0], rest[1])
    ):
        noun = rest[0].text.split()[-1].lower().removesuffix("s")
        return MODIFIER_RELATIONS.get(noun), rest[1]
    return None


def units_named_by_chemicals(text: str, mentions: list[EntityMention]) -> list[Found]:
    """ "the sulfur furnace F-401" when "sulfur" is mentioned elsewhere in the sentence."""
    found: list[Found] = []
    previous_end = 0
    for mention in mentions:
        named = None
        if mention.type is E.EQUIPMENT:
            named = NAMED_BEFORE_TAG.search(
                text, max(previous_end, mention.start - 40), mention.start
            )
        previous_end = mention.end
        if named is None:
            continue
        word = named["word"].lower()
        relation = MODIFIER_RELATIONS[named["noun"].lower()]
        found.extend(
            (relation, mention, chemical, Method.PATTERN)
            for chemical in mentions
            if chemical.type is E.CHEMICAL
            and word in (chemical.text.lower(), chemical.name.lower())
            and allowed(relation, mention, chemical)
        )
    return found
