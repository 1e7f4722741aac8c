"""Versioned, idempotent schema migrations and their runner.

``python -m migrations up|status [--tenant T]`` applies or lists them; the tenant
migrations live in ``migrations.tenant_database``, the service database's in
``migrations.service_database``.
"""
