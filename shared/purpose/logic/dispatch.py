"""Sending a bulletin exactly once per recipient, within SES's rate, stopping on bad signals.

A send ledger in DynamoDB holds one record per (bulletin, recipient), claimed with a
conditional write before the email is sent and marked sent after. A retry, a duplicate
schedule event or a re-run after a crash skips everyone already claimed; a send that fails
releases its claim so the re-run sends it. Only a process killed between SES accepting a
message and the ledger update leaves a claim unresolved: it is reported, never re-sent.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from purpose.clients.email import EmailRejectedError
from purpose.errors import StoreError
from purpose.logic.bulletin import assemble, build_message, for_topics
from purpose.logic.subscriptions import unsubscribe_link

CHECK_EVERY = 20  # sends between circuit-breaker checks
MIN_SENDS_FOR_BREAKER = 20
SAFETY_SECONDS = 60  # stop this invocation with this much of Lambda's time left, and continue in another
RETRIES = 5


@dataclass
class DispatchPorts:
    programme: object
    contributions: object
    personal_data: object
    send: Callable  # send(message, tags) -> message id
    keys: dict
    site_url: str
    sender: str
    trust_name: str
    requires_approval: bool
    max_rate: float
    bounce_threshold: float
    now: Callable[[], datetime]
    sleep: Callable[[float], None] = time.sleep
    time_left: Callable[[], float] = lambda: 900.0
    continue_later: Callable[[dict], None] = lambda event: None


def previous_issue(programme, issue_date: date) -> date | None:
    sent = [b["id"] for b in programme.list_records("bulletin") if b.get("status") == "sent" and b["id"] < issue_date.isoformat()]
    return date.fromisoformat(max(sent)) if sent else None


def preview(issue_date: date, ports: DispatchPorts):
    content = assemble(issue_date, trust_name=ports.trust_name, programme=ports.programme,
                       contributions=ports.contributions, since=previous_issue(ports.programme, issue_date))
    return content


def dispatch(issue_date: date, ports: DispatchPorts, event: dict) -> dict:
    programme, issue = ports.programme, issue_date.isoformat()
    started = time.monotonic()
    record = programme.get_record("bulletin", issue)
    if record is None:
        programme.put_record("bulletin", issue, {"id": issue, "status": "draft", "approved": False, "sent": 0,
                                                 "bounces": 0, "complaints": 0,
                                                 "created_at": ports.now().isoformat(timespec="seconds")},
                             only_if_new=True)
        record = programme.get_record("bulletin", issue)
    if record["status"] in ("sent", "paused"):
        return record
    if ports.requires_approval and not record.get("approved"):
        return {**record, "status": "awaiting approval", "reason": "An admin must approve this bulletin first"}
    programme.update_record("bulletin", issue, {"status": "sending"})
    content = preview(issue_date, ports)
    subscribers = ports.personal_data.list_subscribers()
    counts = {"sent": 0, "rejected": 0, "skipped": 0, "unresolved": 0,
              "suppressed": sum(s.get("status") == "suppressed" for s in subscribers),
              "not_confirmed": sum(s.get("status") in ("pending", "unsubscribed") for s in subscribers)}
    ledger = f"send#{issue}"
    last_send = 0.0
    for subscriber in (s for s in subscribers if s.get("status") == "confirmed"):
        key = subscriber["email_key"]
        if ports.time_left() < SAFETY_SECONDS:
            ports.continue_later(event)
            return _finish(programme, issue, counts, started, "continuing")
        if not programme.put_record(ledger, key, {"status": "sending", "at": ports.now().isoformat()},
                                    only_if_new=True):
            previous = programme.get_record(ledger, key) or {}
            counts["unresolved" if previous.get("status") == "sending" else "skipped"] += 1
            continue
        message = build_message(for_topics(content, tuple(subscriber.get("topics") or ())), to=subscriber["email"],
                                sender=ports.sender, site_url=ports.site_url,
                                unsubscribe_url=unsubscribe_link(ports.site_url, key, ports.keys), now=ports.now())
        # Pace the starts of sends (SES counts sends a second), so the time a send takes is not added on top.
        wait = 1.0 / ports.max_rate - (time.monotonic() - last_send)
        if wait > 0:
            ports.sleep(wait)
        last_send = time.monotonic()
        try:
            message_id = _send_with_backoff(ports, message, issue)
        except EmailRejectedError as error:
            programme.put_record(ledger, key, {"status": "rejected", "reason": str(error)})
            counts["rejected"] += 1
            continue
        except BaseException:
            programme.delete_record(ledger, key)  # not sent: the re-run must send it
            _finish(programme, issue, counts, started, "interrupted")
            raise
        programme.put_record(ledger, key, {"status": "sent", "message_id": message_id})
        counts["sent"] += 1
        if counts["sent"] % CHECK_EVERY == 0 and _tripped(programme, issue, counts, ports):
            return _finish(programme, issue, counts, started, "paused",
                           reason="Bounce or complaint rate passed the threshold: check the list, then resume")
    return _finish(programme, issue, counts, started, "sent")


def _send_with_backoff(ports: DispatchPorts, message, issue: str) -> str:
    for attempt in range(RETRIES):
        try:
            return ports.send(message, {"bulletin": issue})
        except StoreError as error:
            if not error.retryable or attempt == RETRIES - 1:
                raise
            ports.sleep(random.uniform(0, min(10.0, 0.2 * 2 ** attempt)))  # full jitter
    raise AssertionError("unreachable")


def _tripped(programme, issue: str, counts: dict, ports: DispatchPorts) -> bool:
    record = programme.get_record("bulletin", issue) or {}
    sent = counts["sent"] + record.get("sent", 0)
    bad = record.get("bounces", 0) + record.get("complaints", 0)
    return sent >= MIN_SENDS_FOR_BREAKER and bad / sent > ports.bounce_threshold


def _finish(programme, issue: str, counts: dict, started: float, status: str, reason: str = "") -> dict:
    record = programme.get_record("bulletin", issue) or {}
    totals = {k: record.get(k, 0) + v if k in ("sent", "rejected", "unresolved") else v for k, v in counts.items()}
    changes = {**totals, "status": status, "duration_ms": int((time.monotonic() - started) * 1000)}
    if reason:
        changes["reason"] = reason
    programme.update_record("bulletin", issue, changes)
    return programme.get_record("bulletin", issue)
