from __future__ import annotations

from collections.abc import Iterator

import pytest

from arangolite.storage.api import WriteOptions
from arangolite.storage.database import Database
from arangolite.storage.engine import Engine


@pytest.fixture
def engine() -> Iterator[Engine]:
    eng = Engine(None)
    yield eng
    eng.close()


@pytest.fixture
def db(engine: Engine) -> Database:
    database = engine.database("_system")
    database.create_collection("users")
    return database


def insert(db: Database, collection: str, *docs: dict) -> list[dict]:
    """Insert ``docs`` in one committed transaction and return the stored documents."""
    txn = db.begin()
    access = txn.collection(collection, write=True)
    stored = [access.insert(doc, WriteOptions()).new for doc in docs]
    txn.commit()
    return [d for d in stored if d is not None]
