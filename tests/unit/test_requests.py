import base64
import json

import pytest

from purpose.logic.csv_export import safe_cell, to_csv
from purpose.web.requests import BadRequestError, read_form, read_json, screen_json_request


def event(body, content_type="application/x-www-form-urlencoded", b64=False, method="POST"):
    return {"httpMethod": method, "headers": {"Content-Type": content_type}, "body": body, "isBase64Encoded": b64}


def test_a_form_is_read_as_first_values():
    assert read_form(event("a=1&b=x+y&a=2")) == {"a": "1", "b": "x y"}


@pytest.mark.parametrize("request_event, status", [
    (event("a=1", "multipart/form-data"), 415),
    (event("<a/>", "application/xml"), 415),
    (event("a=" + "x" * (70 * 1024)), 413),
    (event(base64.b64encode(b"a=\xff\xfe").decode(), b64=True), 400),
    (event("a=%FF%FE"), 400),
    (event("&".join(f"f{i}=1" for i in range(200))), 400),
])
def test_hostile_forms_get_a_clear_4xx(request_event, status):
    with pytest.raises(BadRequestError) as error:
        read_form(request_event)
    assert error.value.status == status
    assert len(str(error.value)) > 10


def test_deeply_nested_json_is_refused_before_parsing():
    with pytest.raises(BadRequestError, match="nested too deeply"):
        read_json(event("[" * 5000 + "]" * 5000, "application/json"))


def test_quotes_and_brackets_inside_strings_do_not_count_as_nesting():
    body = json.dumps({"title": '[[[[[[[[[[ "quoted" {{{{{{{{{{'})
    assert read_json(event(body, "application/json"))["title"].startswith("[[[")


def test_screening_returns_an_api_gateway_response():
    response = screen_json_request(event("{not json", "application/json"))
    assert response["statusCode"] == 400
    assert "not valid JSON" in json.loads(response["body"])["message"]
    assert screen_json_request(event('{"a": 1}', "application/json")) is None


@pytest.mark.parametrize("value", ["=1+1", "+SUM(A1)", "-2", "@cmd", "\tx", "\rx"])
def test_no_csv_cell_starts_a_formula(value):
    assert safe_cell(value).startswith("'")
    assert "'=" in to_csv(["h"], [["=HYPERLINK(\"x\")"]])


def test_unpaired_surrogate_escapes_are_refused():
    with pytest.raises(BadRequestError, match="invalid character"):
        read_json(event('{"title": "\\ud800 broken"}', "application/json"))
