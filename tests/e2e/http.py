"""A small HTTP client for the e2e tests (no redirects followed, so 303s can be checked)."""

from __future__ import annotations

import http.client
import json
from urllib.parse import urlencode, urlsplit


class Reply:
    def __init__(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def json(self):
        return json.loads(self.body)


def request(url: str, method: str = "GET", *, body: bytes | str | None = None, headers: dict | None = None,
            form: dict | None = None, payload=None) -> Reply:
    parts = urlsplit(url)
    headers = dict(headers or {})
    if form is not None:
        body, headers["Content-Type"] = urlencode(form), "application/x-www-form-urlencoded"
    if payload is not None:
        body, headers["Content-Type"] = json.dumps(payload), "application/json"
    if isinstance(body, str):
        body = body.encode()
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    connection.request(method, path or "/", body=body, headers=headers)
    response = connection.getresponse()
    reply = Reply(response.status, {k.lower(): v for k, v in response.getheaders()}, response.read())
    connection.close()
    return reply
