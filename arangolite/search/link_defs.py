"""Link definitions of ``arangosearch`` Views and field specs of inverted indexes.

:func:`normalize_link` validates a link definition as given over REST and
returns it in ArangoDB's reported form; :func:`link_meta` and
:func:`inverted_meta` turn stored definitions into :class:`FieldMeta` trees
with full analyzer names.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from arangolite.search.field_meta import FieldMeta

Resolve = Callable[[str], str | None]

_STORE_VALUES = ("none", "id")


class LinkError(Exception):
    """An invalid link definition; ``attribute`` names the offending attribute."""

    def __init__(self, attribute: str) -> None:
        super().__init__(attribute)
        self.attribute = attribute


def normalize_link(definition: Any, resolve: Resolve) -> dict[str, Any]:
    """The link as ArangoDB reports it (raises :class:`LinkError`)."""
    if not isinstance(definition, dict):
        raise LinkError("")
    level = _level(definition, resolve, "")
    return {
        "analyzers": level.get("analyzers", ["identity"]),
        "fields": level.get("fields", {}),
        "includeAllFields": level.get("includeAllFields", False),
        "storeValues": level.get("storeValues", "none"),
        "trackListPositions": level.get("trackListPositions", False),
    }


def _level(definition: dict[str, Any], resolve: Resolve, prefix: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "analyzers" in definition:
        names = definition["analyzers"]
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise LinkError(prefix + "analyzers")
        for name in names:
            if resolve(name) is None:
                raise LinkError(prefix + "analyzers")
        out["analyzers"] = list(dict.fromkeys(names))
    for key in ("includeAllFields", "trackListPositions"):
        if key in definition:
            if not isinstance(definition[key], bool):
                raise LinkError(prefix + key)
            out[key] = definition[key]
    if "storeValues" in definition:
        if definition["storeValues"] not in _STORE_VALUES:
            raise LinkError(prefix + "storeValues")
        out["storeValues"] = definition["storeValues"]
    if "fields" in definition:
        fields = definition["fields"]
        if not isinstance(fields, dict):
            raise LinkError(prefix + "fields")
        nested: dict[str, Any] = {}
        for name, sub in fields.items():
            if not isinstance(sub, dict):
                raise LinkError(f"{prefix}fields.{name}")
            nested[name] = _level(sub, resolve, f"{prefix}fields.{name}.")
        out["fields"] = nested
    return out


def link_meta(link: dict[str, Any], resolve: Resolve) -> FieldMeta:
    """The indexing settings of a normalized link (unknown analyzers are skipped)."""
    return _meta(link, FieldMeta(analyzers=()), resolve)


def _meta(level: dict[str, Any], parent: FieldMeta, resolve: Resolve) -> FieldMeta:
    if "analyzers" in level:
        resolved = (resolve(n) for n in level["analyzers"])
        analyzers = tuple(n for n in resolved if n is not None)
    else:
        analyzers = parent.analyzers
    meta = FieldMeta(
        analyzers=analyzers,
        include_all=level.get("includeAllFields", parent.include_all),
        track_positions=level.get("trackListPositions", parent.track_positions),
        store_id=level.get("storeValues", "id" if parent.store_id else "none") == "id",
    )
    meta.fields = {n: _meta(sub, meta, resolve) for n, sub in level.get("fields", {}).items()}
    return meta


def inverted_meta(fields: list[Any], extra: dict[str, Any], resolve: Resolve) -> FieldMeta:
    """The indexing settings of an inverted index (``fields`` and options of its definition)."""
    default = resolve(str(extra.get("analyzer") or "identity")) or "identity"
    search_field = bool(extra.get("searchField", False))
    root = FieldMeta(
        analyzers=(default,),
        include_all=bool(extra.get("includeAllFields", False)),
        track_positions=bool(extra.get("trackListPositions", False)),
        store_id=True,
        expand_arrays=search_field,
    )
    for spec in fields:
        spec = spec if isinstance(spec, dict) else {"name": spec}
        name = spec.get("name")
        if not isinstance(name, str) or not name:
            continue
        analyzer = resolve(str(spec.get("analyzer") or "")) if spec.get("analyzer") else None
        _place(root, name.split("."), spec, analyzer or default, search_field)
    return root


def _place(
    root: FieldMeta, parts: list[str], spec: dict[str, Any], analyzer: str, search: bool
) -> None:
    level = root
    for position, part in enumerate(parts):
        expand = part.endswith("[*]")
        name = part[:-3] if expand else part
        last = position == len(parts) - 1
        found = level.fields.get(name)
        if found is None:
            found = FieldMeta(
                analyzers=(analyzer,) if last else level.analyzers,
                include_all=level.include_all,
                track_positions=level.track_positions,
                store_id=True,
                expand_arrays=search,
            )
            level.fields[name] = found
        if expand:
            found.expand_arrays = True
        if last:
            found.analyzers = (analyzer,)
            found.include_all = bool(spec.get("includeAllFields", found.include_all))
            if spec.get("searchField") is not None:
                found.expand_arrays = found.expand_arrays or bool(spec["searchField"])
        level = found
