"""Opinion groups for co-design rounds (EventBridge Scheduler, and `purpose run-schedule opinion-groups`)."""

from datetime import date, datetime, timezone

from purpose import wiring
from purpose.logic.codesign import update_opinion_groups
from purpose.observability import logger


@logger.inject_lambda_context(clear_state=True)
def lambda_handler(event, context):
    now = datetime.now(timezone.utc)
    today = date.fromisoformat(event["date"]) if event.get("date") else now.date()
    rounds = update_opinion_groups(wiring.stores().programme, now, today=today)
    logger.info("opinion groups updated", extra={"rounds": len(rounds)})
    return {"status": "complete", "rounds": rounds}
