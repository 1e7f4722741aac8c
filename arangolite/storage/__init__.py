"""arangolite's storage engine: documents in memory, durability in SQLite.

Entry points: :class:`arangolite.storage.engine.Engine` (databases, commits,
stream transactions) and :class:`arangolite.storage.database.Database` (one
database; implements :class:`arangolite.storage.api.DatabaseHandle`).
"""
