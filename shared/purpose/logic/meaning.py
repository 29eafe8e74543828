"""Meaning from words, offline and in pure Python: static word vectors distilled from MiniLM.

A text's vector is the weighted mean of its words' vectors, so "strong painkillers" lands near
"opioid" while "painting" stays far from "pain". Loaded once per container (about 2.5 MB).
"""

from __future__ import annotations

import math
import re
from array import array
from operator import mul
from functools import lru_cache
from pathlib import Path

MODEL = Path(__file__).resolve().parent.parent / "model"
DIMENSIONS = 64
_WORD = re.compile(r"[a-z][a-z'-]*")
STOP_WORDS = frozenset("""a about above after again all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have having he her
here hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other our
ours out over own same she should so some such than that the their theirs them then there these they this those through
to too under until up very was we were what when where which while who whom why will with would you your yours new use
using used make making get getting one two three every within without per via etc""".split())


class WordVectors:
    def __init__(self, folder: Path = MODEL) -> None:
        words = (folder / "words.txt").read_text(encoding="utf-8").split("\n")
        self._index = {w: i for i, w in enumerate(w for w in words if w)}
        self._data = array("b")
        self._data.frombytes((folder / "words.i8").read_bytes())
        self._rank_weight = {w: 1.0 + min(2.0, math.log10(1 + i / 500)) for w, i in self._index.items()}

    def __contains__(self, word: str) -> bool:
        return word in self._index

    @lru_cache(maxsize=50_000)
    def vector(self, word: str) -> tuple[float, ...] | None:
        index = self._index.get(word)
        if index is None:
            for suffix in ("'s", "s", "es", "ing", "ed", "ly"):  # a plain form the vocabulary knows
                if word.endswith(suffix) and word[: -len(suffix)] in self._index:
                    index = self._index[word[: -len(suffix)]]
                    break
        if index is None:
            return None
        start = index * DIMENSIONS
        return tuple(v / 127.0 for v in self._data[start:start + DIMENSIONS])

    def weight(self, word: str) -> float:
        """Rarer words say more about a text than common ones (vocabulary order is by frequency)."""
        return self._rank_weight.get(word, 2.0)

    @lru_cache(maxsize=50_000)
    def weighted(self, word: str) -> tuple[float, ...] | None:
        vector = self.vector(word)
        if vector is None:
            return None
        w = self.weight(word)
        return tuple(w * v for v in vector)

    def embed_many(self, texts: list[str]) -> list[tuple[float, ...] | None]:
        return [self.embed(t) for t in texts]

    def embed(self, text: str) -> tuple[float, ...] | None:
        found = [v for v in map(self.weighted, content_words(text)) if v is not None]
        if not found:
            return None
        total = [sum(column) for column in zip(*found)]  # column sums run in C
        norm = math.sqrt(sum(map(mul, total, total))) or 1.0
        return tuple(t / norm for t in total)


def content_words(text: str) -> list[str]:
    return [w.strip("'-") for w in _WORD.findall(text.lower()) if w not in STOP_WORDS and len(w) > 2]


def cosine(a: tuple[float, ...] | None, b: tuple[float, ...] | None) -> float:
    """Vectors are unit length, so the dot product is the cosine (map/mul runs in C: reviews of
    thousands of items stay fast)."""
    if a is None or b is None:
        return 0.0
    return sum(map(mul, a, b))


@lru_cache(maxsize=1)
def word_vectors() -> WordVectors:
    return WordVectors()
