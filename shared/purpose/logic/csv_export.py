"""CSV that is safe to open in Excel: no cell can start a formula."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    text = "" if value is None else str(value)
    # A leading apostrophe makes a spreadsheet show the text instead of running it (OWASP's advice).
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def to_csv(header: list[str], rows: Iterable[list]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in header])
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return out.getvalue()


def contributions_csv(campaign, contributions) -> str:
    prompts = campaign.prompts
    header = ["reference", "created_at", "source", "stakeholder_group", "staff_group", "lived_experience",
              "organisation", "team", "quote_consent", "hidden", "themes", "sentiment", "may_identify_someone",
              *[p.text for p in prompts]]
    rows = (
        [c.reference, c.created_at, c.source, c.stakeholder_group, c.staff_group or "", c.lived_experience or "",
         c.organisation, c.team, "yes" if c.quote_consent else "no", "yes" if c.hidden else "no",
         "; ".join(c.themes), c.sentiment or "", "yes" if c.pii else "no",
         *["" if c.hidden else c.answers.get(p.id, "") for p in prompts]]
        for c in contributions
    )
    return to_csv(header, rows)
