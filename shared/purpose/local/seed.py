"""A small living demo for a newcomer's first `make run`: the same logic functions as the service."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from purpose import wiring
from purpose.logic import codesign, engagement, insight, reviews
from purpose.models.campaign import CampaignInput
from purpose.models.codesign import ActionInput, RoundInput

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


DEMO_VISION = {
    "organisation": "Northfield Hospitals NHS Foundation Trust",
    "vision": "Everyone in Northfield gets safe, timely care and is treated as a partner in it.",
    "purpose": "We work with our communities and partners so that people wait less, are kept informed and go home "
               "as soon as they are ready.",
    "values": ["Kindness", "Listening", "Working together", "Fairness"],
    "priorities": [
        {"id": "NF1", "title": "Less waiting", "description": "Shorter waits in the emergency department and for "
                                                              "planned operations."},
        {"id": "NF2", "title": "Home when ready", "description": "People leave hospital as soon as they are "
                                                                 "medically ready, with support at home."},
    ],
}
DEMO_WORK = [
    {"id": "W-001", "title": "Discharge lounge and early morning discharges",
     "description": "Patients ready to go home move to a staffed lounge before 11am so beds free up for people "
                    "waiting in the emergency department.", "priorities": ["NF2"]},
    {"id": "W-002", "title": "Text message updates for people waiting for results",
     "description": "Patients get a text when their test results are ready instead of phoning the ward."},
    {"id": "W-003", "title": "Replace the staff car park barrier",
     "description": "Swap the car park barrier for a number-plate camera system."},
]
DEMO_STATEMENTS = [
    ("vision", "Everyone in Northfield gets safe, timely care and is treated as a partner in it."),
    ("vision", "Nobody waits without knowing why or for how long."),
    ("purpose", "We work with our communities so that people go home as soon as they are ready."),
    ("purpose", "We make the NHS a place where staff have time to care."),
    ("values", "Kindness"),
    ("values", "Listening and acting on what we hear"),
]
DEMO_ACTION = ("Text updates for people waiting for results",
               "You told us waiting for test results with nobody to ask was hard. Patients on three wards now get a "
               "text when their results are ready.", ["Communication"])
DEMO_STORY = ("Ward 7's carers' passport", "Carers on ward 7 now have open visiting and are asked what they know "
              "about the person they care for. Complaints about communication fell by half.")


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
                                       now=now, retention_days=s.settings.retention_days,
                                       annotate=insight.annotator(campaign))
    reviews.save_vision(DEMO_VISION, s.programme, by="demo", now=now)
    for item in DEMO_WORK:
        s.programme.put_record("work-item", item["id"], {"status": "active", "aim": {}, "priorities": [], **item})
    s.programme.put_record("story", "democarerspassport", {
        "id": "democarerspassport", "title": DEMO_STORY[0], "body": DEMO_STORY[1], "approved": True,
        "created_at": now.isoformat(timespec="seconds")})
    round_details = RoundInput.model_validate({  # as the admin API would receive it
        "title": "Writing our vision together",
        "introduction": "Vote on lines for our vision, shared purpose and values, or add your own.",
        "opens": date(now.year, 1, 1), "closes": (now + timedelta(days=60)).date(),
        "statements": [{"part": part, "text": text} for part, text in DEMO_STATEMENTS],
        "targets": [{"group": "lived-experience", "min_share": 0.1}, {"group": "patient", "min_share": 0.1}],
        "staff_groups_required": ["nursing-midwifery", "ambulance"], "campaign_ids": [campaign.id]}, strict=False)
    codesign.open_round(round_details, s.programme, now, by="demo")
    title, description, themes = DEMO_ACTION
    codesign.add_action(ActionInput(title=title, description=description, themes=themes, status="done"), s.programme,
                        by="demo", now=now)
