"""Themes, sentiment and staff voice for a comment, in pure Python from the committed model.

The model (model/themes.json) is trained by purpose.training.themes from the national FFT
framework's coded comments: binary TF-IDF over word 1-2 grams, character 4-grams within words,
the FFT rating and the question's words, one linear
classifier per theme with its own threshold, and a sentiment classifier. Loaded once per
container; predicting needs no numpy or scikit-learn.
"""

from __future__ import annotations

import json
import math
import re
import struct
from itertools import chain, repeat
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from purpose.logic.upload_kinds import MAX_TEXT, is_blank_answer

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
    """Scores every theme and sentiment at once with integer arithmetic on packed weights.

    The features are binary TF-IDF (presence times IDF, L2-normalised). Each feature's 53 weights
    (50 themes, 3 sentiments), times its IDF, are rounded to fixed point and packed side by side
    into one Python integer, 32 bits per class, each raised by OFFSET so none is negative. Adding
    the integers of a comment's features adds all 53 sums in one operation (CPython adds big
    integers in C), and one struct call unpacks them. That is what makes pure Python fast enough
    (10,000+ comments a second on one core); a test checks it against the plain dot product.
    """

    QUANTUM = 50_000   # fixed point: weights * IDF to 2e-5
    OFFSET = 1 << 23   # above any |weight * IDF * QUANTUM| (checked at load)
    CHUNK = 256        # features summed per integer: 256 * 2**24 fits each 32-bit field

    def __init__(self, data: dict) -> None:
        if data.get("format") != 4:
            raise ValueError("The theme model is in an older format: retrain it with `purpose train`")
        self.vocabulary: dict[str, int] = data["vocabulary"]
        self.idf: list[float] = data["idf"]
        self.themes: list[str] = data["themes"]
        self.thresholds: list[float] = data["thresholds"]
        self.intercepts: list[float] = data["intercepts"]
        self.max_themes: int = data.get("max_themes", 3)
        self.sentiments: list[str] = data["sentiments"]
        self.sentiment_intercepts: list[float] = data["sentiment_intercepts"]
        self.scale: float = data["scale"]
        self._width = len(self.themes) + len(self.sentiments)
        self._pack_fields = struct.Struct(f"<{self._width}I").pack
        self._unpack = struct.Struct(f"<{self._width}I").unpack
        self._unknown = len(self.idf)  # features outside the vocabulary map here
        self._idf_squared = [v * v for v in self.idf]
        # Themes are compared with their thresholds, so those are folded into the intercepts.
        self._bias = [b - t for b, t in zip(self.intercepts, self.thresholds)] + self.sentiment_intercepts
        # The weights are only needed to pack: keeping them would double the model's memory in a Lambda.
        weights, sentiment_weights = data["weights"], data["sentiment_weights"]
        self._packed = [self._pack(f, weights.get(str(f), ""), sentiment_weights.get(str(f), ""))
                        for f in range(len(self.idf))]
        self._word_grams: dict[str, tuple[int, ...]] = {}
        self._questions: dict[str, tuple[int, ...]] = {}

    def _pack(self, feature: int, theme_weights, sentiment_weights) -> int:
        fields = [self.OFFSET] * self._width
        factor = self.idf[feature] * self.QUANTUM / self.scale
        count = len(self.themes)
        weighted = weight_pairs(theme_weights) + [(count + c, w) for c, w in weight_pairs(sentiment_weights)]
        for c, w in weighted:
            quantised = round(w * factor)
            if abs(quantised) >= self.OFFSET:
                raise ValueError(f"feature {feature}: a weight is too large to pack")
            fields[c] += quantised
        return int.from_bytes(self._pack_fields(*fields), "little")

    def feature_indices(self, text: str, rating: int | None = None, question: str = "") -> set[int]:
        """The vocabulary indices of features(text, rating, question), computed faster.

        Character grams depend only on the word they are in, so each word's are looked up once and
        kept (words repeat endlessly across comments); the question's likewise.
        """
        lowered = text[:MAX_TEXT].lower()  # the longest answer a form or upload accepts; keeps fields in range
        words = TOKEN.findall(lowered)
        grams = words + [f"{a} {b}" for a, b in zip(words, words[1:])]
        if rating in (1, 2, 3, 4, 5):
            grams.append(f"__rating_{rating}")
        found = set(map(self.vocabulary.get, grams, repeat(self._unknown)))
        found.update(self._question(question))
        cached = self._word_grams
        found.update(chain.from_iterable([cached.get(piece) or self._grams_of(piece) for piece in lowered.split()]))
        found.discard(self._unknown)
        return found

    def _grams_of(self, piece: str) -> tuple[int, ...]:
        padded = f" {piece} "
        grams = ["#" + padded[i:i + CHAR_N] for i in range(max(1, len(padded) - CHAR_N + 1))]
        found = tuple(map(self.vocabulary.get, grams, repeat(self._unknown)))
        if len(self._word_grams) < 200_000:  # bounded: a flood of nonsense words cannot grow it forever
            self._word_grams[piece] = found
        return found

    def _question(self, question: str) -> tuple[int, ...]:
        found = self._questions.get(question)
        if found is None:
            grams = [f"q:{w}" for w in set(TOKEN.findall(question.lower()))]
            found = tuple(map(self.vocabulary.get, grams, repeat(self._unknown)))
            if len(self._questions) < 1000:
                self._questions[question] = found
        return found

    def scores(self, text: str, rating: int | None = None, question: str = "") -> list[float]:
        """Theme margins (score minus threshold), then sentiment scores."""
        found = self.feature_indices(text, rating, question)
        if not found:
            return list(self._bias)
        scale = 1.0 / (self.QUANTUM * math.sqrt(sum(map(self._idf_squared.__getitem__, found))))
        shift = self.OFFSET * len(found) * scale  # every field carries OFFSET once per feature
        if len(found) <= self.CHUNK:  # nearly every comment
            sums = self._sum(found)
        else:
            found = list(found)
            sums = [sum(column) for column in zip(*(self._sum(found[i:i + self.CHUNK])
                                                    for i in range(0, len(found), self.CHUNK)))]
        return [b + v * scale - shift for b, v in zip(self._bias, sums)]

    def _sum(self, features) -> tuple[int, ...]:
        return self._unpack(sum(map(self._packed.__getitem__, features)).to_bytes(self._width * 4, "little"))

    def predict(self, text: str, rating: int | None = None, question: str = "") -> Prediction:
        if is_blank_answer(text or ""):
            return Prediction([NOT_POSSIBLE], "neutral")  # a non-answer says nothing either way
        margins = self.scores(text, rating, question)
        count = len(self.themes)
        # Themes past their threshold, strongest first, at most max_themes; at least one.
        best = sorted(range(count), key=margins.__getitem__, reverse=True)[: self.max_themes]
        chosen = [self.themes[c] for c in best if margins[c] >= 0] or [self.themes[best[0]]]
        sentiment = margins[count:]
        return Prediction(chosen, self.sentiments[sentiment.index(max(sentiment))])


def weight_pairs(stored: str) -> list[tuple[int, int]]:
    """A feature's stored weights, "class,weight,class,weight,...", as (class, weight) pairs."""
    numbers = [int(v) for v in stored.split(",")] if stored else []
    return list(zip(numbers[::2], numbers[1::2]))


@lru_cache(maxsize=1)
def theme_model() -> ThemeModel:
    return ThemeModel(json.loads(MODEL_FILE.read_text(encoding="utf-8")))
