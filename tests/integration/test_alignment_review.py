"""The scheduled review: vision and work register in, verdicts, gaps and an HTML report out."""

import os
from datetime import datetime, timedelta, timezone

import boto3

from tests.factories import REVIEWER, admin_event, body_json, feedback_fields, form_event

VISION = {"organisation": "Coastal Ambulance Service", "vision": "Patients arriving by ambulance are handed over "
          "quickly so crews get back to emergencies.", "purpose": "Faster ambulance handovers and quicker responses "
          "to category 2 calls.", "values": ["Teamwork"],
          "priorities": [{"id": "C2", "title": "Category 2 response", "description": "Reach strokes and heart attacks "
                                                                                      "faster."}]}


def setup_programme(invoke):
    assert invoke("admin_api", admin_event("PUT", "/admin/vision", VISION))["statusCode"] == 200
    for item in ({"id": "W1", "title": "Ambulance arrivals area", "description": "A nurse-led area where crews hand "
                  "over patients within 15 minutes."},
                 {"id": "W2", "title": "New payroll provider", "description": "Move payroll to a new provider."}):
        assert invoke("admin_api", admin_event("POST", "/admin/work-items", item))["statusCode"] == 201


def test_a_scheduled_review_gives_verdicts_reasons_gaps_and_a_report(aws, invoke):
    setup_programme(invoke)
    barrier = {"id": "W5", "title": "Staff car park barrier", "description": "Replace the barrier at the staff car park."}
    assert invoke("admin_api", admin_event("POST", "/admin/work-items", barrier))["statusCode"] == 201
    summary = invoke("run_alignment_review", {"job": "review", "source": "schedule", "date": "2026-12-01"})
    assert summary["status"] == "complete" and summary["questioned"] == ["W2", "W5"]
    assert summary["distribution"]["question"] == 2
    report = boto3.client("s3").get_object(Bucket=os.environ["UPLOAD_BUCKET"], Key=summary["report"])["Body"].read()
    assert b"Work to question" in report and b"New payroll provider" in report and b"Coverage" in report
    # In the coverage matrix the work the review passes ticks what it serves; work to question ticks nothing
    coverage = report.decode().split('id="coverage"')[1].split("<h2>")[0]
    matrix = {row.split("</td>")[0]: row for row in coverage.split("<tr><td>")[1:]}
    assert "&#10003;" in matrix["W1: Ambulance arrivals area"]
    assert "&#10003;" not in matrix["W5: Staff car park barrier"]  # closest to the priority, 0.43, but not serving it
    via_api = invoke("admin_api", admin_event("GET", "/admin/reviews/2026-12-01/report", claims=REVIEWER))
    assert via_api["statusCode"] == 200 and "Alignment review" in via_api["body"]


def test_a_long_register_is_shared_among_processes_and_reviewed_as_in_one(aws, invoke, upload, monkeypatch):
    """A register of SHARED_FROM items or more is reviewed in parts by processes forked inside the review Lambda:
    every item is reviewed once, as one process reviews it."""
    from purpose.logic import alignment

    setup_programme(invoke)
    work = [("Ambulance arrivals area", "A nurse-led area where crews hand over patients"),
            ("Fit to sit", "Patients who can sit wait in chairs so trolleys are freed for the next ambulance"),
            ("Category 2 car", "A rapid response car for strokes and heart attacks"),
            ("Staff car park resurfacing", "Resurface the staff car park"),
            ("Orthodontic waiting list", "Reduce the waiting list for orthodontic treatment"),
            ("New payroll provider", "Move payroll to a new provider")]
    places = ["Northfield", "Southgate", "the coast", "the city", "market towns", "the valleys", "the islands"]
    rows = [f"L{n},{title} in {places[n % 7]},{description} in {places[n // 7 % 7]}."
            for n, (title, description) in enumerate(work[n % 6] for n in range(alignment.SHARED_FROM + 20))]
    assert upload(("id,title,description\n" + "\n".join(rows) + "\n").encode(), kind="work-items")["stored"] == \
        len(rows)
    monkeypatch.setattr(alignment, "processors", lambda: 2)
    shared = invoke("run_alignment_review", {"job": "review", "date": "2026-12-01"})
    monkeypatch.setattr(alignment, "processors", lambda: 1)
    alone = invoke("run_alignment_review", {"job": "review", "date": "2026-12-02"})
    assert shared["items"] == alone["items"] == len(rows) + 2
    assert shared["questioned"] == alone["questioned"] and shared["distribution"] == alone["distribution"]
    # the car park, the orthodontic waits and the payroll (three of each six) questioned, each once
    assert {f"L{n}" for n in range(len(rows)) if n % 6 >= 3} < set(shared["questioned"])
    assert len(set(shared["questioned"])) == len(shared["questioned"])


