"""Settings: PROCESSKG_ variables, safe secrets, and the configs handed to graph/."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from service.settings import DEV_JWT_SECRET, Settings

CONFIG_DOC = Path(__file__).parents[2] / "docs" / "configuration.md"
STRONG = "x" * 40


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in Settings.model_fields:
        monkeypatch.delenv(f"PROCESSKG_{name.upper()}", raising=False)


def test_defaults_select_the_embedded_engine() -> None:
    config = Settings().arango_config()
    assert config.url is None and config.data_dir == Path("data/arangolite")


def test_environment_is_read_with_the_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROCESSKG_ARANGO_URL", "http://db:8529")
    monkeypatch.setenv("PROCESSKG_ARANGO_PASSWORD", "pw")
    monkeypatch.setenv("PROCESSKG_EMBEDDING_DIMENSION", "768")
    settings = Settings()
    assert settings.arango_config().url == "http://db:8529"
    assert settings.arango_config().password == "pw"
    assert settings.vector_config().dimension == 768


def test_empty_variable_counts_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROCESSKG_ARANGO_URL", "")
    assert Settings().arango_url is None


@pytest.mark.parametrize("secret", [None, DEV_JWT_SECRET, "short"])
def test_prod_refuses_a_weak_jwt_secret(secret: str | None) -> None:
    values = {"env": "prod"} | ({} if secret is None else {"jwt_secret": secret})
    with pytest.raises(ValidationError, match="PROCESSKG_JWT_SECRET"):
        Settings(**values)  # type: ignore[arg-type]


def test_prod_accepts_a_strong_secret() -> None:
    assert Settings(env="prod", jwt_secret=STRONG).env == "prod"  # type: ignore[arg-type]


def test_secrets_never_show_in_repr() -> None:
    settings = Settings(jwt_secret=STRONG, arango_password="db-pw", llm_api_key="sk-1")  # type: ignore[arg-type]
    assert not {STRONG, "db-pw", "sk-1"} & set(repr(settings).replace("'", " ").split())


def test_unknown_env_is_refused() -> None:
    with pytest.raises(ValidationError):
        Settings(env="staging")  # type: ignore[arg-type]


def test_analyst_passwords_differ_per_tenant_unless_set() -> None:
    derived = Settings(jwt_secret=STRONG)  # type: ignore[arg-type]
    assert derived.analyst_password_for("a") != derived.analyst_password_for("b")
    assert derived.analyst_password_for("a") == derived.analyst_password_for("a")
    fixed = Settings(analyst_password="same")  # type: ignore[arg-type]
    assert fixed.analyst_password_for("a") == fixed.analyst_password_for("b") == "same"


@pytest.mark.parametrize("field", sorted(Settings.model_fields))
def test_every_setting_is_documented(field: str) -> None:
    assert f"`PROCESSKG_{field.upper()}`" in CONFIG_DOC.read_text()
