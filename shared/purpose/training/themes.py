"""Train, evaluate and export the theming and sentiment model (`purpose train`).

Reads ../shared/data/fft_qdc_v6_train.csv (never copied into the project). Cross-validation
is grouped by respondent, as the data set was split, and the exported pure-Python predictor
itself is what each fold scores, beside a TF-IDF (word and character n-grams) + linear SVM
baseline trained on the same folds. Fixed seed: the same data gives the same artefact.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import time
from pathlib import Path

SEED = 20261126
FIRST_CATEGORY = "Not assigned"
SENTIMENTS = {"1": "positive", "2": "positive", "3": "neutral", "4": "negative", "5": "negative"}
PRUNE = 0.08  # smaller weights move a score by less than a rounding error, and cost time at every prediction
SCALE = 1000
FLOOR = 0.15
COMMON = 0
MAX_THEMES = 2
THEME_C, THEME_BALANCED, SENTIMENT_C, SENTIMENT_BALANCED = 8.0, False, 4.0, True


def load(path: Path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames
        categories = header[header.index(FIRST_CATEGORY):]
        rows = list(reader)
    texts = [r["FFT answer"] or "" for r in rows]
    ratings = [int(r["FFT categorical answer"]) if r["FFT categorical answer"].strip() in "12345" and
               r["FFT categorical answer"].strip() else None for r in rows]
    labels = [[c for c in categories if r[c].strip() == "1"] for r in rows]
    sentiments = [SENTIMENTS.get(r["Comment sentiment"].strip()) for r in rows]
    groups = [r["Respondent ID"] or r["Comment ID"] for r in rows]
    questions = [r["FFT question"] or "" for r in rows]
    return texts, ratings, labels, sentiments, groups, categories, questions


def fit(texts, ratings, labels, sentiments, categories, questions, *, tune_thresholds: bool = True) -> dict:
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import KFold, cross_val_predict
    from sklearn.preprocessing import MultiLabelBinarizer

    from purpose.logic.themes import NOT_POSSIBLE, features
    from purpose.logic.upload_kinds import is_blank_answer

    keep = [i for i, t in enumerate(texts) if not is_blank_answer(t)]
    docs = [features(texts[i], ratings[i], questions[i]) for i in keep]
    # Binary TF (presence x IDF): as good as 1 + log(tf) on comments this short, and scoring needs no counting.
    vectorizer = TfidfVectorizer(analyzer=lambda d: d, binary=True, min_df=2)
    x = vectorizer.fit_transform(docs)
    themes = [c for c in categories if c != NOT_POSSIBLE]
    binarizer = MultiLabelBinarizer(classes=themes)
    y = binarizer.fit_transform([[l for l in labels[i] if l != NOT_POSSIBLE] for i in keep])
    weights, intercepts, thresholds = [], [], []
    for c in range(len(themes)):
        column = y[:, c]
        if column.sum() < 2:
            weights.append(np.zeros(x.shape[1]))
            intercepts.append(-10.0)
            thresholds.append(0.0)
            continue
        model = LogisticRegression(C=THEME_C, class_weight="balanced" if THEME_BALANCED else None, max_iter=2000,
                                   solver="liblinear", random_state=SEED)
        threshold = 0.0
        if tune_thresholds and column.sum() >= 5:
            folds = KFold(3, shuffle=True, random_state=SEED)
            scores = cross_val_predict(model, x, column, cv=folds, method="decision_function")
            # Each theme's own best threshold; common themes never go below FLOOR probability, where their
            # false alarms would cost the overall (micro) score more than the extra finds gain.
            threshold = best_threshold(scores, column)
            if column.sum() >= COMMON:
                threshold = max(threshold, math.log(FLOOR / (1 - FLOOR)))
        model.fit(x, column)
        weights.append(model.coef_[0])
        intercepts.append(float(model.intercept_[0]))
        thresholds.append(threshold)
    labelled = [j for j, i in enumerate(keep) if sentiments[i]]
    sentiment_model = LogisticRegression(C=SENTIMENT_C, class_weight="balanced" if SENTIMENT_BALANCED else None,
                                         max_iter=3000, random_state=SEED)
    sentiment_model.fit(x[labelled], [sentiments[keep[j]] for j in labelled])
    return export(vectorizer, themes + [NOT_POSSIBLE], np.vstack(weights), intercepts + [-10.0],
                  thresholds + [0.0], sentiment_model)


def best_threshold(scores, truth) -> float:
    import numpy as np

    best, best_f1 = 0.0, -1.0
    for t in np.quantile(scores, np.linspace(0.5, 0.995, 60)):
        predicted = scores >= t
        tp = float((predicted & (truth == 1)).sum())
        f1 = 2 * tp / (predicted.sum() + truth.sum()) if tp else 0.0
        if f1 > best_f1:
            best, best_f1 = float(t), f1
    return best


def _stored_weights(coef) -> dict[str, str]:
    """Per feature, "class,weight,class,weight,..." for the weights kept after pruning: one string per
    feature, as lists of numbers would cost memory at load (see logic.themes.weight_pairs)."""
    import numpy as np

    stored = {}
    for f in range(coef.shape[1]):
        kept = np.nonzero(np.abs(coef[:, f]) >= PRUNE)[0]
        if len(kept):
            stored[str(f)] = ",".join(f"{int(c)},{int(round(coef[c, f] * SCALE))}" for c in kept)
    return stored


def export(vectorizer, themes, coef, intercepts, thresholds, sentiment_model) -> dict:
    import numpy as np

    vocabulary = {t: int(i) for t, i in vectorizer.vocabulary_.items()}
    coef = np.vstack([coef, np.zeros((1, coef.shape[1]))]) if coef.shape[0] < len(themes) else coef
    sparse, sentiment_sparse = _stored_weights(coef), _stored_weights(sentiment_model.coef_)
    return {"format": 4, "tf": "binary", "seed": SEED, "scale": SCALE, "max_themes": MAX_THEMES, "vocabulary": vocabulary,
            "idf": [round(float(v), 4) for v in vectorizer.idf_], "themes": themes,
            "intercepts": [round(float(v), 4) for v in intercepts], "thresholds": [round(float(v), 4) for v in thresholds],
            "weights": sparse, "sentiments": [str(c) for c in sentiment_model.classes_],
            "sentiment_intercepts": [round(float(v), 4) for v in sentiment_model.intercept_],
            "sentiment_weights": sentiment_sparse}


def baseline_predict(train, test, categories):
    """TF-IDF word + character n-grams, one linear SVM per theme and one for sentiment."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.preprocessing import MultiLabelBinarizer
    from sklearn.svm import LinearSVC

    words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)
    x_train = hstack([words.fit_transform(train["texts"]), chars.fit_transform(train["texts"])]).tocsr()
    x_test = hstack([words.transform(test["texts"]), chars.transform(test["texts"])]).tocsr()
    binarizer = MultiLabelBinarizer(classes=categories)
    y = binarizer.fit_transform(train["labels"])
    present = y.sum(axis=0) > 0
    model = OneVsRestClassifier(LinearSVC(random_state=SEED)).fit(x_train, y[:, present])
    predicted = model.predict(x_test)
    names = [c for c, p in zip(categories, present) if p]
    themes = [[names[j] for j in row.nonzero()[0]] for row in predicted]
    labelled = [i for i, s in enumerate(train["sentiments"]) if s]
    sentiment = LinearSVC(random_state=SEED).fit(x_train[labelled], [train["sentiments"][i] for i in labelled])
    return themes, list(sentiment.predict(x_test))


