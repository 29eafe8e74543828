"""The scheduled alignment review of the whole work register, and reviewers' decisions."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from itertools import chain

from purpose.errors import InvalidInputError, NotFoundError
from purpose.logic.alignment import ReviewContext, review_portfolio
from purpose.logic.engagement import list_campaigns
from purpose.logic.reference_data import CQC_WELL_LED, FFT_THEMES, national_priorities, planning_year
from purpose.logic.references import content_id
from purpose.models.contribution import Contribution

WEAK_RATINGS = ("requires improvement", "inadequate")
# Work with one of these statuses has ended and is not reviewed; registers write them in any case ("Cancelled")
CLOSED_STATUSES = frozenset({"closed", "stopped", "complete", "completed", "done", "finished", "cancelled", "canceled",
                             "abandoned", "withdrawn"})


def is_open(item: dict) -> bool:
    return " ".join(item.get("status", "active").lower().split()) not in CLOSED_STATUSES


def current_vision(programme) -> dict | None:
    versions = programme.list_records("vision")
    return max(versions, key=lambda v: v["version"]) if versions else None


def save_vision(vision: dict, programme, *, by: str, now: datetime, provenance: dict | None = None) -> dict:
    """A new version; earlier versions are kept."""
    latest = current_vision(programme)
    version = (latest["version"] + 1) if latest else 1
    record = {**vision, "version": version, "adopted_at": now.isoformat(timespec="seconds"), "adopted_by": by,
              "provenance": provenance or {"source": "entered by an admin"}}
    programme.put_record("vision", f"v{version:05d}", record)
    return record


def areas_for_improvement(programme) -> list[dict]:
    ratings = {r["statement"]: r for r in programme.list_records("cqc-rating")}
    return [{**s, "rating": ratings[s["id"]]["rating"]} for s in CQC_WELL_LED
            if s["id"] in ratings and ratings[s["id"]]["rating"] in WEAK_RATINGS]


def raised_themes(contributions: Iterable[Contribution], *, since: date, most: int = 8,
                  at_least: int = 3) -> list[str]:
    """The themes people raised most since a date in what was not all praise: what improvement work should answer,
    and a gap in the review when no work does. Hidden contributions and the framework's sorting categories
    ("Not assigned") do not count."""
    counts = Counter(theme for c in contributions
                     if not c.hidden and c.sentiment != "positive" and c.created_at[:10] >= since.isoformat()
                     for theme in c.themes if theme in FFT_THEMES)
    return [theme for theme, n in counts.most_common(most) if n >= at_least]


def themes_heard(programme, contributions, run_date: date) -> list[str]:
    """raised_themes over every campaign's contributions of the last year."""
    heard = chain.from_iterable(contributions.list_contributions(c.id) for c in list_campaigns(programme))
    return raised_themes(heard, since=run_date - timedelta(days=365))


def review_context(vision: dict, programme, run_date: date, themes: list[str] | None = None,
                   embedder=None) -> ReviewContext:
    """What a review on run_date weighs work against: the vision with the trust's local priorities, that planning
    year's national objectives, the CQC areas for improvement and the themes people raised."""
    local = [{"id": p["id"], "title": p["title"], "description": p.get("description", "")}
             for p in programme.list_records("local-priority")]
    full = {**vision, "priorities": [*vision.get("priorities", []), *local]}
    return ReviewContext.build(full, national=national_priorities(run_date),
                               cqc_areas=areas_for_improvement(programme), themes=themes or [], embedder=embedder)


