"""ProcessKG's settings: one pydantic-settings class read from ``PROCESSKG_*`` variables.

Build it once at the entry point (``Settings()``) and pass it (or the configs it
derives) down; nothing else reads the environment. Every setting is listed in
``docs/configuration.md``.
"""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from graph.connection import ArangoConfig
from graph.vectors import VectorConfig

DEV_JWT_SECRET = "processkg-dev-only-secret-change-me-in-production"
MIN_SECRET_LENGTH = 32
EMBEDDED_SUBDIR = "arangolite"


class Settings(BaseSettings):
    """Every ``PROCESSKG_`` setting (secrets are ``SecretStr`` and never logged)."""

    model_config = SettingsConfigDict(
        env_prefix="PROCESSKG_", env_ignore_empty=True, extra="ignore", frozen=True
    )

    arango_url: str | None = None
    arango_user: str = "root"
    arango_password: SecretStr = SecretStr("")
    data_dir: Path = Path("./data")
    env: Literal["dev", "prod"] = "dev"
    jwt_secret: SecretStr = SecretStr(DEV_JWT_SECRET)
    admin_password: SecretStr | None = None
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: SecretStr | None = None
    api_url: str = "http://127.0.0.1:8000"

    analyst_password: SecretStr | None = None
    arango_timeout: float = Field(default=60.0, gt=0)
    embedding_dimension: int = Field(default=384, ge=2, le=4096)
    vector_n_lists: int = Field(default=64, ge=1)
    vector_n_probe: int = Field(default=8, ge=1)
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    max_upload_mb: int = Field(default=50, ge=1, le=1024)
    embedding_model_path: Path | None = None

    @model_validator(mode="after")
    def _refuse_weak_secret_outside_dev(self) -> Settings:
        if self.env == "dev":
            return self
        secret = self.jwt_secret.get_secret_value()
        if secret == DEV_JWT_SECRET or len(secret) < MIN_SECRET_LENGTH:
            raise ValueError(
                f"PROCESSKG_JWT_SECRET must be set to a random value of at least "
                f"{MIN_SECRET_LENGTH} characters when PROCESSKG_ENV={self.env}"
            )
        return self

    def arango_config(self) -> ArangoConfig:
        """Where ArangoDB is: the configured server, or the embedded engine under ``data_dir``."""
        return ArangoConfig(
            url=self.arango_url,
            username=self.arango_user,
            password=self.arango_password.get_secret_value(),
            data_dir=self.data_dir / EMBEDDED_SUBDIR,
            request_timeout=self.arango_timeout,
        )

    def vector_config(self) -> VectorConfig:
        """Embedding dimension and vector-index parameters."""
        return VectorConfig(
            dimension=self.embedding_dimension,
            n_lists=self.vector_n_lists,
            n_probe=self.vector_n_probe,
        )

    def analyst_password_for(self, tenant: str) -> str:
        """The password of ``tenant``'s read-only ArangoDB user.

        ``PROCESSKG_ANALYST_PASSWORD`` when set; otherwise derived from the JWT secret
        (HMAC-SHA256 over the tenant name), so each tenant gets its own.
        """
        if self.analyst_password is not None:
            return self.analyst_password.get_secret_value()
        key = self.jwt_secret.get_secret_value().encode()
        return hmac.new(key, f"processkg-analyst:{tenant}".encode(), hashlib.sha256).hexdigest()
