"""The bulletin: double opt-in, exactly-once dispatch through SES as raw MIME, one-click unsubscribe."""

import email
import json
from email import policy
from urllib.parse import parse_qs, urlsplit

import pytest
from moto.ses.models import ses_backends

from tests.factories import admin_event, api_event, body_json, feedback_fields, form_event, header
from tests.faults import Fault


def outbox() -> list[email.message.EmailMessage]:
    sent = ses_backends["123456789012"]["eu-west-2"].sent_messages
    return [email.message_from_string(m.raw_data, policy=policy.default) for m in sent if hasattr(m, "raw_data")]


def link_in(message, path: str) -> str:
    text = message.get_body(("plain",)).get_content()
    return next(w for w in text.split() if path in w)


def subscribe_and_confirm(invoke, address: str) -> None:
    before = len(outbox())
    response = invoke("serve_site", api_event("POST", "/subscribe", body=f"email={address}",
                                              content_type="application/x-www-form-urlencoded"))
    assert response["statusCode"] == 200 and "Check your email" in response["body"]
    confirmation = outbox()[before]
    assert confirmation["To"] == address and "List-Unsubscribe" not in confirmation
    token = parse_qs(urlsplit(link_in(confirmation, "/subscribe/confirm")).query)["token"][0]
    confirmed = invoke("serve_site", api_event("GET", "/subscribe/confirm", query={"token": token}))
    assert "You are subscribed" in confirmed["body"]


def bulletins_to(address: str) -> list:
    return [m for m in outbox() if m["To"] == address and m["Subject"].startswith("Shared Purpose bulletin")]


