"""Signed, expiring tokens for links in emails and for pseudonymous participants.

HMAC-SHA256 over the purpose, the subject and the expiry. Keys come from Secrets Manager as
{"current": ..., "previous": [...]}: tokens are signed with the current key and accepted with
any of them. Rotation (every ROTATION_DAYS, by the rotate_signing_keys function) makes a new
current key and keeps the last PREVIOUS_KEPT keys, which covers the longest-lived link (an
unsubscribe link, 400 days), so rotating never breaks a link within its validity.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time


ROTATION_DAYS = 90
PREVIOUS_KEPT = 5  # 5 x 90 days > 400 days, the longest validity of any link


def rotated(keys: dict, new_key: str) -> dict:
    """The keys after a rotation: a new current key; the old one first among the previous."""
    previous = keys.get("previous") or []
    previous = [previous] if isinstance(previous, str) else list(previous)
    return {"current": new_key, "previous": [keys["current"], *previous][:PREVIOUS_KEPT]}


def _accepted(keys: dict) -> list[str]:
    previous = keys.get("previous") or []
    return [k for k in [keys.get("current"), *([previous] if isinstance(previous, str) else previous)] if k]


class TokenError(ValueError):
    """The link is broken, was changed, or has expired."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign(keys: dict[str, str], purpose: str, subject: str, valid_seconds: int, now: float | None = None) -> str:
    expires = int((now if now is not None else time.time()) + valid_seconds)
    body = f"{purpose}|{subject}|{expires}".encode()
    mac = hmac.new(keys["current"].encode(), body, hashlib.sha256).digest()[:20]
    return f"{_b64(subject.encode())}.{expires}.{_b64(mac)}"


def verify(keys: dict[str, str], purpose: str, token: str, now: float | None = None) -> str:
    """The subject the token was signed for; TokenError if it is not genuine or has expired."""
    try:
        subject_part, expires_text, mac_part = token.split(".")
        subject, expires, mac = _unb64(subject_part).decode(), int(expires_text), _unb64(mac_part)
    except (ValueError, UnicodeDecodeError):
        raise TokenError("This link is not complete: copy the whole link from the email") from None
    if _b64(subject.encode()) != subject_part or _b64(mac) != mac_part:  # one spelling per token, no variants
        raise TokenError("This link is not valid")
    body = f"{purpose}|{subject}|{expires}".encode()
    genuine = any(hmac.compare_digest(hmac.new(k.encode(), body, hashlib.sha256).digest()[:20], mac)
                  for k in _accepted(keys))
    if not genuine:
        raise TokenError("This link is not valid")
    if expires < (now if now is not None else time.time()):
        raise TokenError("This link has expired")
    return subject
