from datetime import date

import pytest

from purpose.errors import InvalidInputError
from purpose.logic.engagement import SpamError, read_feedback_form
from purpose.models.campaign import Campaign, Prompt
from tests.factories import feedback_fields

CAMPAIGN = Campaign(id="c1", title="Vision", opens=date(2026, 1, 1), closes=date(2026, 12, 31),
                    prompts=[Prompt(id=f"q{i}", text=f"Question {i}") for i in range(1, 6)], created_at="2026-01-01")


def problems(**changes) -> dict:
    with pytest.raises(InvalidInputError) as error:
        read_feedback_form(feedback_fields(**changes), CAMPAIGN)
    return error.value.problems


def test_a_complete_form_is_accepted():
    form = read_feedback_form(feedback_fields(email="nurse@example.org", subscribe="yes"), CAMPAIGN)
    assert form.stakeholder_group == "staff" and form.staff_group == "nursing-midwifery"
    assert form.answers == {"q1": "Not enough time to talk to patients", "q3": "Protected time for handovers"}
    assert form.subscribe and form.email == "nurse@example.org"


def test_every_problem_is_reported_with_the_field_to_fix():
    found = problems(stakeholder_group="", lived_experience="maybe", **{"answer-q1": "", "answer-q3": ""})
    assert found == {
        "stakeholder_group": "Select who you are",
        "lived_experience": "Select whether you have lived experience of these services, or prefer not to say",
        "answer-q1": "Answer at least one of the questions",
    }


def test_staff_must_say_their_staff_group():
    assert problems(staff_group="")["staff_group"] == "Select your staff group"


def test_a_bulletin_subscription_needs_an_email_and_a_valid_one():
    assert "email" in problems(subscribe="yes", email="")
    assert problems(email="not an email")["email"].startswith("Enter an email address in the correct format")


def test_long_answers_and_unknown_choices_are_refused():
    assert "5,000 characters" in problems(**{"answer-q2": "x" * 5001})["answer-q2"]
    assert "age_band" in problems(age_band="ancient")


def test_the_honeypot_marks_a_bot():
    with pytest.raises(SpamError):
        read_feedback_form(feedback_fields(website="http://spam.example"), CAMPAIGN)


def test_html_is_kept_as_text():
    form = read_feedback_form(feedback_fields(**{"answer-q2": "<script>alert(1)</script>"}), CAMPAIGN)
    assert form.answers["q2"] == "<script>alert(1)</script>"
