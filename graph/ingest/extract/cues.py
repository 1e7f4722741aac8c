"""The cue table: words that signal a process relation, and how each maps its two sides.

Each ``Cue`` names a verb phrase (or a preposition) and how its two sides map to a
relation: the *agent* is the one acting (the heater, the reactor, the source of a flow),
the *patient* is acted on. In ``"E-101 heats the feed"`` the agent is the subject; in
``"the feed is heated in E-101"`` (``passive``) it follows the cue. ``options`` lists the
relation types the cue may mean, each with whether the agent is the relation's head; the
first whose ontology rule admits the pair wins. All word lists are this project's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from graph.ontology import EntityType, RelationType

R = RelationType


class Frame(StrEnum):
    """How a cue's arguments are found around it."""

    CLAUSE = "clause"  # subject — cue — object (or object — passive cue — agent)
    SEPARATE = "separate"  # like CLAUSE, but every stream/chemical after the cue is a product
    CONVERT = "convert"  # "X converts A into B": A consumed, B produced
    MOVE = "move"  # material moves to the mention after the cue from the one before it
    FORM = "form"  # "... to form B": B produced where the clause happens
    COMPOSITION = "composition"  # "catalyst promoted with A and B": A, B part of the catalyst
    SUPPORT = "support"  # "on a silica carrier": the chemical before the cue
    CATALYST_IN = "catalyst_in"  # "the catalyst used in R-201 is …"
    VERB = "verb"  # a verb that only ends the subject (operates, is, has …)


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue: its words (a regular expression), frame and possible meanings."""

    words: str
    frame: Frame
    options: tuple[tuple[RelationType, bool], ...] = ()
    passive: bool = False
    only: frozenset[EntityType] = frozenset()  # the patient must be one of these, if given
    feeds_material: bool = False  # MOVE: a chemical moved into equipment is consumed there
    verb: bool = True  # a verb ends the subject of its clause and bounds the objects before it
    after_mention: bool = False  # a word that is also a noun: a verb only right after a mention


_AUX = r"(?:is|are|was|were|being|been|be)\s+(?:\w+ly\s+|then\s+|also\s+|not\s+)?"
_CATALYST_ONLY = frozenset({EntityType.CATALYST})
_FLOWS = ((R.FEEDS, True),)
_CONSUMES = ((R.CONSUMES, True),)
_PRODUCES = ((R.PRODUCES, True),)

# Ordered: at one position the first matching cue wins, so longer phrases come first.
CUES: tuple[Cue, ...] = (
    Cue(r"catalysts?\s+(?:used|installed|loaded|charged)?\s*in", Frame.CATALYST_IN, verb=False),
    Cue(
        _AUX + r"(?:packed|loaded|filled|charged)\s+with|packed\s+with|filled\s+with",
        Frame.CLAUSE,
        ((R.CATALYZED_BY, True),),
        only=_CATALYST_ONLY,
    ),
    Cue(
        r"contains|contain|holds|uses|employs",
        Frame.CLAUSE,
        ((R.CATALYZED_BY, True),),
        only=_CATALYST_ONLY,
    ),
    Cue(
        r"over\s+(?:an?|the)",
        Frame.CLAUSE,
        ((R.CATALYZED_BY, True),),
        only=_CATALYST_ONLY,
        verb=False,
    ),
    Cue(
        r"promoted\s+(?:with|by)|containing|doped\s+with|consisting\s+of|composed\s+of|"
        r"supported\s+on|with\s+(?:small\s+|minor\s+)?(?:amounts|traces|quantities)\s+of",
        Frame.COMPOSITION,
        verb=False,
    ),
    Cue(r"carrier|support", Frame.SUPPORT, verb=False),
    Cue(
        _AUX + r"(?:directly\s+)?(?:connected|linked|tied|coupled|piped)\s+(?:to|with)",
        Frame.CLAUSE,
        ((R.CONNECTED_TO, True),),
    ),
    Cue(
        _AUX
        + r"(?:a\s+)?(?:part|section|stage)\s+of|belongs?\s+to|forms?\s+part\s+of|"
        + _AUX
        + r"(?:located|installed|situated)\s+in",
        Frame.CLAUSE,
        ((R.PART_OF, True),),
    ),
    Cue(
        _AUX + r"(?:fed|charged|sprayed|injected|introduced)\s+(?:back\s+)?(?:to|into)",
        Frame.MOVE,
        _FLOWS,
        feeds_material=True,
    ),
    Cue(
        _AUX + r"(?:sent|routed|pumped|returned|recycled|delivered|transferred|directed|"
        r"passed|let\s+down|carried\s+over|piped)\s+(?:back\s+|on\s+)?(?:to|into|through)|"
        r"enters|enter|passes\s+(?:on\s+)?(?:through|to|into)|flows?\s+(?:\w+\s+)?(?:to|into)|"
        r"goes\s+(?:on\s+)?to|returns?\s+to|drains?\s+to",
        Frame.MOVE,
        _FLOWS,
    ),
    Cue(r"feeds|supplies|delivers", Frame.CLAUSE, _FLOWS),
    Cue(r"feed|supply", Frame.CLAUSE, _FLOWS, after_mention=True),
    Cue(r"heat", Frame.CLAUSE, ((R.HEATS, True),), after_mention=True),
    Cue(r"cool", Frame.CLAUSE, ((R.COOLS, True),), after_mention=True),
    Cue(
        r"receives|receive|" + _AUX + r"(?:fed|supplied)\s+(?:by|from)",
        Frame.CLAUSE,
        ((R.FEEDS, False),),
    ),
    Cue(
        r"(?:" + _AUX + r")?(?:produced|generated|formed|made|obtained|raised)\s+(?:in|by)",
        Frame.CLAUSE,
        _PRODUCES,
        passive=True,
    ),
    Cue(
        r"produces|produce|yields|generates|generate|raises|raising|releases|forms",
        Frame.CLAUSE,
        _PRODUCES,
    ),
    Cue(r"to\s+form|forming|to\s+give|giving|to\s+produce|producing|to\s+yield", Frame.FORM),
    Cue(r"converts|convert|hydrogenates|oxidi[sz]es|dehydrogenates|transforms", Frame.CONVERT),
    Cue(
        _AUX + r"(?:consumed|burned|burnt|compressed|removed|absorbed|treated|processed|"
        r"stripped|dried|purified|scrubbed|captured|decomposed|converted|oxidi[sz]ed|"
        r"hydrogenated)",
        Frame.CLAUSE,
        _CONSUMES,
        passive=True,
    ),
    Cue(
        r"consumes|consume|burns|compresses|compress|removes|remove|absorbs|treats|"
        r"strips|dries|purifies|scrubs|captures|decomposes",
        Frame.CLAUSE,
        _CONSUMES,
    ),
    Cue(
        r"(?:reduces|lowers|limits|cuts)"
        r"(?=\s+the\s+[\w-]+(?:\s+[\w-]+)?\s+(?:content|concentration|level)s?\b)",
        Frame.CLAUSE,
        _CONSUMES,
    ),
    Cue(r"by\s+contact\s+with|by\s+means\s+of|using", Frame.CLAUSE, _CONSUMES, verb=False),
    Cue(
        r"(?:" + _AUX + r")?(?:heated|preheated|superheated|reheated|warmed|vapori[sz]ed|"
        r"evaporated)(?=\s+(?:in|by|with|against))|"
        + _AUX
        + r"(?:heated|preheated|superheated|reheated|warmed|vapori[sz]ed|evaporated)",
        Frame.CLAUSE,
        ((R.HEATS, True),),
        passive=True,
    ),
    Cue(
        r"heats|preheats|superheats|reheats|warms|vapori[sz]es|evaporates|boils",
        Frame.CLAUSE,
        ((R.HEATS, True),),
    ),
    Cue(
        r"(?:" + _AUX + r")?(?:cooled|chilled|quenched|condensed|refrigerated)"
        r"(?=\s+(?:in|by|with|against))|"
        + _AUX
        + r"(?:cooled|chilled|quenched|condensed|refrigerated)",
        Frame.CLAUSE,
        ((R.COOLS, True),),
        passive=True,
    ),
    Cue(r"cools|chills|quenches|condenses|refrigerates", Frame.CLAUSE, ((R.COOLS, True),)),
    Cue(
        _AUX + r"(?:separated|split|fractionated|distill?ed)",
        Frame.SEPARATE,
        ((R.SEPARATES_INTO, True),),
        passive=True,
    ),
    Cue(
        r"separates|separate|splits|fractionates|distill?s",
        Frame.SEPARATE,
        ((R.SEPARATES_INTO, True),),
    ),
    Cue(r"reacts?\s+(?:\w+ly\s+)?with|combines?\s+with", Frame.CLAUSE, ((R.REACTS_WITH, True),)),
    Cue(
        r"operates|operate|is|are|was|were|has|have|leaves|leave|exits|runs|consists|"
        r"includes|serves|keeps|sets|controls|must|can|may|should|will",
        Frame.VERB,
    ),
)

# One pass finds every cue: group ``c<i>`` is ``CUES[i]``. The word-start test comes first so
# that the alternatives are only tried where a word begins.
CUE_PATTERN = re.compile(
    r"\b(?=[A-Za-z])(?:"
    + "|".join(rf"(?P<c{i}>(?:{cue.words}))(?![\w-])" for i, cue in enumerate(CUES))
    + ")",
    re.IGNORECASE,
)
