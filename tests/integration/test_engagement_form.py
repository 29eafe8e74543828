"""The public form: real serve_site handler, DynamoDB from the synthesized template."""

import base64
import json
from urllib.parse import urlencode

import boto3
import pytest

from tests.factories import api_event, feedback_fields, form_event, header


def stored(aws, table: str) -> list[dict]:
    return boto3.resource("dynamodb").Table(aws.physical[table]).scan()["Items"]


def test_a_newcomer_finds_the_campaign_on_the_home_page(invoke, open_campaign):
    page = invoke("serve_site", api_event("GET", "/"))
    assert page["statusCode"] == 200
    assert open_campaign["title"] in page["body"]
    assert f'href="/live/campaigns/{open_campaign["id"]}"' in page["body"]  # stage prefix kept in AWS


def test_the_form_page_has_every_prompt_and_a_fresh_idempotency_key(invoke, open_campaign):
    page = invoke("serve_site", api_event("GET", f"/campaigns/{open_campaign['id']}"))["body"]
    for prompt in open_campaign["prompts"]:
        assert prompt["text"] in page
    assert 'name="submission_id"' in page and 'name="website"' in page
    assert "Prefer not to say" in page


def test_a_submission_is_stored_once_and_the_email_kept_apart(aws, invoke, open_campaign):
    # Given a completed form with an email for follow-up
    fields = feedback_fields(email="nurse@example.org", subscribe="yes")
    # When it is posted twice (a double-click)
    first = invoke("serve_site", form_event(open_campaign["id"], fields))
    second = invoke("serve_site", form_event(open_campaign["id"], fields))
    # Then both land on the same thank-you page and one contribution is stored, without the email
    assert first["statusCode"] == 303
    assert header(first, "Location") == header(second, "Location")
    contributions = stored(aws, "ContributionsTable")
    assert len(contributions) == 1
    assert "nurse@example.org" not in json.dumps(contributions, default=str)
    personal = stored(aws, "PersonalDataTable")
    assert sorted(p["pk"].split("#")[0] for p in personal) == ["CONTACT", "SUBSCRIBER"]
    assert [p["status"] for p in personal if p["pk"] == "SUBSCRIBER"] == ["pending"]  # double opt-in
    assert all(int(p["expires_at"]) > int(contributions[0]["created_at"][:4]) for p in personal)
    thanks = invoke("serve_site", api_event("GET", header(first, "Location").removeprefix("/live").split("?")[0],
                                            query={"ref": contributions[0]["reference"]}))
    assert contributions[0]["reference"] in thanks["body"]


def test_a_form_with_mistakes_is_shown_again_with_an_error_summary(aws, invoke, open_campaign):
    response = invoke("serve_site", form_event(open_campaign["id"], feedback_fields(
        stakeholder_group="", **{"answer-q3": "Keep this answer"})))
    assert response["statusCode"] == 400
    assert "There is a problem" in response["body"]
    assert 'href="#stakeholder_group"' in response["body"]
    assert "Keep this answer" in response["body"]  # nothing typed is lost
    assert stored(aws, "ContributionsTable") == []


def test_script_in_an_answer_is_stored_as_text_and_escaped_when_shown(aws, invoke, open_campaign):
    hostile = '<script>alert("x")</script>'
    response = invoke("serve_site", form_event(open_campaign["id"], feedback_fields(
        stakeholder_group="", **{"answer-q2": hostile})))
    assert hostile not in response["body"] and "&lt;script&gt;" in response["body"]


