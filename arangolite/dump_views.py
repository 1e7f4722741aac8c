"""Views in dumps: ``<name>.view.json`` holds a View's definition as ArangoDB reports it.

That is the ``GET /_api/view/{name}/properties`` form (links by collection name,
``search-alias`` index references by collection name), which is also what
``arangorestore`` sends to create the View again. Restoring recreates Views
through :mod:`arangolite.search.views` after the collections they link are back.
"""

from __future__ import annotations

from typing import Any

from arangolite import errno
from arangolite.errors import ArangoliteError
from arangolite.search import views
from arangolite.search.runtime import runtime
from arangolite.storage.database import Database

_NOT_RESTORED = ("id", "globallyUniqueId")


def view_definitions(db: Database) -> list[dict[str, Any]]:
    """Every View of ``db`` in its reported form, by name."""
    described = [views.describe(db, view) for view in views.all_views(db)]
    return sorted(described, key=lambda view: str(view["name"]))


def check_view_free(db: Database, definition: dict[str, Any], overwrite: bool) -> None:
    """Refuse a View whose name is taken (by a View or a collection) unless ``overwrite``."""
    name = definition["name"]
    if name in db.collections or (views.find(db, name) is not None and not overwrite):
        message = f"view '{name}' already exists; use overwrite to replace it"
        raise ArangoliteError(errno.ARANGO_DUPLICATE_NAME, message, code=409)


def restore_view(db: Database, definition: dict[str, Any], overwrite: bool) -> None:
    """Create the View of a dumped definition, replacing one of that name if ``overwrite``."""
    check_view_free(db, definition, overwrite)
    rt = runtime(db.engine)
    existing = views.find(db, definition["name"])
    if existing is not None:
        views.drop(rt, db, existing)
    views.create(rt, db, {k: v for k, v in definition.items() if k not in _NOT_RESTORED})
