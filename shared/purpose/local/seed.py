"""A small living demo for a newcomer's first `make run`: the same logic functions as the service."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from purpose import wiring
from purpose.logic import engagement
from purpose.models.campaign import CampaignInput

DEMO_VIEWS = [
    ("staff", "nursing-midwifery", "no", "We spend too long chasing beds and not enough time with patients.",
     "The way the team pulled together during the winter surge.", "Protected time for handovers on every shift."),
    ("patient", None, "yes", "Waiting weeks for test results with nobody to ask.",
     "The nurses on the ward were kind and explained everything.", "Text me when my results are ready."),
    ("carer", None, "yes", "Nobody asked me what my dad usually eats or how he communicates.",
     "The discharge team called me before he came home.", "Ask carers what they know about the person."),
    ("staff", "ambulance", "no", "Long waits to hand patients over at the emergency department.",
     "Our crews still go the extra mile on every call.", "A proper handover area so crews can get back on the road."),
    ("community", None, "prefer-not-to-say", "Leaflets are only in English.",
     "The community health bus in our area.", "Information in the languages people speak here."),
]


def seed_demo(now: datetime) -> None:
    s = wiring.stores()
    campaign = engagement.open_campaign(CampaignInput(
        title="Our vision for 2027",
        introduction="We are writing a shared vision for improvement with everyone who works with us and uses our "
                     "services. Tell us what matters to you.",
        opens=date(now.year, 1, 1), closes=(now + timedelta(days=120)).date(),
    ), s.programme, now)
    for number, (group, staff_group, lived, q1, q2, q3) in enumerate(DEMO_VIEWS):
        fields = {"submission_id": f"demo-seed-submission-{number:04d}", "stakeholder_group": group,
                  "staff_group": staff_group or "", "lived_experience": lived, "answer-q1": q1, "answer-q2": q2,
                  "answer-q3": q3, "quote_consent": "yes"}
        form = engagement.read_feedback_form(fields, campaign)
        engagement.record_contribution(campaign, form, contributions=s.contributions, personal_data=s.personal_data,
                                       now=now, retention_days=s.settings.retention_days)
