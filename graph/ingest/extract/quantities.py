"""Quantities in engineering prose: numbers with units, counts and ratios, normalised to SI.

    finder = QuantityFinder()
    finder.find("R-101 operates at about 200 bar between 400 and 500 °C.")
    # [200 bar (pressure, 2e7 pascal), between 400 and 500 °C (temperature, 723.15 K)]

Three passes over the text, each one compiled regex: numbers followed by a unit (the
table in ``units``); the nouns tray, stage, bed and the time words, with the count or
spelled-out number before them (``40 sieve trays``, ``four catalyst beds``, ``one
millisecond``); and numbers after the word "ratio" (``reflux ratio of 1.8``, ``H2/N2
ratio of 3:1``). Where two hits overlap the earlier, then the longer, wins.

What a percentage or a time measures comes from the words before it (``conversion of
25 %``, ``residence time of 2 s``) or right after it (``99.5 % selectivity``).
Approximations (``about``, ``~``) stay outside the span; bounds (``below``, ``above
about``, ``less than``) and ``between … and`` are inside it.
"""

from __future__ import annotations

import re

from graph.ingest.extract.spans import QuantityKind, QuantityMention
from graph.ingest.extract.units import (
    KIND_OF,
    NOT_AFTER,
    NUMBER,
    SPACE,
    UNIT_FORMS,
    WORD_NUMBERS,
    Dim,
    SIConverter,
    UnitDef,
    parse_number,
    unit_alternation,
    words,
)

_UNIT_END = r"(?![^\W_]|[-\u2010/^⁻][^\W_]|⁻)"

_MAIN = re.compile(
    rf"{NOT_AFTER}(?P<lo>{NUMBER})"
    rf"(?:(?P<sep>{SPACE}*[\u2013\u2012-]{SPACE}*|{SPACE}+(?:to|and){SPACE}+)(?P<hi>{NUMBER}))?"
    rf"(?P<gap>{SPACE}*|-)(?P<unit>{unit_alternation()}){_UNIT_END}"
)


_WORDS = "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
_ADJ = (
    r"sieve|valve|bubble[- ]cap|theoretical|ideal|equilibrium|actual|real|catalyst|catalytic"
    r"|adiabatic|fixed|packed|separate|additional|identical|radial|axial|radial-flow"
    r"|axial-flow|distillation|absorption|stripping|rectifying|fractionation|separation"
)
_COUNTED = re.compile(r"[TtPpSsBbMmHhDd](?:ray|late|tage|ed|illisecond|econd|inute|our|ay)s?\b")
_COUNT_NOUNS = words("tray plate stage bed")
_TIME_NOUNS = words("millisecond second minute hour day")
_COUNT_BEFORE = re.compile(
    rf"(?i)(?<![\w.,/\-])(?P<n>\d+|{_WORDS})(?P<adj>(?:(?:{SPACE}+|-)(?:{_ADJ}))*)"
    rf"(?:{SPACE}+|-)$"
)
_RATIO = re.compile(
    rf"\b(?P<kw>(?:[Rr]eflux{SPACE}+)?[Rr]atio)s?\b"
    r"(?P<gap>(?:[^\d\n;!?.]|\.(?!\s+[A-Z])|(?<=[A-Za-z])\d+|(?<=[A-Z]-)\d+){0,60}?)"
    rf"{NOT_AFTER}(?P<a>\d+(?:\.\d+)?)(?:{SPACE}*:{SPACE}*(?P<b>\d+(?:\.\d+)?))?(?![\d.]*\d)"
)

