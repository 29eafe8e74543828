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
