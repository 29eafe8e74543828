"""Fault injection: make chosen AWS calls throttle, fail or time out after k good calls.

A botocore `before-send` hook answers instead of the service (moto included), so the real
client code, its retry loop and our own error handling all run as they would in AWS, and a
failed call has no effect in moto.
"""

from __future__ import annotations

import json

from botocore.awsrequest import AWSResponse
from botocore.exceptions import ReadTimeoutError

# service -> how its errors look on the wire
_JSON_ERRORS = {"dynamodb": "com.amazonaws.dynamodb.v20120810#", "sqs": "com.amazonaws.sqs#", "email": ""}


class _Raw:
    def __init__(self, body: bytes) -> None:
        self._body = body

    def stream(self, **_):
        yield self._body


def _error_response(service: str, code: str, status: int) -> AWSResponse:
    if service in _JSON_ERRORS:
        body = json.dumps({"__type": _JSON_ERRORS[service] + code, "message": f"injected {code}"}).encode()
        headers = {"Content-Type": "application/x-amz-json-1.0", "x-amzn-ErrorType": code}
    else:  # S3 and SES speak XML
        body = (f"<ErrorResponse><Error><Code>{code}</Code><Message>injected {code}</Message></Error>"
                f"</ErrorResponse>").encode()
        if service == "s3":
            body = f"<Error><Code>{code}</Code><Message>injected {code}</Message></Error>".encode()
        headers = {"Content-Type": "text/xml"}
    return AWSResponse("https://fault.local", status, headers, _Raw(body))


class Fault:
    """After `after` calls pass, the next `times` calls fail with `code` (or time out)."""

    def __init__(self, client, operation: str, *, after: int = 0, times: int = 1_000_000,
                 code: str = "ThrottlingException", status: int = 400, timeout: bool = False) -> None:
        self.client, self.operation = client, operation
        self.after, self.times, self.code, self.status, self.timeout = after, times, code, status, timeout
        self.calls = self.failed = 0
        self.service = client.meta.service_model.endpoint_prefix
        self._event = f"before-send.{client.meta.service_model.service_id.hyphenize()}.{operation}"

    def _handler(self, request, **_):
        # botocore offers the request to every before-send handler, moto's too, and reuses it on retries:
        # a failed call points it at nowhere so moto does not act on it; a passing call points it back.
        original = getattr(request, "_fault_original_url", request.url)
        request.url = original
        self.calls += 1
        if self.calls <= self.after or self.failed >= self.times:
            return None  # let it through to moto
        self.failed += 1
        request._fault_original_url = original
        request.url = "https://fault.invalid/"
        if self.timeout:
            raise ReadTimeoutError(endpoint_url=original)
        return _error_response(self.service, self.code, self.status)

    def __enter__(self) -> "Fault":
        self.client.meta.events.register_first(self._event, self._handler)
        return self

    def __exit__(self, *exc) -> None:
        self.client.meta.events.unregister(self._event, self._handler)
