"""What someone said: a contribution, from a web form or an uploaded file."""

from __future__ import annotations

from pydantic import ConfigDict, Field

from purpose.models.base import Model
from purpose.models.people import LivedExperience, StaffGroup, StakeholderGroup

MAX_ANSWER_CHARS = 5000
MAX_SHORT_CHARS = 120


class Equality(Model):
    model_config = ConfigDict(extra="forbid")
    age_band: str | None = None
    ethnicity: str | None = None
    disability: str | None = None


class FeedbackForm(Model):
    """A web-form submission, already checked field by field."""

    model_config = ConfigDict(extra="forbid")
    submission_id: str = Field(pattern=r"^[A-Za-z0-9-]{16,64}$")
    stakeholder_group: StakeholderGroup
    staff_group: StaffGroup | None = None
    lived_experience: LivedExperience
    organisation: str = Field(default="", max_length=MAX_SHORT_CHARS)
    team: str = Field(default="", max_length=MAX_SHORT_CHARS)
    answers: dict[str, str]
    quote_consent: bool = False
    email: str | None = None
    subscribe: bool = False
    equality: Equality = Field(default_factory=Equality)


class Contribution(Model):
    """Stored in the contributions table; never holds the contact email."""

    model_config = ConfigDict(extra="ignore")
    campaign_id: str
    id: str
    reference: str
    source: str  # "web-form" or "upload:<kind>"
    stakeholder_group: StakeholderGroup
    staff_group: StaffGroup | None = None
    lived_experience: LivedExperience | None = None
    organisation: str = ""
    team: str = ""
    answers: dict[str, str]
    quote_consent: bool = False
    has_contact: bool = False
    equality: Equality = Field(default_factory=Equality)
    created_at: str
    source_date: str | None = None
    source_id: str | None = None
    rating: int | None = None  # FFT categorical answer, 1 very good .. 5 very poor
    votes: int | None = None  # crowdsourced ideas
    tags: list[str] = Field(default_factory=list)  # tags the source gave it (Healthwatch)
    source_details: dict[str, str] = Field(default_factory=dict)  # event, service, trust, question
    upload_id: str | None = None
    hidden: bool = False
    moderation: list[dict] = Field(default_factory=list)
    themes: list[str] = Field(default_factory=list)
    sentiment: str | None = None
    pii: bool = False
    people_promise: list[str] = Field(default_factory=list)
    expires_at: int

    def text(self) -> str:
        return "\n".join(a for a in self.answers.values() if a)
