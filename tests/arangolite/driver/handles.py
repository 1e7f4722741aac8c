"""Loose type names for the python-arango handles the driver suite passes around.

python-arango annotates every API call as ``Result[T]`` (``T | AsyncJob | BatchJob | None``)
because the same methods serve async and batch execution. This suite only uses the
synchronous API, so database and collection handles are typed as ``Any`` to keep each
test free of casts.
"""

from __future__ import annotations

from typing import Any, TypeAlias

Database: TypeAlias = Any
Collection: TypeAlias = Any
