"""One handler per cue frame: the relations a cue site gives in its sentence."""

from __future__ import annotations

from collections.abc import Callable

from graph.ingest.extract.arguments import (
    Fits,
    acted_on,
    admits,
    fit_relation,
    fitted_pairs,
    object_mentions,
    role_fits,
    subject_mentions,
)
from graph.ingest.extract.clauses import Sentence, Site
from graph.ingest.extract.cues import Cue, Frame
from graph.ingest.extract.patterns import (
    ACTIVE,
    DESTINATION_BEFORE,
    FLOW,
    INTO,
    UNITS,
    Found,
    allowed,
    is_short_gap,
)
from graph.ingest.extract.spans import EntityMention, Method
from graph.ontology import EntityType, RelationType

E = EntityType
R = RelationType


def _clause_frame(sent: Sentence, site: Site) -> list[Found]:
    """Subject — cue — object, or (passive) object — cue — agent or the clause's place."""
    cue = site.cue
    if cue.passive:
        patients, method = acted_on(sent, site)
        if not patients:
            return []
        acts_on: Fits = lambda m: any(fit_relation(cue, m, p) for p in patients)  # noqa: E731
        after = object_mentions(sent, site.end, site.reach, acts_on, blocking=False)
        agents = ([m for m in after if m.type in UNITS] or after)[:1]
        if not agents and site.clause.location is not None:
            agents = [site.clause.location]
        return fitted_pairs(cue, agents, patients, method)
    agents, method = subject_mentions(sent, site, role_fits(cue, agent=True))
    if not agents:
        return []
    fits: Fits = lambda m: any(fit_relation(cue, a, m) for a in agents)  # noqa: E731
    if cue.frame is Frame.SEPARATE:
        patients = [m for m in sent.mentions if site.end <= m.start and m.end <= site.reach]
        patients = [m for m in patients if fits(m)]
    else:
        patients = object_mentions(sent, site.end, site.reach, fits)
    return fitted_pairs(cue, agents, patients, method)


def _move(sent: Sentence, site: Site) -> list[Found]:
    """Material goes to the mention after the cue, from the unit it was last in."""
    targets = object_mentions(sent, site.end, site.reach, lambda m: m.type in FLOW)
    if not targets:
        return []
    zone = [m for m in site.clause.zone if m.end <= site.start]
    sources = [m for m in zone if m.type is E.STREAM]
    before = [m for m in sent.mentions if m.end <= site.start and m.type in FLOW]
    if before and before[-1] not in sources:
        last = before[-1]
        if not DESTINATION_BEFORE.search(sent.text, max(0, last.start - 60), last.start):
            sources.append(last)
    found: list[Found] = [(R.FEEDS, s, t, Method.PATTERN) for s in sources for t in targets]
    if site.cue.feeds_material:
        chemicals = [m for m in zone if m.type is E.CHEMICAL]
        found.extend((R.CONSUMES, t, m, Method.PATTERN) for m in chemicals for t in targets)
    return found


def _form(sent: Sentence, site: Site) -> list[Found]:
    """ "… to form B": B is produced where the clause happens, from the chemicals before."""
    clause = site.clause
    place = clause.location or next((m for m in clause.zone if m.type in ACTIVE), None)
    reactants = [
        m
        for m in sent.mentions
        if clause.zone_start <= m.start and m.end <= site.start and m.type is E.CHEMICAL
    ]
    found: list[Found] = []
    if place is not None:
        products = object_mentions(
            sent, site.end, site.reach, lambda m: allowed(R.PRODUCES, place, m)
        )
        found.extend((R.PRODUCES, place, m, Method.PATTERN) for m in products)
        found.extend((R.CONSUMES, place, m, Method.PATTERN) for m in reactants)
    if 2 <= len(reactants) <= 3:
        found.extend(
            (R.REACTS_WITH, a, b, Method.PATTERN)
            for i, a in enumerate(reactants)
            for b in reactants[i + 1 :]
        )
    return found


_CONSUMING = Cue("", Frame.CLAUSE, ((R.CONSUMES, True),))


def _convert(sent: Sentence, site: Site) -> list[Found]:
    """ "X converts A into B": X consumes A and produces B."""
    consuming = Site(_CONSUMING, site.start, site.end, site.reach, site.clause)
    agents, method = subject_mentions(sent, consuming, role_fits(_CONSUMING, agent=True))
    split = INTO.search(sent.text, site.end, site.reach)
    middle = split.start() if split else site.reach
    found: list[Found] = []
    for agent in agents:
        taken = object_mentions(sent, site.end, middle, admits(R.CONSUMES, agent))
        found.extend((R.CONSUMES, agent, m, method) for m in taken)
        if split is not None:
            given = object_mentions(sent, split.end(), site.reach, admits(R.PRODUCES, agent))
            found.extend((R.PRODUCES, agent, m, method) for m in given)
    return found


def _nearest_catalyst(sent: Sentence, before: int) -> EntityMention | None:
    """The catalyst named last before ``before``, unless a unit is named in between."""
    for mention in reversed(sent.mentions):
        if mention.end <= before:
            if mention.type is E.CATALYST:
                return mention
            if mention.type in UNITS:
                return None
    return None


def _composition(sent: Sentence, site: Site) -> list[Found]:
    """ "catalyst promoted with A and B": A and B are part of the catalyst."""
    catalyst = _nearest_catalyst(sent, site.start)
    if catalyst is None:
        return []
    parts = object_mentions(sent, site.end, site.reach, lambda m: m.type is E.CHEMICAL)
    return [(R.PART_OF, m, catalyst, Method.PATTERN) for m in parts]


def _support(sent: Sentence, site: Site) -> list[Found]:
    """ "on a silica carrier": the chemical just before the cue is part of the catalyst."""
    before = [m for m in sent.mentions if m.end <= site.start]
    if not before or before[-1].type is not E.CHEMICAL:
        return []
    if not sent.text[before[-1].end : site.start].isspace():
        return []
    catalyst = _nearest_catalyst(sent, before[-1].start)
    return [] if catalyst is None else [(R.PART_OF, before[-1], catalyst, Method.PATTERN)]


def _catalyst_in(sent: Sentence, site: Site) -> list[Found]:
    """ "the catalyst used in R-201 is a Cu/ZnO/Al2O3 catalyst"."""
    unit = next((m for m in sent.mentions if m.start >= site.end), None)
    if unit is None or unit.type not in ACTIVE:
        return []
    catalysts = [m for m in sent.mentions if m.type is E.CATALYST]
    if not catalysts or not is_short_gap(sent.text, site.end, unit.start):
        return []
    nearest = min(catalysts, key=lambda m: abs(m.start - site.start))
    return [(R.CATALYZED_BY, unit, nearest, Method.PATTERN)]


def _nothing(sent: Sentence, site: Site) -> list[Found]:
    return []


HANDLERS: dict[Frame, Callable[[Sentence, Site], list[Found]]] = {
    Frame.CLAUSE: _clause_frame,
    Frame.SEPARATE: _clause_frame,
    Frame.CONVERT: _convert,
    Frame.MOVE: _move,
    Frame.FORM: _form,
    Frame.COMPOSITION: _composition,
    Frame.SUPPORT: _support,
    Frame.CATALYST_IN: _catalyst_in,
    Frame.VERB: _nothing,
}
