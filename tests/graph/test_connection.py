"""The connection layer: embedded data survives a reopen; configuration never leaks secrets."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.connection import ArangoConfig, connect
from graph.errors import BackendUnavailable, PermissionDenied, arango_errors
from graph.execute import done


def test_embedded_data_persists_across_connections(tmp_path: Path) -> None:
    config = ArangoConfig(url=None, data_dir=tmp_path / "db")
    with connect(config) as conn:
        conn.system().create_database("kept")
    with connect(config) as conn:
        assert done(conn.system().has_database("kept"))


def test_data_dir_in_use_is_backend_unavailable(tmp_path: Path) -> None:
    config = ArangoConfig(url=None, data_dir=tmp_path / "db")
    with connect(config), pytest.raises(BackendUnavailable, match="embedded data"):
        connect(config)


def test_config_repr_hides_password() -> None:
    assert "s3cret" not in repr(ArangoConfig(url="http://db:8529", password="s3cret"))


def test_wrong_password_is_permission_denied(tmp_path: Path) -> None:
    with connect(ArangoConfig(data_dir=tmp_path / "db", password="right")) as conn:
        bad = conn.database("_system", password="wrong")
        with pytest.raises(PermissionDenied), arango_errors():
            bad.version()
