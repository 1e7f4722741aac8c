"""Document key generators: traditional, autoincrement, padded and uuid.

A generator validates user-supplied keys (``allowUserKeys``, key syntax, numeric
keys for autoincrement), remembers the highest numeric key it has seen
(``lastValue``) and makes new keys above it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from arangolite import errno
from arangolite.errors import ArangoliteError
from arangolite.storage.names import is_valid_key

GENERATOR_TYPES = ("traditional", "autoincrement", "uuid", "padded")


def _invalid(message: str) -> ArangoliteError:
    return ArangoliteError(errno.ARANGO_INVALID_KEY_GENERATOR, message, code=400)


def normalize_key_options(options: Any) -> dict[str, Any]:
    """Validate REST ``keyOptions`` and return the stored form (with ``lastValue``).

    Raises ArangoliteError 1232 for an unknown type or bad increment/offset.
    """
    opts = options if isinstance(options, dict) else {}
    kind = str(opts.get("type") or "traditional").lower()
    if kind not in GENERATOR_TYPES:
        raise _invalid("invalid key generator type")
    result: dict[str, Any] = {"allowUserKeys": bool(opts.get("allowUserKeys", True)), "type": kind}
    if kind == "autoincrement":
        increment, offset = opts.get("increment", 1), opts.get("offset", 0)
        if not isinstance(increment, (int, float)) or not 0 < increment < 65536:
            raise _invalid("increment value must be greater than zero and smaller than 65536")
        if not isinstance(offset, (int, float)) or offset < 0:
            raise _invalid("offset value must be zero or greater")
        result["offset"] = int(offset)
        result["increment"] = int(increment)
    if kind != "uuid":
        last = opts.get("lastValue", 0)
        result["lastValue"] = int(last) if isinstance(last, (int, float)) and last > 0 else 0
    return result


class KeyGenerator:
    """Generates and tracks keys for one collection.

    Args:
        options: the stored ``keyOptions`` (see :func:`normalize_key_options`).
        new_tick: the server's tick source (traditional and padded keys use it).
    """

    __slots__ = ("_new_tick", "allow_user_keys", "increment", "kind", "last_value", "offset")

    def __init__(self, options: dict[str, Any], new_tick: Callable[[], int]) -> None:
        self.kind: str = options.get("type", "traditional")
        self.allow_user_keys: bool = options.get("allowUserKeys", True)
        self.last_value: int = options.get("lastValue", 0)
        self.offset: int = options.get("offset", 0)
        self.increment: int = options.get("increment", 1)
        self._new_tick = new_tick

    def to_json(self) -> dict[str, Any]:
        """The ``keyOptions`` object as ArangoDB reports it."""
        body: dict[str, Any] = {"allowUserKeys": self.allow_user_keys, "type": self.kind}
        if self.kind == "autoincrement":
            body["offset"] = self.offset
            body["increment"] = self.increment
        if self.kind != "uuid":
            body["lastValue"] = self.last_value
        return body

    def generate(self) -> str:
        """A new key."""
        kind = self.kind
        if kind == "traditional":
            value = self._next_tick_value()
            return str(value)
        if kind == "padded":
            return f"{self._next_tick_value():016x}"
        if kind == "uuid":
            return str(uuid.uuid4())
        last, offset, inc = self.last_value, self.offset, self.increment
        value = offset if last < offset else last + inc - ((last - offset) % inc)
        self.last_value = value
        return str(value)

    def _next_tick_value(self) -> int:
        tick = self._new_tick()
        if tick <= self.last_value:
            tick = self.last_value + 1
        self.last_value = tick
        return tick

    def validate(self, key: Any) -> str:
        """Check a user-supplied key and track it. Raises 1222 or 1221."""
        if not self.allow_user_keys:
            raise ArangoliteError(errno.ARANGO_DOCUMENT_KEY_UNEXPECTED, code=400)
        if not is_valid_key(key):
            raise ArangoliteError(errno.ARANGO_DOCUMENT_KEY_BAD, code=400)
        self.track(key)
        return str(key)

    def track(self, key: str) -> None:
        """Remember a numeric key so that generated keys stay above it."""
        kind = self.kind
        if kind == "uuid":
            return
        if kind == "padded":
            value = _decode_padded(key)
        elif key.isdigit():
            value = int(key)
        elif kind == "autoincrement":
            raise ArangoliteError(errno.ARANGO_DOCUMENT_KEY_BAD, code=400)
        else:
            return
        if value > self.last_value:
            self.last_value = value


def _decode_padded(key: str) -> int:
    if len(key) != 16:
        return 0
    try:
        return int(key, 16) if key == key.lower() else 0
    except ValueError:
        return 0
