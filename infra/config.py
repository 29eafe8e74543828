"""A trust's configuration: what an admin edits to deploy Shared Purpose for their organisation(s)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from infra.constants import DEFAULT_REGION, UK_REGIONS
from purpose.logic.schedule import ScheduleExpressionError, parse_schedule

# An admin's own configs can live elsewhere: SHARED_PURPOSE_TRUSTS=/path/to/trusts
TRUSTS_DIR = Path(os.environ.get("SHARED_PURPOSE_TRUSTS") or Path(__file__).parent / "trusts")
_EMAIL = re.compile(r"^[^@\s]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
_DOMAIN = re.compile(r"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


class TrustConfigError(ValueError):
    """A trust config is invalid; the message names the trust and the field."""


class Organisation(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    name: str = Field(min_length=2, max_length=120)
    ods_code: str = Field(pattern=r"^[A-Z0-9]{3,6}$")
    kind: Literal["hospital trust", "ambulance trust", "mental health trust", "community trust",
                  "primary care", "integrated care board", "local authority", "voluntary sector", "other"]


class TrustConfig(BaseModel):
    """One stack serves one trust or one partnership with one shared vision."""

    model_config = ConfigDict(extra="forbid", strict=True)

    code: str = Field(pattern=r"^[A-Z0-9]{3,10}$", description="Short code used in stack and resource names")
    display_name: str = Field(min_length=3, max_length=120)
    ods_code: str = Field(pattern=r"^[A-Z0-9]{3,6}$")
    organisations: list[Organisation] = Field(min_length=1)
    sender_address: str
    sender_domain: str
    admin_emails: list[str] = Field(min_length=1)
    bulletin_schedule: str = "cron(0 7 ? * TUE *)"
    review_schedule: str = "cron(0 6 1 * ? *)"
    opinion_groups_schedule: str = "cron(15 * * * ? *)"  # hourly, while rounds are open
    retention_days: int = Field(default=730, ge=30, le=3650, description="How long personal data is kept")
    region: str = DEFAULT_REGION
    region_exception_reason: str | None = Field(default=None, description="Why a region outside the UK is approved")
    account: str = Field(default="111111111111", pattern=r"^\d{12}$")
    site_url: str = Field(default="", description="Public web address; empty uses the API Gateway address")
    bulletin_requires_approval: bool = True
    bulletin_topics: list[str] = Field(default_factory=list, max_length=10,
                                       description="Topics subscribers may choose; none means one bulletin for all")
    ses_max_send_rate: int = Field(default=14, ge=1, le=1000)
    bounce_rate_threshold: float = Field(default=0.05, gt=0, lt=1)
    upload_max_bytes: int = Field(default=200 * 1024 * 1024, ge=1024, le=5 * 1024**3)
    alignment_embeddings: Literal["offline", "bedrock"] = Field(
        default="offline", description="How alignment reviews read meaning: the built-in word vectors, or Bedrock")
    bedrock_embedding_model: str = Field(default="amazon.titan-embed-text-v2:0", pattern=r"^[a-z0-9.:-]{3,100}$")

    def embeddings_setting(self) -> str:
        return "offline" if self.alignment_embeddings == "offline" else f"bedrock:{self.bedrock_embedding_model}"

    @field_validator("sender_address")
    @classmethod
    def _sender_is_email(cls, value: str) -> str:
        if not _EMAIL.match(value):
            raise ValueError("must be an email address such as engagement@example.nhs.uk")
        return value

    @field_validator("admin_emails")
    @classmethod
    def _admins_are_emails(cls, value: list[str]) -> list[str]:
        for address in value:
            if not _EMAIL.match(address):
                raise ValueError(f"'{address}' is not an email address")
        return value

    @field_validator("bulletin_topics")
    @classmethod
    def _topics(cls, value: list[str]) -> list[str]:
        if any(not 2 <= len(t.strip()) <= 60 or "," in t for t in value):
            raise ValueError("each topic must be 2 to 60 characters, without commas")
        return [t.strip() for t in value]

    @field_validator("sender_domain")
    @classmethod
    def _domain(cls, value: str) -> str:
        if not _DOMAIN.match(value):
            raise ValueError("must be a domain such as example.nhs.uk")
        return value.lower()

    @field_validator("bulletin_schedule", "review_schedule", "opinion_groups_schedule")
    @classmethod
    def _schedule(cls, value: str) -> str:
        try:
            parse_schedule(value)
        except ScheduleExpressionError as error:
            raise ValueError(str(error)) from None
        return value

    @model_validator(mode="after")
    def _checks_across_fields(self) -> "TrustConfig":
        if not self.sender_address.lower().endswith("@" + self.sender_domain):
            raise ValueError(f"sender_address must be on sender_domain {self.sender_domain}")
        if self.region not in UK_REGIONS and not (self.region_exception_reason or "").strip():
            raise ValueError(
                f"region: {self.region} is outside the UK; use eu-west-2 or state region_exception_reason"
            )
        return self


def parse_trust_config(raw: dict, source: str) -> TrustConfig:
    """Validate a config; the error names the trust and each field at fault."""
    try:
        return TrustConfig.model_validate(raw)
    except ValidationError as error:
        trust = raw.get("code") if isinstance(raw, dict) else None
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'config'}: {e['msg'].removeprefix('Value error, ')}"
            for e in error.errors()
        )
        raise TrustConfigError(f"trust {trust or '?'} ({source}): {problems}") from None


def load_trust_config(path: Path) -> TrustConfig:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise TrustConfigError(f"trust config {path.name}: not valid JSON ({error})") from None
    return parse_trust_config(raw, path.name)


def load_trust_configs(directory: Path = TRUSTS_DIR, only: str | None = None) -> list[TrustConfig]:
    configs = [load_trust_config(p) for p in sorted(directory.glob("*.json"))]
    if only:
        configs = [c for c in configs if c.code == only]
        if not configs:
            known = ", ".join(c.code for c in load_trust_configs(directory))
            raise TrustConfigError(f"no trust config with code {only}; known: {known}")
    return configs
