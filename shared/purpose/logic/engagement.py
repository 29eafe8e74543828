"""Campaigns and contributions: opening, answering, moderating and counting who was heard."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, timedelta

from purpose.errors import CampaignClosedError, InvalidInputError, NotFoundError
from purpose.logic.references import content_id, reference_for, request_id
from purpose.models.campaign import Campaign, CampaignInput, Prompt
from purpose.models.contribution import MAX_ANSWER_CHARS, MAX_SHORT_CHARS, Contribution, Equality, FeedbackForm
from purpose.models.people import (AGE_BANDS, DISABILITY, ETHNICITIES, STAKEHOLDER_LABELS, LivedExperience,
                                   StaffGroup, StakeholderGroup)

EMAIL = re.compile(r"^[^@\s<>\"']{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
HONEYPOT_FIELD = "website"
# The key a form page is made with (pages.py), so the same form sent twice is stored once
SUBMISSION_ID = re.compile(r"[A-Za-z0-9-]{16,64}")
SOURCE_WEB_FORM = "web-form"


class SpamError(InvalidInputError):
    """The hidden field that people never see was filled in."""


def expiry(now: datetime, retention_days: int) -> int:
    return int((now + timedelta(days=retention_days)).timestamp())


# --- campaigns ---------------------------------------------------------------------------------

def open_campaign(details: CampaignInput, campaigns, now: datetime) -> Campaign:
    campaign = Campaign(
        id=request_id("campaign", details)[:10], title=details.title, introduction=details.introduction,
        audience=details.audience, opens=details.opens, closes=details.closes,
        prompts=[Prompt(id=f"q{i}", text=text) for i, text in enumerate(details.prompts, start=1)],
        created_at=now.isoformat(timespec="seconds"),
    )
    return Campaign(**campaigns.create("campaign", campaign.id, campaign.model_dump(mode="json")))


def get_campaign(campaign_id: str, campaigns, *, max_age: float = 0) -> Campaign:
    """max_age: how old a copy this container read earlier may be (the public site accepts one)."""
    valid = re.fullmatch(r"[a-z0-9-]{1,40}", campaign_id)
    record = campaigns.get_record("campaign", campaign_id, max_age=max_age) if valid else None
    if record is None:
        raise NotFoundError("There is no campaign with that address")
    return Campaign.model_validate(record)


def list_campaigns(campaigns) -> list[Campaign]:
    found = [Campaign.model_validate(r) for r in campaigns.list_records("campaign")]
    return sorted(found, key=lambda c: (c.closes, c.title))


def close_campaign(campaign_id: str, campaigns, now: datetime) -> Campaign:
    campaign = get_campaign(campaign_id, campaigns)
    campaigns.update_record("campaign", campaign.id, {"closed_early": True, "closed_at": now.isoformat(timespec="seconds")})
    return campaign.model_copy(update={"closed_early": True})


# --- the form ------------------------------------------------------------------------------------

def _choice(fields: dict[str, str], name: str, allowed, problems: dict, message: str, required: bool = True):
    value = fields.get(name, "").strip()
    if not value:
        if required:
            problems[name] = message
        return None
    if value not in {str(a) for a in allowed}:
        problems[name] = message
        return None
    return value


def read_feedback_form(fields: dict[str, str], campaign: Campaign) -> FeedbackForm:
    """Check a submitted form field by field; every problem is reported at once, in page order."""
    if fields.get(HONEYPOT_FIELD, "").strip():
        raise SpamError({HONEYPOT_FIELD: "Leave the field labelled 'Leave this blank' empty"},
                        "This form could not be accepted")
    problems: dict[str, str] = {}
    submission_id = fields.get("submission_id", "")
    if not SUBMISSION_ID.fullmatch(submission_id):
        problems["submission_id"] = "This form has expired: reload the page and submit it again"
    groups = [g for g in StakeholderGroup if g is not StakeholderGroup.UNKNOWN]
    group = _choice(fields, "stakeholder_group", groups, problems, "Select who you are")
    staff_group = None
    if group == StakeholderGroup.STAFF:
        staff_group = _choice(fields, "staff_group", list(StaffGroup), problems, "Select your staff group")
    lived = _choice(fields, "lived_experience", list(LivedExperience), problems,
                    "Select whether you have lived experience of these services, or prefer not to say")
    for name, label in (("organisation", "Organisation"), ("team", "Team or service")):
        if len(fields.get(name, "").strip()) > MAX_SHORT_CHARS:
            problems[name] = f"{label} must be {MAX_SHORT_CHARS} characters or fewer"
    answers = {}
    for number, prompt in enumerate(campaign.prompts, start=1):
        text = fields.get(f"answer-{prompt.id}", "").replace("\r\n", "\n").strip()
        if len(text) > MAX_ANSWER_CHARS:
            problems[f"answer-{prompt.id}"] = (
                f"Your answer to question {number} must be {MAX_ANSWER_CHARS:,} characters or fewer")
        elif text:
            answers[prompt.id] = text
    if not answers and not any(k.startswith("answer-") for k in problems):
        problems[f"answer-{campaign.prompts[0].id}"] = "Answer at least one of the questions"
    email = fields.get("email", "").strip() or None
    if email and (len(email) > 254 or not EMAIL.match(email)):
        problems["email"] = "Enter an email address in the correct format, like name@example.com"
    subscribe = fields.get("subscribe") == "yes"
    if subscribe and not email and "email" not in problems:
        problems["email"] = "Enter your email address to get the bulletin, or untick the bulletin box"
    equality = {}
    for name, allowed in (("age_band", AGE_BANDS), ("ethnicity", ETHNICITIES), ("disability", DISABILITY)):
        equality[name] = _choice(fields, name, allowed, problems, "Select one of the options, or leave it blank",
                                 required=False)
    if problems:
        raise InvalidInputError(problems)
    return FeedbackForm(
        submission_id=submission_id, stakeholder_group=group, staff_group=staff_group, lived_experience=lived,
        organisation=fields.get("organisation", "").strip(), team=fields.get("team", "").strip(), answers=answers,
        quote_consent=fields.get("quote_consent") == "yes", email=email, subscribe=subscribe,
        equality=Equality(**equality),
    )


def record_contribution(campaign: Campaign, form: FeedbackForm, *, contributions, personal_data, now: datetime,
                        retention_days: int, annotate=None) -> tuple[Contribution, bool]:
    """Store a form submission once; a double-click or replay returns the first one. True if new."""
    if not campaign.is_open(now.date()):
        raise CampaignClosedError(f"'{campaign.title}' is closed and no longer accepting views")
    contribution_id = content_id(campaign.id, form.submission_id)
    expires_at = expiry(now, retention_days)
    contribution = Contribution(
        campaign_id=campaign.id, id=contribution_id, reference=reference_for(campaign.id, form.submission_id),
        source=SOURCE_WEB_FORM, stakeholder_group=form.stakeholder_group, staff_group=form.staff_group,
        lived_experience=form.lived_experience, organisation=form.organisation, team=form.team,
        answers=form.answers, quote_consent=form.quote_consent, has_contact=bool(form.email),
        equality=form.equality, created_at=now.isoformat(timespec="seconds"), expires_at=expires_at,
    )
    if annotate is not None:
        contribution = annotate(contribution)
    is_new = contributions.add_contribution(contribution)
    if is_new and form.email:
        personal_data.put_contact(contribution.id, form.email, expires_at)
    return contribution, is_new


def email_key(email: str) -> str:
    return content_id(email.strip().lower())


# --- moderation, listing, participation ------------------------------------------------------------

def moderate_contribution(campaign_id: str, contribution_id: str, *, action: str, reason: str, by: str,
                          answers: dict[str, str] | None, contributions, now: datetime) -> Contribution:
    contribution = contributions.get_contribution(campaign_id, contribution_id)
    if contribution is None:
        raise NotFoundError("There is no contribution with that id in this campaign")
    entry = {"action": action, "reason": reason, "by": by, "at": now.isoformat(timespec="seconds")}
    changes: dict = {"moderation": [*contribution.moderation, entry]}
    if action == "hide":
        changes["hidden"] = True
    elif action == "unhide":
        changes["hidden"] = False
    elif action == "redact":
        unknown = set(answers or {}) - set(contribution.answers)
        if not answers or unknown:
            raise InvalidInputError({"answers": "Give the redacted text for answers this contribution has"})
        changes["answers"] = {**contribution.answers, **answers}
    updated = contribution.model_copy(update=changes)
    contributions.save_changes(updated, changes)
    return updated


def filter_contributions(items, *, stakeholder_group=None, lived_experience=None, since: date | None = None,
                         until: date | None = None, include_hidden: bool = True):
    for c in items:
        day = date.fromisoformat(c.created_at[:10])
        if stakeholder_group and c.stakeholder_group != stakeholder_group:
            continue
        if lived_experience and c.lived_experience != lived_experience:
            continue
        if (since and day < since) or (until and day > until) or (c.hidden and not include_hidden):
            continue
        yield c


def participation(items) -> dict:
    """Who has been heard in a campaign, and who has not (groups with nobody yet)."""
    by_group, by_staff_group, lived = Counter(), Counter(), Counter()
    total = 0
    for c in items:
        total += 1
        by_group[c.stakeholder_group] += 1
        if c.staff_group:
            by_staff_group[c.staff_group] += 1
        lived[c.lived_experience or "not asked"] += 1
    return {
        "total": total,
        "by_stakeholder_group": {g.value: by_group.get(g, 0) for g in StakeholderGroup if g in STAKEHOLDER_LABELS}
        | ({"unknown": by_group[StakeholderGroup.UNKNOWN]} if by_group.get(StakeholderGroup.UNKNOWN) else {}),
        "by_staff_group": {g.value: by_staff_group.get(g, 0) for g in StaffGroup},
        "lived_experience": {str(k): v for k, v in lived.items()},
        "not_yet_heard": [g.value for g in StakeholderGroup if g in STAKEHOLDER_LABELS and not by_group.get(g)]
        + [f"staff:{g.value}" for g in StaffGroup if not by_staff_group.get(g)],
    }


def is_reference(text: str) -> bool:
    return bool(re.fullmatch(r"SP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}", text or ""))


def submit_story(fields: dict[str, str], programme, now: datetime) -> dict:
    """A good-practice story from the site: kept unapproved until an admin approves it."""
    if fields.get(HONEYPOT_FIELD, "").strip():
        raise SpamError({HONEYPOT_FIELD: "Leave the field labelled 'Leave this blank' empty"})
    title, body = fields.get("title", "").strip(), fields.get("body", "").replace("\r\n", "\n").strip()
    problems = {}
    if not 3 <= len(title) <= 150:
        problems["title"] = "Enter a title of 3 to 150 characters"
    if not 10 <= len(body) <= 3000:
        problems["body"] = "Tell us about it in 10 to 3,000 characters"
    if fields.get("publish_consent") != "yes":
        problems["publish_consent"] = "Tick the box to say we may publish your story"
    if problems:
        raise InvalidInputError(problems)
    # The id comes from the words, so the same story sent twice (a double-click, the back button) is kept once
    story = {"id": content_id("story", title, body)[:16], "title": title, "body": body, "approved": False,
             "source": "site", "created_at": now.isoformat(timespec="seconds")}
    return programme.create("story", story["id"], story)