def run_review(*, programme, put_report, run_date: date, now: datetime, contributions=None,
               embedder=None) -> dict:
    """Review every open work item; the same date run twice gives the same report, not a second one."""
    vision = current_vision(programme)
    if vision is None:
        return {"status": "skipped", "reason": "No vision has been entered or adopted yet: add one first."}
    items = [i for i in programme.list_records("work-item") if is_open(i)]
    themes = themes_heard(programme, contributions, run_date) if contributions is not None else []
    portfolio = review_portfolio(items, review_context(vision, programme, run_date, themes, embedder))
    run_id, year = run_date.isoformat(), planning_year(run_date)
    decisions = latest_decisions(programme)
    report_key = f"reports/reviews/{run_id}.html"
    rows = [{**r.line(), "title": r.title, "matched": r.matched, "aim_check": r.aim_check,
             "decision": decisions.get(r.id)} for r in portfolio["items"]]
    # A reviewer's decision carries the date to look again: on or after it, the report says so
    due = [r for r in rows if r["decision"] and r["decision"]["next_review"] <= run_id]
    put_report(report_key, render_review_report(vision, portfolio, rows, run_id, year, due),
               "text/html; charset=utf-8")
    put_report(f"reports/reviews/{run_id}.json", json.dumps({"run": run_id, "items": rows,
                                                               "gaps": portfolio["gaps"]}, indent=2),
               "application/json")
    for review in portfolio["items"]:  # the automated view; reviewers' decisions live apart and stay
        programme.update_record("work-item", review.id, {"last_review": {
            "run": run_id, "score": review.score, "verdict": review.verdict, "reasons": review.reasons}})
    summary = {"id": run_id, "status": "complete", "vision_version": vision["version"],
               "planning_year": year, "items": len(rows),
               "distribution": portfolio["distribution"], "gaps": portfolio["gaps"],
               "questioned": [r.id for r in portfolio["questioned"]], "due_for_review": [r["id"] for r in due],
               "report": report_key, "finished_at": now.isoformat(timespec="seconds")}
    programme.put_record("review", run_id, summary)
    return summary


def record_decision(item_id: str, decision: dict, programme, *, by: str, now: datetime) -> dict:
    if programme.get_record("work-item", item_id) is None:
        raise NotFoundError("There is no work item with that id")
    if date.fromisoformat(str(decision["next_review"])) <= now.date():
        raise InvalidInputError({"next_review": "The next review date must be in the future"})
    at = now.isoformat(timespec="microseconds")
    record = {**decision, "next_review": str(decision["next_review"]), "item_id": item_id, "by": by, "at": at}
    # A new record for each decision, so history is kept; the same decision by the same reviewer on the same day
    # (a double-click) is one record, the first
    key = f"{item_id}#{content_id(json.dumps(record | {'at': at[:10]}, sort_keys=True, default=str))[:16]}"
    return programme.create("decision", key, record)


def latest_decisions(programme) -> dict[str, dict]:
    latest: dict[str, dict] = {}
    for d in sorted(programme.list_records("decision"), key=lambda d: d["at"]):
        latest[d["item_id"]] = d
    return latest


def decision_history(item_id: str, programme) -> list[dict]:
    if programme.get_record("work-item", item_id) is None:
        raise NotFoundError("There is no work item with that id")
    return sorted(programme.list_records("decision", prefix=f"{item_id}#"), key=lambda d: d["at"])


def render_review_report(vision: dict, portfolio: dict, rows: list[dict], run_id: str, year: str,
                         due: list[dict]) -> str:
    from purpose.web.rendering import render_page  # templates load only when a report is written

    # The matrix's columns: what the work the review passes serves (the portfolio's coverage counts only that work),
    # and the parts of the vision none serves (its gaps). Work to question ticks nothing (the template).
    gaps = {g["id"] for g in portfolio["gaps"] if g["kind"] in ("vision", "purpose", "priority")}
    labels = {m["id"]: m["label"] for r in rows for m in r["matched"]}
    labels |= {g["id"]: g["label"] for g in portfolio["gaps"]}
    return render_page("review_report.html", vision=vision, rows=rows, run_id=run_id, gaps=portfolio["gaps"],
                       planning_year=year, distribution=portfolio["distribution"], bands=portfolio["score_bands"],
                       columns=[c for c, count in portfolio["coverage"].items() if count or c in gaps], labels=labels,
                       count=len(rows), due=due)
