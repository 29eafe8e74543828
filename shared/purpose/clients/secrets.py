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
        value = client("secretsmanager").get_secret_value(SecretId=secret_id, VersionStage="AWSCURRENT")["SecretString"]
    keys = json.loads(value)
    if "current" not in keys:
        raise ValueError("the signing secret must hold {\"current\": ..., \"previous\": ...}")
    _cache[secret_id] = (time.monotonic(), keys)
    return keys


def forget_keys() -> None:
    _cache.clear()


class RotationError(ValueError):
    """Secrets Manager asked for a rotation step that does not fit the secret's state."""


def rotate_signing_keys(secret_id: str, token: str, step: str, new_key) -> str:
    """One step of the Secrets Manager rotation protocol for the signing keys.

    createSecret stores the rotated keys as AWSPENDING (once per rotation, however often it is
    retried); setSecret has nothing to set, as only our functions use the keys; testSecret checks
    the pending keys can sign and verify; finishSecret makes them AWSCURRENT.
    """
    from purpose.logic.tokens import rotated, sign, verify

    secrets = client("secretsmanager")
    with store_errors("reading the secret"):
        stages = secrets.describe_secret(SecretId=secret_id).get("VersionIdsToStages", {})
    if step != "createSecret" and token not in stages:
        raise RotationError(f"version {token} is not part of this secret")
    if step == "createSecret":
        if "AWSCURRENT" in stages.get(token, []):
            return "already current"
        if _pending(secrets, secret_id, token) is not None:
            return "already created"  # a retried step: the keys made the first time stand
        with store_errors("creating the new keys"):
            current = json.loads(secrets.get_secret_value(SecretId=secret_id, VersionStage="AWSCURRENT")["SecretString"])
            secrets.put_secret_value(SecretId=secret_id, ClientRequestToken=token,
                                     SecretString=json.dumps(rotated(current, new_key())), VersionStages=["AWSPENDING"])
        return "created"
    if step == "setSecret":
        return "nothing to set"
    if step == "testSecret":
        pending = _pending(secrets, secret_id, token)
        if pending is None or verify(pending, "rotation-test", sign(pending, "rotation-test", "ok", 60)) != "ok":
            raise RotationError("the new keys are missing or do not sign and verify")
        return "tested"
    if step == "finishSecret":
        current = next((v for v, s in stages.items() if "AWSCURRENT" in s), None)
        if current == token:
            return "already current"
        with store_errors("making the new keys current"):
            secrets.update_secret_version_stage(SecretId=secret_id, VersionStage="AWSCURRENT", MoveToVersionId=token,
                                                RemoveFromVersionId=current)
        forget_keys()
        return "finished"
    raise RotationError(f"unknown rotation step {step!r}")


def _pending(secrets, secret_id: str, token: str) -> dict | None:
    from botocore.exceptions import ClientError

    try:
        answer = secrets.get_secret_value(SecretId=secret_id, VersionId=token, VersionStage="AWSPENDING")
    except ClientError as error:
        if error.response.get("Error", {}).get("Code") == "ResourceNotFoundException":
            return None
        raise
    return json.loads(answer["SecretString"])
