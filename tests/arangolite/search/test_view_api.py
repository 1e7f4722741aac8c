from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from arango.exceptions import ViewCreateError, ViewDeleteError, ViewGetError, ViewUpdateError

Database = Any
Http = Callable[..., Any]
DEFAULTS = {
    "cleanupIntervalStep": 2,
    "commitIntervalMsec": 1000,
    "consolidationIntervalMsec": 5000,
    "consolidationPolicy": {
        "type": "tier",
        "segmentsBytesMax": 8589934592,
        "maxSkewThreshold": 0.4,
        "minDeletionRatio": 0.5,
    },
    "optimizeTopK": [],
    "primarySort": [],
    "primarySortCompression": "lz4",
    "storedValues": [],
    "writebufferActive": 0,
    "writebufferIdle": 64,
    "writebufferSizeMax": 33554432,
}
TITLE_LINK = {"fields": {"title": {"analyzers": ["text_en"]}}}


def test_create_answers_the_properties_without_envelope(http: Http) -> None:
    status, body = http("POST", "/_api/view", {"name": "products", "type": "arangosearch"})
    assert status == 201 and "error" not in body
    assert body == {
        "globallyUniqueId": body["globallyUniqueId"],
        "id": body["id"],
        "name": "products",
        "type": "arangosearch",
        **DEFAULTS,
        "links": {},
    }
    assert body["globallyUniqueId"].endswith("/" + body["id"])


def test_properties_show_normalized_links(http: Http, db: Database) -> None:
    db.create_collection("books")
    db.create_arangosearch_view("productsView", {"links": {"books": TITLE_LINK}})
    status, body = http("GET", "/_api/view/productsView/properties")
    assert (status, body["error"], body["code"]) == (200, False, 200)
    assert body["links"] == {
        "books": {
            "analyzers": ["identity"],
            "fields": {"title": {"analyzers": ["text_en"]}},
            "includeAllFields": False,
            "storeValues": "none",
            "trackListPositions": False,
        }
    }


def test_get_by_name_or_id_and_list_sorted(http: Http, db: Database) -> None:
    created = db.create_arangosearch_view("zeta")
    db.create_view("Alpha", "search-alias")
    status, body = http("GET", f"/_api/view/{created['id']}")
    assert status == 200 and body == {
        "error": False,
        "code": 200,
        "type": "arangosearch",
        "name": "zeta",
        "id": created["id"],
        "globallyUniqueId": body["globallyUniqueId"],
    }
    assert [v["name"] for v in db.views()] == ["Alpha", "zeta"]


def test_replace_resets_mutable_properties_and_links(db: Database) -> None:
    db.create_collection("users")
    db.create_collection("products")
    db.create_arangosearch_view(
        "pv", {"commitIntervalMsec": 1337, "links": {"users": {}, "products": {}}}
    )
    body = {
        "cleanupIntervalStep": 12,
        "links": {"products": {"fields": {"d": {"analyzers": ["text_en"]}}}},
    }
    replaced = db.replace_view("pv", body)
    assert replaced["cleanup_interval_step"] == 12 and replaced["commit_interval_msec"] == 1000
    assert list(replaced["links"]) == ["products"]


def test_update_merges_and_null_removes_a_link(db: Database) -> None:
    db.create_collection("users")
    db.create_collection("products")
    db.create_arangosearch_view(
        "pv",
        {"commitIntervalMsec": 666, "links": {"users": {"includeAllFields": True}, "products": {}}},
    )
    updated = db.update_view("pv", {"cleanupIntervalStep": 12, "links": {"products": None}})
    assert updated["commit_interval_msec"] == 666 and list(updated["links"]) == ["users"]
    assert updated["links"]["users"]["includeAllFields"] is True


def test_immutable_properties_are_kept_on_update(db: Database) -> None:
    db.create_arangosearch_view("pv", {"primarySort": [{"field": "a", "direction": "desc"}]})
    updated = db.update_view("pv", {"primarySort": []})
    assert updated["primary_sort"] == [{"field": "a", "asc": False}]


def test_rename_and_delete(http: Http, db: Database) -> None:
    db.create_arangosearch_view("productsView")
    status, body = http("PUT", "/_api/view/productsView/rename", {"name": "catalogView"})
    assert status == 200 and body["name"] == "catalogView" and "links" in body
    assert http("DELETE", "/_api/view/catalogView") == (
        200,
        {"error": False, "code": 200, "result": True},
    )
    assert db.views() == []


