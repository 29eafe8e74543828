"""Engagement campaigns: what a trust is asking, of whom, and until when."""

from __future__ import annotations

from datetime import date

from pydantic import ConfigDict, Field, field_validator, model_validator

from purpose.models.base import PROMPT_ID, Model

def iso_date(value):
    """JSON carries dates as text; strict models accept them only as YYYY-MM-DD."""
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ValueError("must be a date in the form YYYY-MM-DD") from None
    return value


DEFAULT_PROMPTS = (
    "What gets in the way of good care in your work?",
    "What are you proud of?",
    "What one improvement would make the biggest difference?",
    "What should our shared vision say?",
    "Which values matter most to you?",
)


class Prompt(Model):
    model_config = ConfigDict(extra="forbid", strict=True)
    id: str = Field(pattern=PROMPT_ID)
    text: str = Field(min_length=3, max_length=300)


class CampaignInput(Model):
    """What an admin sends to open a campaign."""

    model_config = ConfigDict(extra="forbid", strict=True, str_strip_whitespace=True)
    title: str = Field(min_length=3, max_length=120)
    introduction: str = Field(default="", max_length=2000)
    audience: str = Field(default="Everyone: staff, patients, carers, communities and partners", max_length=300)
    opens: date
    closes: date
    prompts: list[str] = Field(default_factory=lambda: list(DEFAULT_PROMPTS), min_length=1, max_length=10)

    read_dates = field_validator("opens", "closes", mode="before")(iso_date)

    @field_validator("prompts")
    @classmethod
    def _prompts(cls, value: list[str]) -> list[str]:
        cleaned = [p.strip() for p in value]
        for p in cleaned:
            if not 3 <= len(p) <= 300:
                raise ValueError("each prompt must be 3 to 300 characters")
        return cleaned

    @model_validator(mode="after")
    def _dates(self) -> "CampaignInput":
        if self.closes < self.opens:
            raise ValueError("closes must be on or after opens")
        return self


class Campaign(Model):
    model_config = ConfigDict(extra="ignore")
    id: str
    title: str
    introduction: str = ""
    audience: str = ""
    opens: date
    closes: date
    prompts: list[Prompt]
    closed_early: bool = False
    created_at: str

    def is_open(self, today: date) -> bool:
        return not self.closed_early and self.opens <= today <= self.closes

    def status(self, today: date) -> str:
        if self.closed_early or today > self.closes:
            return "closed"
        return "open" if today >= self.opens else "not yet open"
