"""The bulletin: what people said, what was done, work that is making a difference, what is next.

Content is assembled from what the system holds for an issue date, rendered once as HTML
(tables and inline styles, as email clients need) and plain text, then personalised per
recipient only by the unsubscribe link. Every piece of user-supplied text is escaped, and
quotes are consented and redacted.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from purpose.logic.privacy import may_identify_someone, redact
from purpose.models.people import STAKEHOLDER_LABELS
from purpose.web.rendering import render_page

MAX_QUOTES = 4


@dataclass
class BulletinContent:
    issue_date: str
    trust_name: str
    stories: list[dict] = field(default_factory=list)
    figures: dict[str, int] = field(default_factory=dict)
    since: str | None = None
    themes: list[dict] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    actions: list[dict] = field(default_factory=list)
    aligned_work: list[dict] = field(default_factory=list)
    questioned_work: list[dict] = field(default_factory=list)
    upcoming: list[dict] = field(default_factory=list)


def assemble(issue_date: date, *, trust_name: str, programme, contributions, since: date | None) -> BulletinContent:
    content = BulletinContent(issue_date=issue_date.isoformat(), trust_name=trust_name,
                              since=since.isoformat() if since else None)
    content.stories = [{"title": s["title"], "body": s["body"], "topic": s.get("topic")}
                       for s in programme.list_records("story") if s.get("approved")][:10]
    groups: Counter = Counter()
    themes: Counter = Counter()
    quotes: list[tuple[str, str]] = []
    for campaign in programme.list_records("campaign"):
        for c in contributions.list_contributions(campaign["id"]):
            day = c.created_at[:10]
            if (since and day < since.isoformat()) or day > issue_date.isoformat() or c.hidden:
                continue
            groups[c.stakeholder_group] += 1
            themes.update(t for t in c.themes if t != "Labelling not possible")
            if c.quote_consent:
                for text in c.answers.values():
                    if 30 <= len(text) <= 300:
                        quotes.append((c.created_at, text))
    content.figures = {STAKEHOLDER_LABELS.get(g, str(g)): n for g, n in groups.most_common()}
    content.themes = [{"theme": t, "count": n} for t, n in themes.most_common(5)]
    # Published quotes: consented, and redacted; anything still identifying after redaction is left out.
    for _, text in sorted(quotes, reverse=True):
        cleaned = redact(text)
        if not may_identify_someone(cleaned) and cleaned not in content.quotes:
            content.quotes.append(cleaned)
        if len(content.quotes) >= MAX_QUOTES:
            break
    content.actions = [{"said": a.get("said", ""), "did": a.get("did", "")} for a in programme.list_records("action")]
    reviews = sorted(programme.list_records("review"), key=lambda r: r["id"])
    if reviews:
        last = reviews[-1]
        items = {i["id"]: i for i in programme.list_records("work-item")}
        decisions = {}
        for d in sorted(programme.list_records("decision"), key=lambda d: d["at"]):
            decisions[d["item_id"]] = d
        content.aligned_work = [{"title": i["title"]} for i in items.values()
                                if (i.get("last_review") or {}).get("verdict") == "aligned"][:5]
        content.questioned_work = [{"title": items[i]["title"], "decision": decisions.get(i, {}).get("decision",
                                                                                               "under review")}
                                   for i in last.get("questioned", []) if i in items][:5]
    today = issue_date
    content.upcoming = [{"title": c["title"], "closes": c["closes"], "path": f"/campaigns/{c['id']}"}
                        for c in programme.list_records("campaign")
                        if not c.get("closed_early") and c["opens"] <= today.isoformat() <= c["closes"]]
    content.upcoming += [{"title": r["title"], "closes": r.get("closes", ""), "path": f"/rounds/{r['id']}"}
                         for r in programme.list_records("round") if r.get("status") == "open"]
    return content


def for_topics(content: BulletinContent, topics: tuple[str, ...]) -> BulletinContent:
    """The bulletin as a subscriber who chose these topics sees it (no topics chosen: everything)."""
    if not topics:
        return content
    from dataclasses import replace
    return replace(content, stories=[s for s in content.stories if not s.get("topic") or s["topic"] in topics])


def render_html(content: BulletinContent, *, site_url: str, unsubscribe_url: str) -> str:
    return render_page("bulletin_email.html", c=content, site_url=site_url, unsubscribe_url=unsubscribe_url)


def render_text(content: BulletinContent, *, site_url: str, unsubscribe_url: str) -> str:
    lines = [f"{content.trust_name}: Shared Purpose bulletin, {content.issue_date}", ""]
    for story in content.stories:
        lines += [story["title"].upper(), story["body"], ""]
    if content.figures:
        lines += ["WHO WE HEARD FROM" + (f" SINCE {content.since}" if content.since else "")]
        lines += [f"- {group}: {n}" for group, n in content.figures.items()] + [""]
    if content.themes:
        lines += ["WHAT PEOPLE TALKED ABOUT"] + [f"- {t['theme']} ({t['count']})" for t in content.themes] + [""]
    if content.quotes:
        lines += ["IN THEIR WORDS"] + [f'"{q}"' for q in content.quotes] + [""]
    if content.actions:
        lines += ["YOU SAID, WE DID"] + [f"- You said: {a['said']} We did: {a['did']}" for a in content.actions] + [""]
    if content.aligned_work or content.questioned_work:
        lines += ["IMPROVEMENT WORK"] + [f"- Making a difference: {w['title']}" for w in content.aligned_work]
        lines += [f"- Questioned: {w['title']} (decision: {w['decision']})" for w in content.questioned_work] + [""]
    if content.upcoming:
        lines += ["GET INVOLVED"] + [f"- {u['title']}: {site_url}{u['path']}" for u in content.upcoming] + [""]
    lines += ["You get this because you asked for it. Leave at any time:", unsubscribe_url, ""]
    return "\n".join(lines)


def build_message(content: BulletinContent, *, to: str, sender: str, site_url: str, unsubscribe_url: str,
                  now: datetime) -> EmailMessage:
    message = EmailMessage()
    message["From"] = f"{content.trust_name} <{sender}>"
    message["To"] = to
    message["Subject"] = f"Shared Purpose bulletin, {date.fromisoformat(content.issue_date):%-d %B %Y}"
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(domain=sender.split("@")[-1])
    # RFC 8058: mail clients show an unsubscribe button that POSTs to this address, no login needed.
    message["List-Unsubscribe"] = f"<{unsubscribe_url}>"
    message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message.set_content(render_text(content, site_url=site_url, unsubscribe_url=unsubscribe_url))
    message.add_alternative(render_html(content, site_url=site_url, unsubscribe_url=unsubscribe_url), subtype="html")
    return message
