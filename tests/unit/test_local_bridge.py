import json
import os
import subprocess
import sys

from purpose.local.bridge import RateLimiter, to_event


def test_the_local_waf_rule_limits_each_address():
    limiter = RateLimiter(limit=3, window=300)
    assert [limiter.allow("203.0.113.1") for _ in range(4)] == [True, True, True, False]
    assert limiter.allow("203.0.113.2")


def test_http_requests_become_api_gateway_proxy_events():
    event = to_event("POST", "/campaigns/abc?x=1&x=2", {"Content-Type": "text/plain"}, b"\xff\xfe", "127.0.0.1")
    assert event["path"] == "/campaigns/abc" and event["httpMethod"] == "POST"
    assert event["queryStringParameters"] == {"x": "2"}
    assert event["multiValueQueryStringParameters"] == {"x": ["1", "2"]}
    assert event["isBase64Encoded"] and event["requestContext"]["identity"]["sourceIp"] == "127.0.0.1"


def test_local_logs_name_the_system_and_the_function_that_wrote_them():
    script = ("from purpose.observability import logger\n"
              "from purpose.local.handlers import LambdaContext\n"
              "handler = logger.inject_lambda_context(clear_state=True)(lambda event, context: logger.info('done'))\n"
              "handler({}, LambdaContext('run_alignment_review'))\n")
    env = {k: v for k, v in os.environ.items() if k != "POWERTOOLS_SERVICE_NAME"}
    for named, expected in ((None, "shared-purpose"), ("run_alignment_review", "run_alignment_review")):
        out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                             env=env | ({"POWERTOOLS_SERVICE_NAME": named} if named else {}))
        line = json.loads(out.stdout.strip().splitlines()[-1])
        assert (line["service"], line["function_name"]) == (expected, "run_alignment_review")
