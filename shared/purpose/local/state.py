"""Save the local runtime's data on shutdown and put it back on start."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import boto3


def save_state(path: Path, tables: list[str], buckets: list[str]) -> None:
    dynamodb, s3 = boto3.client("dynamodb"), boto3.client("s3")
    state: dict = {"tables": {}, "buckets": {}}
    for name in tables:
        items = []
        for page in dynamodb.get_paginator("scan").paginate(TableName=name):
            items.extend(page["Items"])
        state["tables"][name] = items
    for name in buckets:
        objects = []
        for page in s3.get_paginator("list_objects_v2").paginate(Bucket=name):
            for entry in page.get("Contents", []):
                found = s3.get_object(Bucket=name, Key=entry["Key"])
                objects.append({"key": entry["Key"], "metadata": found.get("Metadata", {}),
                                "content_type": found.get("ContentType", "application/octet-stream"),
                                "body": base64.b64encode(found["Body"].read()).decode()})
        state["buckets"][name] = objects
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(state))
    temporary.replace(path)  # never leave a half-written state file


def restore_state(path: Path) -> bool:
    if not path.exists():
        return False
    state = json.loads(path.read_text())
    dynamodb, s3 = boto3.client("dynamodb"), boto3.client("s3")
    for name, items in state["tables"].items():
        for start in range(0, len(items), 25):
            dynamodb.batch_write_item(RequestItems={name: [{"PutRequest": {"Item": i}} for i in items[start:start + 25]]})
    for name, objects in state["buckets"].items():
        for entry in objects:
            s3.put_object(Bucket=name, Key=entry["key"], Body=base64.b64decode(entry["body"]),
                          Metadata=entry["metadata"], ContentType=entry["content_type"])
    return True
