"""The analyzers a database can use: built-ins plus custom ones in ``_analyzers``.

Custom analyzers are documents of the database's ``_analyzers`` system
collection (``{_key, name, type, properties, features, revision}``), as in
ArangoDB, so they survive restarts. Their full names are ``<db>::<name>``;
analyzers of ``_system`` can be used from other databases as ``::name`` or
``_system::name``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from arangolite import errno
from arangolite.errors import ArangoliteError, not_found
from arangolite.search import analyzer_config as config
from arangolite.search.analyzer_types import Analyzer
from arangolite.storage.api import WriteOptions

if TYPE_CHECKING:
    from arangolite.storage.database import Database

COLLECTION = "_analyzers"
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_\-]{0,253}")
_TEXT_LOCALES = ("es", "nl", "identity", "de", "no", "pt", "ru", "en", "it", "fi", "sv", "zh", "fr")
_SHAPE = (
    "expecting body to be of the form { name: <string>, type: <string>"
    "[, properties: <object>[, features: <string-array>]] }"
)


@dataclass
class AnalyzerDef:
    """A resolved analyzer: its full name, definition and implementation."""

    name: str
    type: str
    properties: dict[str, Any]
    features: list[str]
    analyzer: Analyzer = field(repr=False, compare=False, default_factory=Analyzer)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "type": self.type,
            "properties": self.properties,
            "features": self.features,
        }

    def has(self, feature: str) -> bool:
        return feature in self.features


def _builtin(name: str) -> AnalyzerDef:
    if name == "identity":
        return AnalyzerDef("identity", "identity", {}, ["frequency", "norm"])
    locale = name[5:]
    props = {
        "locale": locale,
        "case": "lower",
        "stopwords": [],
        "accent": False,
        "stemming": locale != "zh",
    }
    return AnalyzerDef(
        name, "text", props, ["frequency", "position", "norm"], config.build("text", props)
    )


BUILTIN_NAMES = tuple(n if n == "identity" else f"text_{n}" for n in _TEXT_LOCALES)


def builtins(cache: dict[Any, Any]) -> list[AnalyzerDef]:
    """The built-in analyzers in ArangoDB's listing order (built once per ``cache``)."""
    out = []
    for name in BUILTIN_NAMES:
        found = cache.get(name)
        if found is None:
            found = cache[name] = _builtin(name)
        out.append(found)
    return out


def full_name(db: Database, name: str) -> str:
    """The normalized name of ``name`` as used from ``db`` (built-ins stay short)."""
    if name in BUILTIN_NAMES:
        return name
    prefix, sep, short = name.rpartition("::")
    if not sep:
        return f"{db.name}::{name}"
    return f"{prefix or '_system'}::{short}"


def short_name(db: Database, name: str) -> str:
    """``name`` as written in definitions of ``db`` (without the own database prefix)."""
    prefix, sep, short = name.partition("::")
    return short if sep and prefix == db.name else name


def _documents(db: Database) -> dict[str, dict[str, Any]]:
    state = db.collections.get(COLLECTION)
    return state.docs if state is not None else {}


def _from_document(name: str, doc: dict[str, Any], cache: dict[Any, Any]) -> AnalyzerDef:
    kind, props, features = doc["type"], doc.get("properties") or {}, doc.get("features") or []
    key = (name, kind, json.dumps(props, sort_keys=True), tuple(features))
    found = cache.get(key)
    if found is None:
        found = cache[key] = AnalyzerDef(name, kind, props, features, config.build(kind, props))
    assert isinstance(found, AnalyzerDef)
    return found


def lookup(db: Database, name: str, cache: dict[Any, Any]) -> AnalyzerDef | None:
    """The analyzer ``name`` reachable from ``db`` (None when unknown or not reachable)."""
    if name in BUILTIN_NAMES:
        return builtins(cache)[BUILTIN_NAMES.index(name)]
    normalized = full_name(db, name)
    owner, _, short = normalized.partition("::")
    if owner not in (db.name, "_system"):
        return None
    home = db if owner == db.name else db.engine.databases.get("_system")
    doc = _documents(home).get(short) if home is not None else None
    return _from_document(normalized, doc, cache) if doc is not None else None


def listing(db: Database, cache: dict[Any, Any]) -> list[AnalyzerDef]:
    """Built-ins, then the database's own analyzers, then those of ``_system``."""
    out = builtins(cache)
    homes = [db] + ([db.engine.databases["_system"]] if db.name != "_system" else [])
    for home in homes:
        for short, doc in _documents(home).items():
            out.append(_from_document(f"{home.name}::{short}", doc, cache))
    return out


