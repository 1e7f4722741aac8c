"""Which attributes a link or inverted index indexes, and with which analyzers.

:class:`FieldMeta` is the effective, resolved configuration of one level of a
document (a link, or an attribute below it): sub-attributes inherit what they
do not override. :func:`leaves` walks a document and yields every indexable
primitive value with its attribute path and configuration.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

NUMERIC = "\x01num"
BOOLEAN = "\x01bool"
NULL = "\x01null"


@dataclass(eq=False)
class FieldMeta:
    """Indexing settings of one document level (see module docstring)."""

    analyzers: tuple[str, ...] = ("identity",)
    include_all: bool = False
    track_positions: bool = False
    store_id: bool = False
    expand_arrays: bool = True
    fields: dict[str, FieldMeta] = field(default_factory=dict)
    _inherited: FieldMeta | None = field(default=None, repr=False)

    def child(self, name: str) -> FieldMeta | None:
        """The settings of sub-attribute ``name``, or None when it is not indexed."""
        found = self.fields.get(name)
        if found is not None:
            return found
        if not self.include_all:
            return None
        if self._inherited is None:
            self._inherited = replace(self, fields={}, _inherited=None)
        return self._inherited


def leaves(doc: dict[str, Any], meta: FieldMeta) -> Iterator[tuple[str, FieldMeta, Any]]:
    """Every indexed primitive value of ``doc`` as ``(path, settings, value)``."""
    for name, value in doc.items():
        sub = meta.child(name)
        if sub is not None:
            yield from _values(name, sub, value)


def _values(path: str, meta: FieldMeta, value: Any) -> Iterator[tuple[str, FieldMeta, Any]]:
    if isinstance(value, dict):
        for name, item in value.items():
            sub = meta.child(name)
            if sub is not None:
                yield from _values(f"{path}.{name}", sub, item)
    elif isinstance(value, list):
        if not meta.expand_arrays:
            return
        for position, item in enumerate(value):
            yield from _values(f"{path}[{position}]" if meta.track_positions else path, meta, item)
    else:
        yield path, meta, value


def value_kind(value: Any) -> str | None:
    """The field suffix for a non-string primitive (None for strings)."""
    if value is None:
        return NULL
    if isinstance(value, bool):
        return BOOLEAN
    if isinstance(value, (int, float)):
        return NUMERIC
    return None


def term_of(value: Any) -> Any:
    """The indexed term of a non-string primitive (numbers compare as floats)."""
    if isinstance(value, bool) or value is None:
        return value
    return float(value)
