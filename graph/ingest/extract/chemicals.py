"""Chemicals in text: names, synonyms, formulas and CAS numbers, resolved to CAS numbers.

Names are matched case-insensitively against every name of the `chemicals` package's
identifier table (see `chemical_table`), starting at word starts and ending at word ends,
British spellings included ("sulphuric acid"). Formulas are matched with their exact
case ("NH3", "NH₃", "Al2O3", "CO") and resolved only when the compound is the obvious
one (see `ChemicalLexicon._lookup_formula`); CAS numbers must have a valid check digit
and be in the table. Overlapping matches keep the longest.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate, compress, pairwise

from chemicals.elements import nested_formula_parser, periodic_table, serialize_formula
from chemicals.identifiers import check_CAS

from graph.ingest.extract.chemical_table import (
    ChemicalRecord,
    ChemicalTable,
    load_chemical_table,
)
from graph.ingest.extract.spans import EntityMention
from graph.ontology import EntityType

__all__ = ["ChemicalLexicon", "ChemicalRecord"]

_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
_SPACES = ("\n", "\t", "\r", "\xa0", "\u2009", "\u202f")  # read as a plain space in names
_WORD = re.compile(r"([a-z0-9]+)")  # ASCII: twice as fast; hits are checked for letters
_CAS = re.compile(r"(?<![\w-])\d{2,7}-\d{2}-\d(?![\w-])")
_ELEMENT_GROUP = r"[A-Z][a-z]?[0-9₀-₉]*"
_FORMULA = re.compile(
    rf"(?<![\w-])(?:{_ELEMENT_GROUP}|\((?:{_ELEMENT_GROUP})+\)[0-9₀-₉]+)+(?![\w⁺⁻^])"
)
_SYMBOL = re.compile(r"[A-Z][a-z]?")
_COUNT = re.compile(r"\d+")
_ELEMENTS = frozenset(element.symbol for element in periodic_table)
_CHEMICAL = EntityType.CHEMICAL
_CACHE_SIZE = 50_000  # names and formulas met, with what they resolved to
_MAX_WORDS = 8  # words in a name
_LETTERS = re.compile(r"[^\W\d_]+")
_AMERICAN = {"sulph": "sulf", "aluminium": "aluminum", "caesium": "cesium"}
_BRITISH = re.compile("|".join(_AMERICAN))

# One element alone is a formula only for these molecules (never "C", "In", "C2", "S8").
HOMONUCLEAR_FORMULAS = frozenset({"H2", "N2", "O2", "O3", "F2", "Cl2", "Br2", "I2"})
# Formulas with neither a digit nor a lower-case letter read like capitalised words
# ("NO", "IS", "ON", "OF", "SO"); only these are formulas, and only next to ordinary text.
BARE_FORMULAS = frozenset({"CO", "NO", "HCN", "COS", "HF", "KOH"})
# Organic formulas with two or more carbons name several isomers; these written forms are
# the usual way to write the one compound (written formula → CAS).
ORGANIC_FORMULAS: dict[str, str] = {
    "C2H2": "74-86-2",  # acetylene
    "C2H4": "74-85-1",  # ethylene
    "C2H6": "74-84-0",  # ethane
    "C3H6": "115-07-1",  # propylene
    "C3H8": "74-98-6",  # propane
    "C4H10": "106-97-8",  # n-butane
    "C6H6": "71-43-2",  # benzene
    "C2H5OH": "64-17-5",  # ethanol
    "CH3COOH": "64-19-7",  # acetic acid
    "CH3CHO": "75-07-0",  # acetaldehyde
}


def _lower(text: str) -> str:
    """Lower case with the same length as the text, every space-like character a space."""
    low = text.lower()
    if len(low) != len(text):  # "İ" is the one character whose lower case is two
        low = text.replace("\u0130", "i").lower()
    for space in _SPACES:  # str.replace is far faster than str.translate here
        if space in low:
            low = low.replace(space, " ")
    return low


def _american(low: str) -> tuple[str, list[int]]:
    """The text with American spellings, and where each shortening happened (positions
    in the American text, sorted): ``p`` maps back to ``p + bisect_right(shifts, p)``."""
    shifts: list[int] = []
    parts: list[str] = []
    done = 0
    for match in _BRITISH.finditer(low):
        parts.append(low[done : match.start()])
        parts.append(_AMERICAN[match.group()])
        done = match.end()
        shifts.append(sum(map(len, parts)))
    parts.append(low[done:])
    return "".join(parts), shifts


class ChemicalLexicon:
    """Finds chemicals in text and resolves names, formulas and CAS numbers to records.

    The identifier table is read on first use (about a second) and kept on the instance;
    share one instance across documents.
    """

    def __init__(self) -> None:
        self._table: ChemicalTable | None = None
        self._formula_cache: dict[str, str | None] = {}
        self._usable: dict[str, str | None] = {}
        self._described: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {}

    @property
    def table(self) -> ChemicalTable:
        """The identifier table, read on first use.

        Raises:
            ConfigurationError: the `chemicals` package's data files cannot be read.
        """
        if self._table is None:
            self._table = load_chemical_table()
        return self._table

    def find(self, text: str) -> list[EntityMention]:
        """The chemicals named in a text, sorted; where matches overlap, the longest wins.

        Raises:
            ConfigurationError: the `chemicals` package's data files cannot be read.
        """
        hits = self._name_hits(text) + self._formula_hits(text) + self._cas_hits(text)
        hits.sort(key=lambda hit: (hit[0] - hit[1], hit[0]))
        used = bytearray(len(text))
        taken = []
        for start, end, cas in hits:
            if used.find(1, start, end) == -1:
                used[start:end] = b"\x01" * (end - start)
                taken.append((start, end, cas))
        taken.sort()
        return [self._mention(text, start, end, cas) for start, end, cas in taken if cas]

    def resolve(self, name: str) -> ChemicalRecord | None:
        """The record of a name, synonym, formula or CAS number, if the table has one.

        Formulas are case-sensitive ("CO" is carbon monoxide, "co" is nothing); names are
        not. Names on the stop list (``steam``, ``gas`` …) resolve to nothing.

        Raises:
            ConfigurationError: the `chemicals` package's data files cannot be read.
        """
        written = " ".join(name.split())
        if _CAS.fullmatch(written):
            return self.table.record(written) if check_CAS(written) else None
        cas = self._formula_cas(written) if _FORMULA.fullmatch(written) else None
        if cas is None:
            cas = self._name_cas(_american(_lower(written))[0])
        return self.table.record(cas) if cas else None

    def _mention(self, text: str, start: int, end: int, cas: str) -> EntityMention:
        if cas not in self._described:
            record = self.table.record(cas)
            assert record is not None  # every hit was looked up in the table
            known = [("cas", cas), ("formula", record.formula), ("inchikey", record.inchikey)]
            attributes = tuple((key, value) for key, value in known if value)
            self._described[cas] = (record.name, attributes)
        name, attributes = self._described[cas]
        return EntityMention(text[start:end], start, end, _CHEMICAL, cas, name, attributes)

    def _name_cas(self, key: str) -> str | None:
        """The CAS number of a lower-cased American-spelled name fit to be matched in
        text (``""`` for a phrase that is not a chemical)."""
        if key not in self._usable:
            if len(self._usable) > _CACHE_SIZE:
                self._usable.clear()
            cas = self.table.names.get(key)
            usable = cas is not None and self.table.matchable(key)
            self._usable[key] = cas if usable else None
        return self._usable[key]

    def _name_hits(self, text: str) -> list[tuple[int, int, str]]:
        low = _lower(text)
        if _BRITISH.search(low) is None:
            return self._scan_names(low)
        american, shifts = _american(low)
        return [
            (start + bisect_right(shifts, start), end + bisect_right(shifts, end), cas)
            for start, end, cas in self._scan_names(american)
        ]

    def _scan_names(self, low: str) -> list[tuple[int, int, str]]:
        """Names that start and end at word boundaries of a lower-cased text.

        The one-word lookups run in C (``map`` over the dict, ``compress`` to keep the
        hits); the loop runs only where a word can start a longer name.
        """
        table = self.table
        names, two_words, first_words = table.names, table.two_words, table.first_words
        parts = _WORD.split(low)  # separator, word, separator, word, ..., separator
        offsets = list(accumulate(map(len, parts)))
        words, starts, ends = parts[1::2], offsets[0::2], offsets[1::2]
        indexes = range(len(words))
        hits = [(starts[i], ends[i]) for i in compress(indexes, map(names.__contains__, words))]
        for index in compress(indexes[:-1], map(first_words.__contains__, words)):
            start = starts[index]
            if low[start : ends[index + 1]] in two_words:
                following = ends[index + 1 : index + _MAX_WORDS]
                hits.extend((start, stop) for stop in following if low[start:stop] in names)
        found = [(start, end, self._name_cas(low[start:end])) for start, end in hits]
        return [
            (start, end, cas)
            for start, end, cas in found
            if cas is not None and not _inside_word(low, start, end)
        ]

    def _formula_hits(self, text: str) -> list[tuple[int, int, str]]:
        hits = []
        for match in _FORMULA.finditer(text):
            written = match.group()
            cas = self._formula_cas(written)
            if cas is None or (written in BARE_FORMULAS and _among_capitals(text, match)):
                continue
            hits.append((match.start(), match.end(), cas))
        return hits

    def _cas_hits(self, text: str) -> list[tuple[int, int, str]]:
        return [
            (match.start(), match.end(), match.group())
            for match in _CAS.finditer(text)
            if check_CAS(match.group()) and match.group() in self.table.rows
        ]

    def _formula_cas(self, written: str) -> str | None:
        """The CAS number of a formula as written, if it is the obvious compound's."""
        if written not in self._formula_cache:
            if len(self._formula_cache) > _CACHE_SIZE:
                self._formula_cache.clear()
            self._formula_cache[written] = self._lookup_formula(written.translate(_SUBSCRIPTS))
        return self._formula_cache[written]

    def _lookup_formula(self, formula: str) -> str | None:
        """The CAS number of a formula (digits, not subscripts) when it names one obvious
        compound: known elements with counts below 100, not one element alone (but
        `HOMONUCLEAR_FORMULAS`), not all capitals without digits (but `BARE_FORMULAS`), at
        most one carbon (but `ORGANIC_FORMULAS`); then the table's compound for it."""
        if formula in ORGANIC_FORMULAS:
            cas = ORGANIC_FORMULAS[formula]
            return cas if cas in self.table.rows else None
        symbols = _SYMBOL.findall(formula)
        if not set(symbols) <= _ELEMENTS or any(
            count.startswith("0") or len(count) > 2 for count in _COUNT.findall(formula)
        ):
            return None
        if len(symbols) == 1 and formula not in HOMONUCLEAR_FORMULAS:
            return None
        if any(a == b != "O" for a, b in pairwise(symbols)):
            return None  # "CFF2" is a font table, not a formula; "COOH" is fine
        if formula.isupper() and formula.isalpha() and formula not in BARE_FORMULAS:
            return None
        if nested_formula_parser(formula).get("C", 0) > 1:
            return None
        return self.table.formulas.get(serialize_formula(formula))


def _inside_word(low: str, start: int, end: int) -> bool:
    """Whether a span found between ASCII words touches a non-ASCII letter or digit."""
    return (start > 0 and low[start - 1].isalnum()) or (end < len(low) and low[end].isalnum())


def _among_capitals(text: str, match: re.Match[str]) -> bool:
    """Whether a formula that reads like a word ("NO") stands among capitalised words only
    ("NO FLOW", a table cell "NO"), where it is more likely a word than a formula."""
    before = _LETTERS.findall(text[max(0, match.start() - 40) : match.start()])
    after = _LETTERS.findall(text[match.end() : match.end() + 40])
    neighbours = before[-1:] + after[:1]
    return all(word.isupper() for word in neighbours)
