"""The `chemicals` package's identifier table, indexed for finding chemicals in text.

The table is the package's own tab-separated files (about 76,000 compounds), read in the
order the package loads them: the large PubChem extract first, then the curated files,
whose rows replace those of the same CAS number, then the elements. Reading the files
directly takes about a second; the package's own loader builds six indexes we do not
need and takes several.

Every name of a compound (its common name, its IUPAC name and its first 10 synonyms)
goes into one dict, built with C-level ``dict.update`` calls only; whether a name is fit
to be matched in running text is decided when it is met (`ChemicalTable.matchable`),
which costs nothing for the hundreds of thousands of names that never are.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import chain, filterfalse

from chemicals.elements import homonuclear_elements_CASs_set, periodic_table
from chemicals.identifiers import (
    PUBCHEM_ANION_DB_NAME,
    PUBCHEM_CATION_DB_NAME,
    PUBCHEM_EXAMPLE_DB_NAME,
    PUBCHEM_IONORGANIC_DB_NAME,
    PUBCHEM_LARGE_DB_NAME,
    PUBCHEM_SMALL_DB_NAME,
    folder,
)

from graph.errors import ConfigurationError


@dataclass(frozen=True, slots=True)
class ChemicalRecord:
    """One compound of the identifier table.

    Attributes:
        cas: the CAS registry number, the chemical's canonical id (``7664-41-7``).
        name: a common display name (``ammonia``).
        formula: the Hill formula as the table writes it (``H3N``), when known.
        inchikey: the InChIKey, when known.
    """

    cas: str
    name: str
    formula: str | None
    inchikey: str | None


def _words(text: str) -> frozenset[str]:
    return frozenset(word.strip() for word in text.split(",") if word.strip())


# Names in the table that, met in running text, are not the compound the table maps them
# to: English words that are some compound's common name ("release", "pipes", "stop") or
# that end like chemicals ("control", "zone", "formal", "proton"), words that are mostly
# not the substance ("lead" is mostly the verb, "salt", "oil", "air"), utilities left to
# the utility gazetteer ("steam"), mixtures or lumps the table maps to one compound
# ("natural gas" → methane, "flue gas" → carbon monoxide), generic class words ("oxide",
# "alcohols") and catalysts named after their metal ("nickel catalyst").
NAME_STOPLIST: frozenset[str] = _words(
    """steam, gas, natural gas, flue gas, oil, air, lead, salt, oxide, alcohol, alcohols,
    chlor, nickel catalyst, palladium on alumina, proton, control, zone, formal, portal,
    dual, optimum, accelerate, ignite, panose, non, aces, caps, chaps, dept, etta, halt,
    mama, pipes, release, selective, snap, stop, tada, taps, trim, crispin, india, ferron,
    samaria, polygon, anon, retinal, neoprene, monoxide"""
)
# Phrases that hold a chemical's name but name something else: they are matched so that
# the name inside them is not, and yield nothing.
NOT_CHEMICALS: frozenset[str] = _words(
    "carbon steel, stainless steel, carbon oxides, nitrogen oxides, sulfur oxides"
)
# Names the table lacks, or gives to an unusual form, for common compounds (name → CAS).
EXTRA_NAMES: dict[str, str] = {
    "alumina": "1344-28-1",
    "aluminum oxide": "1344-28-1",  # the table gives it to a rarer form (39377-45-2)
    "copper oxide": "1317-38-0",  # the table gives it to copper(I) oxide
    "magnetite": "1309-38-2",  # listed past the synonyms read
    "oleum": "8014-95-7",  # a one-word synonym of the large file (not read)
}
# Display names for compounds whose PubChem common name is a mineral, a trade name or
# an unusual form (CAS → name).
DISPLAY_NAMES: dict[str, str] = {
    "1344-28-1": "aluminum oxide",
    "1305-78-8": "calcium oxide",
    "74-85-1": "ethylene",
    "115-07-1": "propylene",
    "75-21-8": "ethylene oxide",
    "7647-01-0": "hydrogen chloride",
    "13463-40-6": "iron pentacarbonyl",
    "1317-38-0": "copper(II) oxide",
    "1317-39-1": "copper(I) oxide",
    "1309-38-2": "magnetite",
    "8014-95-7": "oleum",
    "7440-31-5": "tin",
}

# A one-word name (letters only) from the synonyms is a chemical only if it ends like a
# chemical name or is one of `_TRIVIAL_NAMES`; common and IUPAC names and element names
# need not. One-word synonyms include many English words ("detail", "fall", "marble").
_CHEMICAL_ENDING = re.compile(
    r".{2,}(?:ane|ene|yne|ol|ole|al|yde|one|ide|ate|ite|ine|in|ium|um|ia|ica|ea|ose|gen|yl"
    r"|ic|on|ur|ether|ester|amide|oxy|lactam|nitrile|form)s?"
)
_TRIVIAL_NAMES = _words("water, biuret, potash, lime, quicklime, borax")
_ELEMENT_NAMES = frozenset(element.name.lower() for element in periodic_table)
# A state or grade before a name, or a word like "solution" after it, is not part of the
# compound's name: "liquid ammonia" is found as "ammonia".
_STATE_WORDS = _words("liquid, liquefied, gaseous, aqueous, anhydrous, pure, dilute, molten")
_TAIL_WORDS = _words("solution, solutions, gas, vapor, vapour, ion, ions")
# Function words are never part of a chemical's name ("maintain a", "you care").
_FUNCTION_WORDS = _words("a, an, the, and, or, for, with, to, by, is, are, be, it, you, we")

# A name worth looking for: 3-60 characters of letters, digits and ,'()+.- starting and
# ending with a letter or digit, with a letter somewhere.
_NAME_SHAPE = re.compile(r"(?=.*[a-z])[a-z0-9][a-z0-9 ,'()+.-]{1,58}[a-z0-9]")
# ... and no letter followed by a digit (registry codes, formulas in lower case: "h2so4"),
# no bare number as a word ("ko 7", "pigment black 15"), no doubled space, not shaped
# like an equipment or stream tag ("t-705", "s-15"), not an ordinal ("2nd").
_NAME_JUNK = re.compile(
    r"[a-z]\d|(?<![^ ])\d+(?![^ ])|  |^[a-z]{1,4}-\d+[a-z]?$|^\d+(?:st|nd|rd|th)$"
)
_FIRST_WORD = re.compile(r"^[a-z0-9]+", re.MULTILINE)
_TWO_WORDS = re.compile(r"^[a-z0-9]+[^a-z0-9\n]+[a-z0-9]+", re.MULTILINE)


# The package's load order: the large PubChem extract, then the curated files.
_LARGE_FILE = PUBCHEM_LARGE_DB_NAME
_CURATED_FILES = (
    PUBCHEM_SMALL_DB_NAME,
    PUBCHEM_EXAMPLE_DB_NAME,
    PUBCHEM_CATION_DB_NAME,
    PUBCHEM_ANION_DB_NAME,
    PUBCHEM_IONORGANIC_DB_NAME,
)
# Columns: pubchem id, CAS, formula, MW, SMILES, InChI, InChIKey, IUPAC name, common
# name, synonyms. PubChem lists the usual synonyms first, then products and codes.
_NAMES_END = 19
_SYNONYMS = slice(9, _NAMES_END)
_EARLY_SYNONYMS = slice(9, 13)
_LONG_WORD = 10  # letters in a one-word early synonym of the large file


@dataclass(slots=True)
class ChemicalTable:
    """The identifier table, indexed by CAS number, lower-cased name and Hill formula.

    Attributes:
        rows: CAS number → (display name, Hill formula, InChIKey).
        names: lower-cased name or synonym → CAS number (``""`` for `NOT_CHEMICALS`). A
            name several compounds share goes to the one whose common name it is, else
            IUPAC name, else synonym, and to the curated files' compound before the
            large file's.
        formulas: Hill formula as the table writes it (``H3N``) → CAS number; where
            compounds share a formula, the one the package's own formula search returns.
        two_words: the first two runs of letters and digits of every name that has two
            or more, with what separates them (``sulfuric acid``, ``1,2``): a text can
            hold a longer name at a place only where its first two words are one of these.
        first_words: the first words of `two_words`, less function words (names with a
            function word are never matched).
        common_words: the one-word common and IUPAC names.
        curated_words: the one-word synonyms of the curated files.
    """

    rows: dict[str, tuple[str, str, str]]
    names: dict[str, str]
    formulas: dict[str, str]
    two_words: frozenset[str]
    first_words: frozenset[str]
    common_words: frozenset[str]
    curated_words: frozenset[str]

    def matchable(self, key: str) -> bool:
        """Whether a name (lower case, American spelling) may be matched in running text.

        A one-word name must be an element, a common or IUPAC name, or a synonym that ends
        like a chemical; the large file's one-word synonyms must also be long (trade
        names that are words are short: "logic", "classic", "dimension").
        """
        if key in NAME_STOPLIST or _NAME_SHAPE.fullmatch(key) is None or _NAME_JUNK.search(key):
            return False
        if key.startswith("poly"):  # the table files polymers under their monomer
            return False
        if key.isalpha():
            if key in _ELEMENT_NAMES or key in _TRIVIAL_NAMES or key in EXTRA_NAMES:
                return True
            if len(key) <= 3:  # abbreviations ("tea", "dom", "sql")
                return False
            if key in self.common_words:
                return True
            ending = _CHEMICAL_ENDING.fullmatch(key) is not None
            return ending and (key in self.curated_words or len(key) >= _LONG_WORD)
        words = key.split(" ")
        return (
            words[0] not in _STATE_WORDS
            and words[-1] not in _TAIL_WORDS
            and _FUNCTION_WORDS.isdisjoint(words)
        )

    def record(self, cas: str) -> ChemicalRecord | None:
        """The record of a CAS number, if the table has it."""
        row = self.rows.get(cas)
        if row is None:
            return None
        name, formula, inchikey = row
        return ChemicalRecord(cas, name, formula or None, inchikey or None)


class _Builder:
    """Reads the table's files into one dict of names per rank (see `ChemicalTable.names`)."""

    def __init__(self) -> None:
        self.rows: dict[str, tuple[str, str, str]] = {}
        self.formulas: dict[str, str] = {}
        self.one_word: dict[str, str] = {}  # the large file's early one-word synonyms
        self.synonyms: dict[str, str] = {}
        self.iupac: dict[str, str] = {}
        self.common: dict[str, str] = {}
        self.curated_words: set[str] = set()

    def add_file(self, path: str, curated: bool) -> None:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                self.add_row(line.rstrip("\n").split("\t"), curated)

    def add_row(self, fields: list[str], curated: bool) -> None:
        cas, formula, common = fields[1], fields[2], fields[8]
        if ", " in common:  # an inverted index name ("ethene, chloro-"): take a synonym
            common = next((name for name in fields[9:12] if ", " not in name), fields[7])
        self.rows[cas] = (DISPLAY_NAMES.get(cas, common), formula, fields[6])
        self.formulas[formula] = cas
        if curated:  # the curated files write names in mixed case
            fields = [name.lower() for name in fields[:_NAMES_END]]
            synonyms: Iterable[str] = fields[_SYNONYMS]
            self.curated_words.update(filter(str.isalpha, synonyms))
        else:  # the large file's one-word synonyms are mostly trade names ("logic")
            synonyms = filterfalse(str.isalpha, fields[_SYNONYMS])
            self.one_word.update(dict.fromkeys(filter(str.isalpha, fields[_EARLY_SYNONYMS]), cas))
        self.synonyms.update(dict.fromkeys(synonyms, cas))
        self.iupac[fields[7]] = cas
        self.common[fields[8]] = cas

    def add_elements(self) -> None:
        for element in periodic_table:
            if element.CAS in homonuclear_elements_CASs_set or element.CAS in self.rows:
                continue
            name = element.name.lower()
            self.rows[element.CAS] = (name, element.symbol, element.InChI_key or "")
            self.common[name] = element.CAS

    def finish(self) -> ChemicalTable:
        names = self.one_word
        for better in (self.synonyms, self.iupac, self.common):
            names.update(better)
        names.update((key, cas) for key, cas in EXTRA_NAMES.items() if cas in self.rows)
        names.update(dict.fromkeys(NOT_CHEMICALS, ""))
        two_words = frozenset(_TWO_WORDS.findall("\n".join(names)))
        first_words = frozenset(_FIRST_WORD.findall("\n".join(two_words))) - _FUNCTION_WORDS
        common_words = frozenset(filter(str.isalpha, chain(self.iupac, self.common)))
        return ChemicalTable(
            self.rows,
            names,
            self.formulas,
            two_words,
            first_words,
            common_words,
            frozenset(self.curated_words),
        )


def load_chemical_table() -> ChemicalTable:
    """Read the `chemicals` package's identifier files into a `ChemicalTable`.

    Raises:
        ConfigurationError: the package's data files are missing or unreadable.
    """
    builder = _Builder()
    try:
        builder.add_file(os.path.join(folder, _LARGE_FILE), curated=False)
        for file_name in _CURATED_FILES:
            builder.add_file(os.path.join(folder, file_name), curated=True)
    except (OSError, IndexError, UnicodeDecodeError) as exc:
        raise ConfigurationError(f"cannot read the chemicals identifier table: {exc}") from exc
    builder.add_elements()
    return builder.finish()
