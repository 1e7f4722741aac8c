"""What the REST handlers share: the engine, authentication, cursors, settings."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from arangolite.rest.auth import Authenticator
from arangolite.rest.cursors import CursorRegistry
from arangolite.rest.jobs import JobRegistry
from arangolite.storage.engine import Engine

VERSION = "3.12.10"


@dataclass
class ServerContext:
    """State of one server, handed to every handler through the request."""

    engine: Engine
    auth: Authenticator
    cursors: CursorRegistry = field(default_factory=CursorRegistry)
    jobs: JobRegistry = field(default_factory=JobRegistry)
    aql: Any = None
    started: float = field(default_factory=time.time)
    query_properties: dict[str, Any] = field(
        default_factory=lambda: {
            "enabled": True,
            "trackSlowQueries": True,
            "trackBindVars": True,
            "maxSlowQueries": 64,
            "slowQueryThreshold": 10,
            "slowStreamingQueryThreshold": 10,
            "maxQueryStringLength": 4096,
        }
    )
    cache_properties: dict[str, Any] = field(
        default_factory=lambda: {
            "mode": "off",
            "maxResults": 128,
            "maxResultsSize": 268435456,
            "maxEntrySize": 16777216,
            "includeSystem": False,
        }
    )
