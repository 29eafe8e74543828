"""HTTP <-> API Gateway: requests become REST proxy events for the real handlers.

Admin routes check a Cognito ID token the way API Gateway's authorizer does, and a rate and
size limit stands in for the WAF rules in front of the API.
"""

from __future__ import annotations

import base64
import gzip
import json
import threading
import time
import uuid
from collections import defaultdict, deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from purpose.local.handlers import LambdaContext, load_handler

API_GATEWAY_PAYLOAD_LIMIT = 10 * 1024 * 1024


class TokenVerifier:
    """Checks ID tokens issued by the local (moto) user pool: signature, expiry, issuer, use."""

    def __init__(self, user_pool_id: str, client_id: str, region: str) -> None:
        from joserfc.jwk import KeySet
        import moto.cognitoidp as cognito_module

        path = Path(cognito_module.__file__).parent / "resources" / "jwks-public.json.gz"
        self._keys = KeySet.import_key_set(json.loads(gzip.decompress(path.read_bytes())))
        self._client_id = client_id
        self._issuers = {f"https://cognito-idp.{region}.amazonaws.com/{user_pool_id}"}

    def claims(self, authorization: str) -> dict | None:
        from joserfc import jwt
        from joserfc.errors import JoseError

        token = authorization.removeprefix("Bearer ").strip()
        if not token:
            return None
        try:
            decoded = jwt.decode(token, self._keys, algorithms=["RS256"])
        except (JoseError, ValueError):
            return None
        claims = decoded.claims
        issuer_ok = any(str(claims.get("iss", "")).endswith(i.rsplit("/", 1)[-1]) for i in self._issuers)
        if not issuer_ok or claims.get("token_use") != "id" or float(claims.get("exp", 0)) < time.time():
            return None
        if claims.get("aud") not in (self._client_id, [self._client_id]):
            return None
        groups = claims.get("cognito:groups") or []
        # API Gateway hands claims to the function as strings
        return {**{k: str(v) for k, v in claims.items() if k != "cognito:groups"},
                "cognito:groups": ",".join(groups) if isinstance(groups, list) else str(groups)}


class RateLimiter:
    """The WAF rate-based rule: at most `limit` requests per client address in five minutes."""

    def __init__(self, limit: int, window: float = 300.0) -> None:
        self.limit, self.window = limit, window
        self._seen: dict[str, deque] = defaultdict(deque)
        self._lock = threading.Lock()

    def allow(self, address: str) -> bool:
        now = time.monotonic()
        with self._lock:
            seen = self._seen[address]
            while seen and seen[0] < now - self.window:
                seen.popleft()
            if len(seen) >= self.limit:
                return False
            seen.append(now)
            return True


def to_event(method: str, raw_path: str, headers: dict[str, str], body: bytes, source_ip: str) -> dict:
    url = urlsplit(raw_path)
    multi = parse_qs(url.query, keep_blank_values=True)
    try:
        text, is_base64 = body.decode("utf-8"), False
    except UnicodeDecodeError:
        text, is_base64 = base64.b64encode(body).decode(), True
    is_admin = url.path.startswith("/admin/")
    return {
        "resource": "/admin/{proxy+}" if is_admin else ("/" if url.path == "/" else "/{proxy+}"),
        "path": url.path,
        "httpMethod": method,
        "headers": headers,
        "multiValueHeaders": {k: [v] for k, v in headers.items()},
        "queryStringParameters": {k: v[-1] for k, v in multi.items()} or None,
        "multiValueQueryStringParameters": multi or None,
        "pathParameters": {"proxy": url.path.lstrip("/")} if url.path != "/" else None,
        "stageVariables": None,
        "requestContext": {
            "resourcePath": "/{proxy+}", "httpMethod": method, "path": url.path, "stage": "local",
            "requestId": str(uuid.uuid4()), "accountId": "123456789012", "apiId": "local",
            "identity": {"sourceIp": source_ip}, "requestTimeEpoch": int(time.time() * 1000), "protocol": "HTTP/1.1",
        },
        "body": text if body else None,
        "isBase64Encoded": is_base64,
    }


def make_server(port: int, *, verifier: TokenVerifier, limiter: RateLimiter, body_limit: int,
                lock: threading.Lock) -> ThreadingHTTPServer:
    class Bridge(BaseHTTPRequestHandler):
        server_version = "SharedPurposeLocal"

        def log_message(self, fmt, *args):  # request lines only: no bodies, no tokens
            pass

        def _send(self, status: int, body: bytes, headers: dict[str, str], cookies: list[str] = ()) -> None:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            for cookie in cookies:  # one Set-Cookie line each, as API Gateway sends them
                self.send_header("Set-Cookie", cookie)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _json(self, status: int, message: str) -> None:
            self._send(status, json.dumps({"message": message}).encode(), {"Content-Type": "application/json"})

        def _handle(self) -> None:
            if not limiter.allow(self.client_address[0]):
                return self._json(403, "Too many requests from your address; wait a few minutes and try again")
            length = self.headers.get("Content-Length")
            try:
                size = int(length) if length else 0
            except ValueError:
                return self._json(400, "Content-Length is not a number")
            if size > API_GATEWAY_PAYLOAD_LIMIT or size > body_limit:
                # Read what was sent before answering, so the client sees the 413 rather than a reset.
                remaining = min(size, API_GATEWAY_PAYLOAD_LIMIT)
                while remaining > 0:
                    remaining -= len(self.rfile.read(min(65536, remaining)) or b"x" * remaining)
                self.close_connection = True
                return self._json(413, f"Request too large: the limit is {body_limit // 1024} KB")
            body = self.rfile.read(size) if size else b""
            headers = {k: v for k, v in self.headers.items()}
            event = to_event(self.command, self.path, headers, body, self.client_address[0])
            path = event["path"]
            if path.startswith("/admin/"):
                claims = verifier.claims(headers.get("Authorization", "") or headers.get("authorization", ""))
                if path != "/admin/openapi.json" and claims is None:
                    return self._json(401, "Unauthorized")
                if claims:
                    event["requestContext"]["authorizer"] = {"claims": claims}
                function = "admin_api"
            elif self.command in ("GET", "POST", "HEAD"):
                function = "serve_site"
                if self.command == "HEAD":
                    event["httpMethod"] = "GET"
            else:
                return self._json(403, "Missing Authentication Token")
            try:
                with lock:  # one invocation at a time, as environment variables are process-wide
                    response = load_handler(function).lambda_handler(event, LambdaContext(function))
            except Exception as error:  # what API Gateway says when a function crashes
                print(f"{function} crashed: {type(error).__name__}: {error}", flush=True)
                return self._json(502, "Internal server error")
            body = response.get("body") or ""
            data = base64.b64decode(body) if response.get("isBase64Encoded") else body.encode()
            headers = {k: v for k, v in (response.get("headers") or {}).items()}
            multi = dict(response.get("multiValueHeaders") or {})
            cookies = multi.pop("Set-Cookie", [])
            for key, values in multi.items():
                headers[key] = ", ".join(values)
            self._send(response["statusCode"], data, headers, cookies)

        def __getattr__(self, name: str):
            if name.startswith("do_"):  # every HTTP method reaches the handlers, as through API Gateway
                return self._handle
            raise AttributeError(name)

    server = ThreadingHTTPServer(("127.0.0.1", port), Bridge)
    server.daemon_threads = True
    return server
