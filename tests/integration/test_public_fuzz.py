"""Every public route, given arbitrary form fields, cookies and paths, answers 2xx, 3xx or 4xx: never 5xx."""

from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import admin_event, api_event, body_json, round_input, site_event

FIELDS = ["submission_id", "website", "stakeholder_group", "staff_group", "lived_experience", "answer-q1",
          "answer-q3", "quote_consent", "email", "subscribe", "title", "body", "publish_consent", "text", "part",
          "statement_id", "vote", "age_band", "ethnicity", "disability", "topic-0"]
VALUES = st.one_of(st.text(max_size=300), st.sampled_from(["staff", "patient", "yes", "no", "agree", "pass", "vision",
                                                           "nursing-midwifery", "a@b.example", ""]))
FORMS = st.dictionaries(st.one_of(st.sampled_from(FIELDS), st.text(max_size=20)), VALUES, max_size=12)
# 500 cases for each public operation, as for each admin API operation (tests/e2e/test_api_fuzz.py).
FUZZ = settings(max_examples=500, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))


@pytest.mark.parametrize("route", ["campaign", "subscribe", "stories", "join", "vote", "statements"])
@FUZZ
@given(form=FORMS, cookie=st.one_of(st.none(), st.text(max_size=120), st.just("participant")))
def test_public_forms_never_fail_with_a_5xx(invoke, open_campaign, route, form, cookie):
    round_id = open_round_once(invoke)
    if cookie == "participant":
        cookie = participant_once(invoke, round_id)
    path = {"campaign": f"/campaigns/{open_campaign['id']}", "subscribe": "/subscribe", "stories": "/stories",
            "join": f"/rounds/{round_id}/join", "vote": f"/rounds/{round_id}/vote",
            "statements": f"/rounds/{round_id}/statements"}[route]
    event = site_event("POST", path, {k: v for k, v in form.items()}, cookie=cookie and quote(cookie, safe=""))
    response = invoke("serve_site", event)
    assert response["statusCode"] < 500, response["body"][:300]


@FUZZ
@given(path=st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=80))
def test_any_path_gets_a_page_not_a_5xx(invoke, path):
    response = invoke("serve_site", api_event("GET", "/" + path.lstrip("/")))
    assert response["statusCode"] < 500


_rounds: dict[int, str] = {}
_participants: dict[str, str] = {}


def open_round_once(invoke) -> str:
    """One round per test run of the fixture (moto is fresh per test, hypothesis reuses it per example)."""
    from purpose import wiring

    key = id(wiring.stores())
    if key not in _rounds:
        _rounds[key] = body_json(invoke("admin_api", admin_event("POST", "/admin/rounds", round_input())))["id"]
    return _rounds[key]


def participant_once(invoke, round_id: str) -> str:
    from http.cookies import SimpleCookie

    from tests.factories import header

    if round_id not in _participants:
        joined = invoke("serve_site", site_event("POST", f"/rounds/{round_id}/join",
                                                 {"stakeholder_group": "carer", "lived_experience": "yes"}))
        _participants[round_id] = SimpleCookie(header(joined, "Set-Cookie"))["participant"].value
    return _participants[round_id]
