"""AQL over the service database's tenant registry."""

REGISTER_TENANT = """
UPSERT {_key: @tenant}
  INSERT {_key: @tenant, name: @tenant, database: @database, created_at: @now}
  UPDATE {database: @database}
  IN @@tenants
  RETURN NEW.name
"""

LIST_TENANTS = """
FOR t IN @@tenants
  SORT t.name
  RETURN t.name
"""
