"""Every contribution gets its themes, sentiment, a personal-information flag and, for staff,
the People Promise elements it speaks to: on arrival, from the form and from uploads alike."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date

from purpose.logic.people_promise import people_promise_elements
from purpose.logic.privacy import may_identify_someone, redact
from purpose.logic.themes import NOT_POSSIBLE, theme_model
from purpose.models.contribution import Contribution
from purpose.models.people import StakeholderGroup

SENTIMENT_ORDER = ("negative", "neutral", "positive")


def annotate(contribution: Contribution, questions: dict[str, str] | None = None) -> Contribution:
    """Themes and sentiment per answer (each read with its question), combined for the contribution."""
    model = theme_model()
    themes: list[str] = []
    sentiments: list[str] = []
    for prompt_id, text in contribution.answers.items():
        question = (questions or {}).get(prompt_id, contribution.source_details.get("FFT question", ""))
        prediction = model.predict(text, contribution.rating, question)
        themes += [t for t in prediction.themes if t not in themes]
        sentiments.append(prediction.sentiment)
    if len(themes) > 1 and NOT_POSSIBLE in themes:
        themes.remove(NOT_POSSIBLE)
    text = contribution.text()
    return contribution.model_copy(update={
        "themes": themes,
        "sentiment": _overall(sentiments),
        "pii": may_identify_someone(text),
        "people_promise": people_promise_elements(text) if contribution.stakeholder_group == StakeholderGroup.STAFF
        else [],
    })


def annotator(campaign) -> Callable[[Contribution], Contribution]:
    """annotate, each answer read with its question in this campaign: how the site themes what people send."""
    questions = {p.id: p.text for p in campaign.prompts}
    return lambda contribution: annotate(contribution, questions)


def _overall(sentiments: list[str]) -> str:
    distinct = set(sentiments) - {"neutral"}
    if not distinct:
        return "neutral"
    return distinct.pop() if len(distinct) == 1 else "neutral"  # praise and criticism together: mixed


def theme_summary(contributions, *, since: date | None = None, until: date | None = None,
                  previous: tuple[date, date] | None = None, quotes_per_theme: int = 3) -> list[dict]:
    """Theme counts with the sentiment split, change since the previous period and consented redacted quotes."""
    counts: Counter = Counter()
    split: dict[str, Counter] = {}
    earlier: Counter = Counter()
    quotes: dict[str, list[str]] = {}
    for c in contributions:
        if c.hidden:
            continue
        day = date.fromisoformat(c.created_at[:10])
        if previous and previous[0] <= day <= previous[1]:
            earlier.update(t for t in c.themes if t != NOT_POSSIBLE)
        if (since and day < since) or (until and day > until):
            continue
        for theme in c.themes:
            if theme == NOT_POSSIBLE:
                continue
            counts[theme] += 1
            split.setdefault(theme, Counter())[c.sentiment or "neutral"] += 1
            if c.quote_consent and len(quotes.setdefault(theme, [])) < quotes_per_theme:
                quote = redact(c.text())
                if 20 <= len(quote) <= 400 and not may_identify_someone(quote):
                    quotes[theme].append(quote)
    return [{"theme": t, "count": n, "sentiment": {s: split[t].get(s, 0) for s in SENTIMENT_ORDER},
             "change": n - earlier.get(t, 0) if previous else None, "quotes": quotes.get(t, [])}
            for t, n in counts.most_common()]
