"""Signing keys rotate through Secrets Manager's four steps without breaking links still valid."""

import json
import os
import uuid

import boto3
import pytest

from purpose.clients.secrets import RotationError, forget_keys, signing_keys
from purpose.logic.tokens import PREVIOUS_KEPT, ROTATION_DAYS, TokenError, sign, verify
from purpose.logic.subscriptions import UNSUBSCRIBE_VALID
from tests.factories import sample_event


def rotate(invoke, secret: str) -> list[str]:
    event = {**sample_event("secrets_rotation"), "SecretId": secret, "ClientRequestToken": str(uuid.uuid4())}
    return [invoke("rotate_signing_keys", {**event, "Step": step})["outcome"]
            for step in ("createSecret", "createSecret", "setSecret", "testSecret", "finishSecret", "finishSecret")]


def test_rotation_makes_a_new_key_and_old_links_keep_working(aws, invoke):
    secret = os.environ["SIGNING_SECRET_ARN"]
    forget_keys()
    before = signing_keys(secret)
    link = sign(before, "unsubscribe", "subscriber-key", UNSUBSCRIBE_VALID, now=0)
    # When Secrets Manager runs a rotation (with each step retried, as it may be)
    assert rotate(invoke, secret) == ["created", "already created", "nothing to set", "tested", "finished",
                                      "already current"]
    # Then the functions sign with a new key and still accept the old link
    after = signing_keys(secret)
    assert after["current"] != before["current"] and after["previous"][0] == before["current"]
    assert verify(after, "unsubscribe", link, now=1) == "subscriber-key"
    assert verify(after, "unsubscribe", sign(after, "unsubscribe", "s2", 60, now=0), now=1) == "s2"
    stages = boto3.client("secretsmanager").describe_secret(SecretId=secret)["VersionIdsToStages"]
    assert sum("AWSCURRENT" in s for s in stages.values()) == 1 and any("AWSPREVIOUS" in s for s in stages.values())


def test_a_link_outlives_rotations_for_its_whole_validity(aws, invoke):
    secret = os.environ["SIGNING_SECRET_ARN"]
    forget_keys()
    link = sign(signing_keys(secret), "unsubscribe", "subscriber-key", UNSUBSCRIBE_VALID, now=0)
    rotations_within_validity = UNSUBSCRIBE_VALID // (ROTATION_DAYS * 86400)
    assert rotations_within_validity <= PREVIOUS_KEPT
    for _ in range(rotations_within_validity):
        rotate(invoke, secret)
    assert verify(signing_keys(secret), "unsubscribe", link, now=UNSUBSCRIBE_VALID - 1) == "subscriber-key"
    for _ in range(PREVIOUS_KEPT + 1 - rotations_within_validity):  # long after its validity, its key is gone
        rotate(invoke, secret)
    with pytest.raises(TokenError):
        verify(signing_keys(secret), "unsubscribe", link, now=1)
    assert len(json.loads(boto3.client("secretsmanager").get_secret_value(SecretId=secret,
                                                                                  VersionStage="AWSCURRENT")["SecretString"])
               ["previous"]) == PREVIOUS_KEPT


def test_a_step_for_a_version_the_secret_does_not_have_is_refused(aws, invoke):
    with pytest.raises(RotationError, match="not part of this secret"):
        invoke("rotate_signing_keys", {"SecretId": os.environ["SIGNING_SECRET_ARN"],
                                       "ClientRequestToken": str(uuid.uuid4()), "Step": "finishSecret"})
