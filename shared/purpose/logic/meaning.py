"""Meaning from words, offline: static word vectors distilled from MiniLM, read in pure Python (a register in numpy).

A text's vector is the weighted mean of its words' vectors, so "strong painkillers" lands near
"opioid" while "painting" stays far from "pain". Loaded once per container (about 4.8 MB).
"""

from __future__ import annotations

import math
import os
import re
import struct
import unicodedata
from array import array
from collections.abc import Iterator
from itertools import chain, filterfalse, repeat
from operator import add, mul, sub, truediv
from functools import lru_cache, reduce
from pathlib import Path
from string import ascii_lowercase

MODEL = Path(__file__).resolve().parent.parent / "model"
DIMENSIONS = 64
ENDINGS = ("'s", "s", "es", "ing", "ed", "ly")  # what a word may end with beyond the plain form the vectors know


def plain_forms(word: str) -> Iterator[str]:
    """The plain forms a word may have, in the order ENDINGS are tried: without each ending it has, and without
    "ing" or "ed" with the "e" they drop ("dialysing" and "triaged" read as "dialyse" and "triage")."""
    for suffix in ENDINGS:
        if word.endswith(suffix):
            yield word[: -len(suffix)]
            if suffix in ("ing", "ed"):
                yield word[: -len(suffix)] + "e"


WORD = re.compile(r"a&e|[a-z][a-z'-]*")  # a word as the review reads it, before stop words are left out
# Words of two letters are mostly noise, but in NHS text these carry the meaning ("GP", "TB", "A&E")
SHORT_WORDS = frozenset({"a&e", "gp", "tb", "ct", "af", "hq"})
STOP_WORDS = frozenset("""a about above after again all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have having he her
here hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other our
ours out over own same she should so some such than that the their theirs them then there these they this those through
to too under until up very was we were what when where which while who whom why will with would you your yours new use
using used make making get getting one two three every within without per via etc""".split())


