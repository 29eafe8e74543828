"""Co-design results: votes per group, group-aware consensus, majority and divisive statements.

The figures follow Pol.is, and the co-design issue defines them exactly:
- passes count as votes (a pass is someone who saw the statement and did not agree);
- group-aware consensus (GAC) = product over groups of (A_g + 1) / (S_g + 2), over every declared
  group that voted in the round (a group that did not vote on a statement contributes 1/2),
  reported as GAC^(1/number of groups) so rounds with different numbers of groups compare;
- majority: the share agreeing is above one half by a one-sided z-test at 90%
  (z = (p - 0.5) / sqrt(0.25 / S) > 1.2816);
- divisive: one group's agree rate is at least 0.6 while another group's disagree rate is at least 0.6.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

VOTES = ("agree", "disagree", "pass")
Z_90_ONE_SIDED = 1.2815515655446004  # the 90th percentile of the standard normal distribution
DIVISIVE_RATE = 0.6


@dataclass(frozen=True)
class Vote:
    participant: str
    group: str
    statement: str
    vote: str


def latest_votes(votes: Iterable[Vote]) -> list[Vote]:
    """One vote per participant and statement: the last one given stands; replays count once."""
    latest: dict[tuple[str, str], Vote] = {}
    for vote in votes:
        if vote.vote not in VOTES:
            raise ValueError(f"A vote must be one of {', '.join(VOTES)}, not {vote.vote!r}")
        latest[(vote.participant, vote.statement)] = vote
    return list(latest.values())


def read_votes_csv(lines) -> list[Vote]:
    """participant,group,statement,vote rows; ValueError naming the line for anything else."""
    import csv

    reader = csv.reader(lines)
    header = [h.strip().lower() for h in next(reader, [])]
    wanted = ["participant", "group", "statement", "vote"]
    if any(name not in header for name in wanted):
        raise ValueError(f"the first line must name the columns {','.join(wanted)}")
    at = [header.index(name) for name in wanted]
    votes = []
    for number, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < len(header):
            raise ValueError(f"line {number} has {len(row)} columns, expected {len(header)}")
        participant, group, statement, vote = (row[i].strip() for i in at)
        if not (participant and group and statement):
            raise ValueError(f"line {number}: participant, group and statement must not be empty")
        if vote.lower() not in VOTES:
            raise ValueError(f"line {number}: the vote must be agree, disagree or pass, not {vote!r}")
        votes.append(Vote(participant, group, statement, vote.lower()))
    return votes


def tally(votes: Iterable[Vote]) -> tuple[dict[str, dict[str, dict[str, int]]], list[str]]:
    """statement -> group -> {agree, disagree, pass, votes}, and the groups that voted, sorted."""
    counts: dict[str, dict[str, dict[str, int]]] = {}
    groups: set[str] = set()
    for vote in latest_votes(votes):
        groups.add(vote.group)
        cell = counts.setdefault(vote.statement, {}).setdefault(
            vote.group, {"agree": 0, "disagree": 0, "pass": 0, "votes": 0})
        cell[vote.vote] += 1
        cell["votes"] += 1
    return counts, sorted(groups)


def group_aware_consensus(by_group: dict[str, dict[str, int]], groups: list[str]) -> float:
    if not groups:
        return 0.0
    product = 1.0
    for group in groups:
        cell = by_group.get(group, {})
        product *= (cell.get("agree", 0) + 1) / (cell.get("votes", 0) + 2)
    return product ** (1 / len(groups))


def majority_z(agrees: int, votes: int) -> float:
    """The one-sided z statistic for 'more than half agree'; 0 when nobody has voted."""
    if votes == 0:
        return 0.0
    return (agrees / votes - 0.5) / math.sqrt(0.25 / votes)


def is_divisive(by_group: dict[str, dict[str, int]]) -> bool:
    rates = [(c["agree"] / c["votes"], c["disagree"] / c["votes"]) for c in by_group.values() if c["votes"]]
    return any(agree >= DIVISIVE_RATE and other_disagree >= DIVISIVE_RATE
               for i, (agree, _) in enumerate(rates) for j, (_, other_disagree) in enumerate(rates) if i != j)


def statement_results(votes: Iterable[Vote], statements: Iterable[str] = ()) -> list[dict]:
    """The figures for every statement voted on (and any listed with no votes yet), in order of first vote."""
    counts, groups = tally(votes)
    for statement in statements:
        counts.setdefault(statement, {})
    results = []
    for statement, by_group in counts.items():
        agrees = sum(c["agree"] for c in by_group.values())
        total = sum(c["votes"] for c in by_group.values())
        z = majority_z(agrees, total)
        results.append({
            "statement": statement,
            "group_aware_consensus": group_aware_consensus(by_group, groups),
            "majority": z > Z_90_ONE_SIDED,
            "divisive": is_divisive(by_group),
            "by_group": {g: dict(by_group[g]) for g in sorted(by_group)},
            "votes": total,
            "agree_share": agrees / total if total else 0.0,
            "majority_z": z,
        })
    return results


def broadest_first(results: list[dict]) -> list[dict]:
    return sorted(results, key=lambda r: (-r["group_aware_consensus"], r["statement"]))
