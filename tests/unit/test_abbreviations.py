"""NHS abbreviations are read as the words they stand for before work is matched with a vision."""

from purpose.logic.abbreviations import spelled_out


def test_abbreviations_in_capitals_are_spelled_out_with_their_plurals():
    assert spelled_out("VRI in ED") == "video remote interpreting in emergency department"
    assert spelled_out("FCPs in every PCN") == "first contact physiotherapist in every PCN"  # PCN is a known word
    assert spelled_out("#NOF ward, T&O rota, 2WW referrals") == (
        "hip fracture ward, trauma and orthopaedics rota, two-week suspected cancer referral referrals")


def test_capitals_are_needed_where_the_letters_are_also_a_word():
    assert spelled_out("ICE requests") == "electronic test requesting requests"
    assert spelled_out("ice machine, salt bins, pals") == "ice machine, salt bins, pals"
    assert spelled_out("Medical EDGE") == "Medical EDGE"  # only whole words


def test_shorthand_is_spelled_out_in_any_case():
    assert spelled_out("Abx within 1 hr; appts by phone") == "antibiotics within 1 hr; appointments by phone"
    assert spelled_out("Cleaning after C. diff") == "Cleaning after difficile infection"
    assert spelled_out("Pre-op assessment, not pre-operative") == "pre-operative assessment, not pre-operative"


def test_every_word_an_abbreviation_stands_for_is_a_word_the_review_knows():
    from purpose.logic.abbreviations import ABBREVIATIONS
    from purpose.logic.meaning import content_words, word_vectors

    vectors = word_vectors()
    assert [w for words in ABBREVIATIONS.values() for w in content_words(words) if vectors.quantised(w) is None] == []


def test_a_text_all_in_capitals_keeps_its_everyday_words():
    assert spelled_out("SEND LETTERS TO THE ED") == "SEND LETTERS TO THE emergency department"
    assert spelled_out("SEND review for CYP") == (
        "special educational needs and disabilities review for children and young people")
