"""Uploaded files -> contributions (S3 ObjectCreated notifications and chunk jobs, through SQS)."""

import json
from datetime import datetime, timezone
from urllib.parse import unquote_plus

from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response

from purpose import wiring
from purpose.clients.storage import ChunkQueue, ObjectStore
from purpose.errors import StoreError
from purpose.logic import ingest
from purpose.logic.uploads import upload_id_for
from purpose.observability import logger

processor = BatchProcessor(event_type=EventType.SQS)
MAX_RECEIVES = 3  # the queue's redrive policy: the third failure sends the message to the dead-letter queue


def ports() -> ingest.Ports:
    s = wiring.stores()
    objects = ObjectStore(s.settings.upload_bucket)
    return ingest.Ports(
        read=objects.read, put_report=objects.put_text, read_report=objects.read_json,
        send_chunks=ChunkQueue(s.settings.upload_queue_url).send, programme=s.programme,
        contributions=s.contributions, now=lambda: datetime.now(timezone.utc),
        retention_days=s.settings.retention_days, size_limit=s.settings.upload_max_bytes,
        chunk_bytes=ingest.CHUNK_BYTES,
    )


def handle_message(record) -> None:
    body = json.loads(record.body)
    if body.get("Event") == "s3:TestEvent":  # S3 sends one when the notification is set up
        return
    upload_id = body.get("chunk_job", {}).get("upload_id")
    try:
        if "chunk_job" in body:
            summary = ingest.process_chunk(body["chunk_job"], ports())
            logger.info("chunk processed", extra={"upload": body["chunk_job"]["upload_id"],
                                                  "chunk": body["chunk_job"]["chunk"], "status": summary.get("status")})
            return
        for s3_record in body.get("Records", []):
            bucket = s3_record["s3"]["bucket"]["name"]
            key = unquote_plus(s3_record["s3"]["object"]["key"])  # S3 URL-encodes keys in events
            version = s3_record["s3"]["object"].get("versionId")
            size, metadata, version = ObjectStore(bucket).metadata(key, version)
            upload_id = upload_id_for(bucket, key, version)
            summary = ingest.start_upload(bucket=bucket, key=key, version=version, size=size, metadata=metadata,
                                          ports=ports())
            logger.info("upload processed", extra={"upload": summary.get("id"), "status": summary.get("status"),
                                                   **{k: summary.get(k) for k in ("rows", "stored", "rejected",
                                                                                  "duplicates")}})
    except StoreError as error:
        attempts = int(record.attributes.approximate_receive_count or 1)
        if not error.retryable or attempts >= MAX_RECEIVES:
            if upload_id:
                ingest.give_up(upload_id, error, ports())
                logger.error("upload failed after retries", extra={"upload": upload_id})
                return
        raise  # reported as a batch item failure: SQS delivers it again after the visibility timeout


@logger.inject_lambda_context(clear_state=True)
def lambda_handler(event, context):
    return process_partial_response(event=event, record_handler=handle_message, processor=processor, context=context)
