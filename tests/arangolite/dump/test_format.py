"""What ``dump`` writes follows arangodump 3.12's directory format."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from arangolite.dump import dump
from arangolite.errors import ArangoliteError
from arangolite.server import EmbeddedArango

from .conftest import populate


def stem(name: str) -> str:
    return f"{name}_{hashlib.md5(name.encode()).hexdigest()}"


@pytest.fixture
def shop_dump(source: EmbeddedArango, tmp_path: Path) -> Path:
    populate(source)
    dump(source, tmp_path / "out", ["shop"])
    return tmp_path / "out"


def read(path: Path) -> Any:
    return json.loads(path.read_text())


def test_flat_dump_of_one_database(shop_dump: Path) -> None:
    assert (shop_dump / "ENCRYPTION").read_text() == "none"
    meta = read(shop_dump / "dump.json")
    assert meta["database"] == "shop" and meta["useEnvelope"] is False
    assert meta["properties"]["name"] == "shop" and meta["lastTickAtDumpStart"].isdigit()


@pytest.mark.parametrize("name", ["persons", "knows", "orders", "pets", "_graphs"])
def test_collection_files_are_named_with_md5(shop_dump: Path, name: str) -> None:
    structure = read(shop_dump / f"{stem(name)}.structure.json")
    assert set(structure) == {"indexes", "parameters"}
    assert structure["parameters"]["name"] == name
    assert (shop_dump / f"{stem(name)}.data.json").exists()


def test_structure_describes_type_keys_and_indexes(shop_dump: Path) -> None:
    structure = read(shop_dump / f"{stem('orders')}.structure.json")
    parameters = structure["parameters"]
    assert parameters["type"] == 2 and parameters["keyOptions"]["type"] == "autoincrement"
    assert parameters["keyOptions"]["increment"] == 10
    [index] = structure["indexes"]
    assert index["name"] == "by_ref" and index["id"].isdigit() and index["unique"] is True
    assert read(shop_dump / f"{stem('knows')}.structure.json")["parameters"]["type"] == 3


def test_data_files_hold_plain_documents_one_per_line(shop_dump: Path) -> None:
    lines = (shop_dump / f"{stem('knows')}.data.json").read_text().splitlines()
    [edge] = [json.loads(line) for line in lines]
    assert edge["_key"] == "k1" and edge["_from"] == "persons/ann" and "type" not in edge
    persons = (shop_dump / f"{stem('persons')}.data.json").read_text()
    assert '"ä"' in persons and len(persons.splitlines()) == 2


def test_views_get_view_files_with_links_by_name(shop_dump: Path) -> None:
    view = read(shop_dump / "finder.view.json")
    assert view["name"] == "finder" and view["type"] == "arangosearch"
    assert list(view["links"]) == ["persons"]


def test_only_data_system_collections_are_dumped(shop_dump: Path) -> None:
    system = {read(p)["parameters"]["name"] for p in shop_dump.glob("_*.structure.json")}
    assert system == {"_analyzers", "_aqlfunctions", "_graphs"}


def test_all_databases_get_subdirectories(source: EmbeddedArango, tmp_path: Path) -> None:
    populate(source)
    summary = dump(source, tmp_path / "all")
    assert list(summary) == ["_system", "shop"]
    assert read(tmp_path / "all" / "shop" / "dump.json")["database"] == "shop"
    assert summary["shop"] == {"collections": 7, "documents": 6, "views": 1}


def test_refuses_a_non_empty_directory_unless_overwriting(
    source: EmbeddedArango, tmp_path: Path
) -> None:
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "file").write_text("x")
    with pytest.raises(ArangoliteError, match="already exists"):
        dump(source, tmp_path / "busy")
    assert "_system" in dump(source, tmp_path / "busy", overwrite=True)
