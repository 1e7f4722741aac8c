"""Validation of database, collection and document-key names, as ArangoDB does it."""

from __future__ import annotations

import re

from arangolite import errno
from arangolite.errors import ArangoliteError

MAX_KEY_LENGTH = 254
MAX_NAME_LENGTH = 256

_KEY_RE = re.compile(r"[A-Za-z0-9!$%'()*+,\-.:;=@_]{1,254}\Z")
_COLLECTION_RE = re.compile(r"_?[A-Za-z][A-Za-z0-9_\-]{0,255}\Z")
_DATABASE_FORBIDDEN = re.compile(r"[/:\x00-\x1f\x7f]")


def is_valid_key(key: object) -> bool:
    """Whether ``key`` may be used as a document ``_key``."""
    return isinstance(key, str) and _KEY_RE.match(key) is not None


def check_key(key: object) -> str:
    """``key`` when valid; raises 1221 ``illegal document key`` otherwise."""
    if isinstance(key, str) and _KEY_RE.match(key) is not None:
        return key
    raise ArangoliteError(errno.ARANGO_DOCUMENT_KEY_BAD, code=400)


def is_valid_collection_name(name: object, *, allow_system: bool = True) -> bool:
    """Collection names: letters, digits, ``_`` and ``-``; a leading ``_`` marks a system one."""
    if not isinstance(name, str) or len(name) > MAX_NAME_LENGTH:
        return False
    if not allow_system and name.startswith("_"):
        return False
    return _COLLECTION_RE.match(name) is not None


def is_valid_database_name(name: object) -> bool:
    """Database names (extended names): no ``/``, ``:``, control chars, no leading ``_``/digit."""
    if not isinstance(name, str) or not name or len(name.encode()) > 128:
        return False
    if name == "_system":
        return True
    if name[0] in "_." or name[0].isdigit() or name != name.strip():
        return False
    return _DATABASE_FORBIDDEN.search(name) is None


def split_id(value: object) -> tuple[str, str] | None:
    """``(collection, key)`` of a document id ``coll/key``; None if malformed."""
    if not isinstance(value, str):
        return None
    coll, sep, key = value.partition("/")
    if not sep or not is_valid_collection_name(coll) or not is_valid_key(key):
        return None
    return coll, key
