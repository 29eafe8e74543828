import json

import pytest

from infra import constants
from infra.config import TRUSTS_DIR, TrustConfigError, load_trust_configs, parse_trust_config
from purpose.settings import ENVIRONMENT


def sample(**changes) -> dict:
    raw = json.loads((TRUSTS_DIR / "NFH.json").read_text())
    raw.update(changes)
    return raw


def test_the_three_sample_trusts_are_valid_and_in_london():
    configs = load_trust_configs()
    assert {c.code for c in configs} == {"NFH", "CAS", "RVP"}
    assert all(c.region == "eu-west-2" for c in configs)
    partnership = next(c for c in configs if c.code == "RVP")
    assert len(partnership.organisations) == 3


@pytest.mark.parametrize("changes, field", [
    ({"region": "us-east-1"}, "region"),
    ({"sender_address": None}, "sender_address"),
    ({"sender_address": "not-an-email"}, "sender_address"),
    ({"bulletin_schedule": "cron(0 7 * * MON *)"}, "bulletin_schedule"),
    ({"review_schedule": "every tuesday"}, "review_schedule"),
    ({"retention_days": 5}, "retention_days"),
    ({"admin_emails": []}, "admin_emails"),
])
def test_a_bad_config_is_refused_naming_the_trust_and_the_field(changes, field):
    raw = {k: v for k, v in sample(**changes).items() if v is not None}
    with pytest.raises(TrustConfigError) as error:
        parse_trust_config(raw, "NFH.json")
    assert "trust NFH" in str(error.value)
    assert field in str(error.value)


def test_a_region_outside_the_uk_needs_a_stated_reason():
    config = parse_trust_config(sample(region="eu-west-1", region_exception_reason="Approved by the SIRO for DR"),
                                "NFH.json")
    assert config.region == "eu-west-1"


def test_a_sender_address_must_be_on_the_sender_domain():
    with pytest.raises(TrustConfigError, match="sender_domain"):
        parse_trust_config(sample(sender_address="someone@elsewhere.nhs.uk"), "NFH.json")


def test_settings_read_exactly_the_variables_the_stack_writes():
    assert set(ENVIRONMENT) == set(constants.SETTINGS_ENV)
