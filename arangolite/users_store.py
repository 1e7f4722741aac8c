"""The users of one server: kept in ``_system._users``, checked on every login.

:class:`UserDirectory` loads the ``_users`` documents once, keeps the records
in memory and writes every change back through a storage transaction (run
unchecked: no user may touch ``_users`` directly). ``root`` always exists; its
password is the server's root password (``Authenticator.root_password``) and it
is only stored once its grants or extra data change.

Verifying a salted hash is deliberately slow, so a successful check is
remembered (as an HMAC of the password under a per-process key) until the
user's password, ``active`` flag or existence changes.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from arangolite import errno
from arangolite.errors import ArangoliteError, fmt, not_found
from arangolite.storage.api import WriteOptions
from arangolite.users import ROOT, RW, SYSTEM_DB, WILDCARD, UserRecord, root_record
from arangolite.users_access import internal
from arangolite.users_handles import HandleOwners
from arangolite.users_password import hash_password, verify_password

if TYPE_CHECKING:
    from arangolite.storage.engine import Engine

USERS_COLLECTION = "_users"


class RootPassword(Protocol):
    """Where the server keeps root's password (the authenticator)."""

    root_password: str


def user_not_found() -> ArangoliteError:
    return not_found(errno.USER_NOT_FOUND, fmt(errno.USER_NOT_FOUND))


def _valid_name(name: Any) -> str:
    if not isinstance(name, str) or not name:
        raise ArangoliteError(errno.USER_INVALID_NAME, fmt(errno.USER_INVALID_NAME), code=400)
    return name


class UserDirectory:
    """All users of a server.

    Args:
        engine: the storage engine (users live in its ``_system`` database).
        auth: holder of root's password.
    """

    def __init__(self, engine: Engine, auth: RootPassword) -> None:
        self.engine = engine
        self.auth = auth
        self.handles = HandleOwners()
        self._users: dict[str, UserRecord] | None = None
        self._verified: dict[str, bytes] = {}
        self._secret = secrets.token_bytes(32)

    # ------------------------------------------------------------------ reading

    def reload(self) -> None:
        """Forget the cached users; the next use reads ``_users`` again (after a restore)."""
        self._users = None
        self._verified.clear()

    def _records(self) -> dict[str, UserRecord]:
        if self._users is None:
            users: dict[str, UserRecord] = {}
            state = self.engine.database(SYSTEM_DB).collections.get(USERS_COLLECTION)
            for doc in state.docs.values() if state is not None else ():
                record = UserRecord.from_document(doc)
                if record is not None:
                    users[record.name] = record
            root = users.setdefault(ROOT, root_record())
            root.grant_database(SYSTEM_DB, RW)
            root.grant_collection(SYSTEM_DB, WILDCARD, RW)
            self._users = users
        return self._users

    def get(self, name: str) -> UserRecord | None:
        return self._records().get(name)

    def require(self, name: str) -> UserRecord:
        """The user ``name``; raises 1703 (404) when there is none."""
        record = self._records().get(name)
        if record is None:
            raise user_not_found()
        return record

    def all(self) -> list[UserRecord]:
        return [self._records()[name] for name in sorted(self._records())]

    def is_active(self, name: str) -> bool:
        record = self._records().get(name)
        return record is not None and record.active

    def check_password(self, name: str, password: str) -> bool:
        """Whether ``name`` is an active user whose password is ``password``."""
        record = self._records().get(name)
        if record is None or not record.active:
            return False
        if name == ROOT:
            return hmac.compare_digest(password.encode(), self.auth.root_password.encode())
        token = hmac.new(self._secret, password.encode(), "sha256").digest()
        known = self._verified.get(name)
        if known is not None and hmac.compare_digest(known, token):
            return True
        if not verify_password(password, record.password):
            return False
        self._verified[name] = token
        return True

    # ------------------------------------------------------------------ changes

    def create(self, name: Any, password: str, active: bool, extra: Any) -> UserRecord:
        """A new user (1700 invalid name, 1702 duplicate)."""
        name = _valid_name(name)
        if name in self._records():
            raise ArangoliteError(errno.USER_DUPLICATE, fmt(errno.USER_DUPLICATE), code=409)
        record = self._fresh(name, password, active, extra)
        self.save(record)
        self._records()[name] = record
        return record

    def replace(self, name: str, password: str, active: bool, extra: Any) -> UserRecord:
        """Replace a user entirely (its grants are reset, as in ArangoDB)."""
        old = self.require(name)
        record = self._fresh(name, password, active, extra)
        record.key = old.key
        if name == ROOT:
            record.grant_database(SYSTEM_DB, RW)
            record.grant_collection(SYSTEM_DB, WILDCARD, RW)
        self.save(record)
        self._records()[name] = record
        return record

    def update(
        self, name: str, password: str | None, active: bool | None, extra: Any
    ) -> UserRecord:
        """Change the given fields of a user (``extra`` only when a non-empty object)."""

        def change(record: UserRecord) -> None:
            if password is not None:
                self._set_password(record, password)
            if active is not None:
                record.active = active
            if isinstance(extra, dict) and extra:
                record.extra = dict(extra)

        return self.modify(name, change)

    def modify(self, name: str, change: Callable[[UserRecord], None]) -> UserRecord:
        """Apply ``change`` to user ``name`` and store it (1703 when missing)."""
        record = self.require(name)
        change(record)
        self.save(record)
        return record

    def remove(self, name: str) -> None:
        """Delete a user (``root`` cannot be deleted: 11)."""
        if name == ROOT:
            raise ArangoliteError(errno.FORBIDDEN, fmt(errno.FORBIDDEN), code=403)
        record = self.require(name)
        self._write(record, remove=True)
        del self._records()[name]
        self._verified.pop(name, None)

    def forget_database(self, db: str) -> None:
        """Drop every grant on database ``db`` (it was dropped)."""
        for record in self.all():
            if db in record.databases and not (record.name == ROOT and db == SYSTEM_DB):
                record.revoke_database(db)
                self.save(record)

    def forget_collection(self, db: str, collection: str) -> None:
        """Drop every grant on ``collection`` of ``db`` (it was dropped)."""
        for record in self.all():
            grants = record.databases.get(db)
            if grants is not None and collection in grants.collections:
                record.revoke_collection(db, collection)
                self.save(record)

    def save(self, record: UserRecord) -> None:
        """Store ``record`` in ``_users``."""
        self._write(record, remove=False)

    # ------------------------------------------------------------------ internals

    def _fresh(self, name: str, password: str, active: bool, extra: Any) -> UserRecord:
        record = UserRecord(name, active=active)
        if isinstance(extra, dict) and extra:
            record.extra = dict(extra)
        self._set_password(record, password)
        return record

    def _set_password(self, record: UserRecord, password: str) -> None:
        self._verified.pop(record.name, None)
        if record.name == ROOT:
            self.auth.root_password = password
            record.password = {}
        else:
            record.password = hash_password(password)

    def _write(self, record: UserRecord, *, remove: bool) -> None:
        db = self.engine.database(SYSTEM_DB)
        options = WriteOptions()
        with internal():
            txn = db.begin(write=[USERS_COLLECTION])
            try:
                access = txn.collection(USERS_COLLECTION, write=True)
                if remove:
                    if record.key is not None and access.get(record.key) is not None:
                        access.remove(record.key, options)
                elif record.key is not None and access.get(record.key) is not None:
                    access.replace(record.key, record.to_document(), options)
                else:
                    result = access.insert(record.to_document(), options)
                    assert result.new is not None
                    record.key = result.new["_key"]
                txn.commit()
            except BaseException:
                txn.abort()
                raise