def test_a_reviewers_decision_survives_the_next_run_and_keeps_history(aws, invoke):
    setup_programme(invoke)
    invoke("run_alignment_review", {"job": "review", "date": "2026-12-01"})
    for decision in ({"decision": "adapt", "reason": "Fund from the corporate budget instead", "next_review": "2099-01-01"},
                     {"decision": "stop", "reason": "Not part of the improvement portfolio", "next_review": "2099-02-01"}):
        for _ in range(2):  # a double-click records the decision once
            response = invoke("admin_api", admin_event("POST", "/admin/work-items/W2/decisions", decision,
                                                       claims=REVIEWER))
            assert response["statusCode"] == 201 and body_json(response)["decision"] == decision["decision"]
    invoke("run_alignment_review", {"job": "review", "date": "2027-01-01"})
    items = {i["id"]: i for i in body_json(invoke("admin_api", admin_event("GET", "/admin/work-items", claims=REVIEWER)))}
    assert items["W2"]["decision"]["decision"] == "stop"
    assert items["W2"]["last_review"]["run"] == "2027-01-01"
    history = body_json(invoke("admin_api", admin_event("GET", "/admin/work-items/W2/decisions", claims=REVIEWER)))
    assert [d["decision"] for d in history] == ["adapt", "stop"]
    unknown = invoke("admin_api", admin_event("GET", "/admin/work-items/W9/decisions", claims=REVIEWER))
    assert unknown["statusCode"] == 404 and body_json(unknown)["message"] == "There is no work item with that id"


def test_the_report_lists_decisions_due_for_another_look(aws, invoke):
    setup_programme(invoke)
    today = datetime.now(timezone.utc).date()
    soon, later = today + timedelta(days=1), today + timedelta(days=400)
    for item, when in (("W1", later), ("W2", soon)):
        decision = {"decision": "adapt", "reason": "Narrow it to the ambulance arrivals area", "next_review": str(when)}
        assert invoke("admin_api", admin_event("POST", f"/admin/work-items/{item}/decisions", decision,
                                               claims=REVIEWER))["statusCode"] == 201
    summary = invoke("run_alignment_review", {"job": "review", "date": str(today + timedelta(days=30))})
    assert summary["due_for_review"] == ["W2"]
    report = boto3.client("s3").get_object(Bucket=os.environ["UPLOAD_BUCKET"], Key=summary["report"])["Body"].read()
    due = report.decode().split("Decisions due for another look")[1].split("<h2>")[0]
    assert "W2: New payroll provider" in due and str(soon) in due and "W1:" not in due
    listed = body_json(invoke("admin_api", admin_event("GET", "/admin/reviews", claims=REVIEWER)))
    assert listed[0]["due_for_review"] == ["W2"]


def test_what_people_raised_is_a_gap_until_work_answers_it(aws, invoke, open_campaign):
    setup_programme(invoke)
    for said in ("I waited five hours in A&E and nobody told me why it was taking so long",
                 "Patients wait far too long on trolleys in the corridor",
                 "The wait for an ambulance was over three hours", "Long delays for a bed after being seen"):
        fields = feedback_fields(**{"answer-q1": said, "answer-q3": ""})
        assert invoke("serve_site", form_event(open_campaign["id"], fields))["statusCode"] == 303
    before = invoke("run_alignment_review", {"job": "review", "date": "2026-12-01"})
    assert {"kind": "theme", "id": "Timeliness of care", "label": "engagement theme 'Timeliness of care'"} \
        in before["gaps"]
    item = {"id": "W3", "title": "Shorter waits for an ambulance",
            "description": "Fewer patients wait long for an ambulance to reach them."}
    assert invoke("admin_api", admin_event("POST", "/admin/work-items", item))["statusCode"] == 201
    after = invoke("run_alignment_review", {"job": "review", "date": "2026-12-02"})
    assert "Timeliness of care" not in [g["id"] for g in after["gaps"]]
    report = boto3.client("s3").get_object(Bucket=os.environ["UPLOAD_BUCKET"], Key=after["report"])["Body"].read()
    assert b"engagement theme &#39;Timeliness of care&#39;" in report


