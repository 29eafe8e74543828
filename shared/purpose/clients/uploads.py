"""What `purpose upload` does against S3 and DynamoDB: put the file, then wait for its summary."""

from __future__ import annotations

import os
import time
from pathlib import Path

from purpose.clients.aws import client
from purpose.logic.ingest import summary_of


def put_upload(bucket: str, path: Path, kind: str, campaign: str | None = None) -> tuple[str, str | None]:
    key = f"uploads/{kind}/{path.name}"
    metadata = {"kind": kind} | ({"campaign": campaign} if campaign else {})
    with path.open("rb") as body:
        answer = client("s3").put_object(Bucket=bucket, Key=key, Body=body, Metadata=metadata,
                                         ContentType="text/csv")
    return key, answer.get("VersionId")


def wait_for_upload(upload_id: str, timeout: float) -> dict:
    from purpose.dal.programme import ProgrammeStore

    programme = ProgrammeStore(os.environ["PROGRAMME_TABLE"])
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        record = programme.get_record("upload", upload_id)
        if record and record["status"] in ("complete", "failed"):
            return summary_of(upload_id, record)
        time.sleep(0.5)
    return {"upload_id": upload_id, "status": "timed out", "reason": f"no result within {timeout:.0f} s"}


def stack_resource(stack: str, logical_prefix: str) -> str:
    resources = client("cloudformation").describe_stack_resources(StackName=stack)["StackResources"]
    for resource in resources:
        if resource["LogicalResourceId"].startswith(logical_prefix):
            return resource["PhysicalResourceId"]
    raise SystemExit(f"Stack {stack} has no resource {logical_prefix}")


def use_deployed_stack(stack: str) -> None:
    os.environ["UPLOAD_BUCKET"] = stack_resource(stack, "UploadBucket")
    os.environ["PROGRAMME_TABLE"] = stack_resource(stack, "ProgrammeTable")

