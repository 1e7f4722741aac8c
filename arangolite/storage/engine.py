"""The storage engine: databases, the clock, durability and transaction commits.

Usage by other components::

    engine = Engine("data/arangolite")        # or Engine(None): memory only
    db = engine.database("_system")           # a DatabaseHandle (raises 1228)
    trx = db.begin(write=["users"])
    trx.collection("users", write=True).insert({"name": "x"}, WriteOptions())
    trx.commit()

Callers serialize access with ``engine.lock`` (the REST dispatcher holds it for
each request).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from typing import Any

from arangolite import errno
from arangolite.errors import ArangoliteError, fmt, not_found
from arangolite.storage import sqlite_store as sql
from arangolite.storage.api import IndexDescription
from arangolite.storage.clock import Clock
from arangolite.storage.collection import CollectionState
from arangolite.storage.database import Database
from arangolite.storage.docops import CONFLICT_MESSAGE
from arangolite.storage.index import BEHAVIOUR, Index, MetadataIndex
from arangolite.storage.names import is_valid_database_name
from arangolite.storage.sqlite_store import Batch, Store
from arangolite.storage.transaction import RUNNING, Txn
from arangolite.storage.txn_collection import TxnCollection
from arangolite.vector.index import vector_index_factory

STREAM_IDLE_TIMEOUT = 60.0  # seconds, like ArangoDB's --transaction.streaming-idle-timeout

_ENCODE = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, check_circular=False).encode


def _conflict() -> ArangoliteError:
    return ArangoliteError(errno.ARANGO_CONFLICT, CONFLICT_MESSAGE, code=409)


class Engine:
    """All databases of one server.

    Args:
        data_dir: directory of the SQLite file, or None to keep everything in memory.
        synchronous: SQLite ``synchronous`` pragma (``NORMAL`` survives process crashes).
    """

    def __init__(self, data_dir: str | None, *, synchronous: str = "NORMAL") -> None:
        self.lock = threading.RLock()
        self.store = Store(data_dir, synchronous=synchronous)
        meta = self.store.meta()
        self.clock = Clock(meta.get("tick", 0), meta.get("revision", 0))
        self.databases: dict[str, Database] = {}
        self.transactions: dict[str, Txn] = {}
        self.stream_idle_timeout = STREAM_IDLE_TIMEOUT
        self.index_types: dict[str, Callable[[IndexDescription], Index]] = dict(BEHAVIOUR)
        self.extensions: dict[str, Any] = {}  # per-engine state of extensions, by name
        self._load()
        if "_system" not in self.databases:
            self.create_database("_system")
        self.register_index_type("vector", vector_index_factory(self))
        from arangolite.search.runtime import install as install_search

        install_search(self)  # inverted indexes and ArangoSearch View links

    # ------------------------------------------------------------------ setup

    def make_index(self, desc: IndexDescription) -> Index:
        """The in-memory structure for an index (see :meth:`register_index_type`)."""
        return self.index_types.get(desc.type, MetadataIndex)(desc)

    def register_index_type(self, kind: str, factory: Callable[[IndexDescription], Index]) -> None:
        """Give an index type behaviour; existing indexes of that type are rebuilt with it."""
        with self.lock:
            self.index_types[kind] = factory
            for db in self.databases.values():
                for state in db.collections.values():
                    for index in list(state.indexes.values()):
                        if index.desc.type == kind:
                            state.replace_index(factory(index.desc))

    def _load(self) -> None:
        store = self.store
        for name, db_id, props in store.databases():
            self.databases[name] = Database(self, name, db_id, props)
        by_cid: dict[int, CollectionState] = {}
        for cid, db_name, name, props in store.collections():
            db = self.databases.get(db_name)
            if db is None:
                continue
            state = CollectionState(cid, db_name, name, props, self.clock.tick, self.make_index)
            db.collections[name] = state
            by_cid[cid] = state
            self.clock.observe_tick(cid)
        loads = json.loads
        for cid, body in store.documents():
            target = by_cid.get(cid)
            if target is not None:
                target.load(loads(body))
        for loaded in by_cid.values():
            if loaded.docs:
                loaded.revision = max(d["_rev"] for d in loaded.docs.values())
        for db_name, kind, name, body in store.catalog():
            db = self.databases.get(db_name)
            if db is not None:
                db.catalog[(kind, name)] = body
        for db in self.databases.values():
            db.ensure_system_collections()

    def close(self) -> None:
        with self.lock:
            for txn in list(self.transactions.values()):
                txn.abort()
            self.transactions.clear()
            self.store.close()

    # ------------------------------------------------------------------ databases

    def database(self, name: str) -> Database:
        """The database ``name``; raises 1228 ``database not found``."""
        db = self.databases.get(name)
        if db is None:
            raise not_found(errno.ARANGO_DATABASE_NOT_FOUND)
        return db

    def create_database(self, name: Any, options: dict[str, Any] | None = None) -> Database:
        """Create a database with its system collections (1229 bad name, 1207 duplicate)."""
        if not is_valid_database_name(name):
            raise ArangoliteError(errno.ARANGO_DATABASE_NAME_INVALID, code=400)
        if name in self.databases:
            raise ArangoliteError(
                errno.ARANGO_DUPLICATE_NAME, fmt(errno.ARANGO_DUPLICATE_NAME), code=409
            )
        db_id = "1" if name == "_system" else self.clock.tick_str()
        props = {"options": options or {}}
        self.run_ddl([sql.put_database(name, db_id, props)])
        db = Database(self, name, db_id, props)
        self.databases[name] = db
        db.ensure_system_collections()
        return db

    def drop_database(self, name: str) -> None:
        """Drop a database (1228 when missing; ``_system`` cannot be dropped: 403)."""
        if name == "_system":
            raise ArangoliteError(errno.FORBIDDEN, fmt(errno.FORBIDDEN), code=403)
        self.database(name)
        self.run_ddl(sql.drop_database(name))
        del self.databases[name]

    # ------------------------------------------------------------------ durability

    def _meta(self) -> dict[str, int]:
        return {"tick": self.clock.last_tick, "revision": self.clock.last_revision}

    def run_ddl(self, statements: list[tuple[str, tuple[Any, ...]]]) -> None:
        """Persist metadata changes in one SQLite transaction."""
        self.store.commit(Batch(statements=statements), self._meta())

    def commit(self, txn: Txn) -> None:
        """Commit ``txn``: re-check, write SQLite, then publish to memory."""
        changed = [c for c in txn.collections.values() if c.writes]
        if not changed:
            return
        self.store.check_open()
        for access in changed:
            self._recheck(txn, access)
        if self.store.durable:
            self.store.commit(self._batch(changed), self._meta())
        readers = [t for t in self.running_transactions(txn.db) if t is not txn and t.stream]
        for access in changed:
            state = access.state
            state.saved_last_value = state.keygen.last_value
            for key, doc in access.writes.items():
                for reader in readers:
                    reader.preserve(state, key, state.docs.get(key))
                state.apply(key, doc)

    def _recheck(self, txn: Txn, access: TxnCollection) -> None:
        state = access.state
        db = txn.db
        if state.dropped or db.collections.get(state.name) is not state:
            raise not_found(errno.ARANGO_DATA_SOURCE_NOT_FOUND, f"{fmt(1203)}: {state.name}")
        docs = state.docs
        for key, expected in access.base_revs.items():
            current = docs.get(key)
            if (current["_rev"] if current is not None else None) != expected:
                raise _conflict()
        unique = [i for i in state.indexes.values() if i.desc.unique]
        if unique:
            writes = access.writes
            for key, doc in writes.items():
                if doc is None:
                    continue
                for index in unique:
                    other = index.conflict(key, doc)
                    if other is not None and other not in writes:
                        raise _conflict()
        for index in state.indexes.values():
            check_writes = getattr(index, "check_writes", None)
            if check_writes is not None:  # indexes that refuse documents (vector)
                check_writes(access.writes)

    def _batch(self, changed: list[TxnCollection]) -> Batch:
        batch = Batch()
        encode = _ENCODE
        for access in changed:
            state = access.state
            cid, docs = state.cid, state.docs
            inserts, updates, deletes = batch.inserts, batch.updates, batch.deletes
            raw_bodies = access.raw_bodies
            for key, doc in access.writes.items():
                if doc is None:
                    if key in docs:
                        deletes.append((cid, key))
                    continue
                raw = raw_bodies.get(key) if raw_bodies else None
                text = raw[1] if raw is not None and raw[0] is doc else encode(doc)
                if key in docs:
                    updates.append((text, cid, key))
                else:
                    inserts.append((cid, key, text))
            if access.wait_for_sync or state.wait_for_sync:
                batch.wait_for_sync = True
            keygen = state.keygen
            if keygen.kind == "autoincrement" and keygen.last_value != state.saved_last_value:
                batch.statements.append(
                    sql.put_collection(cid, state.database, state.name, state.stored_props())
                )
        return batch

    # ------------------------------------------------------------------ stream transactions

    def begin_stream(self, db: Database, collections: Any, *, allow_implicit: bool = True) -> Txn:
        """Begin a REST stream transaction (declared collections must exist: 1203)."""
        spec = collections if isinstance(collections, dict) else {}
        txn = Txn(
            db,
            self.clock.tick_str(),
            read=spec.get("read"),
            write=spec.get("write"),
            exclusive=spec.get("exclusive"),
            stream=True,
            allow_implicit=allow_implicit,
        )
        for name in sorted(txn.read | txn.write):
            db.collection_state(name)
        self.expire_idle()
        self.transactions[txn.id] = txn
        return txn

    def stream_transaction(self, tid: str, db: Database | None = None) -> Txn:
        """A registered stream transaction; raises 1655 when unknown."""
        self.expire_idle()
        txn = self.transactions.get(tid)
        if txn is None or (db is not None and txn.db is not db):
            raise not_found(errno.TRANSACTION_NOT_FOUND, f"transaction '{tid}' not found")
        txn.last_used = time.monotonic()
        return txn

    def expire_idle(self) -> None:
        """Abort running stream transactions unused for ``stream_idle_timeout`` seconds."""
        limit = time.monotonic() - self.stream_idle_timeout
        for txn in self.transactions.values():
            if txn.status == RUNNING and txn.last_used < limit:
                txn.abort()

    def running_transactions(self, db: Database) -> list[Txn]:
        return [t for t in self.transactions.values() if t.db is db and t.status == RUNNING]

    def forget_finished(self, keep: int = 1000) -> None:
        """Drop the oldest finished stream transactions beyond ``keep``."""
        finished = [t for t in self.transactions.values() if t.status != RUNNING]
        for txn in finished[: max(0, len(finished) - keep)]:
            del self.transactions[txn.id]
