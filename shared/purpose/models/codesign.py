"""Co-design rounds: statements people vote on, participation targets, drafts and actions."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import ConfigDict, Field, field_validator, model_validator

from purpose.models.base import Model
from purpose.models.campaign import iso_date
from purpose.models.people import StaffGroup, StakeholderGroup

Part = Literal["vision", "purpose", "values"]
PART_LABELS = {"vision": "Our vision", "purpose": "Our shared purpose", "values": "Our values"}
LIVED_EXPERIENCE_TARGET = "lived-experience"


class StatementInput(Model):
    model_config = ConfigDict(extra="forbid", strict=True, str_strip_whitespace=True)
    text: str = Field(min_length=5, max_length=280)
    part: Part = "vision"


class TargetInput(Model):
    """At least `min_share` of participants from a stakeholder group, or with lived experience."""

    model_config = ConfigDict(extra="forbid", strict=True)
    group: StakeholderGroup | Literal["lived-experience"]
    min_share: float = Field(ge=0.01, le=1, description="A share of participants, 0.01 (1%) to 1")


class RoundInput(Model):
    model_config = ConfigDict(extra="forbid", strict=True, str_strip_whitespace=True)
    title: str = Field(min_length=3, max_length=120)
    introduction: str = Field(default="", max_length=2000)
    opens: date
    closes: date
    statements: list[StatementInput] = Field(min_length=2, max_length=200, description="The seed statements")
    targets: list[TargetInput] = Field(default_factory=list, max_length=10)
    staff_groups_required: list[StaffGroup] = Field(
        default_factory=list, max_length=10, description="Staff groups that must each have at least one participant")
    campaign_ids: list[str] = Field(default_factory=list, max_length=10,
                                    description="Engagement campaigns whose themes informed the statements")

    read_dates = field_validator("opens", "closes", mode="before")(iso_date)

    @model_validator(mode="after")
    def _dates(self) -> "RoundInput":
        if self.closes < self.opens:
            raise ValueError("closes must be on or after opens")
        return self


class StatementModerationInput(Model):
    model_config = ConfigDict(extra="forbid", strict=True, str_strip_whitespace=True)
    action: Literal["approve", "reject"]
    reason: str = Field(min_length=3, max_length=500)


class DraftInput(Model):
    """A draft vision composed from statements; the words may be edited, the sources are kept."""

    model_config = ConfigDict(extra="forbid", strict=True, str_strip_whitespace=True)
    organisation: str = Field(min_length=2, max_length=200)
    vision: str = Field(min_length=10, max_length=2000)
    purpose: str = Field(default="", max_length=3000)
    values: list[str] = Field(default_factory=list, max_length=20)
    statement_ids: list[str] = Field(min_length=1, max_length=50, description="Statements the draft came from")


class AdoptInput(Model):
    model_config = ConfigDict(extra="forbid", strict=True, str_strip_whitespace=True)
    justification: str = Field(default="", max_length=2000,
                               description="Required when a participation target is not met")


class ActionInput(Model):
    """'You said, we did': something done in response, linked to the themes it answers."""

    model_config = ConfigDict(extra="forbid", strict=True, str_strip_whitespace=True)
    title: str = Field(min_length=3, max_length=200)
    description: str = Field(min_length=10, max_length=2000)
    themes: list[str] = Field(default_factory=list, max_length=10)
    status: Literal["planned", "in progress", "done"] = "in progress"


class RoundView(Model):
    model_config = ConfigDict(extra="ignore")
    id: str
    title: str
    introduction: str
    opens: date
    closes: date
    status: str
    targets: list[dict]
    staff_groups_required: list[str]
    campaign_ids: list[str]
    public_path: str
    created_at: str


class StatementView(Model):
    model_config = ConfigDict(extra="ignore")
    id: str
    text: str
    part: str
    status: str
    source: str
    votes: int = 0
    pii: bool = False
    moderation: list[dict] = Field(default_factory=list)
    created_at: str


class StatementResult(Model):
    id: str
    text: str
    part: str
    votes: int
    group_aware_consensus: float
    majority: bool
    majority_z: float
    agree_share: float
    divisive: bool
    by_group: dict[str, dict[str, int]]


class RoundResults(Model):
    round: RoundView
    participation: dict
    statements: list[StatementResult] = Field(description="Broadest group-aware consensus first")
    divisive: list[str]
    majority: list[str]
    opinion_groups: dict


class DraftView(Model):
    model_config = ConfigDict(extra="ignore")
    id: str
    round_id: str
    organisation: str
    vision: str
    purpose: str
    values: list[str]
    statement_ids: list[str]
    status: str
    by: str
    created_at: str
    vision_version: int | None = None


class ActionView(Model):
    model_config = ConfigDict(extra="ignore")
    id: str
    title: str
    description: str
    themes: list[str]
    status: str
    created_at: str
