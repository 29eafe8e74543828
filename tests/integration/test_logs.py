"""No personal data in logs: forms, uploads, subscriptions and co-design run while logs are captured."""

import json
import logging

import os

from purpose.clients.aws import table

from tests.factories import admin_event, api_event, body_json, feedback_fields, form_event, round_input, site_event
from tests.faults import Fault

EMAIL = "jane.doe.unique@example.com"
NAME = "Jemima Puddleduck"
PHONE = "07700 900123"
FREE_TEXT = "the zebra crossing outside ward nineteen"
SUBSCRIBER = "subscriber.unique@example.org"
STATEMENT = "Quokkas deserve a shared purpose too"
UPLOADED = "Peppercorn lighthouse comment"


def everything_logged(records) -> str:
    """Each record in full: message, extra fields and any traceback, as the JSON formatter would see them."""
    formatter = logging.Formatter()
    return "\n".join(json.dumps({k: str(v) for k, v in vars(r).items()}) + (formatter.formatException(r.exc_info)
                                                                         if r.exc_info else "") for r in records)


def test_logs_hold_no_email_name_or_free_text(aws, invoke, open_campaign, upload, capfd, caplog):
    caplog.set_level(logging.INFO)  # what the functions log at (POWERTOOLS_LOG_LEVEL)
    campaign = open_campaign["id"]
    answer = f"I am {NAME}, call {PHONE} about {FREE_TEXT}"
    # Given a good form, one that fails validation, and one whose save fails inside DynamoDB
    invoke("serve_site", form_event(campaign, feedback_fields(email=EMAIL, subscribe="yes", **{"answer-q1": answer})))
    invoke("serve_site", form_event(campaign, feedback_fields(email="not an email " + EMAIL,
                                                              **{"answer-q1": answer, "stakeholder_group": "x"})))
    with Fault(table(os.environ["CONTRIBUTIONS_TABLE"]).meta.client, "PutItem", code="ValidationException"):
        failed = invoke("serve_site", form_event(campaign, feedback_fields(**{"answer-q1": answer})))
    # And a subscription, an upload, and a co-design statement
    invoke("serve_site", api_event("POST", "/subscribe", body=f"email={SUBSCRIBER}",
                                   content_type="application/x-www-form-urlencoded"))
    upload(("Comment ID,Trust,Date,Service type 1,Service type 2,FFT categorical answer,FFT question,FFT answer\r\n"
            f'C1,Trust,2026-11-01,Ambulance,PTS,1,What was good?,"{UPLOADED} from {NAME}, {EMAIL}"\r\n').encode())
    round_id = body_json(invoke("admin_api", admin_event("POST", "/admin/rounds", round_input())))["id"]
    joined = invoke("serve_site", site_event("POST", f"/rounds/{round_id}/join", {
        "stakeholder_group": "patient", "lived_experience": "yes"}))
    cookie = joined["multiValueHeaders"]["Set-Cookie"][0].split(";")[0].split("=", 1)[1]
    invoke("serve_site", site_event("POST", f"/rounds/{round_id}/statements", {"text": STATEMENT, "part": "values"},
                                    cookie=cookie))
    # Then the logs say what happened, without what anyone wrote or who they are
    out, err = capfd.readouterr()
    logs = "\n".join([out, err, everything_logged(caplog.records)])
    assert "contribution recorded" in logs and "unexpected error" in logs and failed["statusCode"] == 500
    for secret in (EMAIL, "jane.doe.unique", NAME, "Puddleduck", PHONE, FREE_TEXT, "zebra crossing", SUBSCRIBER,
                   STATEMENT, "Quokkas", UPLOADED, "Peppercorn", cookie):
        assert secret not in logs, f"{secret!r} was logged"
