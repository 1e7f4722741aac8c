"""Dump databases in arangodump's directory format and restore such dumps.

``dump(server_or_engine, "backup")`` writes every database (one subdirectory
each); ``dump(server, "backup", ["shop"])`` writes one database flat into the
directory, as ``arangodump --server.database shop`` does. ``restore(server,
"backup")`` reads either layout back, also dumps made by arangodump 3.12 itself,
and a flat dump of arangolite goes into a real ArangoDB with ``arangorestore
--include-system-collections true`` (named graphs live in ``_graphs``). The
format is described in :mod:`arangolite.dump_format`; loading a collection in
:mod:`arangolite.dump_load`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from arangolite import errno
from arangolite.dump_format import (
    CollectionDump,
    check_encryption,
    collection_dumps,
    database_directory,
    dump_meta,
    encode,
    file_stem,
    format_error,
    read_json,
    structure,
    view_dumps,
)
from arangolite.dump_load import refuse_non_empty, restore_collection
from arangolite.dump_views import check_view_free, restore_view, view_definitions
from arangolite.errors import not_found
from arangolite.storage.collection import CollectionState
from arangolite.storage.database import Database
from arangolite.storage.engine import Engine

# system collections whose contents belong to a database's data (graphs, analyzers, functions)
SYSTEM_COLLECTIONS = ("_analyzers", "_aqlfunctions", "_graphs")


def _engine(target: Any) -> Engine:
    engine = getattr(target, "engine", target)
    if not isinstance(engine, Engine):
        raise TypeError("expected an EmbeddedArango or a storage Engine")
    return engine


def _prepare_directory(root: Path, overwrite: bool) -> None:
    if root.exists() and not root.is_dir():
        raise format_error(f"'{root}' is not a directory")
    if root.exists() and any(root.iterdir()) and not overwrite:
        raise format_error(f"output directory '{root}' already exists; use overwrite to replace")
    root.mkdir(parents=True, exist_ok=True)


def _dumped(state: CollectionState) -> bool:
    return not state.is_system or state.name in SYSTEM_COLLECTIONS


def _write_collection(state: CollectionState, target: Path) -> int:
    stem = file_stem(state.name)
    (target / f"{stem}.structure.json").write_text(encode(structure(state)), encoding="utf-8")
    with open(target / f"{stem}.data.json", "w", encoding="utf-8") as data:
        for doc in state.docs.values():
            data.write(encode(doc) + "\n")
    return len(state.docs)


def _dump_database(db: Database, target: Path, tick: int) -> dict[str, int]:
    target.mkdir(parents=True, exist_ok=True)
    (target / "ENCRYPTION").write_text("none", encoding="utf-8")
    (target / "dump.json").write_text(encode(dump_meta(db, tick)), encoding="utf-8")
    counts = {"collections": 0, "documents": 0, "views": 0}
    for state in db.collections.values():
        if _dumped(state):
            counts["documents"] += _write_collection(state, target)
            counts["collections"] += 1
    for view in view_definitions(db):
        (target / f"{view['name']}.view.json").write_text(encode(view), encoding="utf-8")
        counts["views"] += 1
    return counts


def dump(
    source: Any,
    directory: str | Path,
    databases: Sequence[str] | None = None,
    *,
    overwrite: bool = False,
) -> dict[str, dict[str, int]]:
    """Dump ``databases`` (all when None) of an EmbeddedArango or Engine into ``directory``.

    One named database is written flat into ``directory``; otherwise each database
    gets its own subdirectory. A non-empty ``directory`` is refused unless
    ``overwrite``. Returns per database the numbers of collections, documents, views.
    """
    engine = _engine(source)
    root = Path(directory)
    with engine.lock:
        if databases is None:
            names = sorted(engine.databases, key=lambda n: (n != "_system", n))
        else:
            names = list(dict.fromkeys(databases))
        dbs = [engine.database(name) for name in names]
        _prepare_directory(root, overwrite)
        flat = databases is not None and len(dbs) == 1
        tick = engine.clock.last_tick
        return {
            db.name: _dump_database(
                db, root if flat else root / database_directory(db.name, db.id), tick
            )
            for db in dbs
        }


# ---------------------------------------------------------------------- restore


def _restore_plan(root: Path, databases: Sequence[str] | None) -> list[tuple[Path, str]]:
    """(directory, target database) pairs; ``_system`` last, as arangorestore orders them."""
    if (root / "dump.json").exists():
        meta = read_json(root / "dump.json")
        if databases is not None and len(databases) > 1:
            raise format_error(f"'{root}' holds the dump of a single database")
        name = databases[0] if databases else meta.get("database") or "_system"
        return [(root, str(name))]
    plan = []
    for path in sorted(p for p in root.iterdir() if (p / "dump.json").exists()):
        meta = read_json(path / "dump.json")
        properties = meta.get("properties") if isinstance(meta.get("properties"), dict) else {}
        name = str(properties.get("name") or meta.get("database") or path.name)
        if databases is None or name in databases:
            plan.append((path, name))
    if not plan:
        raise format_error(f"no database dump found in '{root}'")
    return sorted(plan, key=lambda item: (item[1] == "_system", item[1]))


def _target_database(engine: Engine, name: str, create: bool) -> Database:
    db = engine.databases.get(name)
    if db is not None:
        return db
    if not create:
        raise not_found(errno.ARANGO_DATABASE_NOT_FOUND, f"database '{name}' not found")
    return engine.create_database(name)


def _restorable(items: list[CollectionDump]) -> list[CollectionDump]:
    return [i for i in items if not i.name.startswith("_") or i.name in SYSTEM_COLLECTIONS]


def _check_targets(
    db: Database, items: list[CollectionDump], views: list[Any], overwrite: bool
) -> None:
    """Refuse before writing anything when a target collection or view is in the way."""
    for item in items:
        state = db.collections.get(item.name)
        if state is not None and state.docs and not overwrite:
            raise refuse_non_empty(item.name)
    for view in views:
        check_view_free(db, view, overwrite)


def _restore_database(
    engine: Engine, path: Path, name: str, create: bool, overwrite: bool
) -> dict[str, int]:
    check_encryption(path)
    meta = read_json(path / "dump.json") if (path / "dump.json").exists() else {}
    envelope = meta.get("useEnvelope") if isinstance(meta.get("useEnvelope"), bool) else None
    items, views = _restorable(collection_dumps(path)), view_dumps(path)
    db = _target_database(engine, name, create)
    _check_targets(db, items, views, overwrite)
    counts = {"collections": 0, "documents": 0, "views": 0}
    for item in items:
        counts["documents"] += restore_collection(
            db, item, overwrite=overwrite, use_envelope=envelope
        )
        counts["collections"] += 1
    for view in views:
        restore_view(db, view, overwrite)
        counts["views"] += 1
    return counts


def restore(
    target: Any,
    directory: str | Path,
    databases: Sequence[str] | None = None,
    *,
    create_database: bool = False,
    overwrite: bool = False,
) -> dict[str, dict[str, int]]:
    """Restore a dump directory into an EmbeddedArango or Engine.

    A flat dump goes into the database named in its ``dump.json`` (or
    ``databases[0]``); a multi-database dump restores each subdirectory (only
    ``databases`` when given). Missing databases are created with
    ``create_database`` (1228 otherwise). A collection that exists with
    documents is refused (409) unless ``overwrite``; each collection is restored
    all or nothing. Returns per database the numbers of collections, documents, views.
    """
    engine = _engine(target)
    root = Path(directory)
    if not root.is_dir():
        raise format_error(f"input directory '{root}' does not exist")
    with engine.lock:
        return {
            name: _restore_database(engine, path, name, create_database, overwrite)
            for path, name in _restore_plan(root, databases)
        }
