"""Tenant names and the ArangoDB database and user names derived from them."""

from __future__ import annotations

import re

from graph.errors import TenantNameError
from graph.schema import ANALYST_USER_SUFFIX, TENANT_DATABASE_PREFIX

DEFAULT_TENANT = "default"

_TENANT_NAME = re.compile(r"[a-z0-9-][a-z0-9_-]{0,39}")


def validate_tenant(name: str) -> str:
    """Return ``name`` if it is a valid tenant name.

    A tenant name has 1 to 40 characters among lowercase letters, digits, ``_`` and
    ``-``, and does not start with ``_``.

    Raises:
        TenantNameError: any other name.
    """
    if not isinstance(name, str) or _TENANT_NAME.fullmatch(name) is None:
        raise TenantNameError(
            f"invalid tenant name {name!r}: use 1-40 lowercase letters, digits, '_' or '-', "
            "not starting with '_'"
        )
    return name


def tenant_database(tenant: str) -> str:
    """The database of ``tenant`` (``processkg_<tenant>``).

    Raises:
        TenantNameError: ``tenant`` is not a valid tenant name.
    """
    return TENANT_DATABASE_PREFIX + validate_tenant(tenant)


def analyst_username(tenant: str) -> str:
    """The read-only ArangoDB user of ``tenant`` (``processkg_<tenant>_analyst``).

    Raises:
        TenantNameError: ``tenant`` is not a valid tenant name.
    """
    return tenant_database(tenant) + ANALYST_USER_SUFFIX
