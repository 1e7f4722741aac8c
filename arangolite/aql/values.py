"""AQL value semantics: types, ordering, equality and casts.

AQL values are JSON values held as Python objects: ``None``, ``bool``, ``int`` or
``float`` (never NaN or infinite: those become ``None``), ``str``, ``list`` and
``dict``. Helpers here implement ArangoDB's rules for comparing and converting
them, shared by the evaluator and the function library.
"""

from __future__ import annotations

import json
import math
import unicodedata
from decimal import Decimal
from functools import lru_cache
from typing import Any

# type ranks: null < bool < number < string < array < object
_RANK_NULL, _RANK_BOOL, _RANK_NUMBER, _RANK_STRING, _RANK_ARRAY, _RANK_OBJECT = range(6)

_TYPE_RANKS: dict[type, int] = {
    type(None): _RANK_NULL,
    bool: _RANK_BOOL,
    int: _RANK_NUMBER,
    float: _RANK_NUMBER,
    str: _RANK_STRING,
    list: _RANK_ARRAY,
    dict: _RANK_OBJECT,
}

_TYPE_NAMES = ("null", "bool", "number", "string", "array", "object")


def type_rank(value: Any) -> int:
    """Rank of the value's type in AQL's type order."""
    rank = _TYPE_RANKS.get(type(value))
    if rank is None:
        if isinstance(value, bool):
            return _RANK_BOOL
        if isinstance(value, (int, float)):
            return _RANK_NUMBER
        if isinstance(value, str):
            return _RANK_STRING
        if isinstance(value, (list, tuple)):
            return _RANK_ARRAY
        if isinstance(value, dict):
            return _RANK_OBJECT
        return _RANK_NULL
    return rank


def type_name(value: Any) -> str:
    """AQL's name of the value's type (as TYPENAME returns it)."""
    return _TYPE_NAMES[type_rank(value)]


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


# --------------------------------------------------------------------------- strings


def _char_weights(ch: str) -> tuple[int, int, int]:
    """Approximate ICU (root locale, upper case first) weights of one character."""
    decomposed = unicodedata.normalize("NFD", ch)
    base = decomposed[0]
    accent = sum(ord(c) for c in decomposed[1:])
    lower = base.lower()
    case = 0 if base != lower else 1  # upper case sorts first
    category = unicodedata.category(base)
    if category[0] in "ZC":
        primary = 0x100 + ord(base)
    elif category[0] in "PS":
        primary = 0x10000 + ord(base)
    elif category[0] == "N":
        digit = unicodedata.digit(base, -1)
        primary = 0x30000 + (digit if digit >= 0 else 10 + ord(base))
    else:
        primary = 0x40000 + ord(lower[0])
    return primary, accent, case


@lru_cache(maxsize=65536)
def collation_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], str]:
    """A sort key approximating ArangoDB's ICU string collation.

    Letters compare case-insensitively first (``a < B < c``), then by accents,
    then upper case before lower case; punctuation sorts before digits, digits
    before letters. The raw string breaks remaining ties so that unequal
    strings never compare equal.
    """
    primaries: list[int] = []
    accents: list[int] = []
    cases: list[int] = []
    for ch in text:
        p, a, c = _char_weights(ch)
        primaries.append(p)
        accents.append(a)
        cases.append(c)
    return tuple(primaries), tuple(accents), tuple(cases), text


def compare_strings(a: str, b: str) -> int:
    if a == b:
        return 0
    if a.isascii() and b.isascii() and a.isalnum() and b.isalnum() and a.lower() != b.lower():
        la, lb = a.lower(), b.lower()
        # digits before letters holds in ASCII already ('0' < 'a')
        return -1 if la < lb else 1
    ka, kb = collation_key(a), collation_key(b)
    return -1 if ka < kb else 1


# --------------------------------------------------------------------------- comparison


