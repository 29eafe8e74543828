"""The admin API: Cognito groups, campaigns, contributions, moderation, CSV export, participation."""

import csv
import io

import pytest

from tests.factories import REVIEWER, admin_event, body_json, campaign_input, feedback_fields, form_event, header


def submit(invoke, campaign_id, **changes):
    assert invoke("serve_site", form_event(campaign_id, feedback_fields(**changes)))["statusCode"] == 303


@pytest.mark.parametrize("claims, status", [(None, 401), (REVIEWER, 403)])
def test_admin_routes_need_a_token_in_the_admins_group(invoke, claims, status):
    response = invoke("admin_api", admin_event("GET", "/admin/campaigns", claims=claims))
    assert response["statusCode"] == status
    assert body_json(response)["message"]


def test_campaigns_open_with_the_nhs_impact_prompts_by_default(invoke, open_campaign):
    assert [p["text"] for p in open_campaign["prompts"]][0] == "What gets in the way of good care in your work?"
    assert len(open_campaign["prompts"]) == 5 and open_campaign["status"] == "open"
    listed = body_json(invoke("admin_api", admin_event("GET", "/admin/campaigns")))
    assert [c["id"] for c in listed] == [open_campaign["id"]]


@pytest.mark.parametrize("payload, field", [
    (campaign_input(title=""), "title"),
    (campaign_input(closes="2020-01-01"), "closes"),
    (campaign_input(opens="next week"), "opens"),
    ({**campaign_input(), "admin": True}, "admin"),
    (campaign_input(prompts=[]), "prompts"),
])
def test_invalid_campaigns_get_a_422_naming_the_field(invoke, payload, field):
    response = invoke("admin_api", admin_event("POST", "/admin/campaigns", payload))
    assert response["statusCode"] == 422
    assert field in body_json(response)["message"]


def test_an_id_written_wrongly_is_told_how_to_write_one(invoke):
    response = invoke("admin_api", admin_event("POST", "/admin/work-items", {"id": "W 2/3", "title": "Ward signs"}))
    assert response["statusCode"] == 422
    assert body_json(response)["message"] == ("Check the request: id: use 1 to 40 letters, digits, dots, dashes or "
                                              "underscores, with no spaces")


def test_contributions_are_listed_filtered_moderated_and_exported_safely(invoke, open_campaign):
    campaign = open_campaign["id"]
    submit(invoke, campaign)
    submit(invoke, campaign, stakeholder_group="patient", staff_group="", lived_experience="yes",
           **{"answer-q1": "=HYPERLINK(\"http://evil.example\")"})
    patients = body_json(invoke("admin_api", admin_event(
        "GET", f"/admin/campaigns/{campaign}/contributions", query={"stakeholder_group": "patient"})))
    assert len(patients) == 1 and patients[0]["lived_experience"] == "yes"

    # hide one, with the reason and who did it recorded
    moderated = body_json(invoke("admin_api", admin_event(
        "POST", f"/admin/campaigns/{campaign}/contributions/{patients[0]['id']}/moderation",
        {"action": "hide", "reason": "Names a member of staff"})))
    assert moderated["hidden"] and moderated["moderation"][0]["by"] == "admin-1"

    export = invoke("admin_api", admin_event("GET", f"/admin/campaigns/{campaign}/export"))
    assert header(export, "Content-Type").startswith("text/csv")
    rows = list(csv.reader(io.StringIO(export["body"])))
    assert len(rows) == 3
    for row in rows:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)


def test_redaction_replaces_the_text_and_keeps_a_record(invoke, open_campaign):
    campaign = open_campaign["id"]
    submit(invoke, campaign, **{"answer-q1": "Dr Smith on ward 7 was rude"})
    item = body_json(invoke("admin_api", admin_event("GET", f"/admin/campaigns/{campaign}/contributions")))[0]
    redacted = body_json(invoke("admin_api", admin_event(
        "POST", f"/admin/campaigns/{campaign}/contributions/{item['id']}/moderation",
        {"action": "redact", "reason": "Identifies a doctor", "answers": {"q1": "[name] on ward 7 was rude"}})))
    assert redacted["answers"]["q1"] == "[name] on ward 7 was rude"
    assert redacted["moderation"][0]["reason"] == "Identifies a doctor"


def test_participation_shows_who_has_not_yet_been_heard(invoke, open_campaign):
    submit(invoke, open_campaign["id"])
    result = body_json(invoke("admin_api", admin_event("GET", f"/admin/campaigns/{open_campaign['id']}/participation")))
    assert result["total"] == 1 and result["by_stakeholder_group"]["staff"] == 1
    assert "patient" in result["not_yet_heard"] and "staff:medical-dental" in result["not_yet_heard"]


def test_the_openapi_document_is_generated_from_the_code(invoke):
    document = body_json(invoke("admin_api", admin_event("GET", "/admin/openapi.json")))
    assert "/admin/campaigns" in document["paths"]
    assert "/admin/campaigns/{campaign_id}/participation" in document["paths"]


def test_unknown_things_are_404_and_bad_json_is_400(invoke):
    assert invoke("admin_api", admin_event("POST", "/admin/campaigns/nope/close"))["statusCode"] == 404
    from tests.factories import api_event, ADMIN
    bad = api_event("POST", "/admin/campaigns", body="{oops", content_type="application/json", claims=ADMIN)
    assert invoke("admin_api", bad)["statusCode"] == 400


def test_what_an_admin_creates_twice_by_a_double_click_or_a_retry_is_created_once(invoke):
    from tests.factories import round_input

    def twice(path, payload):
        first, second = (invoke("admin_api", admin_event("POST", path, payload)) for _ in range(2))
        assert first["statusCode"] == second["statusCode"] == 201, second["body"]
        assert body_json(first) == body_json(second)  # the second answer is the record the first created
        return body_json(first)

    campaign = twice("/admin/campaigns", campaign_input())
    story = twice("/admin/stories", {"title": "Ward 7's quiet hour", "body": "Lights down at two every afternoon."})
    round_ = twice("/admin/rounds", round_input())
    statement_ids = [s["id"] for s in body_json(invoke("admin_api", admin_event(
        "GET", f"/admin/rounds/{round_['id']}/statements")))]
    draft = twice(f"/admin/rounds/{round_['id']}/drafts", {
        "organisation": "Northfield", "vision": "Nobody waits without knowing why.", "statement_ids": statement_ids[:1]})
    action = twice("/admin/actions", {"title": "Text updates for results",
                                      "description": "Patients now get a text when results are ready."})
    for path, made in [("/admin/campaigns", campaign), ("/admin/stories", story), ("/admin/rounds", round_),
                       (f"/admin/rounds/{round_['id']}/drafts", draft)]:
        assert [r["id"] for r in body_json(invoke("admin_api", admin_event("GET", path)))] == [made["id"]], path
    assert len(statement_ids) == len(round_input()["statements"])
    # Something different is something new
    other = invoke("admin_api", admin_event("POST", "/admin/actions", {
        "title": "Text updates for results", "description": "Carers now get a text too, when the patient agrees."}))
    assert body_json(other)["id"] != action["id"]
