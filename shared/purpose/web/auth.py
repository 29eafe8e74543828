"""Who is calling the admin API: the Cognito claims API Gateway's authorizer passed on."""

from __future__ import annotations

import re

from purpose.errors import PurposeError


class ForbiddenError(PurposeError):
    def __init__(self, message: str, status: int = 403) -> None:
        super().__init__(message)
        self.status = status


def caller_groups(event: dict) -> set[str]:
    claims = ((event.get("requestContext") or {}).get("authorizer") or {}).get("claims") or {}
    raw = claims.get("cognito:groups") or ""
    if isinstance(raw, list):
        return {str(g) for g in raw}
    # REST API authorizers pass groups as "a,b" or "[a b]"
    return {g for g in re.split(r"[\s,\[\]]+", str(raw)) if g}


def caller_name(event: dict) -> str:
    claims = ((event.get("requestContext") or {}).get("authorizer") or {}).get("claims") or {}
    return str(claims.get("cognito:username") or claims.get("sub") or "unknown")


def require_group(event: dict, *allowed: str) -> str:
    claims = ((event.get("requestContext") or {}).get("authorizer") or {}).get("claims")
    if not claims:
        raise ForbiddenError("Sign in first: this needs a valid token", status=401)
    if not caller_groups(event) & set(allowed):
        raise ForbiddenError(f"This needs membership of the {' or '.join(allowed)} group")
    return caller_name(event)