def _bad(message: str) -> ArangoliteError:
    return ArangoliteError(errno.BAD_PARAMETER, message, code=400)


def _parse_body(db: Database, body: dict[str, Any]) -> tuple[str, str, dict[str, Any], Any]:
    name, kind = body.get("name"), body.get("type")
    if not isinstance(name, str):
        raise _bad(f"invalid 'name', {_SHAPE}")
    prefix, sep, short = name.rpartition("::")
    if sep and (prefix or "_system") != db.name:
        raise ArangoliteError(
            errno.FORBIDDEN, "Database in analyzer name does not match current database", code=403
        )
    if not _NAME.fullmatch(short):
        raise _bad(f"invalid characters in analyzer name '{short}'")
    if not isinstance(kind, str):
        raise _bad(f"invalid 'type', {_SHAPE}")
    props = body.get("properties", {})
    if isinstance(props, str):
        try:
            props = json.loads(props)
        except ValueError:
            props = None
    if props is None and "properties" not in body:
        props = {}
    if not isinstance(props, dict):
        raise _bad(f"invalid 'properties', {_SHAPE}")
    return short, kind, props, body.get("features", [])


def create(db: Database, body: dict[str, Any], cache: dict[Any, Any]) -> tuple[AnalyzerDef, bool]:
    """Create a custom analyzer (or return the identical existing one with ``False``)."""
    short, kind, props, features = _parse_body(db, body)
    ordered = config.normalize_features(features)
    if isinstance(ordered, str):
        raise _bad(ordered if "feature '" in ordered else f"{ordered}, {_SHAPE}")
    name = f"{db.name}::{short}"
    if not config.is_known_type(kind):
        raise ArangoliteError(
            errno.NOT_IMPLEMENTED, f"Not implemented analyzer type '{kind}'.", code=501
        )
    normalized = config.normalize(kind, props)
    if normalized is None:
        shown = json.dumps(props, separators=(",", ":"), ensure_ascii=False)
        raise _bad(
            f"Failure initializing an arangosearch analyzer instance for name '{name}' "
            f"type '{kind}'. Properties '{shown}' was rejected by analyzer. "
            "Please check documentation for corresponding analyzer type."
        )
    existing = lookup(db, name, cache)
    if existing is not None:
        if (existing.type, existing.properties, existing.features) == (kind, normalized, ordered):
            return existing, False
        raise _bad(
            "Name collision detected while registering an arangosearch analyzer.\n"
            f"Current definition is:\n{{\n  name:'{name}'\n  type: '{kind}'\n}}\n"
            f"Previous definition was:\n{json.dumps(existing.to_json())}"
        )
    document: dict[str, Any] = {"_key": short, "name": short, "type": kind}
    document.update({"properties": normalized, "features": ordered, "revision": 0})
    _write(db, lambda access: access.insert(document, WriteOptions()))
    created = lookup(db, name, cache)
    assert created is not None
    return created, True


def _write(db: Database, action: Any) -> None:
    trx = db.begin(write=[COLLECTION])
    try:
        action(trx.collection(COLLECTION, write=True))
        trx.commit()
    except BaseException:
        trx.abort()
        raise


def remove(db: Database, name: str, *, force: bool, in_use: set[str]) -> str:
    """Delete a custom analyzer of ``db``; returns its full name (1202 / 409 / 403 errors)."""
    prefix, sep, short = name.rpartition("::")
    if not _NAME.fullmatch(short):
        raise _bad(f"Invalid characters in analyzer name '{short}'.")
    if sep and (prefix or "_system") != db.name:
        raise ArangoliteError(
            errno.FORBIDDEN, "Database in analyzer name does not match current database", code=403
        )
    normalized = f"{db.name}::{short}"
    if name in BUILTIN_NAMES and not sep:
        raise ArangoliteError(
            errno.FORBIDDEN, f"built-in analyzer '{name}' cannot be removed", code=403
        )
    if short not in _documents(db):
        raise not_found(
            errno.ARANGO_DOCUMENT_NOT_FOUND,
            f"failure to find analyzer while removing arangosearch analyzer '{normalized}'",
        )
    if normalized in in_use and not force:
        raise ArangoliteError(
            errno.ARANGO_CONFLICT,
            f"analyzer in-use while removing arangosearch analyzer '{normalized}'",
            code=409,
        )
    _write(db, lambda access: access.remove(short, WriteOptions()))
    return normalized
