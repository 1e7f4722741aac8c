"""Loading one dumped collection into a database, all or nothing.

A user collection is built under a temporary name (structure, indexes, then every
document in one transaction) and only renamed into place, replacing an existing
collection when overwriting, once everything has been committed; any error drops
the temporary collection and leaves the database as it was. System collections
(``_graphs``, ``_analyzers``, ...) cannot be renamed: their documents are replaced
inside one transaction instead.

Documents keep their ``_key``, ``_rev`` and, for edges, ``_from``/``_to``;
restored keys count for the key generator and restored revisions for the clock.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from arangolite import errno
from arangolite.dump_format import CollectionDump, data_entries
from arangolite.errors import ArangoliteError
from arangolite.storage.api import WriteOptions
from arangolite.storage.clock import decode_revision
from arangolite.storage.collection import CollectionState
from arangolite.storage.database import Database
from arangolite.storage.transaction import Txn
from arangolite.storage.txn_collection import TxnCollection

# collection properties taken over from a dump's parameters
_CREATE_OPTIONS = ("keyOptions", "waitForSync", "schema", "computedValues", "cacheEnabled")
_INDEX_NOISE = ("id", "selectivityEstimate", "figures", "isNewlyCreated", "progress")
_REPLACE = WriteOptions(overwrite_mode="replace")


def refuse_non_empty(name: str) -> ArangoliteError:
    message = f"collection '{name}' already exists and is not empty (use overwrite to replace it)"
    return ArangoliteError(errno.ARANGO_DUPLICATE_NAME, message, code=409)


def create_options(item: CollectionDump) -> dict[str, Any]:
    options = {k: item.parameters[k] for k in _CREATE_OPTIONS if k in item.parameters}
    options["type"] = item.type
    return options


def _create_indexes(db: Database, name: str, item: CollectionDump) -> None:
    for index in item.indexes:
        if index.get("type") in ("primary", "edge"):
            continue
        db.ensure_index(name, {k: v for k, v in index.items() if k not in _INDEX_NOISE})


@contextmanager
def _user_keys_allowed(state: CollectionState) -> Iterator[None]:
    """Dumped keys are restored even where users may not choose keys."""
    keygen = state.keygen
    allowed = keygen.allow_user_keys
    keygen.allow_user_keys = True
    try:
        yield
    finally:
        keygen.allow_user_keys = allowed


def _store(access: TxnCollection, doc: Any) -> int:
    """Put one dumped document; the revision number it keeps (0 for a new one)."""
    if not isinstance(doc, dict):
        raise ArangoliteError(errno.ARANGO_DOCUMENT_TYPE_INVALID, code=400)
    body = {k: v for k, v in doc.items() if k not in ("_id", "_rev")}
    result = access.insert(body, _REPLACE)
    rev = doc.get("_rev")
    value = decode_revision(rev) if isinstance(rev, str) else 0
    if value and result.new is not None:
        # the stored version keeps the dumped revision instead of the fresh one
        restored = {**result.new, "_rev": rev}
        access.writes[result.new["_key"]] = access.visible[result.new["_key"]] = restored
    return value


def load_documents(txn: Txn, name: str, item: CollectionDump, use_envelope: bool | None) -> int:
    """Write every entry of the dump into ``name`` inside ``txn``; the number stored."""
    access = txn.collection(name, write=True)
    clock = txn.db.engine.clock
    stored = 0
    with _user_keys_allowed(access.state):
        for is_document, value in data_entries(item.data_files, use_envelope):
            if not is_document:
                if isinstance(value, str) and access.get(value) is not None:
                    access.remove(value, WriteOptions())
                continue
            revision = _store(access, value)
            if revision > clock.last_revision:
                clock.last_revision = revision
            stored += 1
    return stored


def _fill(db: Database, name: str, item: CollectionDump, use_envelope: bool | None) -> int:
    txn = db.begin(write=[name])
    try:
        access = txn.collection(name, write=True)
        for doc in list(access.scan()):
            access.remove(doc["_key"], WriteOptions())
        count = load_documents(txn, name, item, use_envelope)
    except BaseException:
        txn.abort()
        raise
    txn.commit()
    return count


def _restore_system(db: Database, item: CollectionDump, overwrite: bool, envelope: Any) -> int:
    state = db.collections.get(item.name)
    if state is None:
        db.create_collection(item.name, {**create_options(item), "isSystem": True})
    elif state.docs and not overwrite:
        raise refuse_non_empty(item.name)
    return _fill(db, item.name, item, envelope)


def _restore_user(db: Database, item: CollectionDump, overwrite: bool, envelope: Any) -> int:
    existing = db.collections.get(item.name)
    if existing is not None and existing.docs and not overwrite:
        raise refuse_non_empty(item.name)
    temporary = f"{item.name[:200]}_restoring_{db.engine.clock.tick()}"
    db.create_collection(temporary, create_options(item))
    try:
        _create_indexes(db, temporary, item)
        count = _fill(db, temporary, item, envelope)
        if existing is not None:
            db.drop_collection(item.name)
        db.rename_collection(temporary, item.name)
    except BaseException:
        if temporary in db.collections:
            db.drop_collection(temporary)
        raise
    return count


def restore_collection(
    db: Database, item: CollectionDump, *, overwrite: bool, use_envelope: bool | None
) -> int:
    """Restore one collection (1207/409 when it exists with documents and not ``overwrite``).

    Returns the number of documents written.
    """
    if item.name.startswith("_"):
        return _restore_system(db, item, overwrite, use_envelope)
    return _restore_user(db, item, overwrite, use_envelope)
