"""arangodump's directory format (ArangoDB 3.12), written and read.

A dump directory holds, per database:

* ``ENCRYPTION``: the encryption method, ``none`` here;
* ``dump.json``: ``{database, lastTickAtDumpStart, useEnvelope, properties}``;
* per collection ``<name>_<md5(name)>.structure.json`` (``{indexes, parameters}``)
  and ``<name>_<md5(name)>.data.json``: one document per line, without the
  ``{type: 2300, data}`` envelope arangodump 3.7 and older wrote (``useEnvelope``
  is false since 3.8); restoring also accepts enveloped, gzip-compressed, split
  (``.<n>.data.json``) and unsuffixed (``<name>.data.json``) data files;
* per view ``<name>.view.json``.

Several databases go to one subdirectory each, named after the database (or its
id when the name is an extended one), as ``arangodump --all-databases`` does.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from arangolite import errno
from arangolite.errors import ArangoliteError
from arangolite.storage.collection import CollectionState
from arangolite.storage.database import Database

STRUCTURE_SUFFIX = ".structure.json"
VIEW_SUFFIX = ".view.json"
DOCUMENT_MARKER, EDGE_MARKER, REMOVE_MARKER = 2300, 2301, 2302
_TRADITIONAL_DATABASE = re.compile(r"(?:_system|[A-Za-z][A-Za-z0-9_\-]{0,63})\Z")
_ENCODE = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode
# collection properties arangolite reports that are not part of an inventory
_NOT_DUMPED = ("statusString", "supportsRBAC", "objectId", "status")


def format_error(message: str) -> ArangoliteError:
    return ArangoliteError(errno.BAD_PARAMETER, message, code=400)


def encode(value: Any) -> str:
    """Compact JSON, UTF-8 kept as is (as arangodump writes it)."""
    return _ENCODE(value)


def file_stem(name: str) -> str:
    """``<name>_<md5 hex of name>``: the stem of a collection's files."""
    return f"{name}_{hashlib.md5(name.encode()).hexdigest()}"


def database_directory(name: str, db_id: str) -> str:
    """The subdirectory of a database: its name, or its id for extended names."""
    return name if _TRADITIONAL_DATABASE.match(name) else db_id


# ---------------------------------------------------------------------- writing


def collection_parameters(state: CollectionState) -> dict[str, Any]:
    """The ``parameters`` of a structure file (a single server's inventory entry)."""
    params = {k: v for k, v in state.properties().items() if k not in _NOT_DUMPED}
    params.update(
        {
            "deleted": False,
            "isDisjoint": False,
            "isSmart": False,
            "numberOfShards": 1,
            "planId": state.id,
            "replicationFactor": 1,
            "shardKeys": ["_key"],
            "shardingStrategy": "hash",
        }
    )
    return dict(sorted(params.items()))


def index_definitions(state: CollectionState) -> list[dict[str, Any]]:
    """The user indexes (not primary/edge) with plain numeric ids, as inventories list them."""
    out = []
    for index in state.user_indexes():
        body = index.desc.to_json()
        body["id"] = index.desc.id.rsplit("/", 1)[-1]
        body.pop("selectivityEstimate", None)
        out.append(body)
    return out


def structure(state: CollectionState) -> dict[str, Any]:
    return {"indexes": index_definitions(state), "parameters": collection_parameters(state)}


def database_properties(db: Database) -> dict[str, Any]:
    return {
        "id": db.id,
        "name": db.name,
        "isSystem": db.is_system,
        "sharding": "",
        "replicationFactor": 1,
        "writeConcern": 1,
    }


def dump_meta(db: Database, tick: int) -> dict[str, Any]:
    """The ``dump.json`` of a database."""
    return {
        "database": db.name,
        "lastTickAtDumpStart": str(tick),
        "useEnvelope": False,
        "properties": database_properties(db),
    }


# ---------------------------------------------------------------------- reading


def read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise format_error(f"cannot read '{path}': {exc}") from None


@dataclass(slots=True)
class CollectionDump:
    """One collection found in a dump directory."""

    name: str
    parameters: dict[str, Any]
    indexes: list[dict[str, Any]]
    data_files: list[Path]

    @property
    def type(self) -> int:
        return 3 if self.parameters.get("type") in (3, "edge") else 2


def check_encryption(directory: Path) -> None:
    """Refuse encrypted dumps (only ``none`` can be read)."""
    marker = directory / "ENCRYPTION"
    if marker.exists() and marker.read_text().strip() not in ("", "none"):
        raise format_error(f"the dump in '{directory}' is encrypted; arangolite cannot read it")


def _data_files(directory: Path, name: str) -> list[Path]:
    """The data files of collection ``name`` (split parts in order)."""
    for stem in (file_stem(name), name):
        pattern = re.compile(re.escape(stem) + r"(?:\.(\d+))?\.data\.json(?:\.gz)?\Z")
        found = []
        for path in directory.iterdir():
            match = pattern.match(path.name)
            if match:
                found.append((int(match.group(1) or 0), path.name.endswith(".gz"), path))
        if found:
            return [path for _, _, path in sorted(found)]
    return []


def _sort_key(item: CollectionDump) -> tuple[int, int, str]:
    """arangorestore's creation order: documents before edges, system first, then by name."""
    return (item.type, 0 if item.name.startswith("_") else 1, item.name.lower())


def collection_dumps(directory: Path) -> list[CollectionDump]:
    """Every collection of a dump directory, in creation order."""
    found = []
    for path in directory.iterdir():
        if not path.name.endswith(STRUCTURE_SUFFIX):
            continue
        content = read_json(path)
        parameters = content.get("parameters") if isinstance(content, dict) else None
        indexes = content.get("indexes", []) if isinstance(content, dict) else None
        if not isinstance(parameters, dict) or not isinstance(indexes, list):
            raise format_error(f"collection structure file '{path}' has a wrong format")
        name = parameters.get("name")
        if not isinstance(name, str) or not name:
            raise format_error(f"collection structure file '{path}' names no collection")
        found.append(CollectionDump(name, parameters, indexes, _data_files(directory, name)))
    return sorted(found, key=_sort_key)


def view_dumps(directory: Path) -> list[dict[str, Any]]:
    views = []
    for path in sorted(directory.iterdir()):
        if path.name.endswith(VIEW_SUFFIX):
            view = read_json(path)
            if isinstance(view, dict) and isinstance(view.get("name"), str):
                views.append(view)
    return views


def _lines(path: Path) -> Iterator[str]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield line


def _is_envelope(value: dict[str, Any]) -> bool:
    return value.get("type") in (DOCUMENT_MARKER, EDGE_MARKER, REMOVE_MARKER) and (
        isinstance(value.get("data"), dict) or "key" in value
    )


def data_entries(paths: list[Path], use_envelope: bool | None) -> Iterator[tuple[bool, Any]]:
    """``(True, document)`` to store, ``(False, key)`` to remove, line by line.

    ``use_envelope`` comes from ``dump.json``; None (not stated) detects enveloped
    lines by their shape.
    """
    for path in paths:
        for number, line in enumerate(_lines(path), 1):
            try:
                value = json.loads(line)
            except ValueError as exc:
                raise format_error(f"invalid JSON in '{path}' line {number}: {exc}") from None
            if not isinstance(value, dict):
                raise format_error(f"'{path}' line {number} is not a JSON object")
            if use_envelope is False or (use_envelope is None and not _is_envelope(value)):
                yield True, value
            elif value.get("type") == REMOVE_MARKER:
                data = value.get("data")
                yield False, value.get("key", data.get("_key") if isinstance(data, dict) else None)
            else:
                yield True, value.get("data")
