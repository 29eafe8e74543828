"""Reading what a browser or client sent, refusing anything malformed with a clear 4xx."""

from __future__ import annotations

import base64
import binascii
import json
from urllib.parse import parse_qsl

from purpose.errors import PurposeError

FORM_BODY_LIMIT = 64 * 1024
JSON_BODY_LIMIT = 64 * 1024
MAX_FIELDS = 80
MAX_JSON_DEPTH = 8


class BadRequestError(PurposeError):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _header(headers: dict | None, name: str) -> str:
    for key, value in (headers or {}).items():
        if key.lower() == name:
            return value or ""
    return ""


def _raw_body(event: dict, limit: int) -> bytes:
    body = event.get("body") or ""
    if len(body) > limit * 4 // 3 + 4:
        raise BadRequestError(413, f"What you sent is too large: the limit is {limit // 1024} KB")
    if event.get("isBase64Encoded"):
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise BadRequestError(400, "The request body could not be read") from None
    else:
        raw = body.encode("utf-8", "surrogateescape")
    if len(raw) > limit:
        raise BadRequestError(413, f"What you sent is too large: the limit is {limit // 1024} KB")
    return raw


def _text(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequestError(400, "What you sent is not valid UTF-8 text; check the encoding and try again") from None


def read_form(event: dict) -> dict[str, str]:
    """A urlencoded HTML form as {field: first value}."""
    content_type = _header(event.get("headers"), "content-type").split(";")[0].strip().lower()
    if content_type != "application/x-www-form-urlencoded":
        raise BadRequestError(415, "Send the form as application/x-www-form-urlencoded, as a web browser does")
    text = _text(_raw_body(event, FORM_BODY_LIMIT))
    try:
        pairs = parse_qsl(text, keep_blank_values=True, max_num_fields=MAX_FIELDS, errors="strict")
    except (ValueError, UnicodeDecodeError):
        raise BadRequestError(400, "The form could not be read: it has too many fields or invalid characters") from None
    fields: dict[str, str] = {}
    for name, value in pairs:
        if "\x00" in value:
            raise BadRequestError(400, "The form contains characters that are not allowed")
        fields.setdefault(name, value)
    return fields


def read_json(event: dict) -> object:
    """A JSON body no deeper than MAX_JSON_DEPTH, as parsed Python values."""
    content_type = _header(event.get("headers"), "content-type").split(";")[0].strip().lower()
    if content_type != "application/json":
        raise BadRequestError(415, "Send the request body as application/json")
    text = _text(_raw_body(event, JSON_BODY_LIMIT))
    depth = max_depth = 0
    in_string = escaped = False
    for ch in text:  # count nesting before parsing, so a deeply nested body cannot exhaust the parser
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            max_depth = max(max_depth, depth)
            if max_depth > MAX_JSON_DEPTH:
                raise BadRequestError(400, f"The JSON is nested too deeply (more than {MAX_JSON_DEPTH} levels)")
        elif ch in "]}":
            depth -= 1
    try:
        parsed = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        raise BadRequestError(400, f"The body is not valid JSON: {error.msg if hasattr(error, 'msg') else error}") from None
    try:  # "\ud800" escapes decode to half a character that nothing downstream can store or send
        json.dumps(parsed, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise BadRequestError(400, "The JSON contains an invalid character (an unpaired surrogate escape)") from None
    return parsed


def screen_json_request(event: dict) -> dict | None:
    """Refuse a malformed JSON request before the router parses it; None lets it through."""
    if (event.get("httpMethod") or "GET").upper() not in ("POST", "PUT", "PATCH") or not event.get("body"):
        return None
    try:
        read_json(event)
    except BadRequestError as error:
        return {"statusCode": error.status, "headers": {"Content-Type": "application/json"},
                "body": json.dumps({"message": str(error), "errors": []}), "isBase64Encoded": False}
    return None
