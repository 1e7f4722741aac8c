"""The access rights of whoever the current request acts for.

Like ArangoDB's ``ExecContext::current()``, the REST dispatcher sets an
:class:`Access` for the duration of a request (:func:`acting`); storage
transactions ask :func:`check_collection` whenever a collection is used, so
every read or write, from the document API, imports, stream transactions or
any AQL query, is checked against the user's collection levels. Outside a
request (embedded use, internal bookkeeping via :func:`internal`) nothing is
checked.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from arangolite import errno
from arangolite.errors import ArangoliteError, fmt
from arangolite.users import NONE, RO, RW, UserRecord, allows

_CURRENT: ContextVar[Access | None] = ContextVar("arangolite_access", default=None)


@dataclass
class Access:
    """A user's rights, resolved once per request and cached per collection."""

    user: UserRecord
    database: str
    levels: dict[tuple[str, str], str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.user.name

    @property
    def database_level(self) -> str:
        return self.user.database_level(self.database)

    def collection_level(self, db: str, collection: str) -> str:
        key = (db, collection)
        level = self.levels.get(key)
        if level is None:
            level = self.levels[key] = self.user.collection_level(db, collection)
        return level

    def can(self, db: str, collection: str, wanted: str = RO) -> bool:
        return allows(self.collection_level(db, collection), wanted)

    def check(self, db: str, collection: str, mode: str) -> None:
        """Raise like a transaction does: 11 without access, 1004 writing read-only data."""
        level = self.collection_level(db, collection)
        if level == NONE:
            raise ArangoliteError(
                errno.FORBIDDEN, f"{fmt(errno.FORBIDDEN)}: {collection} [{mode}]", code=403
            )
        if mode != "read" and level != RW:
            raise ArangoliteError(
                errno.ARANGO_READ_ONLY,
                f"{fmt(errno.ARANGO_READ_ONLY)}: {collection} [{mode}]",
                code=403,
            )


def current() -> Access | None:
    """The access of the request being handled (None outside requests)."""
    return _CURRENT.get()


@contextmanager
def acting(access: Access | None) -> Iterator[None]:
    """Run the block with ``access`` as the current access."""
    token = _CURRENT.set(access)
    try:
        yield
    finally:
        _CURRENT.reset(token)


@contextmanager
def internal() -> Iterator[None]:
    """Run the block unchecked (the server's own bookkeeping, e.g. ``_users``)."""
    token = _CURRENT.set(None)
    try:
        yield
    finally:
        _CURRENT.reset(token)


def check_collection(db: str, collection: str, write: bool) -> None:
    """Raise when the current user may not read (or write) ``collection`` of ``db``."""
    access = _CURRENT.get()
    if access is not None:
        access.check(db, collection, "write" if write else "read")


def check_declared(
    db: str,
    existing: Iterable[str],
    read: Iterable[str],
    write: Iterable[str],
    exclusive: Iterable[str],
) -> None:
    """Check a transaction's declared collections (those that exist) when it begins."""
    access = _CURRENT.get()
    if access is None:
        return
    known = set(existing)
    for mode, names in (("exclusive", exclusive), ("write", write), ("read", read)):
        for name in sorted(set(names)):
            if name in known:
                access.check(db, name, mode)


def readable(db: str, collection: str) -> bool:
    """Whether the current user may see ``collection`` (always True outside requests)."""
    access = _CURRENT.get()
    return access is None or access.can(db, collection)
