from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from arango.exceptions import AnalyzerCreateError, AnalyzerDeleteError, AnalyzerGetError

from arangolite import EmbeddedArango

Database = Any
TEXT_EN = {
    "name": "text_en",
    "type": "text",
    "properties": {
        "locale": "en",
        "case": "lower",
        "stopwords": [],
        "accent": False,
        "stemming": True,
    },
    "features": ["frequency", "position", "norm"],
}


def test_create_answers_the_definition_with_the_database_prefix(
    http: Callable[..., Any], db: Database
) -> None:
    status, body = http("POST", "/_api/analyzer", {"name": "tags", "type": "identity"})
    assert status == 201
    assert body == {
        "name": f"{db.name}::tags",
        "type": "identity",
        "properties": {},
        "features": [],
    }


def test_creating_the_same_definition_again_answers_200(http: Callable[..., Any]) -> None:
    body = {
        "name": "d",
        "type": "delimiter",
        "properties": {"delimiter": ","},
        "features": ["frequency"],
    }
    assert http("POST", "/_api/analyzer", body)[0] == 201
    assert http("POST", "/_api/analyzer", body)[0] == 200


def test_listing_starts_with_the_builtins_in_arangodb_order(db: Database) -> None:
    names = [a["name"] for a in db.analyzers()]
    assert names[:3] == ["text_es", "text_nl", "identity"] and len(names) == 13
    assert next(a for a in db.analyzers() if a["name"] == "text_en") == TEXT_EN


def test_listing_includes_own_and_system_analyzers(db: Database, sys_db: Database) -> None:
    sys_db.create_analyzer("shared_norm", "norm", {"locale": "en"})
    db.create_analyzer("own", "stem", {"locale": "en"})
    names = {a["name"] for a in db.analyzers()}
    assert {f"{db.name}::own", "_system::shared_norm"} <= names
    sys_db.delete_analyzer("shared_norm")


def test_get_one_analyzer(db: Database) -> None:
    db.create_analyzer("n", "norm", {"locale": "en", "case": "upper"}, ["frequency", "norm"])
    got = db.analyzer("n")
    assert got["name"] == f"{db.name}::n" and got["properties"]["accent"] is True
    assert db.analyzer("text_de")["properties"]["locale"] == "de"


@pytest.mark.parametrize(
    ("body", "status", "errnum", "fragment"),
    [
        ({"name": "x", "type": "delimiter", "properties": {}}, 400, 10, "Failure initializing"),
        (
            {"name": "x", "type": "text", "properties": {"locale": "en", "case": 1}},
            400,
            10,
            "was rejected",
        ),
        ({"name": "x", "type": "fancy"}, 501, 9, "Not implemented analyzer type 'fancy'"),
        ({"name": "1x", "type": "identity"}, 400, 10, "invalid characters in analyzer name '1x'"),
        ({"name": "x", "type": "identity", "features": ["position"]}, 400, 10, "missing feature"),
        (
            {"name": "x", "type": "identity", "features": ["speed"]},
            400,
            10,
            "unknown value in 'features'",
        ),
        ({"name": 5, "type": "identity"}, 400, 10, "invalid 'name'"),
        ({"name": "other::x", "type": "identity"}, 403, 11, "does not match current database"),
    ],
)
def test_bad_definitions_are_refused_and_nothing_is_stored(
    http: Callable[..., Any],
    db: Database,
    body: dict[str, Any],
    status: int,
    errnum: int,
    fragment: str,
) -> None:
    got_status, got = http("POST", "/_api/analyzer", body)
    assert (got_status, got["errorNum"]) == (status, errnum) and fragment in got["errorMessage"]
    assert len(db.analyzers()) == 13


def test_redefining_a_name_differently_is_a_collision(db: Database) -> None:
    db.create_analyzer("c", "stem", {"locale": "en"})
    with pytest.raises(AnalyzerCreateError, match="Name collision"):
        db.create_analyzer("c", "stem", {"locale": "de"})
    assert db.analyzer("c")["properties"] == {"locale": "en"}


def test_unknown_analyzer_is_404_1202(db: Database) -> None:
    with pytest.raises(AnalyzerGetError) as err:
        db.analyzer("nope")
    assert err.value.http_code == 404 and err.value.error_code == 1202
    assert db.delete_analyzer("nope", ignore_missing=True) is False


def test_delete_answers_the_full_name(http: Callable[..., Any], db: Database) -> None:
    db.create_analyzer("gone", "identity")
    assert http("DELETE", "/_api/analyzer/gone") == (
        200,
        {"error": False, "code": 200, "name": f"{db.name}::gone"},
    )
    assert all(a["name"] != f"{db.name}::gone" for a in db.analyzers())


def test_analyzers_in_use_need_force(db: Database) -> None:
    db.create_analyzer("used", "delimiter", {"delimiter": " "}, ["frequency"])
    db.create_collection("c")
    db.create_arangosearch_view("v", {"links": {"c": {"analyzers": ["used"]}}})
    with pytest.raises(AnalyzerDeleteError) as err:
        db.delete_analyzer("used")
    assert err.value.http_code == 409 and err.value.error_code == 1200
    assert db.delete_analyzer("used", force=True) is True


def test_builtin_analyzers_cannot_be_deleted(db: Database) -> None:
    with pytest.raises(AnalyzerDeleteError) as err:
        db.delete_analyzer("text_en")
    assert err.value.http_code in (403, 404)


def test_analyzers_are_documents_of_the_analyzers_collection(db: Database) -> None:
    db.create_analyzer("stored", "stem", {"locale": "en"}, [])
    doc = db.collection("_analyzers").get("stored")
    assert (doc["type"], doc["properties"], doc["features"]) == ("stem", {"locale": "en"}, [])


def test_analyzers_survive_a_restart(tmp_path: Any) -> None:
    with EmbeddedArango(data_dir=str(tmp_path)) as first:
        sys = first.client().db("_system", username="root", password="")
        sys.create_analyzer("kept", "norm", {"locale": "en", "case": "lower"})
    with EmbeddedArango(data_dir=str(tmp_path)) as second:
        sys = second.client().db("_system", username="root", password="")
        assert sys.analyzer("kept")["properties"]["case"] == "lower"
        assert list(sys.aql.execute('RETURN TOKENS("AbC", "kept")')) == [["abc"]]
