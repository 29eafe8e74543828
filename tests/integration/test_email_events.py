"""SES bounces and complaints suppress addresses, once per SNS message."""

import copy
import json

from purpose.logic.engagement import email_key
from tests.factories import feedback_fields, form_event, sample_event


def subscriber(email: str):
    from purpose import wiring
    return wiring.stores().personal_data.get_subscriber(email_key(email))


def test_a_permanent_bounce_and_a_complaint_suppress_the_address(invoke, open_campaign):
    for address in ("bounced.reader@example.org", "unhappy.reader@example.org"):
        invoke("serve_site", form_event(open_campaign["id"], feedback_fields(email=address, subscribe="yes")))
    invoke("record_email_event", sample_event("ses_bounce_sns"))
    invoke("record_email_event", sample_event("ses_complaint_sns"))
    assert subscriber("bounced.reader@example.org")["status"] == "suppressed"
    assert subscriber("unhappy.reader@example.org")["suppressed_reason"] == "complaint"


def test_a_transient_bounce_suppresses_nothing_and_a_redelivery_is_ignored(invoke, open_campaign):
    invoke("serve_site", form_event(open_campaign["id"], feedback_fields(email="bounced.reader@example.org",
                                                                         subscribe="yes")))
    event = sample_event("ses_bounce_sns")
    soft = copy.deepcopy(event)
    message = json.loads(soft["Records"][0]["Sns"]["Message"])
    message["bounce"]["bounceType"] = "Transient"
    soft["Records"][0]["Sns"]["Message"] = json.dumps(message)
    soft["Records"][0]["Sns"]["MessageId"] = "another-message"
    invoke("record_email_event", soft)
    assert subscriber("bounced.reader@example.org")["status"] == "pending"
    assert invoke("record_email_event", event) == invoke("record_email_event", event) == {"processed": 1}
    assert subscriber("bounced.reader@example.org")["status"] == "suppressed"
