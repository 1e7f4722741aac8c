"""A cue's arguments: the subject of its clause, the objects after it, what fits the cue.

The subject is read from the clause's subject zone when its mentions are a plain list
with no preposition before them; otherwise the sentence's dependency parse decides, and
``NeedsParse`` asks the caller to parse the sentence (in one batch with the others) and
try again. Objects are the first fitting mention after the cue and the list it opens.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from graph.errors import ProcessKGError
from graph.ingest.extract.clauses import Sentence, Site, end_of_previous_word
from graph.ingest.extract.cues import Cue
from graph.ingest.extract.parse import subject_tokens, token_at
from graph.ingest.extract.patterns import (
    AUXILIARY,
    COORDINATED,
    NEW_SUBJECT,
    PREPOSITION,
    REDUCED_GAP,
    Found,
    allowed,
    is_list_gap,
    object_gap_ok,
)
from graph.ingest.extract.spans import EntityMention, Method
from graph.ontology import RULES, EntityType, RelationType

R = RelationType
Fits = Callable[[EntityMention], bool]


class NeedsParse(ProcessKGError):  # noqa: N818 - internal control flow, never escapes
    """A cue's subject needs the dependency parse and the sentence has none yet."""


def fit_relation(
    cue: Cue, agent: EntityMention, patient: EntityMention
) -> tuple[RelationType, EntityMention, EntityMention] | None:
    """The first meaning of ``cue`` the ontology admits between ``agent`` and ``patient``."""
    if cue.only and patient.type not in cue.only:
        return None
    for relation, agent_is_head in cue.options:
        head, tail = (agent, patient) if agent_is_head else (patient, agent)
        if allowed(relation, head, tail):
            return relation, head, tail
    return None


def role_fits(cue: Cue, agent: bool) -> Fits:
    """Whether a mention's type can be the cue's agent (or patient) in some meaning."""
    types: set[EntityType] = set()
    for relation, agent_is_head in cue.options:
        rule = RULES[relation]
        types |= rule.domain if agent == agent_is_head else rule.range
    if not agent and cue.only:
        types &= cue.only
    return lambda mention: mention.type in types


def admits(relation: RelationType, head: EntityMention) -> Fits:
    """Whether a mention may be the tail of ``head -[relation]->``."""
    return lambda tail: allowed(relation, head, tail)


def fitted_pairs(
    cue: Cue, agents: list[EntityMention], patients: list[EntityMention], method: Method
) -> list[Found]:
    """The relations ``cue`` gives between each agent and each patient, where one fits."""
    fitted = (fit_relation(cue, agent, patient) for agent in agents for patient in patients)
    return [(*found, method) for found in fitted if found is not None]


def subject_mentions(sent: Sentence, site: Site, fits: Fits) -> tuple[list[EntityMention], Method]:
    """The fitting mentions that are the subject of the cue's verb."""
    clause, text = site.clause, sent.text
    if _after_comma_participle(text, site):  # ", raising steam": what the unit named last does
        return [m for m in sent.mentions if m.end <= site.start and fits(m)][-1:], Method.PATTERN
    earlier = [s for s in sent.sites if s.cue.verb and clause.start <= s.start < site.start]
    if earlier and site.cue.verb:
        own = NEW_SUBJECT.search(text, earlier[-1].end, site.start)
        if own is not None:  # "… and heavy by-products are removed"
            mentions = [m for m in sent.mentions if own.start("np") <= m.start < site.start]
            return [m for m in mentions if fits(m)], Method.PATTERN
    found = [m for m in clause.zone if m.end <= site.start and fits(m)]
    if found:
        plain = all(is_list_gap(text, a.end, b.start) for a, b in pairwise(found))
        head = not PREPOSITION.search(text, clause.zone_start, found[0].start)
        if plain and head:
            return found, Method.PATTERN
        chosen = _parsed_subject(sent, site, found)  # the mentions after a preposition
        if head and found[0] not in chosen:  # the small model may miss the head noun
            chosen.insert(0, found[0])
        return chosen, Method.DEPENDENCY
    if clause.antecedent is not None and fits(clause.antecedent):
        return [clause.antecedent], Method.PATTERN
    # "As the gas cools, nitric oxide reacts with …": the mention right before the verb
    before = [m for m in sent.mentions if clause.start <= m.start and m.end <= site.start]
    after_verb = earlier[-1].end if earlier else clause.zone_start
    if (
        before
        and fits(before[-1])
        and before[-1].start >= after_verb
        and not PREPOSITION.search(sent.text, after_verb, before[-1].start)
    ):
        return before[-1:], Method.PATTERN
    return [], Method.PATTERN


def _after_comma_participle(text: str, site: Site) -> bool:
    return (
        text.endswith("ing", 0, site.end)
        and text[end_of_previous_word(text, site.start) - 1] == ","
    )


def _parsed_subject(sent: Sentence, site: Site, found: list[EntityMention]) -> list[EntityMention]:
    if sent.doc is None:
        raise NeedsParse
    token = token_at(sent.doc, site.start - sent.start)
    if token is None:
        return found[:1]
    sources = any(relation is R.FEEDS for relation, _ in site.cue.options)
    subject = subject_tokens(token, with_sources=sources)
    return [m for m in found if _token_indices(sent, m) & subject]


def _token_indices(sent: Sentence, mention: EntityMention) -> set[int]:
    assert sent.doc is not None
    span = sent.doc.char_span(
        mention.start - sent.start, mention.end - sent.start, alignment_mode="expand"
    )
    return set(range(span.start, span.end)) if span is not None else set()


def object_mentions(
    sent: Sentence, start: int, end: int, fits: Fits, blocking: bool = True
) -> list[EntityMention]:
    """The first fitting mention in ``[start, end)`` and the list it opens."""
    after = [m for m in sent.mentions if start <= m.start and m.end <= end]
    first = None
    for index, mention in enumerate(after):
        if blocking and not object_gap_ok(sent.text, start, mention.start):
            return []
        if fits(mention):
            first = index
            break
    if first is None:
        return []
    out = [after[first]]
    previous = after[first]
    for following in after[first + 1 :]:
        if not is_list_gap(sent.text, previous.end, following.start):
            break
        if fits(following):
            out.append(following)
        previous = following
    return out


def acted_on(sent: Sentence, site: Site) -> tuple[list[EntityMention], Method]:
    """What a passive cue acts on: the clause subject, or the noun a bare participle
    follows ("the sulfur formed in R-802")."""
    fits = role_fits(site.cue, agent=False)
    text = sent.text
    if AUXILIARY.match(text, site.start) or COORDINATED.search(text, site.clause.start, site.start):
        return subject_mentions(sent, site, fits)
    before = [m for m in sent.mentions if m.end <= site.start]
    if before and REDUCED_GAP.fullmatch(text, before[-1].end, site.start) and fits(before[-1]):
        return before[-1:], Method.PATTERN
    return [], Method.PATTERN