_BOUNDARY = re.compile(r"[.!?](?=\s+[A-Z(])|[;\n]")
_LEAD = re.compile(
    r"(?:(?P<between>\bbetween)|\b(?:below|above|under|over|less\s+than|more\s+than"
    r"|greater\s+than|at\s+least|at\s+most|up\s+to|in\s+excess\s+of|not\s+more\s+than"
    r"|not\s+less\s+than)\b|(?<![^\s(|])[<>≤≥]=?)"
    r"\s*(?:(?:about|approximately|approx\.|roughly|around|ca\.|circa|nearly|~|≈)\s*)?$",
    re.IGNORECASE,
)
_LEAD_KEYS = words("betw below above under over than least most up excess < > ≤ ≥")
_KIND_BEFORE = re.compile(
    r"\b(?:(?P<conversion>conver(?:sion|sions|ted|ts|t))|(?P<selectivity>selectivit(?:y|ies))"
    r"|(?P<yield>yields?)|(?P<concentration>concentrations?|content|purity|containing"
    r"|contains?|strength|fraction))\b",
    re.IGNORECASE,
)
_KIND_AFTER = re.compile(
    rf"{SPACE}*(?:(?:overall|total|molar|mass|carbon|single-pass|per-pass|once-through){SPACE}+)?"
    r"(?:(?P<conversion>conversion)|(?P<selectivity>selectivity)|(?P<yield>yield)"
    r"|(?P<concentration>purity))\b",
    re.IGNORECASE,
)
_RESIDENCE = re.compile(
    r"\b(?:residence|contact|space|hold-?up|dwell|retention)[\s-]+times?\b", re.IGNORECASE
)
_RESIDENCE_AFTER = re.compile(
    rf"{SPACE}*(?:[a-z]+{SPACE}+)?(?:residence|contact|space|dwell)[\s-]+time\b", re.IGNORECASE
)
_TEMPERATURE_CUE = re.compile(
    r"°|\b(?:temp(?:erature)?s?|heat\w*|cool\w*|hot|warm\w*|boil\w*|melt\w*|superheat\w*"
    r"|preheat\w*|chill\w*|quench\w*|freez\w*)\b",
    re.IGNORECASE,
)
_COLUMN_CUE = re.compile(
    r"\b(?:columns?|towers?|distillation|absorbers?|strippers?|splitters?|fractionat\w*"
    r"|rectif\w*|scrubbers?)\b",
    re.IGNORECASE,
)
_STAGE_ADJ = words(
    "theoretical ideal equilibrium actual real distillation absorption stripping rectifying"
    " fractionation separation"
)
_RATIO_LEAD = words(
    "of is was were be are at about approx. approximately around roughly ca. circa near"
    " nearly typically usually above below between from to than exceeds exceed over under"
    " kept maintained minimum maximum"
)
_YIELD_KINDS = frozenset({QuantityKind.CONVERSION, QuantityKind.SELECTIVITY, QuantityKind.YIELD})


def _clause_start(text: str, start: int, floor: int, reach: int = 80) -> int:
    """Where the words that may describe a number at ``start`` begin (same sentence)."""
    begin = max(floor, start - reach)
    for boundary in _BOUNDARY.finditer(text, begin, start):
        begin = boundary.end()
    return begin


def _kind_word(text: str, start: int, end: int, floor: int) -> QuantityKind | None:
    """The kind a percentage is tied to by the word right after it, or the last one before."""
    found = _KIND_AFTER.match(text, end)
    if found is None:
        before = list(_KIND_BEFORE.finditer(text, _clause_start(text, start, floor), start))
        found = before[-1] if before else None
    return QuantityKind(found.lastgroup) if found and found.lastgroup else None


def _is_residence(text: str, start: int, end: int, floor: int) -> bool:
    return bool(
        _RESIDENCE_AFTER.match(text, end)
        or _RESIDENCE.search(text, _clause_start(text, start, floor), start)
    )


def _kind(text: str, dim: Dim, span: tuple[int, int], floor: int) -> QuantityKind:
    """What a number with a unit of ``dim`` at ``span`` measures."""
    direct = KIND_OF.get(dim)
    if direct is not None:
        return direct
    start, end = span
    if dim is Dim.TIME:
        residence = _is_residence(text, start, end, floor)
        return QuantityKind.RESIDENCE_TIME if residence else QuantityKind.DURATION
    word = _kind_word(text, start, end, floor)
    if dim is Dim.COMPOSITION:
        return word if word in _YIELD_KINDS else QuantityKind.CONCENTRATION
    return word or QuantityKind.OTHER


def _temperature_cue(text: str, start: int, end: int) -> bool:
    """Whether words near a bare ``C`` say it is degrees Celsius."""
    return bool(
        _TEMPERATURE_CUE.search(text, _clause_start(text, start, 0), start)
        or _TEMPERATURE_CUE.search(text, end, end + 30)
    )


def _lead(text: str, start: int) -> re.Match[str] | None:
    """``between``, or a bound (``below``, ``above about``), right before a number."""
    window = text[max(0, start - 40) : start].lower()
    if not any(key in window for key in _LEAD_KEYS):
        return None
    return _LEAD.search(text, max(0, start - 40), start)


def _decade(match: re.Match[str]) -> bool:
    """``1990s`` or ``100s``: a round number glued to an ``s`` is not seconds."""
    lo = match["lo"]
    return not match["gap"] and match["hi"] is None and lo.isdigit() and lo.endswith("0")


def _settle(found: list[QuantityMention]) -> list[QuantityMention]:
    """Non-overlapping mentions by start; on an overlap the earlier, then the longer, wins."""
    found.sort(key=lambda q: (q.start, -q.end))
    kept: list[QuantityMention] = []
    for mention in found:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


