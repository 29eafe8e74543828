"""Properties over arbitrary input: every parser ends in valid records or one clear error, every
renderer escapes user text, no CSV cell can start a formula, signed links cannot be forged."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infra.config import TrustConfigError, parse_trust_config
from purpose.errors import InvalidInputError, UploadRejectedError
from purpose.logic.bulletin import BulletinContent, render_html
from purpose.logic.csv_export import safe_cell, to_csv
from purpose.logic.tokens import TokenError, sign, verify
from purpose.logic.upload_kinds import KINDS, RowProblem
from purpose.logic.uploads import Header, check_file, read_rows, to_record
from purpose.web.requests import BadRequestError, read_form, read_json

PROPERTY = settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))


@PROPERTY
@given(st.binary(max_size=2000), st.sampled_from(sorted(KINDS)))
def test_any_bytes_become_records_or_one_clear_upload_error(data, kind):
    try:
        encoding = check_file(data[:65536], len(data), 10**9)
        for item in read_rows([data], KINDS[kind], encoding):
            if isinstance(item, Header):
                continue
            try:
                to_record(KINDS[kind], item, campaign_id="c", upload_id="u", now=__import__("datetime").datetime(2026, 1, 1),
                          expires_at=1)
            except RowProblem as problem:
                assert problem.column and problem.reason
    except UploadRejectedError as error:
        assert str(error)


@PROPERTY
@given(st.text(max_size=500), st.sampled_from(["application/x-www-form-urlencoded", "multipart/form-data", ""]))
def test_any_form_body_is_read_or_refused_with_a_4xx(body, content_type):
    event = {"httpMethod": "POST", "headers": {"Content-Type": content_type}, "body": body, "isBase64Encoded": False}
    try:
        fields = read_form(event)
        assert all(isinstance(k, str) and isinstance(v, str) for k, v in fields.items())
    except BadRequestError as error:
        assert 400 <= error.status < 500 and str(error)


@PROPERTY
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                    max_leaves=30))
def test_any_json_is_parsed_or_refused_with_a_4xx(value):
    event = {"httpMethod": "POST", "headers": {"Content-Type": "application/json"}, "body": json.dumps(value)}
    try:
        assert read_json(event) == value
    except BadRequestError as error:
        assert error.status == 400


@PROPERTY
@given(st.dictionaries(st.sampled_from(["code", "display_name", "ods_code", "region", "sender_address",
                                        "sender_domain", "admin_emails", "bulletin_schedule", "retention_days"]),
                       st.text(max_size=30) | st.integers() | st.lists(st.text(max_size=10), max_size=2)))
def test_any_trust_config_is_valid_or_refused_naming_the_trust(raw):
    try:
        parse_trust_config(raw, "fuzz.json")
    except TrustConfigError as error:
        assert str(error).startswith("trust ")


@PROPERTY
@given(st.text(max_size=200))
def test_no_csv_cell_a_spreadsheet_would_execute(text):
    assert not safe_cell(text).startswith(("=", "+", "-", "@", "\t", "\r"))
    assert to_csv(["h"], [[text]]).count("\n") >= 2


@PROPERTY
@given(st.text(min_size=1, max_size=200))
def test_user_text_in_the_bulletin_is_always_escaped(text):
    hostile = f"<script>{text}</script><img src=x onerror=1>"
    html = render_html(BulletinContent(issue_date="2026-12-01", trust_name=hostile,
                                       stories=[{"title": hostile, "body": hostile}], quotes=[hostile]),
                       site_url="https://x", unsubscribe_url="https://x/u")
    assert "<script>" not in html and "<img" not in html


@PROPERTY
@given(st.text(min_size=1, max_size=60), st.integers(min_value=0, max_value=50))
def test_signed_links_verify_and_any_change_breaks_them(subject, position):
    keys = {"current": "k" * 32, "previous": "p" * 32}
    token = sign(keys, "unsubscribe", subject, 3600)
    assert verify(keys, "unsubscribe", token) == subject
    assert verify({"current": "new" * 11, "previous": "k" * 32}, "unsubscribe", token) == subject  # after rotation
    changed = token[:position % len(token)] + ("A" if token[position % len(token)] != "A" else "B") + \
        token[position % len(token) + 1:]
    try:
        assert verify(keys, "unsubscribe", changed) == subject and changed == token
    except TokenError:
        pass


USER_TEXT = st.text(min_size=1, max_size=80).map(lambda t: t + "<script>x</script>&\"'")


@PROPERTY
@given(USER_TEXT, USER_TEXT, USER_TEXT)
def test_co_design_pages_escape_every_piece_of_user_text(title, statement, action):
    from markupsafe import escape

    from purpose.web import pages

    common = {"base": "", "trust_name": "Trust", "cspNonce": "n"}
    round_ = {"id": "r1", "title": title, "introduction": title, "closes": "2099-12-31"}
    rendered = [
        pages.round_page(common, round=round_, values={"stakeholder_group": title}, errors={"stakeholder_group": title}),
        pages.vote_page(common, round=round_, statement={"id": "s1", "text": statement, "part": "vision"}, voted=0,
                        total=1),
        pages.statement_page(common, round=round_, values={"text": statement}, errors={"text": statement}),
        pages.you_said_page(common, vision={"vision": statement, "purpose": title, "values": [action], "version": 1,
                                            "adopted_at": "2026-11-26"},
                            participation={"total": 2, "by_group": {title: 1}, "lived_experience": 1,
                                           "targets": [{"target": title, "met": False}]},
                            broadest_consensus=[{"text": statement, "group_aware_consensus": 0.5}],
                            themes=[{"theme": title, "count": 1, "quotes": [action]}],
                            actions=[{"title": action, "description": action, "status": "done", "themes": [title]}],
                            round_title=title, justification=action),
    ]
    for page in rendered:
        assert "<script>x</script>" not in page
        assert str(escape(statement)) in page or str(escape(title)) in page


VOTE = st.tuples(st.sampled_from(["p1", "p2", "p3", "p4", "p5"]), st.sampled_from(["staff", "patient", "carer"]),
                 st.sampled_from(["S1", "S2", "S3"]), st.sampled_from(["agree", "disagree", "pass"]))


@PROPERTY
@given(st.lists(VOTE, max_size=60))
def test_consensus_figures_are_bounded_and_replays_change_nothing(rows):
    from purpose.logic.consensus import Vote, statement_results

    # one group per participant, as a round records it
    groups = {}
    votes = [Vote(p, groups.setdefault(p, g), s, v) for p, g, s, v in rows]
    found = statement_results(votes)
    for result in found:
        assert 0 < result["group_aware_consensus"] < 1
        counts = result["by_group"].values()
        assert all(c["agree"] + c["disagree"] + c["pass"] == c["votes"] for c in counts)
        assert not (result["majority"] and result["agree_share"] <= 0.5)
    # Replaying every vote (a double-click on each) gives exactly the same figures
    assert statement_results([v for vote in votes for v in (vote, vote)]) == found


# Text as registers write it, and the characters the quick ways of reading it could get wrong: the marks that end or
# join words, digits, "_", "&" (A&E), capitals and letters beyond ASCII
_PIECES = st.lists(st.sampled_from([*"abeglsx AEGP'-&_9.,;:/()\"\t\n", "é", "’", "ß", "İ", "²", "٣", "a&e", "train",
                                    "cancer", "hearing loss", "out-of-area", "too many", "so that", "statins",
                                    "parkinson's", "x-ray", "covid-19", "food-first", "heart failure", "'s", "s's"]),
                   max_size=40)
WORDING = _PIECES.map("".join) | _PIECES.map(" ".join)  # run together, and as words


@PROPERTY
@given(WORDING)
def test_words_are_read_quickly_as_the_patterns_read_them(text):
    import re

    from purpose.logic.alignment import _runs
    from purpose.logic.meaning import STOP_WORDS, SHORT_WORDS, WORD, content_words, plain_lower, words_of

    lowered = plain_lower(text)
    assert words_of(lowered) == WORD.findall(lowered)
    assert content_words.__wrapped__(text) == tuple(w.strip("'-") for w in WORD.findall(lowered)
                                                    if w not in STOP_WORDS and (len(w) > 2 or w in SHORT_WORDS))
    assert _runs.__wrapped__(text.lower()) == frozenset(re.findall(r"\w+", text.lower()))


@PROPERTY
@given(WORDING)
def test_phrases_are_found_where_their_pattern_finds_them(text):
    from purpose.logic.alignment import _PROBLEM_PHRASES, _area_names, _phrases

    lowered = text.lower()
    for phrases in (_area_names()[0], _PROBLEM_PHRASES, _phrases(["out of area", "x-ray", "a&e", "heart",
                                                                 "heart failure", "failure", "parkinson's", "covid-19"])):
        expected = [(m.span(), m.groups()) for m in phrases.pattern.finditer(lowered)]
        assert [(m.span(), m.groups()) for m in phrases.finditer(lowered)] == expected
        first = phrases.search(lowered)
        assert (first.span(), first.groups()) == expected[0] if expected else first is None


@PROPERTY
@given(WORDING)
def test_abbreviations_are_looked_for_among_the_same_words(text):
    from purpose.logic import abbreviations

    if text.isascii():
        assert text.encode("ascii").translate(abbreviations._ASCII_TO_SPACES).decode("ascii") == \
            text.translate(abbreviations._TO_SPACES)
