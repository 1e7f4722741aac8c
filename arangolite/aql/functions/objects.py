"""AQL document/object functions (document-object.md).

ATTRIBUTES/KEYS, VALUES, ENTRIES, HAS, VALUE, KEEP, KEEP_RECURSIVE, UNSET,
UNSET_RECURSIVE, MERGE, MERGE_RECURSIVE, MATCHES, TRANSLATE and ZIP.

Objects that ArangoDB rebuilds through VelocyPack's sorted attribute index
(KEEP/UNSET and the left side of a MERGE) come back with their attributes in
sorted order, as ArangoDB returns them.
"""

from __future__ import annotations

from functools import cmp_to_key
from typing import Any

from arangolite import errno
from arangolite.aql.functions.registry import FunctionContext, Registry, invalid_argument
from arangolite.aql.functions.reporting import warn
from arangolite.aql.values import compare_strings, equals, format_number, is_number, to_bool
from arangolite.aql.values import to_string as stringify

registry = Registry()


@registry.function("ATTRIBUTES", 1, 3, aliases=("KEYS",))
def attributes(
    ctx: FunctionContext, value: Any, remove_system: Any = False, sort: Any = False
) -> Any:
    """Attribute names, optionally without ``_``-prefixed ones.

    ArangoDB's unsorted order comes from a hash set; sorted order is returned either way.
    """
    if not isinstance(value, dict):
        invalid_argument(ctx, "ATTRIBUTES")
        return None
    names = sorted(value, key=cmp_to_key(compare_strings))
    if to_bool(remove_system):
        names = [name for name in names if not name.startswith("_")]
    return names


@registry.function("VALUES", 1, 2)
def values(ctx: FunctionContext, value: Any, remove_system: Any = False) -> Any:
    if not isinstance(value, dict):
        invalid_argument(ctx, "VALUES")
        return None
    skip = to_bool(remove_system)
    return [item for key, item in value.items() if not (skip and key.startswith("_"))]


@registry.function("ENTRIES", 1, 1)
def entries(ctx: FunctionContext, value: Any) -> Any:
    if not isinstance(value, dict):
        invalid_argument(ctx, "ENTRIES")
        return None
    return [[key, item] for key, item in value.items()]


@registry.function("HAS", 2, 2)
def has(ctx: FunctionContext, value: Any, name: Any) -> bool:
    """Whether the object has the attribute (even with a null value)."""
    return isinstance(value, dict) and stringify(name) in value


@registry.function("VALUE", 2, 2)
def value_at(ctx: FunctionContext, value: Any, path: Any) -> Any:
    """The value at ``path``: attribute names and array positions."""
    if not isinstance(value, dict) or not isinstance(path, list):
        invalid_argument(ctx, "VALUE")
        return None
    if not path:
        return None
    current: Any = value
    for step in path:
        if isinstance(step, str) and isinstance(current, dict) and step in current:
            current = current[step]
        elif is_number(step) and isinstance(current, list) and 0 <= int(step) < len(current):
            current = current[int(step)]
        else:
            return None
    return current


def _names(ctx: FunctionContext, name: str, args: tuple[Any, ...]) -> set[str]:
    """Attribute names given to KEEP/UNSET: strings, numbers, arrays of strings."""
    names: set[str] = set()
    for arg in args:
        if isinstance(arg, str):
            names.add(arg)
        elif is_number(arg):
            names.add(format_number(float(arg)))
        elif isinstance(arg, list):
            for item in arg:
                if isinstance(item, str):
                    names.add(item)
                else:
                    invalid_argument(ctx, name)
    return names


def _filter(obj: dict[str, Any], names: set[str], *, keep: bool, deep: bool) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key in sorted(obj):
        if (key in names) != keep:
            continue
        item = obj[key]
        result[key] = (
            _filter(item, names, keep=keep, deep=deep) if deep and isinstance(item, dict) else item
        )
    return result


def _keep_or_unset(
    ctx: FunctionContext, name: str, value: Any, args: tuple[Any, ...], *, keep: bool, deep: bool
) -> Any:
    if not isinstance(value, dict):
        invalid_argument(ctx, name)
        return None
    return _filter(value, _names(ctx, name, args), keep=keep, deep=deep)


@registry.function("KEEP", 2, None)
def keep(ctx: FunctionContext, value: Any, *names: Any) -> Any:
    return _keep_or_unset(ctx, "KEEP", value, names, keep=True, deep=False)


