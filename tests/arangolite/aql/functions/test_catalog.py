"""The merged function table and the COLLECT/WINDOW aggregate functions."""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

import pytest

from arangolite.aql import functions
from arangolite.aql.functions.catalog import AGGREGATES, BUILTINS, REGISTRIES, merge_registries
from arangolite.aql.functions.registry import Registry
from tests.arangolite.aql.functions.fake_ctx import FakeContext

DOCUMENTED_AGGREGATES = {
    *("LENGTH", "COUNT", "MIN", "MAX", "SUM", "AVERAGE", "AVG", "PUSH"),
    *("VARIANCE_POPULATION", "VARIANCE", "VARIANCE_SAMPLE"),
    *("STDDEV_POPULATION", "STDDEV", "STDDEV_SAMPLE"),
    *("UNIQUE", "SORTED_UNIQUE", "COUNT_DISTINCT", "COUNT_UNIQUE", "BIT_AND", "BIT_OR", "BIT_XOR"),
}


@pytest.mark.parametrize(
    ("alias", "original"),
    [
        ("COUNT", "LENGTH"),
        ("CONTAINS_ARRAY", "POSITION"),
        ("COUNT_UNIQUE", "COUNT_DISTINCT"),
        ("KEYS", "ATTRIBUTES"),
        ("AVG", "AVERAGE"),
        ("VARIANCE", "VARIANCE_POPULATION"),
        ("STDDEV", "STDDEV_POPULATION"),
        ("RANDOM", "RAND"),
        ("TO_LIST", "TO_ARRAY"),
        ("IS_LIST", "IS_ARRAY"),
        ("IS_DOCUMENT", "IS_OBJECT"),
    ],
)
def test_aliases_share_the_implementation(alias: str, original: str) -> None:
    assert BUILTINS[alias].fn is BUILTINS[original].fn
    assert BUILTINS[alias].name == alias


@pytest.mark.parametrize(
    ("name", "min_args", "max_args"),
    [
        ("UNION", 2, None),
        ("MERGE", 1, None),
        ("ATTRIBUTES", 1, 3),
        ("REPLACE_NTH", 3, 4),
        ("PERCENTILE", 2, 3),
        ("FAIL", 0, 1),
        ("CALL", 1, None),
        ("IN_RANGE", 5, 5),
        ("PI", 0, 0),
    ],
)
def test_arity(name: str, min_args: int, max_args: int | None) -> None:
    assert (BUILTINS[name].min_args, BUILTINS[name].max_args) == (min_args, max_args)


@pytest.mark.parametrize("name", ["RAND", "NOOPT", "SLEEP", "FAIL", "ASSERT", "WARN", "CALL"])
def test_functions_the_optimiser_must_not_fold(name: str) -> None:
    assert BUILTINS[name].deterministic is False


def test_every_function_module_is_in_the_catalog() -> None:
    missing = []
    for module in pkgutil.iter_modules(functions.__path__):
        registry = getattr(
            importlib.import_module(f"{functions.__name__}.{module.name}"), "registry", None
        )
        if isinstance(registry, Registry) and registry not in REGISTRIES:
            missing.append(module.name)
    assert missing == []


def test_merging_a_name_twice_is_refused() -> None:
    first, second = Registry(), Registry()
    first.function("X", 0, 0)(lambda ctx: 1)
    second.function("X", 0, 0)(lambda ctx: 2)
    with pytest.raises(ValueError, match="X"):
        merge_registries([first, second])


@pytest.mark.parametrize(
    ("name", "values", "expected"),
    [
        ("LENGTH", [None, 1, None], 3),
        ("COUNT", [], 0),
        ("MIN", [None, 3, False, 1], False),
        ("MAX", [None, 3, "a"], "a"),
        ("SUM", [1, None, 2.5], 3.5),
        ("SUM", [None], 0),
        ("SUM", [], None),
        ("SUM", [1, "2"], None),
        ("AVERAGE", [1, 2, None], 1.5),
        ("AVG", [], None),
        ("VARIANCE_POPULATION", [1, 3, 6, 5, 2], 3.4400000000000004),
        ("VARIANCE_SAMPLE", [1], None),
        ("STDDEV_SAMPLE", [1, 3, 6, 5, 2], 2.0736441353327724),
        ("STDDEV", [1, True], None),
        ("UNIQUE", [None, 1, 1.0, None, "1"], [None, 1, "1"]),
        ("SORTED_UNIQUE", [3, None, 1, 3], [None, 1, 3]),
        ("COUNT_DISTINCT", [None, None, 1, 1.0], 2),
        ("COUNT_UNIQUE", [], 0),
        ("PUSH", [None, 1, 1], [None, 1, 1]),
        ("BIT_AND", [7, None, 3], 3),
        ("BIT_OR", [1, 2, 4.5], 7),
        ("BIT_XOR", [None], None),
        ("BIT_OR", [1, -1], None),
    ],
)
def test_aggregates(name: str, values: list[Any], expected: Any) -> None:
    assert AGGREGATES[name](FakeContext(), values) == expected


def test_aggregates_never_warn_and_cover_every_documented_name() -> None:
    ctx = FakeContext()
    for aggregate in AGGREGATES.values():
        aggregate(ctx, ["x", None, {"a": 1}])
    assert ctx.warnings == []
    assert set(AGGREGATES) == DOCUMENTED_AGGREGATES
