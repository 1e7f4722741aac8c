"""The function library: every family's registry merged into one table.

``BUILTINS`` maps each AQL function name (aliases included) to its
:class:`~arangolite.aql.functions.registry.Builtin`; ``AGGREGATES`` maps the
names usable in ``COLLECT ... AGGREGATE`` and ``WINDOW`` to functions taking the
collected values. Storage-backed functions (DOCUMENT, COLLECTIONS, ...) are added
by :mod:`arangolite.aql.builtins`.
"""

from __future__ import annotations

from collections.abc import Iterable

from arangolite.aql.functions import (
    array_sets,
    arrays,
    bits,
    date_arith,
    date_compare,
    date_format,
    date_tz,
    dates,
    document_ids,
    geo,
    minhash,
    misc,
    numeric,
    objects,
    statistics,
    string_codec,
    string_convert,
    string_regex,
    string_search,
    string_similarity,
    strings,
    types,
    vectors,
)
from arangolite.aql.functions.aggregates import AGGREGATES, Aggregate
from arangolite.aql.functions.registry import Builtin, Registry

REGISTRIES: tuple[Registry, ...] = (
    arrays.registry,
    array_sets.registry,
    objects.registry,
    document_ids.registry,
    numeric.registry,
    statistics.registry,
    bits.registry,
    vectors.registry,
    types.registry,
    misc.registry,
    minhash.registry,
    strings.registry,
    string_codec.registry,
    string_convert.registry,
    string_regex.registry,
    string_search.registry,
    string_similarity.registry,
    dates.registry,
    date_arith.registry,
    date_compare.registry,
    date_format.registry,
    date_tz.registry,
    geo.registry,
)


def merge_registries(registries: Iterable[Registry]) -> dict[str, Builtin]:
    """One name → function table; a name registered twice is a programming error."""
    table: dict[str, Builtin] = {}
    for registry in registries:
        for name, builtin in registry.functions.items():
            if name in table:
                raise ValueError(f"AQL function {name} is registered twice")
            table[name] = builtin
    return table


BUILTINS: dict[str, Builtin] = merge_registries(REGISTRIES)

__all__ = ["AGGREGATES", "BUILTINS", "REGISTRIES", "Aggregate", "merge_registries"]
