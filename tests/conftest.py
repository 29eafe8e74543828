"""Shared fixtures: AWS emulated by moto with the resources of the synthesized template."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"

os.environ.setdefault("AWS_DEFAULT_REGION", "eu-west-2")
os.environ.setdefault("POWERTOOLS_DEV", "false")


@pytest.fixture(scope="session")
def template() -> dict:
    from purpose.local.assembly import template_for

    return template_for("NFH")


@pytest.fixture
def aws(template, monkeypatch):
    """moto with the sample trust's tables, bucket, queues, user pool and SES identity."""
    from moto import mock_aws

    from purpose import wiring
    from purpose.local.provision import provision

    for name in ("AWS_ENDPOINT_URL", "AWS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-west-2")
    with mock_aws():
        stack = provision(template, prefix="test-nfh", region="eu-west-2")
        for env in stack.environments.values():
            for key, value in env.items():
                if key != "POWERTOOLS_SERVICE_NAME":
                    monkeypatch.setenv(key, value)
        wiring.reset()
        yield stack
        wiring.reset()


@pytest.fixture
def invoke(aws):
    """Call a function's real lambda_handler with an event, as Lambda would."""
    from purpose.local.handlers import LambdaContext, load_handler

    def call(name: str, event: dict):
        return load_handler(name).lambda_handler(event, LambdaContext(name))

    return call


@pytest.fixture
def open_campaign(invoke):
    from tests.factories import admin_event, campaign_input

    response = invoke("admin_api", admin_event("POST", "/admin/campaigns", campaign_input()))
    assert response["statusCode"] == 201, response["body"]
    return json.loads(response["body"])


@pytest.fixture
def shared_data() -> Path:
    if not (SHARED_DATA / "fft_qdc_v6_train.csv").exists():
        pytest.skip("../shared/data is not beside this checkout (the FFT data is not part of the repository)")
    return SHARED_DATA


@pytest.fixture
def deliver(aws, invoke):
    """Run the ingest function on everything waiting on the upload queue, as the event source would."""
    from purpose.local.handlers import deliver_queue

    def run() -> int:
        return deliver_queue(aws.queue_url, lambda event: invoke("ingest_upload", event))

    return run


@pytest.fixture
def upload(aws, deliver):
    """Put a file into the upload bucket (S3 notifies the queue) and process it; returns the summary."""
    import boto3

    from purpose.logic.ingest import summary_of
    from purpose.dal.programme import ProgrammeStore
    from purpose.logic.uploads import upload_id_for

    bucket = os.environ["UPLOAD_BUCKET"]

    def put(data: bytes, kind: str = "fft", name: str = "export.csv", metadata: dict | None = None,
            process: bool = True) -> dict:
        key = f"uploads/{kind}/{name}"
        answer = boto3.client("s3").put_object(Bucket=bucket, Key=key, Body=data, Metadata=metadata or {})
        upload_id = upload_id_for(bucket, key, answer.get("VersionId"))
        if process:
            deliver()
        record = ProgrammeStore(os.environ["PROGRAMME_TABLE"]).get_record("upload", upload_id) or {}
        return summary_of(upload_id, record) if record else {"upload_id": upload_id}

    return put