class QuantityFinder:
    """Finds quantities in text and normalises them to SI (see the module docstring)."""

    def __init__(self) -> None:
        self._si = SIConverter()

    def find(self, text: str) -> list[QuantityMention]:
        """Every quantity in ``text``, sorted by start and non-overlapping."""
        found = self._with_units(text)
        found += self._counted(text)
        found += _ratios(text)
        return _settle(found)

    def _mention(
        self,
        text: str,
        span: tuple[int, int],
        unit: UnitDef,
        written: str,
        kind: QuantityKind,
        values: tuple[float, float | None, float | None],
    ) -> QuantityMention:
        value, low, high = values
        factor, offset, unit_si = self._si.conversion(unit)
        return QuantityMention(
            text[span[0] : span[1]], span[0], span[1], kind, value, written,
            value * factor + offset, unit_si, low, high,
        )  # fmt: skip

    def _with_units(self, text: str) -> list[QuantityMention]:
        found: list[QuantityMention] = []
        floor = 0
        for match in _MAIN.finditer(text):
            mention = self._unit_hit(text, match, floor)
            if mention is not None:
                found.append(mention)
                floor = mention.end
        return found

    def _unit_hit(self, text: str, match: re.Match[str], floor: int) -> QuantityMention | None:
        """The mention for one number-and-unit match, or ``None`` when it is not one."""
        written, end = match["unit"], match.end()
        unit = UNIT_FORMS["".join(written.split())]
        if unit.needs_cue and not _temperature_cue(text, match.start(), end):
            return None
        if written == "s" and _decade(match):
            return None
        lead = _lead(text, match.start())
        between = lead is not None and lead["between"] is not None
        values: tuple[float, float | None, float | None]
        if match["hi"] is None:
            start = lead.start() if lead is not None and not between else match.start()
            values = (parse_number(match["lo"]), None, None)
        elif match["sep"].strip() == "and" and not between:  # "5 and 10 bar": the last one
            start = match.start("hi")
            values = (parse_number(match["hi"]), None, None)
        else:
            start = lead.start() if lead is not None and between else match.start()
            low, high = parse_number(match["lo"]), parse_number(match["hi"])
            values = ((low + high) / 2, low, high)
        kind = _kind(text, unit.dim, (start, end), floor)
        return self._mention(text, (start, end), unit, written, kind, values)

    def _counted(self, text: str) -> list[QuantityMention]:
        """Counts of trays, stages and beds (``40 sieve trays``) and spelled-out times."""
        found: list[QuantityMention] = []
        for noun in _COUNTED.finditer(text):
            start, end = noun.span()
            word = noun[0].lower().rstrip("s")
            if (start and text[start - 1].isalnum()) or word not in _COUNT_NOUNS | _TIME_NOUNS:
                continue
            number = _COUNT_BEFORE.search(text, max(0, start - 80), start)
            if number is None:
                continue
            if word in _COUNT_NOUNS:
                mention = _count(text, number, word, end)
            elif not number["adj"] and not number["n"].isdigit():  # "one millisecond"
                value = float(WORD_NUMBERS[number["n"].lower()])
                span = (number.start(), end)
                kind = _kind(text, Dim.TIME, span, 0)
                unit = UNIT_FORMS[word]
                mention = self._mention(text, span, unit, noun[0], kind, (value, None, None))
            else:
                continue
            if mention is not None:
                found.append(mention)
        return found


def _count(text: str, number: re.Match[str], noun: str, end: int) -> QuantityMention | None:
    """A count of trays, plates, stages or beds; stages and plates only in a column."""
    start = number.start()
    if noun in ("stage", "plate"):
        adjectives = set(re.split(r"[\s-]+", number["adj"].lower()))
        near = _COLUMN_CUE.search(text, _clause_start(text, start, 0, 120), end + 60)
        if not adjectives & _STAGE_ADJ and near is None:
            return None
    n = number["n"]
    count = float(int(n) if n.isdigit() else WORD_NUMBERS[n.lower()])
    kind = QuantityKind.NUMBER_OF_BEDS if noun == "bed" else QuantityKind.NUMBER_OF_TRAYS
    return QuantityMention(text[start:end], start, end, kind, count, None, count, "")


def _ratios(text: str) -> list[QuantityMention]:
    """Numbers after the word "ratio" (``steam-to-carbon ratio of 3.0``, ``3:1``)."""
    found: list[QuantityMention] = []
    for match in _RATIO.finditer(text):
        cell = match["gap"].rsplit("|", 1)  # in a table row, the cell after the name
        words = [word.strip("(=:~≈").lower() for word in cell[-1].split()]
        leads = words if len(cell) == 2 else words[-1:]
        if not all(word in _RATIO_LEAD for word in leads if word):
            continue
        value = float(match["a"])
        if match["b"] is not None:
            if float(match["b"]) == 0:
                continue
            value /= float(match["b"])
        reflux = match["kw"].lower().startswith("reflux")
        kind = QuantityKind.REFLUX_RATIO if reflux else QuantityKind.RATIO
        start, end = match.start("a"), match.end()
        found.append(QuantityMention(text[start:end], start, end, kind, value, None, value, ""))
    return found
