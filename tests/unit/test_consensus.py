"""Co-design figures on vote sets with a known answer (the same code as `purpose consensus`)."""

import io
import math

import pytest

from purpose.logic.consensus import Vote, Z_90_ONE_SIDED, latest_votes, read_votes_csv, statement_results
from purpose.logic.opinion_groups import find_opinion_groups


def votes(*rows: str) -> list[Vote]:
    return [Vote(*row.split()) for row in rows]


def result(found: list[dict], statement: str) -> dict:
    return next(r for r in found if r["statement"] == statement)


def test_group_aware_consensus_is_the_normalised_product_over_groups():
    # Given staff 2 of 2 agreeing and patients 1 of 3 (a pass counts as a vote)
    found = statement_results(votes("a staff S1 agree", "b staff S1 agree", "c patient S1 agree",
                                    "d patient S1 disagree", "e patient S1 pass"))
    # Then GAC = ((2+1)/(2+2) * (1+1)/(3+2)) ^ (1/2)
    assert result(found, "S1")["group_aware_consensus"] == pytest.approx(math.sqrt(0.75 * 0.4), abs=1e-12)
    assert result(found, "S1")["by_group"]["patient"] == {"agree": 1, "disagree": 1, "pass": 1, "votes": 3}


def test_a_group_that_did_not_vote_on_a_statement_counts_as_one_half():
    found = statement_results(votes("a staff S1 agree", "b carer S2 agree"))
    # S1: staff (1+1)/(1+2), carers (0+1)/(0+2); over the two groups of the round
    assert result(found, "S1")["group_aware_consensus"] == pytest.approx(math.sqrt(2 / 3 * 1 / 2), abs=1e-12)


def test_normalising_makes_rounds_with_different_numbers_of_groups_compare():
    two = statement_results(votes("a staff S1 agree", "b patient S1 agree"))
    four = statement_results(votes("a staff S1 agree", "b patient S1 agree", "c carer S1 agree", "d partner S1 agree"))
    assert two[0]["group_aware_consensus"] == pytest.approx(four[0]["group_aware_consensus"]) == pytest.approx(2 / 3)


@pytest.mark.parametrize("agrees, total, majority", [
    (7, 10, False),   # z = 1.265, just short of 1.2816
    (16, 25, True),   # z = 1.4
    (50, 50, True),
    (5, 10, False),
    (0, 0, False),
])
def test_majority_is_a_one_sided_z_test_at_90_percent(agrees, total, majority):
    rows = [f"p{i} staff S1 {'agree' if i < agrees else 'disagree'}" for i in range(total)]
    found = statement_results(votes(*rows), ["S1"])
    assert result(found, "S1")["majority"] is majority
    if total:
        z = (agrees / total - 0.5) / math.sqrt(0.25 / total)
        assert result(found, "S1")["majority_z"] == pytest.approx(z)
        assert (z > Z_90_ONE_SIDED) is majority


def test_passes_count_against_a_majority():
    # 7 agree of 10 votes is not a majority at 90%; 7 agree and 3 passes is the same 7 of 10
    rows = [f"p{i} staff S1 agree" for i in range(7)] + [f"q{i} staff S1 pass" for i in range(3)]
    assert statement_results(votes(*rows))[0]["majority"] is False


@pytest.mark.parametrize("staff, patients, divisive", [
    (["agree"] * 3 + ["disagree"] * 2, ["disagree"] * 3 + ["agree"] * 2, True),   # 0.6 and 0.6: on the line
    (["agree"] * 3 + ["pass"] * 2, ["disagree"] * 3 + ["pass"] * 2, True),
    (["agree"] * 5, ["agree"] * 5, False),
    (["agree"] * 2 + ["disagree"] * 2 + ["pass"], ["disagree"] * 2 + ["agree"] * 2 + ["pass"], False),  # 0.4
    (["agree"] * 3 + ["pass"] * 2, ["disagree"] * 2 + ["pass"] * 3, False),       # 0.4 disagree
])
def test_divisive_needs_one_group_agreeing_and_another_disagreeing_at_060(staff, patients, divisive):
    rows = [f"s{i} staff S1 {v}" for i, v in enumerate(staff)] + [f"p{i} patient S1 {v}" for i, v in enumerate(patients)]
    assert statement_results(votes(*rows))[0]["divisive"] is divisive


def test_a_replayed_or_changed_vote_counts_once_and_the_latest_stands():
    found = statement_results(votes("a staff S1 agree", "a staff S1 agree", "a staff S1 disagree", "b staff S1 agree"))
    assert found[0]["by_group"]["staff"] == {"agree": 1, "disagree": 1, "pass": 0, "votes": 2}
    assert len(latest_votes(votes("a staff S1 agree", "a staff S1 agree"))) == 1


def test_the_csv_reader_names_the_line_with_a_problem():
    good = read_votes_csv(io.StringIO("participant,group,statement,vote\r\np1,staff,S1,Agree\r\n\r\n"))
    assert good == [Vote("p1", "staff", "S1", "agree")]
    with pytest.raises(ValueError, match="line 3.*maybe"):
        read_votes_csv(io.StringIO("participant,group,statement,vote\np1,staff,S1,agree\np2,staff,S1,maybe\n"))
    with pytest.raises(ValueError, match="first line"):
        read_votes_csv(io.StringIO("who,what\n"))


def two_camps(size: int = 12) -> list[Vote]:
    """Half agree with S1-S3 and disagree with S4-S6; the other half the opposite; all agree with S7."""
    found = []
    for i in range(size):
        camp = i % 2
        group = "staff" if camp == 0 else "patient"
        for s in range(1, 7):
            agrees = (s <= 3) == (camp == 0)
            found.append(Vote(f"p{i}", group, f"S{s}", "agree" if agrees else "disagree"))
        found.append(Vote(f"p{i}", group, "S7", "agree"))
    return found


def test_opinion_groups_recover_two_camps_from_the_votes_alone():
    found = find_opinion_groups(two_camps())
    assert found["status"] == "complete" and len(found["groups"]) == 2
    assert sorted(g["size"] for g in found["groups"]) == [6, 6]
    makeups = sorted(tuple(g["declared_groups"]) for g in found["groups"])
    assert makeups == [("patient",), ("staff",)]  # here the camps happen to match the declared groups
    staff_camp = next(g for g in found["groups"] if "staff" in g["declared_groups"])
    assert set(staff_camp["representative"]) == {"S1", "S2", "S3"}
    assert find_opinion_groups(two_camps()) == found  # the same votes give the same groups


def test_opinion_groups_wait_for_enough_votes():
    assert find_opinion_groups(two_camps(4))["status"] == "not enough votes yet"
