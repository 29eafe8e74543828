"""The scheduled alignment review (EventBridge Scheduler, and `purpose run-schedule review`)."""

from datetime import date, datetime, timezone

from purpose import wiring
from purpose.clients.embeddings import embedder_for
from purpose.clients.storage import ObjectStore
from purpose.logic.reviews import run_review
from purpose.observability import logger


@logger.inject_lambda_context(clear_state=True)
def lambda_handler(event, context):
    s = wiring.stores()
    now = datetime.now(timezone.utc)
    run_date = date.fromisoformat(event["date"]) if event.get("date") else now.date()
    summary = run_review(programme=s.programme, put_report=ObjectStore(s.settings.upload_bucket).put_text,
                         run_date=run_date, now=now, contributions=s.contributions,
                         embedder=embedder_for(s.settings.alignment_embeddings))
    logger.info("alignment review finished", extra={"run": run_date.isoformat(), "status": summary["status"],
                                                     "distribution": summary.get("distribution")})
    return summary
