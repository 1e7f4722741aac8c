"""ArangoDB users: access levels, user records and how permissions resolve.

A user has, per database name (or the wildcard ``*``), a configured database
level and configured collection levels (again with a ``*`` wildcard). Levels
not configured are ``undefined``; the effective level resolves like ArangoDB
3.12 does (docs: "Managing Users", *Permission Resolution*):

- database ``foo``: the specific grant, else the better of the ``*`` grant and
  the ``_system`` grant;
- collection ``bar`` of ``foo``: the specific grant, else the best of the
  ``*`` collection grant of ``foo``, the level of ``foo`` itself, the
  ``_system`` level and the ``*`` database's levels. System collections
  follow the database level, except ``_system/_users`` (nobody), ``_queues``
  (read only) and ``_frontend`` (read/write).

Records are stored as documents of ``_system._users`` in ArangoDB's layout
(``user``, ``authData``, ``databases``, ``userData``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

RW, RO, NONE, UNDEFINED = "rw", "ro", "none", "undefined"
WILDCARD = "*"
SYSTEM_DB = "_system"
ROOT = "root"
_RANK = {UNDEFINED: -1, NONE: 0, RO: 1, RW: 2}
_FIXED_SYSTEM_COLLECTIONS = {"_queues": RO, "_frontend": RW}


def best(*levels: str) -> str:
    """The highest of ``levels`` (``undefined`` < ``none`` < ``ro`` < ``rw``)."""
    return max(levels, key=_RANK.__getitem__)


def allows(level: str, wanted: str) -> bool:
    """Whether ``level`` grants at least ``wanted``."""
    return _RANK[level] >= _RANK[wanted]


def parse_grant(value: Any) -> str:
    """A ``grant`` value as a level (``undefined`` for anything unknown)."""
    if value in ("rw", "ro"):
        return str(value)
    if value in ("none", ""):
        return NONE
    return UNDEFINED


@dataclass
class DatabaseGrants:
    """What is configured for one database name: its level and collection levels."""

    level: str = UNDEFINED
    collections: dict[str, str] = field(default_factory=dict)


@dataclass
class UserRecord:
    """One user: name, flags, extra data, password hash and grants."""

    name: str
    active: bool = True
    extra: dict[str, Any] = field(default_factory=dict)
    password: dict[str, Any] = field(default_factory=dict)
    databases: dict[str, DatabaseGrants] = field(default_factory=dict)
    key: str | None = None

    # ------------------------------------------------------------------ resolution

    def configured_database(self, db: str) -> str:
        grants = self.databases.get(db)
        return grants.level if grants is not None else UNDEFINED

    def configured_collection(self, db: str, collection: str) -> str:
        grants = self.databases.get(db)
        if grants is None:
            return UNDEFINED
        return grants.collections.get(collection, UNDEFINED)

    def database_level(self, db: str) -> str:
        """The effective level on database ``db``."""
        level = self.configured_database(db)
        if level == UNDEFINED and db != WILDCARD:
            level = self.configured_database(WILDCARD)
            if db != SYSTEM_DB:
                level = best(level, self.configured_database(SYSTEM_DB))
        return best(level, NONE)

    def collection_level(self, db: str, collection: str) -> str:
        """The effective level on ``collection`` of database ``db``."""
        if not collection or (db == WILDCARD and collection != WILDCARD):
            return NONE
        if collection.startswith("_"):
            if db == SYSTEM_DB and collection == "_users":
                return NONE
            fixed = _FIXED_SYSTEM_COLLECTIONS.get(collection)
            return fixed if fixed is not None else self.database_level(db)
        level = NONE
        if db != WILDCARD:
            grants = self.databases.get(db)
            if grants is not None:
                specific = grants.collections.get(collection)
                if specific is not None:
                    return specific
                if collection == WILDCARD:
                    return NONE
                level = best(level, grants.level, grants.collections.get(WILDCARD, UNDEFINED))
            if db != SYSTEM_DB:
                level = best(level, self.configured_database(SYSTEM_DB))
        wildcard = self.databases.get(WILDCARD)
        if wildcard is not None:
            level = best(level, wildcard.level, wildcard.collections.get(WILDCARD, UNDEFINED))
        return best(level, NONE)

    @property
    def is_admin(self) -> bool:
        """Server-level *Administrate*: read/write on ``_system``."""
        return self.database_level(SYSTEM_DB) == RW

    # ------------------------------------------------------------------ changes

    def grant_database(self, db: str, level: str) -> None:
        self.databases.setdefault(db, DatabaseGrants()).level = level

    def revoke_database(self, db: str) -> None:
        self.databases.pop(db, None)

    def grant_collection(self, db: str, collection: str, level: str) -> None:
        grants = self.databases.get(db)
        if grants is None:
            grants = self.databases[db] = DatabaseGrants()
        grants.collections[collection] = level

    def revoke_collection(self, db: str, collection: str) -> None:
        grants = self.databases.get(db)
        if grants is not None:
            grants.collections.pop(collection, None)

    # ------------------------------------------------------------------ documents

    def public(self) -> dict[str, Any]:
        """What the user API shows: ``user``, ``active``, ``extra``."""
        return {"user": self.name, "active": self.active, "extra": dict(self.extra)}

    def to_document(self) -> dict[str, Any]:
        """The ``_users`` document (without ``_key``)."""
        databases = {
            db: {
                "permissions": _level_json(grants.level),
                "collections": {
                    name: {"permissions": _level_json(level)}
                    for name, level in grants.collections.items()
                },
            }
            for db, grants in self.databases.items()
        }
        return {
            "user": self.name,
            "source": "LOCAL",
            "authData": {"active": self.active, "simple": dict(self.password)},
            "databases": databases,
            "userData": dict(self.extra),
        }

    @classmethod
    def from_document(cls, doc: dict[str, Any]) -> UserRecord | None:
        """A record from a ``_users`` document (None when it is not one)."""
        name = doc.get("user")
        auth = doc.get("authData")
        if not isinstance(name, str) or not isinstance(auth, dict):
            return None
        record = cls(name, active=auth.get("active") is not False, key=doc.get("_key"))
        simple = auth.get("simple")
        record.password = dict(simple) if isinstance(simple, dict) else {}
        extra = doc.get("userData")
        record.extra = dict(extra) if isinstance(extra, dict) else {}
        databases = doc.get("databases")
        for db, body in (databases if isinstance(databases, dict) else {}).items():
            if isinstance(body, dict):
                record.databases[db] = _grants_from_json(body)
        return record


def _level_json(level: str) -> dict[str, bool]:
    if level == UNDEFINED:
        return {"undefined": True}
    return {"read": level in (RO, RW), "write": level == RW}


def _level_from_json(body: Any) -> str:
    if not isinstance(body, dict):
        return NONE
    if body.get("write") is True:
        return RW
    if body.get("read") is True:
        return RO
    return UNDEFINED if body.get("undefined") is True else NONE


def _grants_from_json(body: dict[str, Any]) -> DatabaseGrants:
    grants = DatabaseGrants(_level_from_json(body.get("permissions")))
    collections = body.get("collections")
    for name, entry in (collections if isinstance(collections, dict) else {}).items():
        if isinstance(entry, dict):
            grants.collections[name] = _level_from_json(entry.get("permissions"))
    return grants


def root_record() -> UserRecord:
    """``root`` as a fresh server has it: read/write everywhere."""
    record = UserRecord(ROOT)
    for db in (WILDCARD, SYSTEM_DB):
        record.grant_database(db, RW)
        record.grant_collection(db, WILDCARD, RW)
    return record
