"""Ids and references a person can read out over the phone."""

from __future__ import annotations

import hashlib
import secrets
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydantic import BaseModel

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O or U to misread


def _encode(number: int, length: int) -> str:
    out = []
    for _ in range(length):
        number, digit = divmod(number, 32)
        out.append(_ALPHABET[digit])
    return "".join(reversed(out))


def reference_for(*parts: str) -> str:
    """The same parts always give the same reference, e.g. SP-7K3M-Q9XD (so replays match)."""
    digest = int.from_bytes(hashlib.sha256("\x1f".join(parts).encode()).digest()[:5], "big")
    code = _encode(digest, 8)
    return f"SP-{code[:4]}-{code[4:]}"


def new_id() -> str:
    return _encode(secrets.randbits(80), 16)


def content_id(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


def request_id(kind: str, request: BaseModel, *context: str) -> str:
    """An id made from what an admin asked for, so the same request sent twice names the same record."""
    return content_id(kind, *context, request.model_dump_json())
