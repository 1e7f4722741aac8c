"""Collection schema validation (ArangoDB's ``schema`` property: a JSON Schema rule).

``{"rule": {...}, "level": "none"|"new"|"moderate"|"strict", "message": "..."}``:
``new`` checks inserted documents, ``moderate`` also changed documents that were
valid before, ``strict`` every insert and change. System attributes are not
validated. A failure is ArangoDB's 1620 with the schema's message.
"""

from __future__ import annotations

from typing import Any

from jsonschema import Draft4Validator
from jsonschema.exceptions import SchemaError

from arangolite import errno
from arangolite.errors import ArangoliteError

LEVELS = ("none", "new", "moderate", "strict")
_SYSTEM = frozenset(("_key", "_id", "_rev", "_from", "_to"))
DEFAULT_MESSAGE = "Schema validation failed"


def _invalid(detail: str) -> ArangoliteError:
    return ArangoliteError(
        errno.VALIDATION_BAD_PARAMETER, f"invalid schema validation parameter: {detail}", code=400
    )


class Schema:
    """A compiled schema property; see the module docstring."""

    def __init__(self, definition: dict[str, Any]) -> None:
        rule = definition.get("rule")
        if not isinstance(rule, dict):
            raise _invalid("'rule' must be an object")
        level = definition.get("level", "strict")
        if level not in LEVELS:
            raise _invalid(f"'level' must be one of {', '.join(LEVELS)}")
        message = definition.get("message", DEFAULT_MESSAGE)
        if not isinstance(message, str):
            raise _invalid("'message' must be a string")
        try:
            Draft4Validator.check_schema(rule)
        except SchemaError as exc:
            raise _invalid(exc.message) from exc
        self.definition = definition
        self.level = level
        self.message = message
        self._validator = Draft4Validator(rule)

    def valid(self, document: dict[str, Any]) -> bool:
        body = {k: v for k, v in document.items() if k not in _SYSTEM}
        return bool(self._validator.is_valid(body))

    def check(self, document: dict[str, Any], old: dict[str, Any] | None) -> None:
        """Raise 1620 if writing ``document`` (replacing ``old``) breaks the schema."""
        level = self.level
        if level == "none" or (old is not None and level == "new"):
            return
        if old is not None and level == "moderate" and not self.valid(old):
            return
        if not self.valid(document):
            raise ArangoliteError(errno.VALIDATION_FAILED, self.message, code=400)


def compile_schema(value: Any) -> Schema | None:
    """The compiled schema of a ``schema`` property value (None or ``{}``: no schema).

    Raises:
        ArangoliteError: 1621 for a malformed schema.
    """
    if value is None or value == {}:
        return None
    if not isinstance(value, dict):
        raise _invalid("schema must be an object")
    return Schema(value)
