"""What the admin API accepts and returns (its OpenAPI document is generated from these)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import ConfigDict, Field

from purpose.models.base import Model
from purpose.models.campaign import Campaign, Prompt
from purpose.models.contribution import Contribution


class ErrorBody(Model):
    message: str
    errors: list[dict] = Field(default_factory=list)


class CampaignView(Model):
    id: str
    title: str
    introduction: str
    audience: str
    opens: date
    closes: date
    prompts: list[Prompt]
    status: str
    public_path: str

    @classmethod
    def of(cls, campaign: Campaign, today: date) -> "CampaignView":
        return cls(**campaign.model_dump(include={"id", "title", "introduction", "audience", "opens", "closes",
                                                  "prompts"}),
                   status=campaign.status(today), public_path=f"/campaigns/{campaign.id}")


class ContributionView(Model):
    """A contribution as admins see it: never the contact email or equality answers."""

    id: str
    reference: str
    campaign_id: str
    source: str
    stakeholder_group: str
    staff_group: str | None
    lived_experience: str | None
    organisation: str
    team: str
    answers: dict[str, str]
    quote_consent: bool
    has_contact: bool
    hidden: bool
    moderation: list[dict]
    themes: list[str]
    sentiment: str | None
    pii: bool
    people_promise: list[str]
    created_at: str

    @classmethod
    def of(cls, c: Contribution) -> "ContributionView":
        return cls(**c.model_dump(mode="json", include=set(cls.model_fields)))


class ModerationInput(Model):
    model_config = ConfigDict(extra="forbid", strict=True, str_strip_whitespace=True)
    action: Literal["hide", "unhide", "redact"]
    reason: str = Field(min_length=3, max_length=500)
    answers: dict[str, str] | None = Field(default=None, description="For redact: prompt id -> redacted text")


class Participation(Model):
    total: int
    by_stakeholder_group: dict[str, int]
    by_staff_group: dict[str, int]
    lived_experience: dict[str, int]
    not_yet_heard: list[str]


class UploadView(Model):
    upload_id: str
    status: str
    kind: str | None
    rows: int
    stored: int
    rejected: int
    duplicates: int
    blank: int
    reason: str | None
    report: str
    duration_ms: int | None


class VisionView(Model):
    version: int
    organisation: str
    vision: str
    purpose: str
    values: list[str]
    priorities: list[dict]
    adopted_at: str
    adopted_by: str
    provenance: dict


class DecisionView(Model):
    item_id: str
    decision: str
    reason: str
    next_review: str
    by: str
    at: str


class WorkItemView(Model):
    model_config = ConfigDict(extra="ignore")
    id: str
    title: str
    description: str = ""
    aim: dict = Field(default_factory=dict)
    owner: str = ""
    team: str = ""
    organisation: str = ""
    status: str = "active"
    priorities: list[str] = Field(default_factory=list)
    last_review: dict | None = None
    decision: DecisionView | None = None


class ReviewView(Model):
    model_config = ConfigDict(extra="ignore")
    id: str
    status: str
    vision_version: int
    items: int
    distribution: dict[str, int]
    gaps: list[dict]
    questioned: list[str]
    due_for_review: list[str] = Field(default_factory=list)  # reviews before it was recorded have none
    # The NHS planning year whose national objectives the review weighed; reviews before it was recorded have none
    planning_year: str | None = None
    report: str
    finished_at: str


class StoryInput(Model):
    model_config = ConfigDict(extra="forbid", strict=True, str_strip_whitespace=True)
    title: str = Field(min_length=3, max_length=150)
    body: str = Field(min_length=10, max_length=3000)
    approved: bool = False
    topic: str | None = Field(default=None, description="One of the trust's bulletin topics, if it has any")


class StoryView(Model):
    id: str
    title: str
    body: str
    approved: bool
    created_at: str
    topic: str | None = None


class BulletinView(Model):
    model_config = ConfigDict(extra="ignore")
    id: str
    status: str
    approved: bool = False
    sent: int = 0
    rejected: int = 0
    skipped: int = 0
    suppressed: int = 0
    not_confirmed: int = 0
    unresolved: int = 0
    bounces: int = 0
    complaints: int = 0
    reason: str | None = None
    duration_ms: int | None = None


class ThemeView(Model):
    theme: str
    count: int
    sentiment: dict[str, int]
    change: int | None
    quotes: list[str]