@pytest.mark.parametrize(
    ("body", "status", "errnum"),
    [
        ({"name": "v", "type": "arangosearch", "links": {"missing": {}}}, 404, 1203),
        ({"name": "v", "type": "arangosearch", "links": {"c": {"analyzers": ["nope"]}}}, 400, 10),
        (
            {"name": "v", "type": "arangosearch", "links": {"c": {"includeAllFields": "yes"}}},
            400,
            10,
        ),
        ({"name": "v", "type": "arangosearch", "commitIntervalMsec": -1}, 400, 10),
        ({"name": "v", "type": "fancy"}, 400, 10),
        ({"name": "c", "type": "arangosearch"}, 409, 1207),
        ({"name": "bad name", "type": "arangosearch"}, 400, 1208),
        ({"type": "arangosearch"}, 400, 10),
    ],
)
def test_invalid_views_are_refused_and_nothing_is_created(
    http: Http, db: Database, body: dict[str, Any], status: int, errnum: int
) -> None:
    db.create_collection("c")
    got_status, got = http("POST", "/_api/view", body)
    assert (got_status, got["errorNum"]) == (status, errnum)
    assert db.views() == []


def test_missing_collection_message(db: Database) -> None:
    with pytest.raises(ViewCreateError, match="collection 'missing' not found"):
        db.create_arangosearch_view("v", {"links": {"missing": {}}})


def test_invalid_link_update_changes_nothing(db: Database) -> None:
    db.create_collection("c")
    db.create_arangosearch_view("v", {"links": {"c": {}}})
    with pytest.raises(ViewUpdateError, match=r"error in attribute: fields\.t\.analyzers"):
        db.update_view("v", {"links": {"c": {"fields": {"t": {"analyzers": ["nope"]}}}}})
    assert db.view("v")["links"]["c"]["fields"] == {}


def test_unknown_view_is_1203(db: Database) -> None:
    with pytest.raises(ViewGetError) as err:
        db.view("nope")
    assert err.value.http_code == 404 and err.value.error_code == 1203
    with pytest.raises(ViewDeleteError):
        db.delete_view("nope")
    assert db.delete_view("nope", ignore_missing=True) is False


def test_views_and_collections_share_names(db: Database) -> None:
    db.create_arangosearch_view("v")
    with pytest.raises(ViewCreateError) as err:
        db.create_arangosearch_view("v")
    assert err.value.error_code == 1207


def test_links_follow_collection_renames_and_drops(db: Database) -> None:
    db.create_collection("c")
    db.create_arangosearch_view("v", {"links": {"c": {}}})
    db.collection("c").rename("d")
    assert list(db.view("v")["links"]) == ["d"]
    db.delete_collection("d")
    assert db.view("v")["links"] == {}


@pytest.fixture
def books(db: Database) -> Any:
    books = db.create_collection("books")
    books.add_index({"type": "inverted", "name": "inv_title", "fields": ["title"]})
    books.add_index({"type": "inverted", "name": "inv_descr", "fields": ["description"]})
    return books


TITLE = [{"collection": "books", "index": "inv_title"}]
DESCR = [{"collection": "books", "index": "inv_descr"}]


def test_search_alias_view_shape(http: Http, books: Any) -> None:
    status, body = http(
        "POST", "/_api/view", {"name": "pv", "type": "search-alias", "indexes": TITLE}
    )
    assert status == 201 and body == {
        "globallyUniqueId": body["globallyUniqueId"],
        "id": body["id"],
        "name": "pv",
        "type": "search-alias",
        "indexes": TITLE,
    }


def test_search_alias_update_adds_replace_replaces(http: Http, books: Any) -> None:
    http("POST", "/_api/view", {"name": "pv", "type": "search-alias", "indexes": TITLE})
    assert (
        http("PATCH", "/_api/view/pv/properties", {"indexes": DESCR})[1]["indexes"] == TITLE + DESCR
    )
    assert http("PUT", "/_api/view/pv/properties", {"indexes": DESCR})[1]["indexes"] == DESCR
    removal = {"indexes": [{**DESCR[0], "operation": "del"}]}
    assert http("PATCH", "/_api/view/pv/properties", removal)[1]["indexes"] == []


def test_search_alias_needs_an_existing_inverted_index(http: Http, db: Database) -> None:
    db.create_collection("books")
    refs = [{"collection": "books", "index": "nope"}]
    status, body = http(
        "POST", "/_api/view", {"name": "pv", "type": "search-alias", "indexes": refs}
    )
    assert (status, body["errorNum"]) == (404, 1212)
    assert db.views() == []