def _numpy():
    """numpy, for reading a register's many words and texts at once: imported only then (not by the functions that
    read one form or item), and with one thread for its matrix products: a long register is already shared among the
    processors (parallel), and OpenBLAS's threads would compete with its processes for them."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # read when numpy is first imported
    import numpy

    return numpy


class WordVectors:
    BIAS = 1 << 20  # above any weighted component (3 x 1024 x 127), so packed fields stay positive
    # Each word's field is then below 2 ** 21, so the fields of PACKED words sum below 2 ** 32: fields of 32 bits,
    # half as long an integer to add as 64 would make, and a longer text is summed PACKED words at a time
    PACKED = 2048
    RAREST = 3.0  # the weight of the rarest words (weight), and of a vision's word the vectors lack (WordMatcher)
    MANY, LONG = 64, 900  # texts enough for embed_many to use numpy (a register's); known words a text may have there
    _fields = struct.Struct(f"<{DIMENSIONS + 1}I")  # the 64 components, then a count of the words

    def __init__(self, folder: Path = MODEL) -> None:
        words = (folder / "words.txt").read_text(encoding="utf-8").split("\n")
        self._index = {w: i for i, w in enumerate(w for w in words if w)}
        self._data = array("b")
        self._data.frombytes((folder / "words.i8").read_bytes())
        self._rank_weight = {w: 1.0 + min(self.RAREST - 1, math.log10(1 + i / 500)) for w, i in self._index.items()}
        self._packed_words: dict[str, int] = {}  # per word read, its packed vector (_packed)

    def __contains__(self, word: str) -> bool:
        return word in self._index

    def quantised(self, word: str) -> array | None:
        """The stored int8 vector (each component times 127), or None for an unknown word."""
        index = self._index.get(word)
        if index is None:
            index = next((self._index[plain] for plain in plain_forms(word) if plain in self._index), None)
        if index is None:
            return self._joined(word) if "-" in word else None
        start = index * DIMENSIONS
        return self._data[start:start + DIMENSIONS]

    def _joined(self, word: str) -> array | None:
        """A hyphenated word the vocabulary lacks ("patient-initiated") reads as its known parts together."""
        parts = [v for v in (self.quantised(p) for p in word.split("-") if len(p) > 2) if v is not None]
        if not parts:
            return None
        total = [sum(c) for c in zip(*parts)]
        norm = math.sqrt(sum(t * t for t in total)) or 1.0
        return array("b", (round(127 * t / norm) for t in total))

    @lru_cache(maxsize=50_000)
    def vector(self, word: str) -> tuple[float, ...] | None:
        found = self.quantised(word)
        return None if found is None else tuple(v / 127.0 for v in found)

    def weight(self, word: str) -> float:
        """Rarer words say more about a text than common ones (vocabulary order is by frequency)."""
        return self._rank_weight.get(word, 2.0)

    def _packed(self, word: str) -> int:
        """The weighted vector as one integer: 64 fields of 32 bits, each offset by BIAS so never negative, then
        a field counting the word; 0 for a word the vocabulary does not know."""
        found = self.quantised(word)
        weight = round(self.weight(word) * 1024)
        packed = 0 if found is None else int.from_bytes(self._fields.pack(*(weight * v + self.BIAS for v in found), 1),
                                                        "little")
        if len(self._packed_words) > 200_000:  # unknown words are remembered too, so a bound
            self._packed_words.clear()
        self._packed_words[word] = packed
        return packed

    def embed_many(self, texts: list[str]) -> list[tuple[float, ...] | None]:
        """embed for each text. Many at once (a register's, a run of them at a time), each text's words are summed as
        embed sums them, then the rest is done for all in numpy: the same integers, then the same rounding of each
        step (a text of more than LONG known words is left to embed, as its squares could pass 2 ** 63, and so is one
        of more than PACKED words)."""
        if len(texts) < self.MANY:
            return [self.embed(t) for t in texts]
        numpy = _numpy()
        size = self._fields.size
        words = [content_words(t) for t in texts]
        sums = b"".join(packed_sum(self._packed_words, w, self._packed).to_bytes(size, "little")
                        if len(w) <= self.PACKED else bytes(size) for w in words)
        fields = numpy.frombuffer(sums, numpy.uint32).reshape(len(texts), -1).astype(numpy.int64)
        counts = fields[:, -1]
        totals = fields[:, :-1] - counts[:, None] * self.BIAS
        totals[counts > self.LONG] = 0  # left to embed
        norms = numpy.sqrt((totals * totals).sum(axis=1).astype(numpy.float64))
        norms[norms == 0] = 1.0
        return [self.embed(text) if count > self.LONG or len(w) > self.PACKED else tuple(vector) if count else None
                for text, w, count, vector in zip(texts, words, counts.tolist(), (totals / norms[:, None]).tolist())]

    def embed(self, text: str) -> tuple[float, ...] | None:
        """The rarity-weighted mean of the words' vectors, unit length. Summing one packed integer per
        word adds all 64 components at once in C, which keeps reviews of thousands of items fast."""
        words, size = content_words(text), self._fields.size
        parts = [self._fields.unpack(packed_sum(self._packed_words, words[start:start + self.PACKED], self._packed)
                                     .to_bytes(size, "little")) for start in range(0, len(words), self.PACKED)]
        if not parts:
            return None
        *fields, count = parts[0] if len(parts) == 1 else map(sum, zip(*parts))
        if not count:
            return None
        total = list(map(sub, fields, repeat(count * self.BIAS)))
        norm = math.sqrt(sum(map(mul, total, total))) or 1.0
        return tuple(map(truediv, total, repeat(norm)))


_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u2032": "'"})


def plain_lower(text: str) -> str:
    """Lower case, with accents and curly apostrophes as plain letters: "Café" reads as "cafe" and "children\u2019s"
    as "children's" (WORD reads a to z only, so "café" was "caf")."""
    text = text.lower()
    if text.isascii():
        return text
    return unicodedata.normalize("NFKD", text.translate(_QUOTES)).encode("ascii", "ignore").decode("ascii")


def spaces_for(parts) -> bytes:
    """A bytes.translate table turning each character `parts` is true of into a space: an ASCII text is then cut into
    runs at those characters in C (split), several times quicker than a pattern reading it letter by letter."""
    return bytes(ord(" ") if parts(chr(c)) else c for c in range(256))


# Every character but the letters, "'" and "-" parts words, as a space does (words_of)
_PARTS_WORDS = spaces_for(lambda c: c not in ascii_lowercase + "'-")


def words_of(lowered: str) -> list[str]:
    """WORD.findall of a plain_lower text. Without "a&e", each word WORD reads is a run of letters, "'" and "-" from
    its first letter, so the text is cut at every other character in C, which is several times quicker than the
    pattern, then each run loses the "'" or "-" it opens with (a run of those alone is then empty)."""
    if "&" in lowered or not lowered.isascii():
        return WORD.findall(lowered)
    runs = lowered.encode("ascii").translate(_PARTS_WORDS).decode("ascii").split()
    if "'" not in lowered and "-" not in lowered:
        return runs
    return [w for w in (run.lstrip("'-") for run in runs) if w]


# The words content_words leaves out: stop words, and words of one letter or two but SHORT_WORDS (every such word WORD
# can read is here, so a look up in C tells)
_LEFT_OUT = STOP_WORDS | {first + second for first in ascii_lowercase
                          for second in ("", *ascii_lowercase, "'", "-")} - (SHORT_WORDS - STOP_WORDS)


@lru_cache(maxsize=256)  # a review reads each item's text three times (embedding, matching, reasons)
def content_words(text: str) -> tuple[str, ...]:
    return tuple(map(str.strip, filterfalse(_LEFT_OUT.__contains__, words_of(plain_lower(text))), repeat("'-")))


def packed_sum(packed: dict[str, int], words: tuple[str, ...], pack) -> int:
    """The sum of the words' packed integers, each from `packed` or, the first time, from pack(word), which
    remembers it there: one sum in C adds every field of every word at once."""
    try:
        return sum(map(packed.__getitem__, words))
    except KeyError:  # a word not read before
        return sum(packed[w] if w in packed else pack(w) for w in words)


def cosine(a: tuple[float, ...] | None, b: tuple[float, ...] | None) -> float:
    """Vectors are unit length, so the dot product is the cosine; 0.0 when either is None."""
    if a is None or b is None:
        return 0.0
    return dot(a, b)


def dot(a, b) -> float:
    """The sum of the products, left to right from 0.0 (map, mul and add run in C). Python 3.11's sum adds so, and
    later versions' sum compensates, which numpy's sums for many vectors at once (dots) do not: a review of one item
    must come out as it does in a register's."""
    return reduce(add, map(mul, a, b), 0.0)


def dots(vectors: list[tuple[float, ...] | None], references: list) -> list[tuple[float, ...]]:
    """Per vector, `cosine` with each reference (0.0 for a vector or reference of None), for many vectors at once in
    numpy: the same products, each pair's summed left to right from 0.0 as dot sums them, so the same figures."""
    numpy = _numpy()
    kept = [v for v in vectors if v is not None]
    zeros = (0.0,) * len(references)
    if not kept or not references:
        return [zeros] * len(vectors)
    width = len(kept[0])
    table = numpy.array([(0.0,) * width if r is None else r for r in references], numpy.float64)
    # The vectors' floats as bytes, then an array: several times quicker than numpy reading tuples
    floats = struct.pack(f"{len(kept) * width}d", *chain.from_iterable(kept))
    # products[d]: each pair's product of their components d, so adding them in turn sums each pair left to right
    products = numpy.frombuffer(floats, numpy.float64).reshape(-1, width).T[:, :, None] * table.T[:, None, :]
    sums = numpy.zeros(products.shape[1:])
    for component in products:
        sums += component
    found = iter(map(tuple, sums.tolist()))
    return [zeros if v is None else next(found) for v in vectors]


class WordMatcher:
    """How well a text's words are matched, word by word, in each of several reference texts.

    Each word of the text finds its closest word in a reference (the idea behind BERTScore, with
    static vectors); a reference's match is the rarity-weighted mean of those closest similarities.
    Averaging a whole text first lets one strong topic word ("chemotherapy") carry work whose other
    words are about something else ("refurbish the waiting room"); matching word by word does not.

    Each distinct word is scored once. Its similarities with every reference word come from one
    sum of big integers: column d of the reference words' int8 vectors (each plus 128, so never
    negative) is packed into one integer, 32 bits a word, and the word's own components multiply
    those 64 integers; CPython does the arithmetic in C, so a register of thousands of items stays fast.

    `known` is optional knowledge about the first reference: words known to serve it (for a vision about
    heart attacks, "smoking" and "statin"). A word of the text that is one of them, or nearly (KNOWN),
    also counts as matched by the first reference in the second figures `matches` gives.

    `coverage` looks the other way, from the first reference to the text: how much of it the text speaks to.
    """

    FIELD, HALF = 32, 1 << 31  # a field of a word's dot products, and what keeps each above 0 (_start)
    # A row packed as one integer: each figure in fixed point (SCALE) plus BIAS in a 64-bit field, then a field
    # counting the word, so summing the rows of a text's words adds every figure at once (as embed does).
    SCALE, BIAS = 1 << 32, 1 << 40
    MANY = 400  # words enough for read to multiply them as a matrix: a register, not one item or a few
    KNOWN = 0.75  # 0.65, 0.75 and 0.85 were within two items of 512 leaving one vision out

    def __init__(self, vectors: WordVectors, references: list[str], known: str = "") -> None:
        self._vectors = vectors
        spans, stored, self._words = [], [], []
        # Per reference, the words the vectors lack and their plain forms: such a word in a text is matched by the
        # references that use it, exactly, and by no other (_unknown_row)
        self._lacking: list[set[str]] = []
        for reference in [*references, known]:
            read = [(w, vectors.quantised(w)) for w in dict.fromkeys(content_words(reference))]
            found = [(w, v) for w, v in read if v is not None]
            spans.append((len(stored), len(stored) + len(found)))
            stored += [v for _, v in found]
            self._words += [w for w, _ in found]
            self._lacking.append({form for w, v in read if v is None for form in (w, *plain_forms(w))})
        self._spans = spans
        lacking = sorted(set().union(*self._lacking))  # placed after the other words in _words
        self._lacking_at = {w: len(self._words) + i for i, w in enumerate(lacking)}
        self._words += lacking
        self.first_words = frozenset(self._words[spans[0][0]:spans[0][1]])  # the first reference's known words
        self._columns = [sum((vector[d] + 128) << (self.FIELD * j) for j, vector in enumerate(stored))
                         for d in range(DIMENSIONS)]
        # sum((a + 128)(b + 128)) = a.b + 128 sum(a) + 128 sum(b) + 64 * 128^2. A word's sum over the columns starts
        # from the parts not from the word (128 times the columns) and takes off the reference word's parts, adding
        # HALF so that no field is below 0: each field is then HALF + a.b + 128 sum(a), which _row reads.
        self._start = 128 * sum(self._columns) + sum((self.HALF - 128 * sum(vector) - DIMENSIONS * 128 * 128)
                                                     << (self.FIELD * j) for j, vector in enumerate(stored))
        self._unpack = struct.Struct(f"<{len(stored)}I").unpack
        self._stored = b"".join(v.tobytes() for v in stored)  # the same vectors, for read's matrix product
        self._bytes = len(stored) * self.FIELD // 8
        self._rows: dict[str, tuple[float, ...] | None] = {}
        self._packed_rows: dict[str, int] = {}  # each row packed for matches (_pack_row)
        self._row_fields = struct.Struct(f"<{len(spans) + 2}Q")  # the weight, one per reference, and a count
        self._closest: dict[str, tuple[int, ...]] = {}  # per reference, the index of the word's closest word
        # Per word, its similarity to each word of the first reference (times 16129, as the dot products are), and
        # those words' rarity weights: what coverage reads
        self._first: dict[str, tuple[int, ...]] = {}
        self._first_weights = [vectors.weight(w) for w in self._words[spans[0][0]:spans[0][1]]]
        self._first_total = sum(self._first_weights)
        self._discount: dict[str, float] = {}
        self.quiet: frozenset[str] = frozenset()  # words weighed at less than half: they explain nothing
        self._at: dict[str, int] | None = None  # per word read (read), its place in the matrices read_texts reads
        self._ahead: dict[str, tuple] = {}  # per text read (read_texts), its matches and _best

    def discount(self, factors: dict[str, float]) -> None:
        """Weigh these words less in every text matched from now on (each word's weight times its factor)."""
        if factors != self._discount:
            self._discount = dict(factors)
            self.quiet = frozenset(w for w, f in factors.items() if f < 0.5)
            self._rows.clear()
            self._packed_rows.clear()
            self._closest.clear()
            self._at, self._ahead = None, {}

    def _row(self, word: str) -> tuple[float, ...] | None:
        if word not in self._rows:
            vector = self._vectors.quantised(word)
            if vector is None:
                self._rows[word] = self._unknown_row(word)
            else:
                # Each dot product times 16129 (127 squared) plus `own`: the closest words are found on these
                # integers, in C, and only the closest per reference is turned into a similarity
                products = self._unpack(sum(map(mul, vector, self._columns), self._start)
                                        .to_bytes(self._bytes, "little"))
                own = 128 * sum(vector) + self.HALF
                tops = [max(products[a:b]) - own if a < b else None for a, b in self._spans]
                closest = [-1 if top is None else products.index(top + own, a, b)
                           for top, (a, b) in zip(tops, self._spans)]
                self._keep(word, tops, closest, tuple(p - own for p in products[slice(*self._spans[0])]))
        return self._rows[word]

    def read(self, words) -> None:
        """Read many words at once (a register's), for read_texts: the new ones' dot products with every reference
        word come from one matrix product, in C, then each word is kept as _row keeps it (the same integers, so the
        same rows); then every word's row is placed in the matrices read_texts sums and compares."""
        words = list(dict.fromkeys(words))
        if len(words) < self.MANY:  # left to _row, one at a time: importing numpy would cost more than it saves
            return
        numpy = _numpy()
        vectors = [(w, v) for w in words if w not in self._rows and (v := self._vectors.quantised(w)) is not None]
        new = [w for w, _ in vectors]
        if vectors:
            matrix = numpy.frombuffer(b"".join(v.tobytes() for _, v in vectors), numpy.int8).reshape(len(vectors), -1)
            stored = numpy.frombuffer(self._stored, numpy.int8).reshape(-1, DIMENSIONS)
            # In floating point, products of int8 vectors sum exactly (each sum is below 2 ** 53), and so fast
            products = (matrix.astype(numpy.float64) @ stored.T.astype(numpy.float64)).astype(numpy.int64)
            # As _keep does, for all the words at once: each reference's closest word and its similarity, then the
            # first reference with the known words
            best = numpy.zeros((len(vectors), len(self._spans)))
            closest = numpy.full((len(vectors), len(self._spans)), -1)
            for j, (a, b) in enumerate(self._spans):
                if a < b:
                    best[:, j] = products[:, a:b].max(axis=1) / 16129
                    closest[:, j] = products[:, a:b].argmax(axis=1) + a
            counts = (best[:, -1] >= self.KNOWN) & (best[:, -1] > best[:, 0])
            best[:, -1], closest[:, -1] = numpy.where(counts, best[:, -1], best[:, 0]), \
                numpy.where(counts, closest[:, -1], closest[:, 0])
            weight, discount = self._vectors.weight, self._discount
            weights = numpy.fromiter((weight(w) * discount.get(w, 1.0) for w in new), numpy.float64, len(new))[:, None]
            new_rows, new_firsts = numpy.hstack([weights, weights * best]), products[:, slice(*self._spans[0])]
            self._rows.update(zip(new, map(tuple, new_rows.tolist())))
            self._closest.update(zip(new, map(tuple, numpy.hstack([numpy.full((len(new), 1), -1), closest]).tolist())))
            self._first.update(zip(new, map(tuple, new_firsts.tolist())))
        # Row 0 stands for a word with no row (none of the references uses a word the vectors lack): it adds nothing
        # to a sum and is below every similarity. A quiet word counts in sums, not in the closest similarities.
        rows = self._rows
        rowed = [w for w in words if (rows[w] if w in rows else self._row(w)) is not None]
        self._at = at = {w: i for i, w in enumerate(rowed, 1)} | {w: 0 for w in words if rows[w] is None}
        self._unquiet = numpy.array([0, *(0 if w in self.quiet else i for i, w in enumerate(rowed, 1))])
        width = self._spans[0][1] - self._spans[0][0]
        sums = numpy.zeros((len(rowed) + 1, len(self._spans) + 1))
        self._firsts = numpy.full((len(rowed) + 1, width), -self.SCALE, numpy.int64)
        if new:  # the new words' rows as found above, the others' as kept
            places = [at[w] for w in new]
            sums[places], self._firsts[places] = new_rows, new_firsts
        kept = set(new)
        if older := [w for w in rowed if w not in kept]:
            places = [at[w] for w in older]
            sums[places], self._firsts[places] = [rows[w] for w in older], [self._first[w] for w in older]
        self._sums = numpy.rint(sums * self.SCALE).astype(numpy.int64)  # as _pack_row rounds them

    def read_texts(self, texts: list[str]) -> None:
        """matches and _best of many texts (WordVectors.MANY or more) at once, in numpy, from the words read last:
        the same integers, then the same rounding of each division, so the same figures. Kept for those texts until
        the next call; a text with a word not read is left to be worked out alone."""
        self._ahead = {}
        if self._at is None or len(texts) < WordVectors.MANY:
            return
        numpy = _numpy()
        at, ends, kept, flat = self._at, [], [], []
        for text in dict.fromkeys(texts):
            try:
                places = [at[w] for w in content_words(text)]
            except KeyError:  # a word not read: the text is left to be worked out alone
                continue
            if places:
                flat += places
                ends.append(len(flat))
                kept.append(text)
        if not kept:
            return
        starts, flat = [0, *ends[:-1]], numpy.fromiter(flat, numpy.intp, len(flat))
        flat_unquiet = self._unquiet[flat]
        sums = numpy.add.reduceat(self._sums[flat], starts)
        rowed = (numpy.maximum.reduceat(flat, starts) > 0).tolist()  # whether any of each text's words has a row
        unquiet_rowed = (numpy.maximum.reduceat(flat_unquiet, starts) > 0).tolist()
        weight = numpy.maximum(sums[:, :1], 1)  # 0 only for a text none of whose words has a row: None below
        plain = (sums[:, 1:-1] / weight).tolist()
        with_known = (sums[:, -1] / weight[:, 0]).tolist()
        best = numpy.maximum.reduceat(self._firsts[flat_unquiet], starts).tolist()
        for text, p, k, b, n, u in zip(kept, plain, with_known, best, rowed, unquiet_rowed):
            self._ahead[text] = ((tuple(p), (k, *p[1:])) if n else None, tuple(b) if u else None)

    def _keep(self, word: str, tops: list[int | None], closest: list[int], first: tuple[int, ...]) -> None:
        """A word's row from its largest dot product with each reference's words (None for a reference with none),
        where each was found, and its dot products with the first reference's words."""
        best = [0.0 if top is None else top / 16129 for top in tops]
        self._first[word] = first
        weight = self._vectors.weight(word) * self._discount.get(word, 1.0)
        # Last comes the first reference with the known words: the known word when it is nearly
        # the same word and closer than the reference's own
        known, known_closest = best.pop(), closest.pop()
        counts = known >= self.KNOWN and known > best[0]
        best.append(known if counts else best[0])
        closest.append(known_closest if counts else closest[0])
        self._rows[word] = tuple(weight * b for b in [1.0, *best])
        self._closest[word] = (-1, *closest)  # placed as in the row, so one index reads both

    def _unknown_row(self, word: str) -> tuple[float, ...] | None:
        """The row of a word the vectors lack: matched exactly (1) by each reference that uses it, or its plain form
        (plain_forms), and not at all (0) by the others; None when no reference uses it. A vision's rare word the
        vectors lack ("ketamine", "neuropsychiatrists") is then matched in work that names it, as a word the vectors
        know would be."""
        used = next((w for w in (word, *plain_forms(word)) if w in self._lacking_at), None)
        if used is None:
            return None
        found = [1.0 if used in lacking else 0.0 for lacking in self._lacking]
        at = self._lacking_at[used]
        found[-1] = max(found[0], found[-1])  # the first reference with the known words
        self._first[word] = (0,) * (self._spans[0][1] - self._spans[0][0])
        self._closest[word] = (-1, *(at if f else -1 for f in found))
        weight = self._vectors.RAREST * self._discount.get(word, 1.0)
        return tuple(weight * f for f in [1.0, *found])

    def closeness(self, word: str) -> tuple[float, ...] | None:
        """How close a word comes to its closest word in each reference, then in the first with the known words."""
        row = self._row(word)
        return None if row is None else tuple(r / row[0] for r in row[1:])

    def closeness_to_vision(self, word: str) -> float:
        """closeness to the first reference (the vision) alone, 0.0 for a word with none: what most checks ask."""
        row = self._rows[word] if word in self._rows else self._row(word)
        return 0.0 if row is None else row[1] / row[0]

    def evidence(self, text: str, towards: int, against: int, top: int = 3,
                 known: bool = False) -> list[tuple[str, str]]:
        """The text's words that reference `towards` matches better than reference `against` (ties), most
        telling first, each with its closest word in `towards` (itself when that is not close): what a
        reason can quote. With `known`, the first reference includes the known words."""
        near_at, far_at = self._places(towards, against, known)
        found = []
        for word in self.ties(text, towards, against, known):  # each has its row
            row, closest = self._rows[word], self._closest[word][near_at]
            # A counterpart of 0.6 or more is worth naming beside the word: at 0.5, "rounds" was like "quarter",
            # "fun" like "time". A word without one is its own counterpart, and the reason quotes it alone.
            if closest >= 0:
                near = row[near_at]
                found.append((near - row[far_at], word, self._words[closest] if near >= 0.6 * row[0] else word))
        return [(word, like) for _, word, like in sorted(found, reverse=True)[:top]]

    def ties(self, text: str, towards: int, against: int, known: bool = False) -> list[str]:
        """The text's words that reference `towards` matches better than reference `against`, in the text's order:
        only words with a close counterpart in it (similarity 0.5 or more), as a person can follow those."""
        near_at, far_at = self._places(towards, against, known)
        rows, quiet, found = self._rows, self.quiet, []
        for word in dict.fromkeys(content_words(text)):
            row = rows[word] if word in rows else self._row(word)
            if row is not None and word not in quiet and row[near_at] > row[far_at] and row[near_at] > 0.5 * row[0]:
                found.append(word)
        return found

    @staticmethod
    def _places(towards: int, against: int, known: bool) -> tuple[int, int]:
        """Where two references sit in a word's row (after its weight); the first with the known words is last."""
        return (-1 if known and towards == 0 else 1 + towards), (-1 if known and against == 0 else 1 + against)

    def _pack_row(self, word: str) -> int:
        """A word's row as one integer for packed_sum (SCALE, BIAS), remembered in _packed_rows."""
        row = self._row(word)
        packed = 0 if row is None else int.from_bytes(
            self._row_fields.pack(*(round(r * self.SCALE) + self.BIAS for r in row), 1), "little")
        self._packed_rows[word] = packed
        return packed

    def matches(self, text: str) -> tuple[tuple[float, ...], tuple[float, ...]] | None:
        """`match`, then the same with the known words counting for the first reference, in one pass."""
        if text in self._ahead:
            return self._ahead[text][0]
        total = packed_sum(self._packed_rows, content_words(text), self._pack_row)
        if not total:  # no word of the text is known
            return None
        *fields, count = self._row_fields.unpack(total.to_bytes(self._row_fields.size, "little"))
        weight, *sums = (f - count * self.BIAS for f in fields)
        plain = tuple(s / weight for s in sums[:-1])
        return plain, (sums[-1] / weight, *plain[1:])

    def coverage(self, text: str) -> float:
        """How much of the first reference (the vision) the text speaks to: the rarity-weighted mean, over the
        reference's words, of each one's similarity to its closest word of the text (quiet words left out). Work
        that matches a vision word for word may match only one of its words ("diabetes" in a vision about
        diabetes in hospital); work that serves it tends to speak to more of them."""
        return self.coverage_with_part(text, "")[0]

    def coverage_with_part(self, text: str, part: str) -> tuple[float, float]:
        """`coverage` of the text, then of a part of it whose words are all the text's (a title): the part's
        words' closest similarities are found once, for both (read_texts finds them for many parts at once)."""
        weighed = lambda best: 0.0 if best is None or not self._first_weights else \
            sum(map(mul, best, self._first_weights)) / (16129 * self._first_total)
        by_part = self._best(part)
        return weighed(self._closest_of([b for b in (self._best(text), by_part) if b is not None])), weighed(by_part)

    def closeness_to_first(self, text: str) -> dict[str, float]:
        """Each word of the first reference (the vision) with how close the text's closest word comes to it, 0 to 1
        (quiet words left out): which of its words the text speaks to."""
        best = self._best(text)
        start, end = self._spans[0]
        return {} if best is None else {w: d / 16129 for w, d in zip(self._words[start:end], best)}

    def _best(self, text: str) -> tuple[int, ...] | None:
        """Per word of the first reference, its similarity to the closest word of the text (_closest_of)."""
        if text in self._ahead:
            return self._ahead[text][1]
        return self._closest_of(self._first_rows(dict.fromkeys(content_words(text))))

    def _first_rows(self, words) -> list[tuple[int, ...]]:
        """Per word known to the vectors and not quiet, its similarity to each word of the first reference (times
        16129, as the dot products are)."""
        first, quiet = self._first, self.quiet  # a word matched before has its row already
        return [first[w] for w in words if (w in first or self._row(w) is not None) and w not in quiet]

    @staticmethod
    def _closest_of(rows: list[tuple[int, ...]]) -> tuple[int, ...] | None:
        """Per word of the first reference, its similarity to the closest of the words these rows are of."""
        if len(rows) == 2:  # a text and its part (coverage_with_part): comparing is twice as quick as calling max
            return tuple([a if a >= b else b for a, b in zip(*rows)])
        return tuple(map(max, *rows)) if len(rows) > 1 else rows[0] if rows else None

    def match(self, text: str) -> tuple[float, ...] | None:
        """One figure per reference, from -1 to 1; None when no word of the text is known."""
        found = self.matches(text)
        return found and found[0]


@lru_cache(maxsize=1)
def word_vectors() -> WordVectors:
    return WordVectors()
