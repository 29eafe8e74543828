"""Real-shaped events and inputs for tests, built from the samples in events/."""

from __future__ import annotations

import copy
import json
import uuid
from pathlib import Path
from urllib.parse import urlencode

EVENTS = Path(__file__).resolve().parent.parent / "events"


def sample_event(name: str) -> dict:
    return json.loads((EVENTS / f"{name}.json").read_text())


def api_event(method: str, path: str, *, body: str | None = None, content_type: str | None = None,
              query: dict | None = None, claims: dict | None = None, headers: dict | None = None,
              base64: bool = False) -> dict:
    event = copy.deepcopy(sample_event("admin_request" if path.startswith("/admin") else "form_post"))
    event["httpMethod"] = method
    event["path"] = path
    event["requestContext"]["path"] = "/live" + path
    event["requestContext"]["httpMethod"] = method
    event["pathParameters"] = {"proxy": path.lstrip("/")}
    event["headers"] = {"Host": "abc123.execute-api.eu-west-2.amazonaws.com", **(headers or {})}
    if content_type:
        event["headers"]["Content-Type"] = content_type
    event["queryStringParameters"] = query
    event["multiValueQueryStringParameters"] = {k: [v] for k, v in query.items()} if query else None
    event["body"] = body
    event["isBase64Encoded"] = base64
    if path.startswith("/admin"):
        if claims is None:
            event["requestContext"].pop("authorizer", None)
        else:
            event["requestContext"]["authorizer"] = {"claims": claims}
    return event


ADMIN = {"sub": "admin-1", "cognito:username": "admin-1", "cognito:groups": "admins", "token_use": "id"}
REVIEWER = {"sub": "reviewer-1", "cognito:username": "reviewer-1", "cognito:groups": "reviewers", "token_use": "id"}


def admin_event(method: str, path: str, payload=None, *, claims=ADMIN, query=None) -> dict:
    body = json.dumps(payload) if payload is not None else None
    return api_event(method, path, body=body, content_type="application/json" if body else None,
                     query=query, claims=claims)


def campaign_input(**changes) -> dict:
    return {"title": "Our vision for 2027", "introduction": "Help us write our shared vision.",
            "opens": "2026-01-01", "closes": "2099-12-31", **changes}


def feedback_fields(**changes) -> dict:
    fields = {"submission_id": str(uuid.uuid4()), "website": "", "stakeholder_group": "staff",
              "staff_group": "nursing-midwifery", "lived_experience": "no", "organisation": "", "team": "Ward 7",
              "answer-q1": "Not enough time to talk to patients", "answer-q3": "Protected time for handovers",
              "quote_consent": "yes", "email": "", "age_band": "", "ethnicity": "", "disability": ""}
    fields.update(changes)
    return {k: v for k, v in fields.items() if v is not None}


def form_event(campaign_id: str, fields: dict) -> dict:
    return api_event("POST", f"/campaigns/{campaign_id}", body=urlencode(fields),
                     content_type="application/x-www-form-urlencoded")


def header(response: dict, name: str) -> str | None:
    """A header from a proxy response, single- or multi-value."""
    for key, value in (response.get("headers") or {}).items():
        if key.lower() == name.lower():
            return value
    for key, values in (response.get("multiValueHeaders") or {}).items():
        if key.lower() == name.lower():
            return values[0]
    return None


def body_json(response: dict):
    return json.loads(response["body"])


def round_input(**changes) -> dict:
    return {"title": "Writing our vision together", "introduction": "Vote on lines for our vision.",
            "opens": "2026-01-01", "closes": "2099-12-31",
            "statements": [{"text": "Everyone is treated as a partner in their care", "part": "vision"},
                           {"text": "Nobody waits without knowing why", "part": "vision"},
                           {"text": "Kindness", "part": "values"}],
            "targets": [{"group": "lived-experience", "min_share": 0.1}], **changes}


def site_event(method: str, path: str, fields: dict | None = None, *, cookie: str | None = None) -> dict:
    """A public page request, with the participant cookie if given."""
    headers = {"Cookie": f"participant={cookie}"} if cookie else None
    if fields is None:
        return api_event(method, path, headers=headers)
    return api_event(method, path, body=urlencode(fields), content_type="application/x-www-form-urlencoded",
                     headers=headers)
