"""boto3 clients, created on first use and cached; tests and the local runtime reset them.

boto3 is imported on first use, not at module import: a request that needs no AWS call (a
static asset, a validation error) never pays its ~90 ms import.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _config():
    from botocore.config import Config

    # Standard retry mode: exponential backoff with jitter for throttling and 5xx, up to 5 tries.
    return Config(retries={"max_attempts": 5, "mode": "standard"}, connect_timeout=5, read_timeout=30)


@lru_cache(maxsize=None)
def client(service: str):
    import boto3

    return boto3.client(service, config=_config())


@lru_cache(maxsize=None)
def table(name: str):
    import boto3

    return boto3.resource("dynamodb", config=_config()).Table(name)


def reset_clients() -> None:
    """Forget cached clients, e.g. after the endpoint or credentials changed."""
    client.cache_clear()
    table.cache_clear()
