"""The improvement programme: the vision, priorities, work items and reviewers' decisions."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import ConfigDict, Field, field_validator

from purpose.models.base import PRIORITY_ID, WORK_ITEM_ID, Model
from purpose.models.campaign import iso_date


class PriorityInput(Model):
    model_config = ConfigDict(extra="forbid", strict=True, str_strip_whitespace=True)
    id: str = Field(pattern=PRIORITY_ID)
    title: str = Field(min_length=3, max_length=200)
    description: str = Field(default="", max_length=2000)


class VisionInput(Model):
    """What an admin enters (or the co-design round adopts): the shape `purpose align --vision` reads too, where
    a file from another system is read more leniently (cli.read_vision)."""

    model_config = ConfigDict(extra="forbid", strict=True, str_strip_whitespace=True)
    organisation: str = Field(min_length=2, max_length=200)
    vision: str = Field(min_length=10, max_length=2000)
    purpose: str = Field(default="", max_length=3000)
    values: list[str] = Field(default_factory=list, max_length=20)
    priorities: list[PriorityInput] = Field(default_factory=list, max_length=30)

    @field_validator("values")
    @classmethod
    def _values(cls, value: list[str]) -> list[str]:
        cleaned = [v.strip() for v in value if v.strip()]
        if any(len(v) > 200 for v in cleaned):
            raise ValueError("each value must be 200 characters or fewer")
        return cleaned


class Aim(Model):
    model_config = ConfigDict(extra="forbid", strict=True)
    what: str = Field(default="", max_length=500)
    how_much: str = Field(default="", max_length=500)
    by_when: str = Field(default="", max_length=40)
    for_whom: str = Field(default="", max_length=500)
    where: str = Field(default="", max_length=500)


class WorkItemInput(Model):
    model_config = ConfigDict(extra="forbid", strict=True, str_strip_whitespace=True)
    id: str = Field(pattern=WORK_ITEM_ID)
    title: str = Field(min_length=3, max_length=200)
    description: str = Field(default="", max_length=5000)
    aim: Aim = Field(default_factory=Aim)
    owner: str = Field(default="", max_length=120)
    team: str = Field(default="", max_length=120)
    organisation: str = Field(default="", max_length=120)
    status: str = Field(default="active", max_length=40)
    priorities: list[str] = Field(default_factory=list, max_length=20)


class DecisionInput(Model):
    model_config = ConfigDict(extra="forbid", strict=True, str_strip_whitespace=True)
    decision: Literal["continue", "adapt", "stop"]
    reason: str = Field(min_length=3, max_length=2000)
    next_review: date

    read_next_review = field_validator("next_review", mode="before")(iso_date)