def test_subscribe_confirm_send_once_and_unsubscribe_in_one_click(aws, invoke, open_campaign):
    # Given a confirmed subscriber and an unconfirmed one
    subscribe_and_confirm(invoke, "reader@example.org")
    invoke("serve_site", api_event("POST", "/subscribe", body="email=lurker@example.org",
                                   content_type="application/x-www-form-urlencoded"))
    # When the bulletin runs for 2026-12-01, twice (a duplicate schedule event)
    first = invoke("send_bulletin", {"job": "bulletin", "date": "2026-12-01"})
    again = invoke("send_bulletin", {"job": "bulletin", "date": "2026-12-01"})
    # Then one bulletin went to the confirmed reader only, with HTML, text and both unsubscribe headers
    assert (first["status"], first["sent"], first["not_confirmed"]) == ("sent", 1, 1)
    assert again["sent"] == 1
    [bulletin] = bulletins_to("reader@example.org")
    assert not bulletins_to("lurker@example.org")
    assert bulletin.get_body(("html",)) and bulletin.get_body(("plain",))
    assert bulletin["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe_url = bulletin["List-Unsubscribe"].strip("<>")
    assert "/unsubscribe?token=" in unsubscribe_url
    assert "<script" not in bulletin.get_body(("html",)).get_content()

    # One-click: what a mail client POSTs, with no login
    token = parse_qs(urlsplit(unsubscribe_url).query)["token"][0]
    response = invoke("serve_site", api_event("POST", "/unsubscribe", query={"token": token},
                                              body="List-Unsubscribe=One-Click",
                                              content_type="application/x-www-form-urlencoded"))
    assert response["statusCode"] == 200
    invoke("send_bulletin", {"job": "bulletin", "date": "2026-12-08"})
    assert len(bulletins_to("reader@example.org")) == 1


def test_a_forged_or_expired_link_is_refused(invoke):
    response = invoke("serve_site", api_event("GET", "/subscribe/confirm", query={"token": "abc.123.def"}))
    assert response["statusCode"] == 400 and "does not work" in response["body"]


def test_subscribing_from_the_engagement_form_sends_a_confirmation(invoke, open_campaign):
    invoke("serve_site", form_event(open_campaign["id"], feedback_fields(email="nurse@example.org", subscribe="yes")))
    assert [m["Subject"] for m in outbox() if m["To"] == "nurse@example.org"] == [
        "Confirm you want the Shared Purpose bulletin"]


def test_asking_twice_sends_one_confirmation_until_a_quarter_of_an_hour_has_passed(invoke, open_campaign):
    from datetime import datetime, timedelta, timezone

    from purpose import wiring
    from purpose.logic.subscriptions import request_subscription

    # A double-click on the form: one email
    for _ in range(2):
        response = invoke("serve_site", api_event("POST", "/subscribe", body="email=twice@example.org",
                                                  content_type="application/x-www-form-urlencoded"))
        assert response["statusCode"] == 200 and "Check your email" in response["body"]
    assert len([m for m in outbox() if m["To"] == "twice@example.org"]) == 1
    # Asked again later (the first email lost): a new one, but only after 15 minutes
    sent, start = [], datetime.now(timezone.utc)
    settings = dict(source="site", personal_data=wiring.stores().personal_data, send=sent.append,
                    keys={"current": "secret"}, site_url="https://example.nhs.uk", sender="sp@example.nhs.uk",
                    trust_name="Northfield", retention_days=365)
    for minutes in (10, 14, 16, 20, 32):
        request_subscription("twice@example.org", now=start + timedelta(minutes=minutes), **settings)
    assert len(sent) == 2  # at 16 and at 32 minutes
    # Nothing for someone already confirmed
    subscribe_and_confirm(invoke, "reader@example.org")
    request_subscription("reader@example.org", now=start + timedelta(hours=1), **settings)
    assert len(sent) == 2


def confirmed_subscribers(aws, count: int) -> list[str]:
    from purpose import wiring
    from purpose.logic.engagement import email_key

    people = wiring.stores().personal_data
    addresses = [f"reader{i}@example.org" for i in range(count)]
    for address in addresses:
        people.put_subscriber_request(email_key(address), address, "test", 2_000_000_000)
        people.set_subscriber_status(email_key(address), "confirmed", "2026-11-01")
    return addresses


def sesv2():
    from purpose.clients.aws import client
    return client("sesv2")


def test_ses_throttling_is_retried_and_everyone_gets_exactly_one(aws, invoke, monkeypatch):
    monkeypatch.setattr("purpose.logic.dispatch.random.uniform", lambda a, b: 0)
    addresses = confirmed_subscribers(aws, 12)
    with Fault(sesv2(), "SendEmail", after=3, times=8, code="TooManyRequestsException", status=429) as fault:
        report = invoke("send_bulletin", {"job": "bulletin", "date": "2026-12-01"})
    assert fault.failed == 8 and report["sent"] == 12
    assert sorted(m["To"] for m in outbox()) == sorted(addresses)


def test_a_crash_after_k_of_n_sends_and_a_re_run_sends_to_nobody_twice_and_misses_nobody(aws, invoke):
    addresses = confirmed_subscribers(aws, 10)

    class Crash(Exception):
        pass

    calls = {"n": 0}

    def crash_on_the_fifth(request, **_):
        calls["n"] += 1
        if calls["n"] == 5:
            raise Crash("the process died")

    client = sesv2()
    client.meta.events.register_first("before-send.sesv2.SendEmail", crash_on_the_fifth)
    with pytest.raises(Crash):
        invoke("send_bulletin", {"job": "bulletin", "date": "2026-12-01"})
    client.meta.events.unregister("before-send.sesv2.SendEmail", crash_on_the_fifth)
    assert len(outbox()) == 4
    report = invoke("send_bulletin", {"job": "bulletin", "date": "2026-12-01"})
    sent_to = [m["To"] for m in outbox()]
    assert sorted(sent_to) == sorted(addresses) and len(sent_to) == len(set(sent_to)) == 10
    assert report["status"] == "sent" and report["sent"] == 10


def test_a_permanent_rejection_is_recorded_not_retried(aws, invoke):
    confirmed_subscribers(aws, 3)
    with Fault(sesv2(), "SendEmail", after=1, times=1, code="MessageRejected") as fault:
        report = invoke("send_bulletin", {"job": "bulletin", "date": "2026-12-01"})
    assert fault.calls == 3 and (report["sent"], report["rejected"]) == (2, 1)


def test_the_circuit_breaker_pauses_when_bounces_pass_the_threshold(aws, invoke, monkeypatch):
    from tests.factories import sample_event

    confirmed_subscribers(aws, 60)
    bounce = sample_event("ses_bounce_sns")

    def bounce_every_fourth(http_response, parsed, model, **_):
        sent = len(outbox())
        if sent % 4 == 0:
            message = json.loads(bounce["Records"][0]["Sns"]["Message"])
            message["mail"]["tags"]["bulletin"] = ["2026-12-01"]
            message["bounce"]["bouncedRecipients"][0]["emailAddress"] = f"reader{sent}@example.org"
            event = json.loads(json.dumps(bounce))
            event["Records"][0]["Sns"]["Message"] = json.dumps(message)
            event["Records"][0]["Sns"]["MessageId"] = f"bounce-{sent}"
            invoke("record_email_event", event)

    client = sesv2()
    client.meta.events.register("after-call.sesv2.SendEmail", bounce_every_fourth)
    report = invoke("send_bulletin", {"job": "bulletin", "date": "2026-12-01"})
    client.meta.events.unregister("after-call.sesv2.SendEmail", bounce_every_fourth)
    assert report["status"] == "paused" and report["sent"] == 20 and "threshold" in report["reason"]
    assert invoke("send_bulletin", {"job": "bulletin", "date": "2026-12-01"})["sent"] == 20  # stays paused


def test_bulletins_wait_for_approval_when_the_trust_asks(aws, invoke, monkeypatch):
    from purpose import wiring

    monkeypatch.setenv("BULLETIN_REQUIRES_APPROVAL", "true")
    wiring.reset()
    confirmed_subscribers(aws, 1)
    assert invoke("send_bulletin", {"job": "bulletin", "date": "2026-12-01"})["status"] == "awaiting approval"
    assert outbox() == []
    invoke("admin_api", admin_event("POST", "/admin/bulletins/2026-12-01/approve"))
    assert invoke("send_bulletin", {"job": "bulletin", "date": "2026-12-01"})["sent"] == 1


def test_hostile_text_in_stories_and_quotes_arrives_escaped_and_quotes_are_redacted(aws, invoke, open_campaign):
    hostile = '<img src=x onerror="alert(1)"> Great team <script>steal()</script>'
    story = body_json(invoke("admin_api", admin_event("POST", "/admin/stories", {
        "title": "Ward <b>7</b>", "body": hostile, "approved": True})))
    assert story["approved"]
    invoke("serve_site", form_event(open_campaign["id"], feedback_fields(**{
        "answer-q2": "Nurse Sharon on ward 7 was wonderful, call her on 07700 900123 <script>x()</script>"})))
    confirmed_subscribers(aws, 1)
    invoke("send_bulletin", {"job": "bulletin", "date": "2099-12-01"})
    html = outbox()[-1].get_body(("html",)).get_content()
    assert "<script>" not in html and "<img" not in html and "&lt;script&gt;" in html
    assert "Sharon" not in html and "07700" not in html and "[name]" in html
    preview = invoke("admin_api", admin_event("GET", "/admin/bulletins/2099-12-01/preview"))
    assert preview["statusCode"] == 200 and "&lt;b&gt;7&lt;/b&gt;" in preview["body"]


def test_stories_from_the_site_wait_for_approval_before_the_bulletin(aws, invoke):
    form = "title=Carers+passport&body=Carers+on+ward+7+now+have+open+visiting+and+are+asked+what+they+know.&publish_consent=yes"
    for _ in range(2):  # a double-click: the story is kept once
        response = invoke("serve_site", api_event("POST", "/stories", body=form,
                                                  content_type="application/x-www-form-urlencoded"))
        assert response["statusCode"] == 200 and "Thank you for sharing" in response["body"]
    missing = invoke("serve_site", api_event("POST", "/stories", body="title=x&body=short",
                                             content_type="application/x-www-form-urlencoded"))
    assert missing["statusCode"] == 400 and 'href="#publish_consent"' in missing["body"]
    confirmed_subscribers(aws, 1)
    [story] = body_json(invoke("admin_api", admin_event("GET", "/admin/stories")))
    assert story["approved"] is False
    invoke("send_bulletin", {"job": "bulletin", "date": "2026-12-01"})
    assert "Carers passport" not in outbox()[-1].get_body(("html",)).get_content()
    invoke("admin_api", admin_event("POST", f"/admin/stories/{story['id']}/approve"))
    invoke("send_bulletin", {"job": "bulletin", "date": "2026-12-08"})
    assert "Carers passport" in outbox()[-1].get_body(("html",)).get_content()


def test_subscribers_who_chose_topics_get_only_stories_on_them(aws, invoke, monkeypatch):
    from purpose import wiring

    monkeypatch.setenv("BULLETIN_TOPICS", "Mental health,Working here")
    wiring.reset()
    page = invoke("serve_site", api_event("GET", "/subscribe"))
    assert "Which topics interest you?" in page["body"] and 'name="topic-1"' in page["body"]
    for address, form in (("wellbeing@example.org", "&topic-1=1"), ("everything@example.org", "")):
        invoke("serve_site", api_event("POST", "/subscribe", body=f"email={address}{form}",
                                       content_type="application/x-www-form-urlencoded"))
        token = parse_qs(urlsplit(link_in(outbox()[-1], "/subscribe/confirm")).query)["token"][0]
        invoke("serve_site", api_event("GET", "/subscribe/confirm", query={"token": token}))
    for title, topic in (("Crisis cafe opens", "Mental health"), ("Self-rostering on ward 3", "Working here")):
        invoke("admin_api", admin_event("POST", "/admin/stories", {"title": title, "body": "A story worth sharing here.",
                                                                   "approved": True, "topic": topic}))
    bad = invoke("admin_api", admin_event("POST", "/admin/stories", {"title": "Other", "body": "Not a topic we offer.",
                                                                     "topic": "Parking"}))
    assert bad["statusCode"] == 422
    invoke("send_bulletin", {"job": "bulletin", "date": "2026-12-01"})
    chosen = bulletins_to("wellbeing@example.org")[0].get_body(("html",)).get_content()
    everything = bulletins_to("everything@example.org")[0].get_body(("html",)).get_content()
    assert "Self-rostering" in chosen and "Crisis cafe" not in chosen
    assert "Self-rostering" in everything and "Crisis cafe" in everything
