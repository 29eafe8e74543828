"""Staff voice: which of the seven NHS People Promise elements a staff contribution speaks to.

Method: each element is described in the words staff use about it (from the NHS Staff Survey's
People Promise questions). Each word of a contribution finds its closest word in each description
(logic.meaning.WordMatcher, static word vectors distilled from MiniLM); an element is chosen when
its match is at least MIN_SIMILARITY and within MARGIN of the best element, at most two elements.
Short or off-topic comments get none. The thresholds are fixed, not tuned to any trust's data.
"""

from __future__ import annotations

from functools import lru_cache

from purpose.logic.meaning import WordMatcher, word_vectors

ELEMENTS = {
    "We are compassionate and inclusive": "respect, kindness, discrimination, bullying, harassment, racism, "
                                          "inclusion, fairness, diversity, treated with dignity by colleagues and managers",
    "We are recognised and rewarded": "pay, salary, banding, thanks, appreciation, recognition, reward, "
                                      "valued for my work, praise from managers",
    "We each have a voice that counts": "listened to, speak up, ideas ignored, involved in decisions, raise concerns, "
                                        "managers listen, suggestions, freedom to speak",
    "We are safe and healthy": "stress, burnout, exhaustion, staffing levels, workload, breaks, sickness, "
                               "violence, safety, wellbeing, fatigue, mental health of staff",
    "We are always learning": "training, development, learning, career progression, appraisal, education, "
                              "study leave, courses, skills, mentoring",
    "We work flexibly": "flexible working, rota, shifts, hours, work life balance, childcare, part time, "
                        "self rostering, annual leave",
    "We are a team": "teamwork, colleagues, working together, support each other, team spirit, collaboration "
                     "between departments, handover between teams",
}
MIN_SIMILARITY = 0.45
MARGIN = 0.05


@lru_cache(maxsize=1)
def _matcher() -> WordMatcher:
    return WordMatcher(word_vectors(), [f"{name}. {text}" for name, text in ELEMENTS.items()])


def people_promise_elements(text: str) -> list[str]:
    found = _matcher().match(text)
    if found is None:
        return []
    scored = sorted(zip(found, ELEMENTS), reverse=True)
    best = scored[0][0]
    return [name for score, name in scored[:2] if score >= MIN_SIMILARITY and score >= best - MARGIN]
