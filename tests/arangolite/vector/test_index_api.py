"""Creating, listing and dropping vector indexes; ArangoDB's parameter and training errors."""

from __future__ import annotations

from typing import Any

import pytest
from arango.collection import StandardCollection
from arango.database import StandardDatabase
from arango.exceptions import IndexCreateError

from .conftest import DIM, vector_index


def test_create_reports_the_normalized_definition(chunks: StandardCollection) -> None:
    created = vector_index(chunks, "l2", name="by_embedding", storedValues=["group"])
    assert created["type"] == "vector" and created["fields"] == ["embedding"]
    assert created["params"] == {
        "metric": "l2",
        "dimension": DIM,
        "nLists": 4,
        "trainingIterations": 25,
        "defaultNProbe": 1,
    }
    assert created["sparse"] is False and created["unique"] is False
    assert created["storedValues"] == ["group"] and created["isNewlyCreated"] is True


def test_same_definition_returns_the_existing_index(chunks: StandardCollection) -> None:
    first = vector_index(chunks, "cosine")
    again = vector_index(chunks, "cosine", params={"defaultNProbe": 1, "trainingIterations": 25})
    assert again["id"] == first["id"] and again["isNewlyCreated"] is False
    other = vector_index(chunks, "cosine", params={"defaultNProbe": 3})
    assert other["id"] != first["id"]


def test_listed_and_dropped(chunks: StandardCollection) -> None:
    created = vector_index(chunks, "innerProduct", params={"factory": "IVF4,Flat"})
    listed = [i for i in chunks.indexes() if i["type"] == "vector"]
    assert [i["id"] for i in listed] == [created["id"]]
    assert listed[0]["params"]["factory"] == "IVF4,Flat"
    assert chunks.delete_index(created["id"]) is True
    assert [i["type"] for i in chunks.indexes()] == ["primary"]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"dimension": DIM, "nLists": 4}, "Missing required attribute 'metric'"),
        ({"metric": "dot", "dimension": DIM, "nLists": 4}, "Unknown enum value dot"),
        ({"metric": "l2", "dimension": 0, "nLists": 4}, "Dimension must be greater than 0!"),
        ({"metric": "l2", "dimension": DIM}, "Missing required attribute 'nLists'"),
        ({"metric": "l2", "dimension": DIM, "nLists": 0}, "nLists must be 1 or greater!"),
        (
            {"metric": "l2", "dimension": DIM, "nLists": 4, "defaultNProbe": 0},
            "defaultNProbe must be 1 or greater!",
        ),
        ({"metric": "l2", "dimension": DIM, "nLists": 4, "x": 1}, "Found unexpected attribute 'x'"),
        (
            {"metric": "l2", "dimension": DIM, "nLists": 4, "factory": "HNSW32"},
            "Index definition not supported. Expected IVF index.",
        ),
        (
            {"metric": "l2", "dimension": DIM, "nLists": 4, "factory": "IVF8,Flat"},
            "The nLists parameter has to agree with the actual nlists implied by the factory "
            "string (which is 8)",
        ),
    ],
)
def test_invalid_params(chunks: StandardCollection, params: dict[str, Any], message: str) -> None:
    with pytest.raises(IndexCreateError) as info:
        chunks.add_index({"type": "vector", "fields": ["embedding"], "params": params})
    assert (info.value.http_code, info.value.error_code) == (400, 10)
    assert info.value.error_message == message


@pytest.mark.parametrize("body", [{"fields": ["embedding", "group"]}, {"fields": ["v[*]"]}, {}])
def test_invalid_fields_or_missing_params(chunks: StandardCollection, body: dict[str, Any]) -> None:
    request = {"type": "vector", "fields": ["embedding"], **body}
    if body:
        request["params"] = {"metric": "l2", "dimension": DIM, "nLists": 4}
    with pytest.raises(IndexCreateError) as info:
        chunks.add_index(request)
    assert (info.value.http_code, info.value.error_code) == (400, 10)


def test_fewer_vectors_than_nlists_fails_training(chunks: StandardCollection) -> None:
    with pytest.raises(IndexCreateError) as info:
        vector_index(chunks, params={"nLists": 201})
    assert (info.value.http_code, info.value.error_code) == (500, 4)
    assert "Number of training points (200)" in info.value.error_message
    assert "number of clusters (201)" in info.value.error_message
    assert vector_index(chunks, params={"nLists": 200})["isNewlyCreated"] is True


def test_empty_collection_cannot_be_trained(db: StandardDatabase) -> None:
    with pytest.raises(IndexCreateError) as info:
        vector_index(db.create_collection("empty"))
    assert (info.value.http_code, info.value.error_code) == (501, 9)
    assert info.value.error_message.startswith("For the vector index to be created documents")
    assert [i["type"] for i in db.collection("empty").indexes()] == ["primary"]


@pytest.mark.parametrize(
    ("bad", "errnum"),
    [({"embedding": [1.0, 2.0]}, 17), ({"embedding": "x"}, 17), ({"other": 1}, 10)],
)
def test_creation_refuses_bad_documents(
    chunks: StandardCollection, bad: dict[str, Any], errnum: int
) -> None:
    chunks.insert(bad)
    with pytest.raises(IndexCreateError) as info:
        vector_index(chunks)
    assert (info.value.error_code, info.value.error_message) == (
        errnum,
        "invalid index type definition",
    )


def test_sparse_index_skips_documents_without_the_attribute(chunks: StandardCollection) -> None:
    chunks.insert({"_key": "plain", "text": "no vector"})
    created = vector_index(chunks, sparse=True)
    assert created["sparse"] is True
    chunks.insert({"_key": "plain2"})
    assert chunks.count() == 202
