"""ProcessKG's exceptions, and the one place python-arango errors are translated.

::

    ProcessKGError
    ├── ConfigurationError        settings that cannot work (bad URL, bad vector config)
    ├── BackendUnavailable        the ArangoDB server cannot be reached
    ├── TenantNameError           a tenant name outside [a-z0-9_-]{1,40}, or starting with "_"
    ├── MigrationError            a migration step failed (nothing was recorded)
    │   └── MigrationChecksumError   an applied migration's definition has changed
    ├── InvalidInput              a value the store refuses (wrong vector length …)
    │   └── OntologyViolation     a relation type or its endpoints' types are not allowed
    ├── NotFound                  a database, collection, document or endpoint is missing
    ├── Conflict                  a unique key or revision clashes
    │   └── EntityConflict        a canonical id already belongs to an entity of another type
    ├── PermissionDenied          the ArangoDB user may not do this (read-only analyst …)
    ├── QueryError                an AQL text or its bind variables are invalid
    ├── DatabaseError             any other error ArangoDB reported
    └── DocumentError             an uploaded file that cannot be ingested (nothing produced)
        ├── UnsupportedDocument   an unknown type, or binary content posing as text
        │   └── EncryptedDocument a password-protected PDF
        ├── DocumentTooLarge      over the size limit, or a zip that would inflate past it
        ├── CorruptDocument       a file its format's parser cannot read
        └── EmptyDocument         no text at all (empty or whitespace-only)

``translate(exc)`` maps a python-arango error to this tree by its ``error_code``
(ArangoDB's ``errorNum``), never by message text; ``arango_errors()`` wraps a block so
callers see only ``ProcessKGError``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import arango.errno as errno
from arango.exceptions import ArangoClientError, ArangoError, DocumentParseError
from requests.exceptions import ConnectionError as RequestsConnectionError


class ProcessKGError(Exception):
    """Base of every error ProcessKG raises on purpose."""


class ConfigurationError(ProcessKGError):
    """The configuration cannot work (missing URL, impossible vector parameters …)."""


class BackendUnavailable(ProcessKGError):  # noqa: N818 - names used across the project
    """The ArangoDB server (or the embedded engine's data directory) is not reachable."""


class TenantNameError(ProcessKGError, ValueError):
    """A tenant name that is not 1-40 of [a-z0-9_-] or starts with an underscore."""


class MigrationError(ProcessKGError):
    """A migration failed part-way; its completed steps were undone and nothing recorded."""


class MigrationChecksumError(MigrationError):
    """A migration that is recorded as applied no longer has the recorded checksum."""


class InvalidInput(ProcessKGError, ValueError):  # noqa: N818 - names used across the project
    """A value the store refuses before it reaches the database."""


class OntologyViolation(InvalidInput):
    """A relation whose type, or whose endpoints' entity types, the ontology forbids."""


class NotFound(ProcessKGError, LookupError):  # noqa: N818 - names used across the project
    """A database, collection, document or edge endpoint that does not exist."""


class Conflict(ProcessKGError):  # noqa: N818 - names used across the project
    """A write that clashes with a unique index or a newer revision."""


class EntityConflict(Conflict):
    """An entity's canonical id is already used by an entity of a different type."""


class PermissionDenied(ProcessKGError):  # noqa: N818 - names used across the project
    """The ArangoDB user is not allowed to do this (for example a read-only analyst)."""


class QueryError(ProcessKGError):
    """An AQL query that does not parse or whose bind variables do not fit."""


class DatabaseError(ProcessKGError):
    """Any other error ArangoDB reported; ``error_code`` keeps its ``errorNum``."""

    def __init__(self, message: str, error_code: int | None = None) -> None:
        super().__init__(message)
        self.error_code = error_code


class DocumentError(ProcessKGError):
    """An uploaded file that cannot be ingested; parsing produced nothing."""


class UnsupportedDocument(DocumentError):  # noqa: N818 - names used across the project
    """A file of a type ProcessKG does not parse, or binary content posing as text."""


class EncryptedDocument(UnsupportedDocument):
    """A password-protected document that cannot be opened without its password."""


class DocumentTooLarge(DocumentError):  # noqa: N818 - names used across the project
    """A file over the size limit, or an archive whose contents would inflate past it."""


class CorruptDocument(DocumentError):  # noqa: N818 - names used across the project
    """A file whose bytes its format's parser cannot read."""


class EmptyDocument(DocumentError):  # noqa: N818 - names used across the project
    """A file with no text in it (empty, whitespace-only, or pages without text)."""


_NOT_FOUND = frozenset(
    {
        errno.DOCUMENT_NOT_FOUND,
        errno.DATA_SOURCE_NOT_FOUND,
        errno.DATABASE_NOT_FOUND,
        errno.GRAPH_NOT_FOUND,
        errno.USER_NOT_FOUND,
        errno.INDEX_NOT_FOUND,
        errno.TRANSACTION_NOT_FOUND,
        errno.HTTP_NOT_FOUND,
    }
)
_CONFLICT = frozenset(
    {
        errno.CONFLICT,
        errno.UNIQUE_CONSTRAINT_VIOLATED,
        errno.DUPLICATE_NAME,
        errno.USER_DUPLICATE,
        errno.GRAPH_DUPLICATE,
        errno.HTTP_CONFLICT,
    }
)
_DENIED = frozenset(
    {
        errno.FORBIDDEN,
        errno.READ_ONLY,
        errno.HTTP_UNAUTHORIZED,
        errno.HTTP_FORBIDDEN,
    }
)
_QUERY = frozenset(
    {
        errno.QUERY_PARSE,
        errno.QUERY_BIND_PARAMETERS_INVALID,
        errno.QUERY_BIND_PARAMETER_MISSING,
        errno.QUERY_BIND_PARAMETER_UNDECLARED,
        errno.QUERY_BIND_PARAMETER_TYPE,
        errno.QUERY_FUNCTION_NAME_UNKNOWN,
        errno.QUERY_VARIABLE_NAME_UNKNOWN,
        errno.QUERY_COLLECTION_LOCK_FAILED,
    }
)


def translate(exc: ArangoError) -> ProcessKGError:
    """The ProcessKG error for a python-arango error, chosen by its ``error_code``.

    Args:
        exc: an error raised by python-arango.

    Returns:
        The matching ``ProcessKGError`` (the caller raises it ``from exc``).
    """
    message = getattr(exc, "error_message", None) or str(exc)
    if isinstance(exc, DocumentParseError):
        return InvalidInput(message)
    if type(exc) is ArangoClientError:  # python-arango's "bad connection"
        return BackendUnavailable(message)
    code = getattr(exc, "error_code", None)
    if code is None:
        return BackendUnavailable(message)
    if code in _NOT_FOUND:
        return NotFound(message)
    if code in _CONFLICT:
        return Conflict(message)
    if code in _DENIED:
        return PermissionDenied(message)
    if code in _QUERY:
        return QueryError(message)
    return DatabaseError(message, code)


@contextmanager
def arango_errors() -> Iterator[None]:
    """Re-raise python-arango errors from the block as ``ProcessKGError`` (``from`` them)."""
    try:
        yield
    except ArangoError as exc:
        raise translate(exc) from exc
    except (ConnectionError, RequestsConnectionError) as exc:  # python-arango gave up retrying
        raise BackendUnavailable(str(exc)) from exc
