"""AQL of the migration runner (the ``_migrations`` collection of every database)."""

MIGRATION_RECORDS = """
FOR m IN @@migrations
  SORT m.name
  RETURN {name: m.name, checksum: m.checksum, applied_at: m.applied_at}
"""

RECORD_MIGRATION = """
INSERT {_key: @name, name: @name, checksum: @checksum, applied_at: @applied_at}
  INTO @@migrations
  OPTIONS {overwriteMode: "conflict"}
"""