def test_ended_work_is_not_reviewed_whatever_the_register_calls_it(aws, invoke):
    setup_programme(invoke)
    for n, status in enumerate(("Cancelled", "Done", " COMPLETED ")):
        item = {"id": f"E{n}", "title": "Staff car park barrier", "status": status}
        assert invoke("admin_api", admin_event("POST", "/admin/work-items", item))["statusCode"] == 201
    invoke("admin_api", admin_event("POST", "/admin/work-items", {"id": "P1", "title": "Car park barrier",
                                                                  "status": "On hold"}))
    summary = invoke("run_alignment_review", {"job": "review", "date": "2026-12-01"})
    assert summary["items"] == 3 and summary["questioned"] == ["P1", "W2"]


def test_a_review_weighs_work_against_the_national_objectives_of_its_planning_year(aws, invoke):
    setup_programme(invoke)
    item = {"id": "W3", "title": "Virtual ward instead of conveyance", "description": "Crews refer frail patients "
            "who need no emergency department to the community team's virtual ward, so they are cared for at home."}
    assert invoke("admin_api", admin_event("POST", "/admin/work-items", item))["statusCode"] == 201
    neighbourhood = "Also relates to national priority: Neighbourhood health: care moved from hospital to the community."
    for run, year, named in (("2027-03-31", "2026/27", True), ("2026-03-31", "2025/26", False)):
        summary = invoke("run_alignment_review", {"job": "review", "date": run})
        assert summary["planning_year"] == year
        items = {i["id"]: i for i in body_json(invoke("admin_api", admin_event("GET", "/admin/work-items",
                                                                               claims=REVIEWER)))}
        assert (neighbourhood in items["W3"]["last_review"]["reasons"]) is named
        report = boto3.client("s3").get_object(Bucket=os.environ["UPLOAD_BUCKET"], Key=summary["report"])["Body"]
        assert f"National priorities are those of the NHS planning year {year}." in report.read().decode()
    listed = body_json(invoke("admin_api", admin_event("GET", "/admin/reviews", claims=REVIEWER)))
    assert {r["id"]: r["planning_year"] for r in listed} == {"2027-03-31": "2026/27", "2026-03-31": "2025/26"}


def test_no_vision_yet_is_said_plainly(aws, invoke):
    assert invoke("run_alignment_review", {"job": "review"})["status"] == "skipped"


def test_reviewers_cannot_change_the_vision(aws, invoke):
    response = invoke("admin_api", admin_event("PUT", "/admin/vision", VISION, claims=REVIEWER))
    assert response["statusCode"] == 403


def test_work_is_added_once_and_then_replaced_with_what_the_admin_sent_last(aws, invoke):
    setup_programme(invoke)
    item = {"id": "W1", "title": "Ambulance arrivals area", "description": "Crews hand over within 15 minutes.",
            "priorities": ["C2", "H7"]}
    replaced = invoke("admin_api", admin_event("POST", "/admin/work-items", item))
    assert replaced["statusCode"] == 200 and body_json(replaced)["priorities"] == ["C2", "H7"]
    priority = {"id": "L1", "title": "Winter pressures", "description": "Keep crews free in winter."}
    assert invoke("admin_api", admin_event("POST", "/admin/priorities", priority))["statusCode"] == 201
    assert invoke("admin_api", admin_event("POST", "/admin/priorities", priority))["statusCode"] == 200
    invoke("run_alignment_review", {"job": "review", "date": "2026-12-01"})
    items = body_json(invoke("admin_api", admin_event("GET", "/admin/work-items", claims=REVIEWER)))
    assert len(items) == 2
    w1 = next(i for i in items if i["id"] == "W1")
    assert w1["description"] == "Crews hand over within 15 minutes."
    assert w1["last_review"]["reasons"][-1] == ("It is linked to priority H7, which is not among the vision's or the "
                                                "trust's local priorities: check the link.")
