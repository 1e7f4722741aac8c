"""Word segmentation and normalization as ArangoSearch's ICU-based analyzers do it.

Words follow the Unicode word-boundary rules (UAX #29) closely enough for
search: letters, digits and ``_`` form words; ``.``, apostrophes and ``:``
join letters (``e.g``, ``don't``), ``.``, ``,`` and ``;`` join digits
(``3.14``, ``1,000``), and every other character (spaces, hyphens,
punctuation) separates words. Letters and digits join (``h2so4``), so
``R-101`` gives ``r`` and ``101``. Ideographs are words of one character.
"""

from __future__ import annotations

import re
import unicodedata

_LETTER = r"[^\W\d_]"
_IDEOGRAPH = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD = re.compile(
    rf"[{_IDEOGRAPH}]"
    rf"|(?:[^\W{_IDEOGRAPH}]"
    rf"|(?<={_LETTER})['.:\u00b7\u2019](?={_LETTER})"
    rf"|(?<=\d)[.,;'\u2019](?=\d))+"
)
_GRAPHIC = re.compile(r"[^\t \u0085\u00a0\u1680\u2000-\u200a\u2028\u202f\u205f\u3000]+")


_IDEOGRAPHS = re.compile(f"[{_IDEOGRAPH}]")
_JOINERS = ".,;:'"
# ASCII characters that always separate words become spaces
_ASCII_BREAKS = {
    c: " " for c in range(128) if not chr(c).isalnum() and chr(c) not in _JOINERS + "_"
}


def _slow_words(pieces: list[str]) -> list[str]:
    out: list[str] = []
    append = out.append
    for piece in pieces:
        if piece.isalnum() and (piece.isascii() or not _IDEOGRAPHS.search(piece)):
            append(piece)
        else:
            out.extend(w for w in _WORD.findall(piece) if w.strip("_"))
    return out


def words(text: str) -> list[str]:
    """The words of ``text`` in order (segments made only of ``_`` are dropped)."""
    if not text.isascii():
        return _slow_words(text.split())
    text = f" {text.translate(_ASCII_BREAKS)} "
    for joiner in _JOINERS:
        if joiner in text:
            text = text.replace(joiner + " ", "  ").replace(" " + joiner, "  ")
    pieces = text.split()
    if all(map(str.isalnum, pieces)):
        return pieces
    return _slow_words(pieces)


def segments(text: str) -> list[str]:
    """Every segment of ``text``: words, and each other character on its own."""
    out: list[str] = []
    position = 0
    for match in _WORD.finditer(text):
        out.extend(text[position : match.start()])
        out.append(match.group())
        position = match.end()
    out.extend(text[position:])
    return out


def graphic_segments(text: str) -> list[str]:
    """Segments that contain a character other than whitespace."""
    return [s for s in segments(text) if _GRAPHIC.search(s)]


def remove_accents(text: str) -> str:
    """``text`` with diacritical marks removed (``dïäcríticš`` → ``diacritics``)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", stripped)


def convert_case(text: str, mode: str) -> str:
    """``text`` in lower or upper case (``mode`` ``"lower"``/``"upper"``/``"none"``)."""
    if mode == "lower":
        return text.lower()
    if mode == "upper":
        return text.upper()
    return text
