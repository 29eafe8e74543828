"""Load a function's handler module the way Lambda does (handler.py in its own folder)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from purpose.local.assembly import ROOT

FUNCTIONS_DIR = ROOT / "functions"


def load_handler(name: str):
    """functions/<name>/handler.py as a module; loaded once per process."""
    module_name = f"functions_{name}_handler"
    if module_name in sys.modules:
        return sys.modules[module_name]
    path: Path = FUNCTIONS_DIR / name / "handler.py"
    spec = importlib.util.spec_from_file_location(module_name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


class LambdaContext:
    """The attributes Powertools reads from Lambda's context object."""

    def __init__(self, name: str, memory_mb: int = 512) -> None:
        self.function_name = name
        self.function_version = "$LATEST"
        self.invoked_function_arn = f"arn:aws:lambda:eu-west-2:123456789012:function:{name}"
        self.memory_limit_in_mb = memory_mb
        self.aws_request_id = "local"
        self.log_group_name = f"/aws/lambda/{name}"
        self.log_stream_name = "local"

    def get_remaining_time_in_millis(self) -> int:
        return 900_000


def sqs_event(message: dict, queue_url: str, region: str = "eu-west-2") -> dict:
    """An SQS message as the Lambda event source mapping delivers it (a batch of one)."""
    return {"Records": [{
        "messageId": message["MessageId"], "receiptHandle": message["ReceiptHandle"], "body": message["Body"],
        "attributes": message.get("Attributes", {}), "messageAttributes": {}, "md5OfBody": message["MD5OfBody"],
        "eventSource": "aws:sqs", "eventSourceARN": f"arn:aws:sqs:{region}:123456789012:{queue_url.rsplit('/', 1)[-1]}",
        "awsRegion": region}]}


def deliver_queue(queue_url: str, invoke, *, wait_seconds: int = 0) -> int:
    """Receive every message on the queue and hand each to `invoke(event)`; delete what succeeded.

    Returns how many messages were handled; failed ones stay for a later delivery, as in AWS.
    """
    import boto3

    sqs = boto3.client("sqs")
    handled = 0
    while True:
        answer = sqs.receive_message(QueueUrl=queue_url, MaxNumberOfMessages=1, WaitTimeSeconds=wait_seconds,
                                     AttributeNames=["All"])
        messages = answer.get("Messages", [])
        if not messages:
            return handled
        for message in messages:
            result = invoke(sqs_event(message, queue_url)) or {}
            handled += 1
            if not result.get("batchItemFailures"):
                sqs.delete_message(QueueUrl=queue_url, ReceiptHandle=message["ReceiptHandle"])
            else:
                return handled
