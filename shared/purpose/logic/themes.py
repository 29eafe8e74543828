"""Themes, sentiment and staff voice for a comment, in pure Python from the committed model.

The model (model/themes.json) is trained by purpose.training.themes from the national FFT
framework's coded comments: TF-IDF word unigrams and bigrams plus the FFT rating, one linear
classifier per theme with its own threshold, and a sentiment classifier. Loaded once per
container; predicting needs no numpy or scikit-learn.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from purpose.logic.upload_kinds import is_blank_answer

MODEL_FILE = Path(__file__).resolve().parent.parent / "model" / "themes.json"
TOKEN = re.compile(r"(?u)\b\w\w+\b")
NOT_POSSIBLE = "Labelling not possible"
CHAR_N = 4


def features(text: str, rating: int | None, question: str = "") -> list[str]:
    """Word 1-2 grams (lowercase, 2+ characters), the FFT rating, and the question's words.

    The question matters: "nothing" answers "what could we improve?" with praise.
    """
    lowered = text.lower()
    words = TOKEN.findall(lowered)
    grams = words + [f"{a} {b}" for a, b in zip(words, words[1:])]
    # Character 4-grams inside words (with word edges) catch misspellings and word forms.
    for word in lowered.split():
        padded = f" {word} "
        grams += ["#" + padded[i:i + CHAR_N] for i in range(max(1, len(padded) - CHAR_N + 1))]
    if rating in (1, 2, 3, 4, 5):
        grams.append(f"__rating_{rating}")
    grams += [f"q:{w}" for w in set(TOKEN.findall(question.lower()))]
    return grams


@dataclass(frozen=True)
class Prediction:
    themes: list[str]
    sentiment: str


class ThemeModel:
    def __init__(self, data: dict) -> None:
        self.vocabulary: dict[str, int] = data["vocabulary"]
        self.idf: list[float] = data["idf"]
        self.themes: list[str] = data["themes"]
        self.thresholds: list[float] = data["thresholds"]
        self.intercepts: list[float] = data["intercepts"]
        self.max_themes: int = data.get("max_themes", 3)
        self.sentiments: list[str] = data["sentiments"]
        self.sentiment_intercepts: list[float] = data["sentiment_intercepts"]
        scale = data["scale"]
        # feature index -> [(class, weight)] : only the weights that matter were kept
        self.weights = {int(f): [(c, w / scale) for c, w in pairs] for f, pairs in data["weights"].items()}
        self.sentiment_weights = {int(f): [(c, w / scale) for c, w in pairs]
                                  for f, pairs in data["sentiment_weights"].items()}

    def _vector(self, text: str, rating: int | None, question: str) -> dict[int, float]:
        counts: dict[int, int] = {}
        for token in features(text, rating, question):
            index = self.vocabulary.get(token)
            if index is not None:
                counts[index] = counts.get(index, 0) + 1
        vector = {i: (1.0 + math.log(n)) * self.idf[i] for i, n in counts.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        return {i: v / norm for i, v in vector.items()}

    def predict(self, text: str, rating: int | None = None, question: str = "") -> Prediction:
        if is_blank_answer(text or ""):
            return Prediction([NOT_POSSIBLE], "neutral")  # a non-answer says nothing either way
        vector = self._vector(text, rating, question)
        scores = list(self.intercepts)
        sentiment = list(self.sentiment_intercepts)
        for index, value in vector.items():
            for c, w in self.weights.get(index, ()):
                scores[c] += w * value
            for c, w in self.sentiment_weights.get(index, ()):
                sentiment[c] += w * value
        # Themes whose score passes their threshold, strongest first, at most max_themes; at least one.
        margins = sorted(((scores[c] - self.thresholds[c], c) for c in range(len(scores))), reverse=True)
        chosen = [self.themes[c] for m, c in margins[: self.max_themes] if m >= 0] or [self.themes[margins[0][1]]]
        return Prediction(chosen, self.sentiments[max(range(len(sentiment)), key=sentiment.__getitem__)])


@lru_cache(maxsize=1)
def theme_model() -> ThemeModel:
    return ThemeModel(json.loads(MODEL_FILE.read_text(encoding="utf-8")))
