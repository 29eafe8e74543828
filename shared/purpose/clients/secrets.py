"""Signing keys from Secrets Manager, read once per container and refreshed after rotation."""

from __future__ import annotations

import json
import time

from purpose.clients.aws import client
from purpose.dal.errors import store_errors

_cache: dict[str, tuple[float, dict]] = {}
REFRESH_SECONDS = 300


def signing_keys(secret_id: str) -> dict[str, str]:
    cached = _cache.get(secret_id)
    if cached and time.monotonic() - cached[0] < REFRESH_SECONDS:
        return cached[1]
    with store_errors("reading the signing keys"):
        value = client("secretsmanager").get_secret_value(SecretId=secret_id)["SecretString"]
    keys = json.loads(value)
    if "current" not in keys:
        raise ValueError("the signing secret must hold {\"current\": ..., \"previous\": ...}")
    _cache[secret_id] = (time.monotonic(), keys)
    return keys


def forget_keys() -> None:
    _cache.clear()
