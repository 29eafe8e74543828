"""boto3 clients, created on first use and cached; tests and the local runtime reset them."""

from __future__ import annotations

from functools import lru_cache

import boto3
from botocore.config import Config

# Standard retry mode: exponential backoff with jitter for throttling and 5xx, up to 5 tries.
_CONFIG = Config(retries={"max_attempts": 5, "mode": "standard"}, connect_timeout=5, read_timeout=30)


@lru_cache(maxsize=None)
def client(service: str):
    return boto3.client(service, config=_CONFIG)


@lru_cache(maxsize=None)
def table(name: str):
    return boto3.resource("dynamodb", config=_CONFIG).Table(name)


def reset_clients() -> None:
    """Forget cached clients, e.g. after the endpoint or credentials changed."""
    client.cache_clear()
    table.cache_clear()
