"""Sending email through SES v2 as raw MIME, so List-Unsubscribe and other headers survive."""

from __future__ import annotations

from email.message import EmailMessage

from purpose.clients.aws import client
from purpose.errors import PurposeError, StoreError

RETRYABLE = {"TooManyRequestsException", "LimitExceededException", "Throttling", "ThrottlingException",
             "ServiceUnavailable", "InternalFailure", "InternalServerError"}


class EmailRejectedError(PurposeError):
    """SES refused this message for good (bad address, unverified sender): do not try again."""


class EmailSender:
    def __init__(self, configuration_set: str) -> None:
        self.configuration_set = configuration_set

    def send(self, message: EmailMessage, tags: dict[str, str] | None = None) -> str:
        from botocore.exceptions import BotoCoreError, ClientError  # with boto3, on first use

        try:
            answer = client("sesv2").send_email(
                FromEmailAddress=message["From"], Destination={"ToAddresses": [message["To"]]},
                Content={"Raw": {"Data": message.as_bytes()}}, ConfigurationSetName=self.configuration_set,
                EmailTags=[{"Name": k, "Value": v} for k, v in (tags or {}).items()])
        except ClientError as error:
            code = error.response.get("Error", {}).get("Code", "")
            if code in RETRYABLE:
                raise StoreError(f"SES is busy ({code})", retryable=True) from error
            raise EmailRejectedError(f"SES refused the message ({code})") from error
        except BotoCoreError as error:
            raise StoreError(f"SES could not be reached ({type(error).__name__})", retryable=True) from error
        return answer["MessageId"]
