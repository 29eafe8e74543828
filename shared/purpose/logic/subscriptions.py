"""Bulletin subscriptions: double opt-in, one-click unsubscribe, nothing sent to anyone who did not ask."""

from __future__ import annotations

from datetime import datetime, timedelta
from email.message import EmailMessage
from urllib.parse import quote

from purpose.errors import InvalidInputError
from purpose.logic.engagement import EMAIL, email_key, expiry
from purpose.logic.tokens import sign, verify

CONFIRM_VALID = 7 * 24 * 3600  # a confirmation link works for a week
UNSUBSCRIBE_VALID = 400 * 24 * 3600  # an unsubscribe link works for well over a year of bulletins
# Someone who asks again after this (the first email lost, or in junk) gets a new confirmation email; sooner, not,
# so a double-click sends one and the form cannot be used to fill someone's inbox
RESEND_AFTER = timedelta(minutes=15)


def check_email(address: str) -> str:
    address = (address or "").strip()
    if not address or len(address) > 254 or not EMAIL.match(address):
        raise InvalidInputError({"email": "Enter an email address in the correct format, like name@example.com"})
    return address


def confirmation_email(address: str, *, keys: dict, site_url: str, sender: str, trust_name: str) -> EmailMessage:
    link = f"{site_url}/subscribe/confirm?token={quote(sign(keys, 'confirm', address, CONFIRM_VALID))}"
    message = EmailMessage()
    message["From"], message["To"] = f"{trust_name} <{sender}>", address
    message["Subject"] = "Confirm you want the Shared Purpose bulletin"
    message.set_content(
        f"Someone (we hope you) asked for the {trust_name} Shared Purpose bulletin to be sent to this address.\n\n"
        f"To confirm, open this link within 7 days:\n{link}\n\n"
        "If it was not you, ignore this email: nothing will be sent unless the link is opened.\n")
    return message


def request_subscription(address: str, *, source: str, personal_data, send, keys: dict, site_url: str, sender: str,
                         trust_name: str, now: datetime, retention_days: int, topics: list[str] | None = None) -> None:
    """Record the request and send the confirmation email. Already confirmed? Nothing changes. Asked again
    within RESEND_AFTER (a double-click, or a form sent twice)? No second email: the first is on its way.

    `topics` are the ones the person chose (none: everything the bulletin carries)."""
    address = check_email(address)
    key = email_key(address)
    personal_data.put_subscriber_request(key, address, source, expiry(now, retention_days), topics)
    if personal_data.claim_confirmation(key, now.isoformat(timespec="seconds"),
                                        last_before=(now - RESEND_AFTER).isoformat(timespec="seconds")):
        send(confirmation_email(address, keys=keys, site_url=site_url, sender=sender, trust_name=trust_name))


def confirm_subscription(token: str, *, personal_data, keys: dict, now: datetime) -> bool:
    address = verify(keys, "confirm", token)
    return personal_data.set_subscriber_status(email_key(address), "confirmed", now.isoformat(timespec="seconds"),
                                               only_from=("pending", "confirmed", "unsubscribed"))


def unsubscribe_link(site_url: str, key: str, keys: dict) -> str:
    return f"{site_url}/unsubscribe?token={quote(sign(keys, 'unsubscribe', key, UNSUBSCRIBE_VALID))}"


def unsubscribe(token: str, *, personal_data, keys: dict, now: datetime) -> bool:
    key = verify(keys, "unsubscribe", token)
    return personal_data.set_subscriber_status(key, "unsubscribed", now.isoformat(timespec="seconds"),
                                               only_from=("pending", "confirmed"))
