"""Alignment understands meaning, not shared words (the examples from the brief)."""

import pytest

from purpose.logic.alignment import QUESTION, ReviewContext, aim_statement_check, review_item, review_portfolio
from purpose.logic.reference_data import NATIONAL_PRIORITIES

OPIOIDS = {"organisation": "A", "vision": "No one in our community is harmed by opioid medicines.",
           "purpose": "We help people in pain live well with fewer risks from strong pain medicines.",
           "values": ["Compassion"], "priorities": []}
HANDOVERS = {"organisation": "B", "vision": "Patients arriving by ambulance are handed over quickly so crews get back "
                                            "to emergencies.", "purpose": "Faster ambulance handovers at the "
                                                                          "emergency department.",
             "values": ["Teamwork"], "priorities": [{"id": "H1", "title": "Handovers within 30 minutes",
                                                     "description": "No ambulance waits more than 30 minutes."}]}


def review(vision, title, description=""):
    ctx = ReviewContext.build(vision, national=NATIONAL_PRIORITIES["2025/26"], cqc_areas=[], themes=[])
    return review_item({"id": "W1", "title": title, "description": description}, ctx)


@pytest.mark.parametrize("vision, title, description, questioned", [
    (OPIOIDS, "Helping people reduce strong painkillers", "Support patients to taper long-term prescriptions.", False),
    (OPIOIDS, "Painting the ward", "Repaint the walls of ward 4.", True),
    (HANDOVERS, "Handover of the estates contract", "Transfer the estates maintenance contract to a new supplier.",
     True),
    (HANDOVERS, "Ambulance arrivals area", "A nurse-led area where crews hand over patients within 15 minutes.", False),
])
def test_work_is_judged_by_what_it_means(vision, title, description, questioned):
    result = review(vision, title, description)
    assert (result.verdict == QUESTION) is questioned
    assert 0 <= result.score <= 1 and result.reasons


def test_reasons_name_what_matched_or_why_questioned():
    aligned = review(HANDOVERS, "Ambulance arrivals area", "Crews hand over patients within 15 minutes.")
    assert any("Serves" in r or "loosely" in r for r in aligned.reasons)
    assert aligned.matched and aligned.matched[0]["kind"] in ("vision", "purpose", "priority")
    questioned = review(HANDOVERS, "New payroll provider", "Move payroll to a new provider.")
    assert questioned.reasons[0].startswith("Question:")


def test_the_aim_statement_check_follows_the_ihi_worksheet():
    full = aim_statement_check({"title": "Faster handovers", "description": "Reduce handover delays",
                                "aim": {"what": "Reduce delays", "how_much": "90% within 30 minutes",
                                        "by_when": "2027-03-31", "for_whom": "patients", "where": "ED"}})
    assert full["complete"]
    thin = aim_statement_check({"title": "Car park", "description": "Resurface it", "aim": {}})
    assert not thin["checks"]["numerical goal"] and not thin["checks"]["date"]
    assert thin["advice"].startswith("Add to the aim statement")


def test_the_portfolio_shows_gaps_and_work_to_question():
    ctx = ReviewContext.build(HANDOVERS, national=[], cqc_areas=[], themes=[])
    portfolio = review_portfolio([{"id": "W1", "title": "New payroll provider", "description": "Move payroll."}], ctx)
    assert [r.id for r in portfolio["questioned"]] == ["W1"]
    assert {g["id"] for g in portfolio["gaps"]} >= {"H1"}
