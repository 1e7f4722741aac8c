"""The migrations of the service database (``processkg``), in order.

Never edit a migration once released: its checksum is recorded. Append a new one.
"""

from __future__ import annotations

from graph.schema import SERVICE_COLLECTIONS, SERVICE_INDEXES
from migrations.runner import Migration
from migrations.steps import CreateCollection, CreateIndex

SERVICE_MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "0001_collections",
        tuple(CreateCollection(name) for name in SERVICE_COLLECTIONS),
        "users, tenants, audit, jobs, revoked_tokens",
    ),
    Migration(
        "0002_indexes",
        tuple(CreateIndex(spec) for spec in SERVICE_INDEXES),
        "unique user names per tenant, audit and job lookups, token expiry (TTL)",
    ),
)
