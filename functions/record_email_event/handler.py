"""SES bounce, complaint and delivery events (SES configuration set -> SNS -> here)."""

import json
import os
from datetime import datetime, timezone
from functools import lru_cache

from purpose import wiring
from purpose.logic.email_events import record_email_event
from purpose.observability import logger


@lru_cache(maxsize=1)
def idempotent_handler():
    """SNS may deliver a message more than once: each MessageId is acted on once.

    Built on first use so that importing the handler does not import boto3 (cold start).
    """
    from aws_lambda_powertools.utilities.idempotency import (DynamoDBPersistenceLayer, IdempotencyConfig,
                                                             idempotent_function)

    config = IdempotencyConfig(event_key_jmespath="MessageId", expires_after_seconds=24 * 3600)
    persistence = DynamoDBPersistenceLayer(table_name=os.environ["IDEMPOTENCY_TABLE"])

    @idempotent_function(data_keyword_argument="message", persistence_store=persistence, config=config)
    def handle_message(message: dict) -> dict:
        notification = json.loads(message["Message"])
        return record_email_event(notification, wiring.stores().personal_data, wiring.stores().programme,
                                  datetime.now(timezone.utc).isoformat(timespec="seconds"))

    return handle_message, config


@logger.inject_lambda_context(clear_state=True)
def lambda_handler(event, context):
    handle_message, config = idempotent_handler()
    config.register_lambda_context(context)
    results = [handle_message(message=record["Sns"]) for record in event.get("Records", [])]
    logger.info("email events recorded", extra={"events": [r["event"] for r in results],
                                                "suppressed": sum(r["suppressed"] for r in results)})
    return {"processed": len(results)}
