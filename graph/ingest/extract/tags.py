"""Equipment tags (``R-101``, ``E-201A``, ``TK-501``) and stream ids (``S-12``, "stream 5").

Tag rules, in our own convention (ISA-like letter prefixes):

* A tag is a known letter prefix (``EQUIPMENT_PREFIXES``), a separator and 2-4 digits,
  with an optional upper-case train letter: ``R-101``, ``E-201A``, ``K-1001``. In running
  text the separator is a hyphen (any dash) for 2-4 digits; a tag written without a
  separator (``R101``) needs 3-4 digits, so fractions such as "C10" are not tags. Spaces
  and lower case are accepted only by ``normalise_tag``, never by the finder: "T 300" in
  running text is too often something else.
* ``P-201A/B`` names two items: the finder returns ``P-201A`` (span ``P-201A``) and
  ``P-201B`` (span ``B``), so both pumps become entities and the spans never overlap.
* Ranges (``E-801…E-806``) give their two end tags only.
* An ``R`` tag right after the word "refrigerant" is a refrigerant number (R-22, R-717),
  not a reactor, and is skipped.

Stream rules: ``S-12`` in text, and "stream 12" / "streams 11, 12 and 13" (the span is
the number). Stream numbers are zero-padded to two digits, the width of the plant's stream
table (``S-01`` … ``S-23``): "stream 5" and "S-5" both give ``S-05``; numbers of three
digits are kept as written (``S-105``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.errors import InvalidInput
from graph.ingest.extract.spans import EntityMention
from graph.ontology import EntityType

EQUIPMENT_PREFIXES: dict[str, str] = {
    "ABS": "absorber",
    "AC": "air cooler",
    "B": "boiler",
    "C": "column",
    "CT": "cooling tower",
    "D": "drum",
    "E": "heat exchanger",
    "EL": "electrolyser",
    "F": "furnace",
    "FL": "flare",
    "G": "generator",
    "H": "fired heater",
    "IX": "ion exchanger",
    "J": "ejector",
    "K": "compressor",
    "M": "mixer",
    "P": "pump",
    "PRV": "relief valve",
    "PSV": "safety valve",
    "R": "reactor",
    "T": "column",
    "TK": "tank",
    "V": "vessel",
    "X": "miscellaneous",
}
STREAM_PREFIX = "S"
STREAM_ID_WIDTH = 2

_DASHES = "\\-\u2010\u2011\u2012\u2013"
_PREFIX_ALTERNATION = "|".join(sorted(EQUIPMENT_PREFIXES, key=lambda p: (-len(p), p)))
# group 1: prefix, 2: digits after a dash, 3: digits without separator, 4: train letter,
# 5: further train letters after the first ("/B/C").
_TAG = (
    rf"({_PREFIX_ALTERNATION})"
    rf"(?:[{_DASHES}](\d{{2,4}})|(\d{{3,4}}))(?:([A-Z])((?:/[A-Z])*))?"
    rf"(?![\w]|[{_DASHES}]\d|[.,]\d)"
)
_STREAM_ID = rf"S[{_DASHES}](\d{{1,3}})(?![\w]|[{_DASHES}]\d|[.,]\d)"
# "stream 12", "streams 11, 12 and 13"; a number followed by a unit is a quantity.
_UNITS = r"[%°]|(?:bar|mbar|[kM]?Pa|K|kg|g|t|m3|m³|mol|vol|wt|ppm|ppb|L|kW|MW|h|s|min)\b"
_NOT_A_UNIT = rf"(?!\d|[.,]\d|[{_DASHES}]\d|\s*(?:{_UNITS}))"
_STREAM_WORD = (
    rf"[Ss]treams?\s+(\d{{1,3}}){_NOT_A_UNIT}"
    rf"((?:\s*(?:,|\band\b|\bor\b|&)\s*\d{{1,3}}{_NOT_A_UNIT})*)"
)
_NORMALISE = re.compile(rf"\s*([A-Za-z]{{1,4}})\s*[{_DASHES}]?\s*(\d{{1,5}})\s*([A-Za-z]?)\s*")
# The patterns start with a literal (fast to scan for); what may stand before a match is
# checked in Python: a tag or stream id never continues a word or a hyphenated number.
_NOT_BEFORE = frozenset("\u2010\u2011\u2012\u2013-_")
_REFRIGERANT = re.compile(r"refrigerants?\W{1,3}$", re.IGNORECASE)


def normalise_tag(text: str) -> str:
    """The canonical form of an equipment tag or stream id.

    Upper case, one hyphen between prefix and number, the train letter attached:
    ``"r 101"``, ``"R101"`` and an en-dashed tag give ``"R-101"``; ``"E-201 A"`` gives
    ``"E-201A"``. Stream ids are zero-padded to the stream table's width: ``"s-5"`` gives
    ``"S-05"``.

    Raises:
        InvalidInput: ``text`` is not a prefix of 1-4 letters followed by a number.
    """
    match = _NORMALISE.fullmatch(text)
    if match is None:
        raise InvalidInput(f"not an equipment tag or stream id: {text!r}")
    prefix, number, train = match.group(1).upper(), match.group(2), match.group(3).upper()
    if prefix == STREAM_PREFIX:
        number = number.zfill(STREAM_ID_WIDTH)
    return f"{prefix}-{number}{train}"


def stream_id(number: str) -> str:
    """The canonical stream id for a stream number: ``"5"`` gives ``"S-05"``."""
    return f"{STREAM_PREFIX}-{number.zfill(STREAM_ID_WIDTH)}"


class TagFinder:
    """Finds equipment tags and stream ids; the patterns are compiled once per instance."""

    def __init__(self) -> None:
        self._tag = re.compile(_TAG)
        self._stream_id = re.compile(_STREAM_ID)
        self._stream_word = re.compile(_STREAM_WORD)
        self._number = re.compile(r"\d{1,3}")

    def find(self, text: str) -> list[EntityMention]:
        """Every tag and stream id in ``text``, in the order found (spans never overlap)."""
        return [*self._tags(text), *self._streams(text)]

    def _tags(self, text: str) -> Iterator[EntityMention]:
        for match in self._tag.finditer(text):
            prefix, start = match.group(1), match.start()
            if not _word_starts_at(text, start):
                continue
            if prefix == "R" and _REFRIGERANT.search(text, max(0, start - 16), start):
                continue
            number = match.group(2) or match.group(3)
            train = match.group(4) or ""
            end = match.end(4) if train else match.end()
            yield _equipment(text, start, end, f"{prefix}-{number}{train}", prefix)
            for offset in range(end + 1, match.end(), 2):  # "/B/C": one letter each
                other = f"{prefix}-{number}{text[offset]}"
                yield _equipment(text, offset, offset + 1, other, prefix)

    def _streams(self, text: str) -> Iterator[EntityMention]:
        for match in self._stream_id.finditer(text):
            if not _word_starts_at(text, match.start()):
                continue
            yield _stream(text, match.start(), match.end(), stream_id(match.group(1)))
        for match in self._stream_word.finditer(text):
            if not _word_starts_at(text, match.start()):
                continue
            yield _stream(text, match.start(1), match.end(1), stream_id(match.group(1)))
            for number in self._number.finditer(text, match.start(2), match.end(2)):
                yield _stream(text, number.start(), number.end(), stream_id(number.group()))


def _word_starts_at(text: str, position: int) -> bool:
    if position == 0:
        return True
    before = text[position - 1]
    return not before.isalnum() and before not in _NOT_BEFORE


def _equipment(text: str, start: int, end: int, tag: str, prefix: str) -> EntityMention:
    return EntityMention(
        text=text[start:end],
        start=start,
        end=end,
        type=EntityType.EQUIPMENT,
        canonical_id=tag,
        name=tag,
        attributes=(("equipment_class", EQUIPMENT_PREFIXES[prefix]),),
    )


def _stream(text: str, start: int, end: int, canonical: str) -> EntityMention:
    return EntityMention(
        text=text[start:end],
        start=start,
        end=end,
        type=EntityType.STREAM,
        canonical_id=canonical,
        name=canonical,
    )
