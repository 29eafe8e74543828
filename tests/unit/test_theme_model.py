"""Themes, sentiment, staff voice and personal information, from the committed model."""

import json

import pytest

from purpose.logic.people_promise import people_promise_elements
from purpose.logic.privacy import may_identify_someone, redact
from purpose.logic.themes import MODEL_FILE, theme_model, weight_pairs


def test_the_model_themes_and_scores_comments_in_pure_python():
    model = theme_model()
    staff = model.predict("The staff were so kind and caring, thank you", 1, "What was good?")
    assert "Staff manner & personal attributes" in staff.themes and staff.sentiment == "positive"
    waiting = model.predict("I waited four hours for the ambulance and nobody called me back", 5, "What could we do better?")
    assert "Timeliness of care" in waiting.themes and waiting.sentiment == "negative"
    assert model.predict("Did not answer").themes == ["Labelling not possible"]
    assert 1 <= len(model.predict("parking was expensive").themes) <= 2


def test_the_theme_names_are_the_frameworks_exactly():
    assert "Referals & continuity of care" in theme_model().themes  # spelt as in the national file
    assert len(theme_model().themes) == 50


@pytest.mark.parametrize("text, kind", [
    ("Please call me on 07700 900123", "phone number"),
    ("email me at jo.bloggs@example.com", "email address"),
    ("my NHS number is 943 476 5919", "NHS number"),
    ("I live at NN1 2AB", "postcode"),
    ("we are at 12 Acacia Avenue now", "address"),
    ("my date of birth is 03/04/1956", "date of birth"),
    ("Dr Patel was brilliant", "name"),
    ("the nurse called Sharon helped me", "name"),
])
def test_each_kind_of_identifier_is_flagged_and_redacted(text, kind):
    assert may_identify_someone(text)
    assert f"[{kind}]" in redact(text)


def test_ordinary_comments_are_not_flagged():
    for text in ("The staff were kind and the food was good.", "I waited 3 hours and 20 minutes in A&E.",
                 "Parking costs too much", "NHS 111 was helpful on Monday"):
        assert not may_identify_someone(text), text


def test_an_nhs_number_needs_a_valid_check_digit():
    assert not may_identify_someone("reference 123 456 7890 for the ward")


def test_staff_voice_maps_to_the_people_promise():
    assert "We are safe and healthy" in people_promise_elements(
        "We are exhausted, short staffed and never get our breaks")
    assert "We are always learning" in people_promise_elements("There is no time for training or career development")
    assert people_promise_elements("ok") == []
    assert people_promise_elements("Our team pulls together brilliantly") == ["We are a team"]
    assert people_promise_elements("I can't get the shifts I need around childcare") == ["We work flexibly"]
    assert people_promise_elements("The food in the canteen is cold") == []


def reference_scores(model, text: str, rating, question: str) -> list[float]:
    """The plain definition: intercept + weights . L2-normalised binary TF-IDF over features(), minus thresholds."""
    import math

    from purpose.logic.themes import features

    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))  # the model keeps only packed weights
    present = {i for i in map(model.vocabulary.get, features(text, rating, question)) if i is not None}
    vector = {i: model.idf[i] for i in present}
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    scores = [b - t for b, t in zip(model.intercepts, model.thresholds)] + list(model.sentiment_intercepts)
    for i, v in vector.items():
        for c, w in weight_pairs(data["weights"].get(str(i), "")):
            scores[c] += w / model.scale * v / norm
        for c, w in weight_pairs(data["sentiment_weights"].get(str(i), "")):
            scores[len(model.themes) + c] += w / model.scale * v / norm
    return scores


@pytest.mark.parametrize("text, rating, question", [
    ("The staff were so kind and caring, thank you", 1, "What was good?"),
    ("very very very very good good good, the the the nurses nurses", None, ""),
    ("zxqv blorf wibble", 3, "What could we do better?"),   # nothing in the vocabulary but the rating
    ("a I x", None, "Anything else?"),                        # one-letter words
    ("Waited\t4 hours\n\nin A&E!!! " * 40, 5, "What could we do better?"),  # long, repetitive
    ("café naïve résumé ÉMERGENCY", 2, ""),
])
def test_fast_scoring_matches_the_plain_definition(text, rating, question):
    model = theme_model()
    for _ in range(2):  # cold and then with the per-word cache filled
        fast = model.scores(text, rating, question)
        assert fast == pytest.approx(reference_scores(model, text, rating, question), abs=1e-4)


def test_a_long_varied_comment_is_scored_in_chunks_exactly():
    model = theme_model()
    words = [w for w in model.vocabulary if w.isalpha()][:700]
    text = " ".join(words)
    assert len(model.feature_indices(text, 2, "What could we do better?")) > 3 * model.CHUNK
    assert model.scores(text, 2, "What could we do better?") == pytest.approx(
        reference_scores(model, text, 2, "What could we do better?"), abs=1e-4)
