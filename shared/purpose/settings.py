"""What a function needs to know about its trust and resources, read once from the environment.

The names come from infra/constants.py, the same module the CDK Lambda factory writes them from.
"""

from __future__ import annotations

import os
from functools import lru_cache

from pydantic import BaseModel, ConfigDict


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True)

    trust_code: str
    trust_name: str
    contributions_table: str
    personal_data_table: str
    programme_table: str
    idempotency_table: str
    upload_bucket: str
    upload_queue_url: str
    retention_days: int
    sender_address: str
    ses_configuration_set: str
    site_url: str
    upload_max_bytes: int
    signing_secret_arn: str
    bulletin_requires_approval: bool
    bulletin_topics: str  # comma-separated; empty: no topics
    ses_max_send_rate: float
    bounce_rate_threshold: float
    alignment_embeddings: str  # "offline" or "bedrock:<model id>"


# Environment variable -> Settings field. Kept beside infra/constants.py by a test.
ENVIRONMENT = {
    "TRUST_CODE": "trust_code",
    "TRUST_NAME": "trust_name",
    "CONTRIBUTIONS_TABLE": "contributions_table",
    "PERSONAL_DATA_TABLE": "personal_data_table",
    "PROGRAMME_TABLE": "programme_table",
    "IDEMPOTENCY_TABLE": "idempotency_table",
    "UPLOAD_BUCKET": "upload_bucket",
    "UPLOAD_QUEUE_URL": "upload_queue_url",
    "RETENTION_DAYS": "retention_days",
    "SENDER_ADDRESS": "sender_address",
    "SES_CONFIGURATION_SET": "ses_configuration_set",
    "SITE_URL": "site_url",
    "UPLOAD_MAX_BYTES": "upload_max_bytes",
    "SIGNING_SECRET_ARN": "signing_secret_arn",
    "BULLETIN_REQUIRES_APPROVAL": "bulletin_requires_approval",
    "BULLETIN_TOPICS": "bulletin_topics",
    "SES_MAX_SEND_RATE": "ses_max_send_rate",
    "BOUNCE_RATE_THRESHOLD": "bounce_rate_threshold",
    "ALIGNMENT_EMBEDDINGS": "alignment_embeddings",
}


def topics(settings: Settings) -> list[str]:
    return [t for t in settings.bulletin_topics.split(",") if t]


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    missing = [name for name in ENVIRONMENT if name not in os.environ]
    if missing:
        raise RuntimeError(f"missing environment variables: {', '.join(missing)}")
    return Settings(**{field: os.environ[name] for name, field in ENVIRONMENT.items()})
