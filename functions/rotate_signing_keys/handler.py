"""Rotates the keys that sign links (Secrets Manager rotation, every 90 days)."""

import secrets

from purpose.clients.secrets import rotate_signing_keys
from purpose.observability import logger


@logger.inject_lambda_context(clear_state=True)
def lambda_handler(event, context):
    outcome = rotate_signing_keys(event["SecretId"], event["ClientRequestToken"], event["Step"],
                                  new_key=lambda: secrets.token_urlsafe(36))
    logger.info("signing key rotation step", extra={"step": event["Step"], "outcome": outcome})
    return {"step": event["Step"], "outcome": outcome}
