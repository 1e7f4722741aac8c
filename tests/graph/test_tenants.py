"""Tenant names and the database and user names derived from them."""

from __future__ import annotations

import pytest

from graph.errors import TenantNameError
from graph.tenants import analyst_username, tenant_database, validate_tenant


@pytest.mark.parametrize("name", ["default", "acme-2", "a", "x_y", "9lives", "-dash", "a" * 40])
def test_valid_names(name: str) -> None:
    assert validate_tenant(name) == name


@pytest.mark.parametrize(
    "name", ["", "_hidden", "Acme", "a" * 41, "a b", "a/b", "ümlaut", "a.b", "name\n"]
)
def test_invalid_names_are_refused(name: str) -> None:
    with pytest.raises(TenantNameError, match="invalid tenant name"):
        validate_tenant(name)


def test_database_and_analyst_names() -> None:
    assert tenant_database("acme") == "processkg_acme"
    assert analyst_username("acme") == "processkg_acme_analyst"


def test_derived_names_validate_the_tenant() -> None:
    with pytest.raises(TenantNameError):
        tenant_database("../etc")
