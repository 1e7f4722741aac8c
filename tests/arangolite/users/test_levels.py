"""How database and collection levels resolve (ArangoDB 3.12 "Permission Resolution")."""

from __future__ import annotations

import pytest

from arangolite.users import UserRecord, parse_grant, root_record
from arangolite.users_password import hash_password, verify_password


def _john() -> UserRecord:
    """The docs' example: ``*`` Access, ``shop1`` Administrate, ``shop2`` No access."""
    user = UserRecord("JohnSmith")
    user.grant_database("*", "ro")
    user.grant_database("shop1", "rw")
    user.grant_database("shop2", "none")
    return user


@pytest.mark.parametrize(("db", "level"), [("shop1", "rw"), ("shop2", "none"), ("other", "ro")])
def test_database_level_uses_the_wildcard_when_unset(db: str, level: str) -> None:
    assert _john().database_level(db) == level


def test_lowering_the_wildcard_lowers_unset_databases_only() -> None:
    user = _john()
    user.grant_database("*", "none")
    assert [user.database_level(d) for d in ("shop1", "shop2", "other")] == ["rw", "none", "none"]


@pytest.mark.parametrize(
    ("grants", "collection", "level"),
    [
        ([("db", None, "ro")], "c", "ro"),
        ([("db", None, "rw"), ("db", "c", "none")], "c", "none"),
        ([("db", None, "ro"), ("db", "*", "rw")], "c", "rw"),
        ([("db", None, "rw"), ("db", "c", "ro")], "c", "ro"),
        ([("_system", None, "rw")], "c", "rw"),
        ([("*", "*", "ro"), ("db", None, "none")], "c", "ro"),
        ([], "c", "none"),
    ],
)
def test_collection_level_resolution(
    grants: list[tuple[str, str | None, str]], collection: str, level: str
) -> None:
    user = UserRecord("u")
    for db, name, granted in grants:
        if name is None:
            user.grant_database(db, granted)
        else:
            user.grant_collection(db, name, granted)
    assert user.collection_level("db", collection) == level


@pytest.mark.parametrize(
    ("db", "collection", "level"),
    [
        ("_system", "_users", "none"),
        ("db", "_queues", "ro"),
        ("db", "_frontend", "rw"),
        ("db", "_graphs", "ro"),
        ("_system", "_graphs", "none"),
    ],
)
def test_system_collections_follow_fixed_rules(db: str, collection: str, level: str) -> None:
    user = UserRecord("u")
    user.grant_database("db", "ro")
    user.grant_database("_system", "none")
    assert user.collection_level(db, collection) == level


def test_root_has_full_rights_but_not_on_users() -> None:
    root = root_record()
    assert root.is_admin and root.database_level("anything") == "rw"
    assert root.collection_level("anything", "c") == "rw"
    assert root.collection_level("_system", "_users") == "none"


def test_document_round_trip_keeps_grants() -> None:
    user = _john()
    user.grant_collection("shop1", "products", "ro")
    user.extra = {"team": "ops"}
    again = UserRecord.from_document(user.to_document())
    assert again is not None and again.databases == user.databases
    assert (again.extra, again.active) == ({"team": "ops"}, True)


@pytest.mark.parametrize(
    ("value", "level"),
    [
        ("rw", "rw"),
        ("ro", "ro"),
        ("none", "none"),
        ("", "none"),
        ("x", "undefined"),
        (1, "undefined"),
    ],
)
def test_parse_grant(value: object, level: str) -> None:
    assert parse_grant(value) == level


def test_password_hash_is_salted_and_verifies() -> None:
    first, second = hash_password("s3cret", 1_000), hash_password("s3cret", 1_000)
    assert first["salt"] != second["salt"] and first["hash"] != second["hash"]
    assert verify_password("s3cret", first) and not verify_password("s3cret ", first)
    assert not verify_password("s3cret", {**first, "method": "md5"})