def scores(true_labels, predicted_labels, true_sentiments, predicted_sentiments, categories) -> dict:
    from sklearn.metrics import f1_score
    from sklearn.preprocessing import MultiLabelBinarizer

    binarizer = MultiLabelBinarizer(classes=categories)
    y_true = binarizer.fit_transform(true_labels)
    y_pred = binarizer.transform(predicted_labels)
    present = y_true.sum(axis=0) > 0  # themes with no comment in the test fold cannot be scored
    pairs = [(t, p) for t, p in zip(true_sentiments, predicted_sentiments) if t]
    return {"themes_macro_f1": f1_score(y_true[:, present], y_pred[:, present], average="macro", zero_division=0),
            "themes_micro_f1": f1_score(y_true, y_pred, average="micro", zero_division=0),
            "sentiment_macro_f1": f1_score([t for t, _ in pairs], [p for _, p in pairs], average="macro",
                                           zero_division=0)}


def cross_validate(data, folds: int = 5) -> dict:
    from sklearn.model_selection import GroupKFold

    from purpose.logic.themes import ThemeModel

    texts, ratings, labels, sentiments, groups, categories, questions = data
    results = {"model": [], "baseline": []}
    splitter = GroupKFold(n_splits=folds)
    for fold, (train, test) in enumerate(splitter.split(texts, groups=groups)):
        pick = lambda seq, idx: [seq[i] for i in idx]  # noqa: E731
        model = ThemeModel(fit(pick(texts, train), pick(ratings, train), pick(labels, train),
                               pick(sentiments, train), categories, pick(questions, train)))
        predictions = [model.predict(texts[i], ratings[i], questions[i]) for i in test]
        results["model"].append(scores(pick(labels, test), [p.themes for p in predictions], pick(sentiments, test),
                                       [p.sentiment for p in predictions], categories))
        b_themes, b_sentiments = baseline_predict(
            {"texts": pick(texts, train), "labels": pick(labels, train), "sentiments": pick(sentiments, train)},
            {"texts": pick(texts, test)}, categories)
        results["baseline"].append(scores(pick(labels, test), b_themes, pick(sentiments, test), b_sentiments,
                                          categories))
        print(f"fold {fold + 1}: model {results['model'][-1]} baseline {results['baseline'][-1]}", flush=True)
    summary = {name: {k: round(sum(f[k] for f in fs) / len(fs), 4) for k in fs[0]} for name, fs in results.items()}
    return {"folds": folds, "grouped_by": "Respondent ID", "seed": SEED, **summary}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="purpose train", description=__doc__)
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[3].parent / "shared" / "data"
                        / "fft_qdc_v6_train.csv")
    parser.add_argument("--evaluate", action="store_true", help="also cross-validate against the baseline")
    parser.add_argument("--report", type=Path, default=Path(__file__).resolve().parents[3] / "bench" / "results"
                        / "themes_cv.json")
    args = parser.parse_args(argv)
    data = load(args.data)
    started = time.monotonic()
    artefact = fit(*data[:4], data[5], data[6])
    out = Path(__file__).resolve().parent.parent / "model" / "themes.json"
    out.write_text(json.dumps(artefact, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
    print(f"model written to {out} ({out.stat().st_size / 1e6:.2f} MB) in {time.monotonic() - started:.0f} s")
    if args.evaluate:
        report = cross_validate(data)
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(json.dumps(report, indent=2))
        print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
