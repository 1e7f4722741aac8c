"""A sentence prepared for relation finding: its mentions, clauses and cue sites.

A sentence is cut into clauses at relative pronouns (``, which``, ``where``), at
conjunctions after a comma, at ``;`` and ``: ``. Each clause records its subject zone
(the mentions before its first verb, after a leading location or phrase set off by a
comma), the noun a relative clause describes, and its place (``In R-501 …``, ``where``).
Each cue found in the sentence (``cues.CUES``) becomes a site: the cue, its clause and
how far its objects reach (the next verb or the end of the clause).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from graph.ingest.extract.cues import CUE_PATTERN, CUES, Cue
from graph.ingest.extract.naming import clean_mentions, units_named_by_chemicals
from graph.ingest.extract.patterns import (
    ACTIVE,
    CLAUSE_BREAK,
    LEADING_PHRASE,
    LOCATION_PREFIX,
    Found,
)
from graph.ingest.extract.spans import EntityMention, QuantityMention

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class Clause:
    """One clause of a sentence: its span, subject zone, antecedent and place."""

    start: int
    end: int
    zone_start: int  # after a leading location ("In R-501 …")
    zone: tuple[EntityMention, ...]  # mentions before the clause's first verb
    antecedent: EntityMention | None  # the noun a relative clause describes
    location: EntityMention | None  # "where …", "in which …", "In R-501 …"


@dataclass(frozen=True, slots=True)
class Site:
    """Where a cue was found, in which clause, and how far its objects reach."""

    cue: Cue
    start: int
    end: int
    reach: int  # where the cue's objects end: the next verb or the end of the clause
    clause: Clause


@dataclass(slots=True)
class Sentence:
    """One sentence: its usable mentions and quantities, cue sites, parse and findings."""

    text: str
    start: int
    end: int
    mentions: list[EntityMention]
    base: list[Found]  # what unit names say ("urea reactor R-1001"); explicit verbs win
    quantities: list[QuantityMention]
    sites: list[Site] = field(default_factory=list)
    doc: Doc | None = None
    found: list[Found] = field(default_factory=list)


def prepare_sentence(
    text: str, start: int, end: int, raw: list[EntityMention], values: list[QuantityMention]
) -> Sentence:
    """The sentence with its usable mentions, cue sites and clauses."""
    mentions, base = clean_mentions(text, raw)
    sent = Sentence(text, start, end, mentions, base, values)
    if len(mentions) < 2:
        return sent
    base.extend(units_named_by_chemicals(text, mentions))
    mention_ends = {m.end for m in mentions}
    cues = []
    for found in CUE_PATTERN.finditer(text, start, end):
        cue = CUES[int(str(found.lastgroup)[1:])]
        if cue.after_mention and end_of_previous_word(text, found.start()) not in mention_ends:
            continue
        cues.append((cue, found.start(), found.end()))
    clauses = _clauses(sent, cues)
    for index, (cue, cue_start, cue_end) in enumerate(cues):
        clause = next(c for c in reversed(clauses) if c.start <= cue_start or c is clauses[0])
        ends = (s for c, s, _ in cues[index + 1 :] if c.verb and s < clause.end)
        sent.sites.append(Site(cue, cue_start, cue_end, next(ends, clause.end), clause))
    return sent


def end_of_previous_word(text: str, position: int) -> int:
    """Where the word before ``position`` ends (whitespace skipped backwards)."""
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position


def _clauses(sent: Sentence, cues: list[tuple[Cue, int, int]]) -> list[Clause]:
    """The sentence's clauses, each with its subject zone, antecedent and location."""
    marks: list[tuple[int, int, str | None]] = [(sent.start, sent.start, None)]
    for brk in CLAUSE_BREAK.finditer(sent.text, sent.start, sent.end):
        marks.append((brk.start(), brk.end(), brk.group("relative")))
    clauses = []
    for index, (brk_start, start, relative) in enumerate(marks):
        end = marks[index + 1][0] if index + 1 < len(marks) else sent.end
        verb = next((s for c, s, _ in cues if c.verb and start <= s < end), end)
        zone = tuple(m for m in sent.mentions if start <= m.start and m.end <= verb)
        antecedent = location = None
        if relative is not None:
            antecedent = next((m for m in reversed(sent.mentions) if m.end <= brk_start), None)
            location = None if relative.strip(" ,").lower() == "which" else antecedent
        zone_start = start
        prefix = LOCATION_PREFIX.match(sent.text, start, end)
        if prefix and zone and zone[0].start == prefix.end() and zone[0].type in ACTIVE:
            location, zone, zone_start = zone[0], zone[1:], zone[0].end
        leading = LEADING_PHRASE.match(sent.text, zone_start, end)
        if leading and leading.end() <= verb:  # "Between the stages, …": not the subject
            zone_start = leading.end()
            zone = tuple(m for m in zone if m.start >= zone_start)
        clauses.append(Clause(start, end, zone_start, zone, antecedent, location))
    return clauses
