"""The public pages: what each one shows, rendered to HTML."""

from __future__ import annotations

import uuid

from purpose.models.campaign import Campaign
from purpose.models.codesign import PART_LABELS
from purpose.models.people import (AGE_BANDS, DISABILITY, ETHNICITIES, LIVED_EXPERIENCE_LABELS, STAFF_GROUP_LABELS,
                                   STAKEHOLDER_LABELS)
from purpose.web.rendering import render_page


def _with_submission_id(values: dict | None) -> dict:
    """A form's values with the key it is made with (kept when the form comes back with errors), so the same form
    sent twice is stored once."""
    return {"submission_id": str(uuid.uuid4()), **(values or {})}


def home_page(common: dict, *, campaigns: list[Campaign], rounds: list[dict] | None = None) -> str:
    return render_page("home.html", **common, title="Help shape our shared purpose",
                       campaigns=campaigns, rounds=rounds or [])


def campaign_page(common: dict, *, campaign: Campaign, values: dict | None = None,
                  errors: dict | None = None) -> str:
    values = _with_submission_id(values)
    return render_page(
        "campaign.html", **common, title=campaign.title, campaign=campaign,
        values=values, errors=errors or {},
        stakeholder_groups={str(k): v for k, v in STAKEHOLDER_LABELS.items()},
        staff_groups={str(k): v for k, v in STAFF_GROUP_LABELS.items()},
        lived_experience={str(k): v for k, v in LIVED_EXPERIENCE_LABELS.items()},
        age_bands=AGE_BANDS, ethnicities=ETHNICITIES, disability=DISABILITY,
    )


def thanks_page(common: dict, *, reference: str) -> str:
    return render_page("thanks.html", **common, title="Thank you", reference=reference)


def message_page(common: dict, *, title: str, paragraphs: list[str]) -> str:
    return render_page("message.html", **common, title=title, paragraphs=paragraphs)


def subscribe_page(common: dict, *, values: dict | None = None, errors: dict | None = None,
                   topics: list[str] | None = None) -> str:
    return render_page("subscribe.html", **common, title="Get the Shared Purpose bulletin", values=values or {},
                       errors=errors or {}, topics=topics or [])


def unsubscribe_page(common: dict, *, token: str) -> str:
    return render_page("unsubscribe.html", **common, title="Unsubscribe from the bulletin", token=token)


def story_page(common: dict, *, values: dict | None = None, errors: dict | None = None) -> str:
    return render_page("story.html", **common, title="Share good practice", values=values or {}, errors=errors or {})


def round_page(common: dict, *, round: dict, values: dict | None = None, errors: dict | None = None) -> str:
    values = _with_submission_id(values)
    return render_page("round.html", **common, title=round["title"], round=round, values=values,
                       errors=errors or {}, stakeholder_groups={str(k): v for k, v in STAKEHOLDER_LABELS.items()},
                       staff_groups={str(k): v for k, v in STAFF_GROUP_LABELS.items()},
                       lived_experience={str(k): v for k, v in LIVED_EXPERIENCE_LABELS.items()})


def vote_page(common: dict, *, round: dict, statement: dict | None, voted: int, total: int) -> str:
    title = "Do you agree?" if statement else "You have voted on every statement"
    return render_page("vote.html", **common, title=title, round=round, statement=statement, voted=voted,
                       total=total, parts=PART_LABELS)


def statement_page(common: dict, *, round: dict, values: dict | None = None, errors: dict | None = None) -> str:
    return render_page("statement.html", **common, title="Add your own statement", round=round, values=values or {},
                       errors=errors or {}, parts=PART_LABELS)


def you_said_page(common: dict, **account) -> str:
    return render_page("you_said.html", **common, title="You said, we did", **account,
                       group_labels={str(k): v for k, v in STAKEHOLDER_LABELS.items()})


PRIVACY = [
    "We ask for your views to build a shared vision for improvement. Answering is voluntary.",
    "What you write is stored separately from your email address, if you give one. Your email is used only to "
    "contact you about what you said, or to send you the bulletin if you asked for it and confirmed.",
    "We quote your words only if you said we could, and only after removing anything that could identify you "
    "or anyone else.",
    "Equality monitoring answers are optional and are only reported as totals.",
    "When you vote on statements for our vision, we do not ask your name: a cookie on your device remembers your "
    "votes and the group you chose, and is used for nothing else.",
    "We keep what you tell us for the period set by the trust's records policy, then it is deleted automatically.",
]
ACCESSIBILITY = [
    "This service uses the NHS.UK design system and aims to meet WCAG 2.2 level AA.",
    "It works without JavaScript, on a phone, with a keyboard alone and with screen readers.",
    "If you find something that does not work for you, tell the engagement team and we will help.",
]
