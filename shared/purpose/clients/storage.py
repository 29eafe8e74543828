"""S3 objects and the upload queue, for ingestion and reports."""

from __future__ import annotations

import json
from collections.abc import Iterator

from purpose.clients.aws import client
from purpose.dal.errors import store_errors

READ_CHUNK = 1024 * 1024


class ObjectStore:
    def __init__(self, bucket: str) -> None:
        self.bucket = bucket

    def read(self, bucket: str, key: str, version: str | None, start: int, end: int | None) -> Iterator[bytes]:
        """Stream bytes [start, end) of the object, a megabyte at a time."""
        extra = {"VersionId": version} if version else {}
        if start or end is not None:
            extra["Range"] = f"bytes={start}-{'' if end is None else end - 1}"
        with store_errors("reading the uploaded file"):
            body = client("s3").get_object(Bucket=bucket, Key=key, **extra)["Body"]
        yield from body.iter_chunks(READ_CHUNK)

    def put_text(self, key: str, body: str, content_type: str) -> None:
        with store_errors("writing the report"):
            client("s3").put_object(Bucket=self.bucket, Key=key, Body=body.encode("utf-8"), ContentType=content_type)

    def read_text(self, key: str) -> str:
        with store_errors("reading the report"):
            return client("s3").get_object(Bucket=self.bucket, Key=key)["Body"].read().decode("utf-8")

    def read_json(self, key: str):
        with store_errors("reading the report"):
            return json.loads(client("s3").get_object(Bucket=self.bucket, Key=key)["Body"].read())

    def metadata(self, key: str, version: str | None) -> tuple[int, dict[str, str], str | None]:
        """Size, user metadata and version id (events do not always carry the version)."""
        extra = {"VersionId": version} if version else {}
        with store_errors("reading the uploaded file's details"):
            head = client("s3").head_object(Bucket=self.bucket, Key=key, **extra)
        return (head["ContentLength"], {k.lower(): v for k, v in head.get("Metadata", {}).items()},
                version or head.get("VersionId"))


class ChunkQueue:
    def __init__(self, queue_url: str) -> None:
        self.queue_url = queue_url

    def send(self, jobs: list[dict]) -> None:
        for start in range(0, len(jobs), 10):
            entries = [{"Id": str(i), "MessageBody": json.dumps({"chunk_job": job})}
                       for i, job in enumerate(jobs[start:start + 10])]
            with store_errors("queueing chunks"):
                answer = client("sqs").send_message_batch(QueueUrl=self.queue_url, Entries=entries)
            if answer.get("Failed"):
                raise_failed = answer["Failed"][0]
                from purpose.errors import StoreError
                raise StoreError(f"queueing chunks failed ({raise_failed.get('Code')})", retryable=True)
