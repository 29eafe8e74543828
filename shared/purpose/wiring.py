"""Builds the stores a function uses from its settings, once per container; tests reset it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from purpose.clients.aws import reset_clients
from purpose.dal.contributions import ContributionStore
from purpose.dal.personal_data import PersonalDataStore
from purpose.dal.programme import ProgrammeStore
from purpose.settings import Settings, get_settings


@dataclass(frozen=True)
class Stores:
    settings: Settings
    programme: ProgrammeStore
    contributions: ContributionStore
    personal_data: PersonalDataStore


@lru_cache(maxsize=1)
def stores() -> Stores:
    settings = get_settings()
    return Stores(
        settings=settings,
        programme=ProgrammeStore(settings.programme_table),
        contributions=ContributionStore(settings.contributions_table),
        personal_data=PersonalDataStore(settings.personal_data_table),
    )


def reset() -> None:
    """Forget settings, clients and stores (after the environment changed)."""
    stores.cache_clear()
    get_settings.cache_clear()
    reset_clients()
