"""ArangoDB's C++ argument casts used by the string and date built-ins.

ArangoDB reads most numeric arguments with ``AqlValue::toInt64``: doubles
truncate toward zero, ``true`` is 1, strings go through ``std::stoll`` (leading
integer digits, anything unparsable is 0) and a one-element array counts as its
element. Positions and lengths are then often narrowed to ``int32_t``.
"""

from __future__ import annotations

import math
import re
from typing import Any

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1

# what std::stoll accepts: leading white space, an optional sign, decimal digits
_STOLL = re.compile(r"[ \t\n\v\f\r]*([+-]?[0-9]+)")


def _stoll(text: str) -> int:
    match = _STOLL.match(text)
    if match is None:
        return 0
    number = int(match.group(1))
    return number if INT64_MIN <= number <= INT64_MAX else 0


def to_int64(value: Any) -> int:
    """``AqlValue::toInt64``: the value as a signed 64-bit integer."""
    if isinstance(value, bool):
        return 1 if value else 0
    if isinstance(value, int):
        return max(INT64_MIN, min(INT64_MAX, value))
    if isinstance(value, float):
        if math.isnan(value):
            return 0
        if math.isinf(value):
            return INT64_MAX if value > 0 else INT64_MIN
        return max(INT64_MIN, min(INT64_MAX, int(value)))
    if isinstance(value, str):
        return _stoll(value)
    if isinstance(value, list) and len(value) == 1:
        return to_int64(value[0])
    return 0


def wrap_int32(number: int) -> int:
    """``static_cast<int32_t>`` of a 64-bit integer (two's complement wrap-around)."""
    return ((number + 2**31) % 2**32) - 2**31


def to_int32(value: Any) -> int:
    """``static_cast<int32_t>(value.toInt64())``."""
    return wrap_int32(to_int64(value))
