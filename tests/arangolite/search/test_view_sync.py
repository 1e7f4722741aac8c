from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from arangolite import EmbeddedArango

Query = Callable[..., list[Any]]
FIND = 'FOR d IN v SEARCH ANALYZER(d.text == @w, "text_en") SORT d._key RETURN d._key'


@pytest.fixture
def coll(db: Any) -> Any:
    c = db.create_collection("c")
    c.insert_many([{"_key": "1", "text": "red pump"}, {"_key": "2", "text": "blue valve"}])
    db.create_arangosearch_view(
        "v", {"links": {"c": {"fields": {"text": {"analyzers": ["text_en"]}}}}}
    )
    return c


def test_inserts_updates_replaces_and_removals_reach_the_view(query: Query, coll: Any) -> None:
    coll.insert({"_key": "3", "text": "red valve"})
    coll.update({"_key": "1", "text": "green pump"})
    coll.replace({"_key": "2", "text": "red tank"})
    assert query(FIND, w="red") == ["2", "3"]
    coll.delete("3")
    assert query(FIND, w="red") == ["2"] and query(FIND, w="valv") == []


def test_aql_writes_are_visible_to_later_queries(query: Query, coll: Any) -> None:
    query('FOR i IN 1..3 INSERT {_key: CONCAT("n", i), text: "red reactor"} INTO c')
    query('UPDATE "1" WITH {text: "idle"} IN c')
    assert query(FIND, w="red") == ["n1", "n2", "n3"]


def test_truncate_and_drop_empty_the_view(db: Any, query: Query, coll: Any) -> None:
    coll.truncate()
    assert query("FOR d IN v RETURN d") == []
    coll.insert({"text": "red"})
    db.delete_collection("c")
    assert query("FOR d IN v RETURN d") == [] and db.view("v")["links"] == {}


def test_uncommitted_stream_transaction_writes_stay_invisible(
    db: Any, query: Query, coll: Any
) -> None:
    trx = db.begin_transaction(write="c")
    trx.collection("c").insert({"_key": "t", "text": "red"})
    assert query(FIND, w="red") == ["1"]
    trx.commit_transaction()
    assert query(FIND, w="red") == ["1", "t"]
    aborted = db.begin_transaction(write="c")
    aborted.collection("c").insert({"_key": "u", "text": "red"})
    aborted.abort_transaction()
    assert query(FIND, w="red") == ["1", "t"]


def test_renamed_collections_stay_searchable(db: Any, query: Query, coll: Any) -> None:
    coll.rename("renamed")
    assert query("FOR d IN v SEARCH ANALYZER(d.text == 'red', 'text_en') RETURN d._id") == [
        "renamed/1"
    ]


def test_changing_a_link_reindexes_with_the_new_analyzers(db: Any, query: Query, coll: Any) -> None:
    db.update_view("v", {"links": {"c": {"fields": {"text": {}}}}})
    assert query('FOR d IN v SEARCH d.text == "red pump" RETURN d._key') == ["1"]
    assert query(FIND, w="red") == []


def test_many_updates_keep_results_exact(query: Query, coll: Any) -> None:
    for round_ in range(40):
        coll.insert_many(
            [{"_key": f"k{i}", "text": f"word{round_}"} for i in range(60)], overwrite=True
        )
    assert len(query(FIND, w="word39")) == 60 and query(FIND, w="word38") == []


def test_search_alias_views_follow_their_inverted_index(db: Any, query: Query) -> None:
    books = db.create_collection("books")
    books.insert({"_key": "1", "title": "The quick brown fox"})
    books.add_index(
        {"type": "inverted", "name": "inv", "fields": [{"name": "title", "analyzer": "text_en"}]}
    )
    db.create_view("sa", "search-alias", {"indexes": [{"collection": "books", "index": "inv"}]})
    books.insert({"_key": "2", "title": "Foxes jump"})
    assert query('FOR d IN sa SEARCH d.title == "fox" SORT d._key RETURN d._key') == ["1", "2"]
    assert query('FOR d IN sa SEARCH PHRASE(d.title, "quick brown") RETURN d._key') == ["1"]
    assert query('FOR d IN sa SEARCH STARTS_WITH(d.title, "jum") RETURN d._key') == ["2"]


@pytest.fixture
def data_dir(tmp_path: Any) -> Iterator[str]:
    yield str(tmp_path)


def _open(path: str) -> tuple[EmbeddedArango, Any]:
    server = EmbeddedArango(data_dir=path)
    return server, server.client().db("_system", username="root", password="")


def test_views_links_and_indexes_survive_a_restart(data_dir: str) -> None:
    server, db = _open(data_dir)
    db.create_collection("c").insert({"_key": "1", "text": "red pump"})
    db.create_arangosearch_view(
        "v", {"links": {"c": {"analyzers": ["text_en"], "includeAllFields": True}}}
    )
    db.collection("c").add_index({"type": "inverted", "name": "inv", "fields": ["text"]})
    db.create_view("sa", "search-alias", {"indexes": [{"collection": "c", "index": "inv"}]})
    server.close()
    server, db = _open(data_dir)
    db.collection("c").insert({"_key": "2", "text": "red tank"})
    found = list(
        db.aql.execute('FOR d IN v SEARCH ANALYZER(d.text == "red", "text_en") RETURN d._key')
    )
    exact = list(db.aql.execute('FOR d IN sa SEARCH d.text == "red tank" RETURN d._key'))
    server.close()
    assert sorted(found) == ["1", "2"] and exact == ["2"]
