"""Every AQL text of ProcessKG, one module per area, as named constants with bind variables.

Collections are bound as ``@@name`` and values as ``@name``; no query is ever built by
string formatting. ``all_queries()`` lists them all (the test suite validates each one).
"""

from __future__ import annotations

from types import ModuleType

from graph.aql import (
    chunks,
    deletion,
    documents,
    entities,
    examples,
    ingest,
    merges,
    migrations,
    relations,
    stats,
    tenants,
    traversal,
    vectors,
)

MODULES: tuple[ModuleType, ...] = (
    chunks,
    deletion,
    documents,
    entities,
    examples,
    ingest,
    merges,
    migrations,
    relations,
    stats,
    tenants,
    traversal,
    vectors,
)


def all_queries() -> dict[str, str]:
    """Every AQL constant, keyed ``module.NAME``."""
    out: dict[str, str] = {}
    for module in MODULES:
        short = module.__name__.rsplit(".", 1)[-1]
        for name, value in vars(module).items():
            if name.isupper() and isinstance(value, str):
                out[f"{short}.{name}"] = value
    return out
