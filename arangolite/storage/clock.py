"""Ticks and document revisions.

ArangoDB numbers everything it creates (collections, indexes, generated keys,
transactions, cursors) from one server-wide *tick*, and stamps every document
version with a *revision*: a hybrid logical clock value (milliseconds since the
epoch shifted left by 20 bits, plus a counter) printed in a compact base64
variant, e.g. ``_gE2nVmO---``. Both only ever grow, also across restarts.
"""

from __future__ import annotations

import base64
import time

_ALPHABET = "-_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_DECODE = {ch: i for i, ch in enumerate(_ALPHABET)}
_STANDARD = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_TO_ARANGO = bytes.maketrans(_STANDARD, _ALPHABET.encode())
_PAIRS = tuple(a + b for a in _ALPHABET for b in _ALPHABET)  # the last two digits, by value


def encode_revision(value: int) -> str:
    """ArangoDB's text form of a revision number (base64, most significant digit first)."""
    if value == 0:
        return "-"
    text = base64.b64encode(value.to_bytes(9, "big")).translate(_TO_ARANGO)
    return text.decode().lstrip("-")


def decode_revision(text: str) -> int:
    """The number behind a revision string; 0 when it is not a valid revision."""
    if not text or len(text) > 11:
        return 0
    value = 0
    for ch in text:
        digit = _DECODE.get(ch)
        if digit is None:
            return 0
        value = (value << 6) | digit
    return value


class Clock:
    """Hands out ticks and revisions, strictly increasing.

    Args:
        last_tick: the highest tick handed out before (restored after restart).
        last_revision: the highest revision number handed out before.
    """

    __slots__ = ("_high", "_prefix", "last_revision", "last_tick")

    def __init__(self, last_tick: int = 0, last_revision: int = 0) -> None:
        self.last_tick = last_tick
        self.last_revision = last_revision
        self._high = -1
        self._prefix = ""

    def tick(self) -> int:
        """A new unique tick."""
        self.last_tick += 1
        return self.last_tick

    def tick_str(self) -> str:
        return str(self.tick())

    def observe_tick(self, value: int) -> None:
        """Make sure later ticks are above ``value``."""
        if value > self.last_tick:
            self.last_tick = value

    def revision_value(self) -> int:
        """A new hybrid-logical-clock value."""
        now = int(time.time() * 1000) << 20
        last = self.last_revision
        value = now if now > last else last + 1
        self.last_revision = value
        return value

    def revision(self) -> str:
        """A new revision string (the leading digits are cached: they rarely change)."""
        value = self.revision_value()
        high = value >> 12
        if high != self._high:
            if high == 0:
                return encode_revision(value)
            self._high = high
            self._prefix = encode_revision(high)
        return self._prefix + _PAIRS[value & 4095]
