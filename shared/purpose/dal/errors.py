"""Turn botocore failures into domain errors, keeping retryable and permanent ones apart."""

from __future__ import annotations

from contextlib import contextmanager

from purpose.errors import ConflictError, StoreError

RETRYABLE_CODES = {
    "ProvisionedThroughputExceededException", "ThrottlingException", "RequestLimitExceeded",
    "InternalServerError", "ServiceUnavailable", "Throttling", "TooManyRequestsException",
    "SlowDown", "InternalError", "TransactionConflictException",
}


@contextmanager
def store_errors(action: str):
    # Imported here, with boto3 on first use: a request that makes no AWS call never pays for botocore (~15 ms).
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        yield
    except ClientError as error:
        code = error.response.get("Error", {}).get("Code", "")
        if code == "ConditionalCheckFailedException":
            raise ConflictError(f"{action}: the condition did not hold") from error
        raise StoreError(f"{action} failed ({code})", retryable=code in RETRYABLE_CODES) from error
    except BotoCoreError as error:  # connection and timeout errors after botocore's own retries
        raise StoreError(f"{action} failed ({type(error).__name__})", retryable=True) from error