@registry.function("KEEP_RECURSIVE", 2, None)
def keep_recursive(ctx: FunctionContext, value: Any, *names: Any) -> Any:
    return _keep_or_unset(ctx, "KEEP_RECURSIVE", value, names, keep=True, deep=True)


@registry.function("UNSET", 2, None)
def unset(ctx: FunctionContext, value: Any, *names: Any) -> Any:
    return _keep_or_unset(ctx, "UNSET", value, names, keep=False, deep=False)


@registry.function("UNSET_RECURSIVE", 2, None)
def unset_recursive(ctx: FunctionContext, value: Any, *names: Any) -> Any:
    return _keep_or_unset(ctx, "UNSET_RECURSIVE", value, names, keep=False, deep=True)


def merge_two(left: dict[str, Any], right: dict[str, Any], *, deep: bool) -> dict[str, Any]:
    """VelocyPack's object merge: ``left``'s attributes (sorted), then ``right``-only ones."""
    result: dict[str, Any] = {}
    for key in sorted(left):
        if key not in right:
            result[key] = left[key]
        elif deep and isinstance(left[key], dict) and isinstance(right[key], dict):
            result[key] = merge_two(left[key], right[key], deep=True)
        else:
            result[key] = right[key]
    for key, item in right.items():
        if key not in left:
            result[key] = item
    return result


def _merge(ctx: FunctionContext, name: str, objects: tuple[Any, ...], *, deep: bool) -> Any:
    first = objects[0]
    if isinstance(first, list) and len(objects) == 1:
        if not all(isinstance(item, dict) for item in first):
            invalid_argument(ctx, name)
            return None
        if not deep:
            flat: dict[str, Any] = {}
            for item in first:
                flat.update(item)
            return flat
        return _fold({}, first, deep=True)
    if not all(isinstance(item, dict) for item in objects):
        invalid_argument(ctx, name)
        return None
    if len(objects) == 1:
        return first
    return _fold(first, list(objects[1:]), deep=deep)


def _fold(start: dict[str, Any], objects: list[dict[str, Any]], *, deep: bool) -> dict[str, Any]:
    result = start
    for item in objects:
        result = merge_two(result, item, deep=deep)
    return result


@registry.function("MERGE", 1, None)
def merge(ctx: FunctionContext, *objects: Any) -> Any:
    """Objects merged left to right (later values win); or one array of objects."""
    return _merge(ctx, "MERGE", objects, deep=False)


@registry.function("MERGE_RECURSIVE", 1, None)
def merge_recursive(ctx: FunctionContext, *objects: Any) -> Any:
    """Like MERGE, but attributes holding objects on both sides are merged too."""
    return _merge(ctx, "MERGE_RECURSIVE", objects, deep=True)


def _matches(doc: dict[str, Any], example: dict[str, Any]) -> bool:
    for key, expected in example.items():
        if key not in doc:
            if expected is None:
                continue
            return False
        if not equals(doc[key], expected):
            return False
    return True


@registry.function("MATCHES", 2, 3)
def matches(ctx: FunctionContext, doc: Any, examples: Any, return_index: Any = False) -> Any:
    """Whether ``doc`` matches one of the example objects (or that example's index)."""
    want_index = to_bool(return_index)
    if not isinstance(doc, dict):
        return False
    candidates = examples if isinstance(examples, list) else [examples]
    for index, example in enumerate(candidates):
        if not isinstance(example, dict):
            warn(ctx, "MATCHES", errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH)
            continue
        if _matches(doc, example):
            return index if want_index else True
    return -1 if want_index else False


@registry.function("TRANSLATE", 2, 3)
def translate(ctx: FunctionContext, key: Any, lookup: Any, *default: Any) -> Any:
    """``lookup[key]``; else ``default`` if given, else ``key`` itself."""
    if not isinstance(lookup, dict):
        invalid_argument(ctx, "TRANSLATE")
        return None
    name = key if isinstance(key, str) else stringify(key)
    if name in lookup:
        return lookup[name]
    return default[0] if default else key


@registry.function("ZIP", 2, 2)
def zip_(ctx: FunctionContext, keys: Any, items: Any) -> Any:
    """An object from parallel arrays of names and values (first name wins)."""
    if not isinstance(keys, list) or not isinstance(items, list) or len(keys) != len(items):
        invalid_argument(ctx, "ZIP")
        return None
    result: dict[str, Any] = {}
    for key, item in zip(keys, items, strict=True):
        result.setdefault(stringify(key), item)
    return result
