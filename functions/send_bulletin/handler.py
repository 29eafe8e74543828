"""The scheduled bulletin (EventBridge Scheduler, and `purpose run-schedule bulletin --date`)."""

import json
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

from purpose import wiring
from purpose.clients.aws import client
from purpose.clients.email import EmailSender
from purpose.clients.secrets import signing_keys
from purpose.logic.dispatch import DispatchPorts, dispatch
from purpose.observability import logger


def ports(context) -> DispatchPorts:
    s = wiring.stores()
    settings = s.settings
    return DispatchPorts(
        programme=s.programme, contributions=s.contributions, personal_data=s.personal_data,
        send=EmailSender(settings.ses_configuration_set).send, keys=signing_keys(settings.signing_secret_arn),
        site_url=settings.site_url, sender=settings.sender_address, trust_name=settings.trust_name,
        requires_approval=settings.bulletin_requires_approval, max_rate=settings.ses_max_send_rate,
        bounce_threshold=settings.bounce_rate_threshold, now=lambda: datetime.now(timezone.utc),
        time_left=lambda: context.get_remaining_time_in_millis() / 1000,
        continue_later=lambda event: client("lambda").invoke(
            FunctionName=context.function_name, InvocationType="Event", Payload=json.dumps(event).encode()),
    )


@logger.inject_lambda_context(clear_state=True)
def lambda_handler(event, context):
    issue = date.fromisoformat(event["date"]) if event.get("date") else datetime.now(ZoneInfo("Europe/London")).date()
    report = dispatch(issue, ports(context), {**event, "date": issue.isoformat()})
    logger.info("bulletin dispatch", extra={k: report.get(k) for k in (
        "id", "status", "sent", "rejected", "skipped", "suppressed", "unresolved", "duration_ms")})
    return report