@pytest.mark.parametrize("make_event, status", [
    (lambda c: api_event("POST", f"/campaigns/{c}", body="a=1", content_type="multipart/form-data"), 415),
    (lambda c: api_event("POST", f"/campaigns/{c}", body='<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "x">]><x>&e;</x>',
                         content_type="application/xml"), 415),
    (lambda c: api_event("POST", f"/campaigns/{c}", body="a=" + "x" * 2_000_000,
                         content_type="application/x-www-form-urlencoded"), 413),
    (lambda c: api_event("POST", f"/campaigns/{c}", body=base64.b64encode(b"answer-q1=\xff\xfe").decode(),
                         content_type="application/x-www-form-urlencoded", base64=True), 400),
    (lambda c: api_event("POST", f"/campaigns/{c}", body='{"a":' * 1000, content_type="application/json"), 415),
    (lambda c: api_event("POST", f"/campaigns/{c}", body=None, content_type=None), 415),
    (lambda c: form_event(c, feedback_fields(website="spam")), 400),
    (lambda c: form_event(c, {"stakeholder_group": ["staff"], "lived_experience": 7}), 400),
    (lambda c: form_event("no-such-campaign", feedback_fields()), 404),
])
def test_hostile_requests_get_a_4xx_with_a_message_and_store_nothing(aws, invoke, open_campaign, make_event, status):
    response = invoke("serve_site", make_event(open_campaign["id"]))
    assert response["statusCode"] == status
    assert "<h1>" in response["body"]  # a page a person can read, not a stack trace
    assert stored(aws, "ContributionsTable") == []


def test_a_closed_campaign_says_so_and_refuses_input(aws, invoke, open_campaign):
    from tests.factories import admin_event

    # The site has read the campaign (and may keep it a minute); closing it here is still seen at once.
    assert "is closed" not in invoke("serve_site", api_event("GET", f"/campaigns/{open_campaign['id']}"))["body"]
    invoke("admin_api", admin_event("POST", f"/admin/campaigns/{open_campaign['id']}/close"))
    page = invoke("serve_site", api_event("GET", f"/campaigns/{open_campaign['id']}"))
    assert "is closed" in page["body"]
    response = invoke("serve_site", form_event(open_campaign["id"], feedback_fields()))
    assert response["statusCode"] == 410 and stored(aws, "ContributionsTable") == []


def test_nhsuk_assets_are_served_by_the_site_itself(invoke):
    css = invoke("serve_site", api_event("GET", "/assets/nhsuk-frontend.min.css"))
    assert css["statusCode"] == 200 and "text/css" in header(css, "Content-Type")
    assert "assets.nhs.uk" not in css["body"]  # no request leaves the site
    logo = invoke("serve_site", api_event("GET", "/assets/images/favicon.ico"))
    assert logo["statusCode"] == 200 and logo["isBase64Encoded"]
    # The web app manifest the pages link to (it once failed with a 502: JSON given as bytes)
    manifest = invoke("serve_site", api_event("GET", "/assets/manifest.json"))
    assert manifest["statusCode"] == 200 and "manifest+json" in header(manifest, "Content-Type")
    assert json.loads(manifest["body"])["icons"]
    assert invoke("serve_site", api_event("GET", "/assets/../../etc/passwd"))["statusCode"] == 404


def test_the_site_may_use_a_campaign_read_in_the_last_minute_but_no_older(aws, monkeypatch, open_campaign):
    """Another container's change (here a second store) reaches a warm site container within max_age."""
    import time

    from purpose import wiring
    from purpose.dal.programme import ProgrammeStore

    site = ProgrammeStore(wiring.stores().settings.programme_table)
    elsewhere = ProgrammeStore(wiring.stores().settings.programme_table)
    assert site.get_record("campaign", open_campaign["id"], max_age=60)["closed_early"] is False
    elsewhere.update_record("campaign", open_campaign["id"], {"closed_early": True})
    assert site.get_record("campaign", open_campaign["id"], max_age=60)["closed_early"] is False
    assert site.get_record("campaign", open_campaign["id"])["closed_early"] is True  # a consistent read
    now = time.monotonic()
    monkeypatch.setattr(time, "monotonic", lambda: now + 61)
    assert site.get_record("campaign", open_campaign["id"], max_age=60)["closed_early"] is True
    assert site.get_record("campaign", "no-such-campaign", max_age=60) is None