def compare(a: Any, b: Any) -> int:
    """Three-way comparison in AQL's order: -1, 0 or 1."""
    ra, rb = type_rank(a), type_rank(b)
    if ra != rb:
        return -1 if ra < rb else 1
    if ra in (_RANK_NUMBER, _RANK_BOOL):
        return -1 if a < b else (1 if a > b else 0)
    if ra == _RANK_STRING:
        return compare_strings(a, b)
    if ra == _RANK_NULL:
        return 0
    if ra == _RANK_ARRAY:
        for x, y in zip(a, b, strict=False):
            c = compare(x, y)
            if c:
                return c
        # a shorter array compares as if padded with nulls
        if len(a) == len(b):
            return 0
        longer, sign = (a, 1) if len(a) > len(b) else (b, -1)
        for extra in longer[min(len(a), len(b)) :]:
            c = compare(extra, None)
            if c:
                return c * sign
        return 0
    return _compare_objects(a, b)


def _compare_objects(a: dict[str, Any], b: dict[str, Any]) -> int:
    keys = sorted(set(a) | set(b))
    for key in keys:
        c = compare(a.get(key), b.get(key))
        if c:
            return c
    return 0


def equals(a: Any, b: Any) -> bool:
    """AQL ``==``: same type and same value (no casts)."""
    ra, rb = type_rank(a), type_rank(b)
    if ra != rb:
        return False
    if ra <= _RANK_STRING:
        return bool(a == b)
    return compare(a, b) == 0


class SortKey:
    """Wraps a value so that Python's sort uses AQL's order."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __lt__(self, other: SortKey) -> bool:
        return compare(self.value, other.value) < 0

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SortKey) and compare(self.value, other.value) == 0

    def __hash__(self) -> int:  # pragma: no cover - not used as dict key
        return hash(to_json(self.value))


# --------------------------------------------------------------------------- casts


def to_bool(value: Any) -> bool:
    """AQL truthiness (TO_BOOL)."""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value != 0
    if isinstance(value, str):
        return value != ""
    return True


def number_from_string(text: str) -> int | float | None:
    """Parse a numeric string the way TO_NUMBER does; ``None`` if it is not numeric."""
    s = text.strip()
    if not s:
        return None
    try:
        if s.lstrip("+-").isdigit():
            return int(s)
        if s.lower().lstrip("+-") in ("inf", "infinity", "nan"):
            return None
        if s.lower().startswith(("0x", "-0x", "+0x", "0b", "-0b", "0o")):
            return None
        return normalize_number(float(s))
    except ValueError:
        return None


def to_number(value: Any) -> int | float:
    """AQL's numeric cast (TO_NUMBER)."""
    if value is None or value is False:
        return 0
    if value is True:
        return 1
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, str):
        n = number_from_string(value)
        return 0 if n is None else n
    if isinstance(value, list):
        if len(value) == 0:
            return 0
        if len(value) == 1:
            return to_number(value[0])
        return 0
    return 0


def normalize_number(x: float | int) -> int | float | None:
    """ArangoDB's number normalisation: NaN/infinity → null, integral floats stay floats.

    Integral floats are kept as ``float`` (ArangoDB keeps doubles); JSON output
    prints them without a fraction (:func:`to_json`).
    """
    if isinstance(x, float) and (math.isnan(x) or math.isinf(x)):
        return None
    return x


def format_number(x: int | float) -> str:
    """A number as ArangoDB prints it (shortest round-trip, JavaScript style)."""
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, int):
        return str(x)
    if math.isnan(x) or math.isinf(x):
        return "null"
    if x.is_integer() and abs(x) < 1e21:
        return str(int(x))
    text = repr(x)
    if "e" not in text:
        return text
    mantissa, _, exp_text = text.partition("e")
    exponent = int(exp_text)
    if -7 < exponent < 21:
        return format(Decimal(text), "f")
    sign = "+" if exponent > 0 else "-"
    return f"{mantissa}e{sign}{abs(exponent)}"


def to_string(value: Any) -> str:
    """AQL's string cast (TO_STRING)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return format_number(value)
    return to_json(value)


def to_array(value: Any) -> list[Any]:
    """AQL's array cast (TO_ARRAY)."""
    if value is None:
        return []
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        return list(value.values())
    return [value]


# --------------------------------------------------------------------------- JSON


def _plain(value: Any) -> Any:
    """Replace integral floats by ints so that JSON prints ``5`` rather than ``5.0``."""
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 2**63:
            return int(value)
        if math.isnan(value) or math.isinf(value):
            return None
        return value
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def to_json(value: Any) -> str:
    """Compact JSON as ArangoDB prints it (no spaces, unicode kept)."""
    return json.dumps(_plain(value), separators=(",", ":"), ensure_ascii=False)
