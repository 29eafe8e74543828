"""What SES tells us after sending: permanent bounces and complaints stop all further email."""

from __future__ import annotations

from purpose.logic.engagement import email_key


def addresses_to_suppress(notification: dict) -> list[tuple[str, str]]:
    """(address, reason) pairs from one SES event; transient bounces and deliveries suppress nothing."""
    kind = notification.get("eventType") or notification.get("notificationType")
    if kind == "Bounce":
        bounce = notification.get("bounce", {})
        if bounce.get("bounceType") != "Permanent":
            return []
        return [(r["emailAddress"], "bounce") for r in bounce.get("bouncedRecipients", []) if r.get("emailAddress")]
    if kind == "Complaint":
        return [(r["emailAddress"], "complaint") for r in notification.get("complaint", {}).get("complainedRecipients", [])
                if r.get("emailAddress")]
    return []


def record_email_event(notification: dict, personal_data, programme, at: str) -> dict:
    suppressed = 0
    for address, reason in addresses_to_suppress(notification):
        suppressed += personal_data.suppress_address(email_key(address), reason, at)
        # Count it against the bulletin it came from, for that run's circuit breaker.
        bulletin = (notification.get("mail", {}).get("tags", {}).get("bulletin") or [None])[0]
        if bulletin and programme.get_record("bulletin", bulletin):
            programme.add_to("bulletin", bulletin, "bounces" if reason == "bounce" else "complaints")
    return {"event": notification.get("eventType") or notification.get("notificationType"), "suppressed": suppressed}
