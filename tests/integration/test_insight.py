"""Contributions from the form and from uploads carry themes, sentiment and the PII flag."""

from tests.factories import admin_event, body_json, feedback_fields, form_event


def test_form_contributions_are_themed_on_arrival(invoke, open_campaign):
    invoke("serve_site", form_event(open_campaign["id"], feedback_fields(**{
        "answer-q1": "We are exhausted and short staffed, there is no time for breaks",
        "answer-q3": "Call Sister Jones on 07700 900123 about it"})))
    [item] = body_json(invoke("admin_api", admin_event("GET", f"/admin/campaigns/{open_campaign['id']}/contributions")))
    assert item["themes"] and item["sentiment"] in ("positive", "neutral", "negative")
    assert item["pii"] is True
    assert "We are safe and healthy" in item["people_promise"]


def test_uploaded_comments_are_themed_and_summarised_by_theme(invoke, upload):
    data = ("Comment ID,FFT categorical answer,FFT question,FFT answer\n"
            "A1,1,What was good?,The crew were kind and caring\n"
            "A2,1,What was good?,Lovely kind staff who explained everything\n"
            "A3,5,What could we do better?,Waited hours for the ambulance to arrive\n").encode()
    assert upload(data)["stored"] == 3
    items = body_json(invoke("admin_api", admin_event("GET", "/admin/campaigns/import-fft/contributions")))
    assert all(i["themes"] and i["sentiment"] for i in items)
    summary = body_json(invoke("admin_api", admin_event("GET", "/admin/campaigns/import-fft/themes")))
    staff = next(t for t in summary if t["theme"] == "Staff manner & personal attributes")
    assert staff["count"] >= 2 and staff["sentiment"]["positive"] >= 2
