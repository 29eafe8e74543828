"""Opinion groups found from the votes themselves, as Pol.is does: PCA then k-means.

Pure Python, because the scheduled job must stay small. Each participant is a row of votes
(agree +1, disagree -1, pass 0). Columns are centred on the mean of the votes cast, so a vote
not given counts as the average view and the matrix stays sparse; the first two principal
components come from power iteration over the sparse rows. Participants who voted on few
statements are scaled up (sqrt(statements / their votes)) so they are not all pulled to the
centre, as Pol.is does. k-means (k-means++ start, fixed seed) runs for k = 2..5 and the k with
the best silhouette is kept.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Iterable

from purpose.logic.consensus import Vote, latest_votes

VALUE = {"agree": 1.0, "disagree": -1.0, "pass": 0.0}
MIN_VOTES = 3  # a participant needs this many votes to be placed
MIN_PARTICIPANTS = 6
MAX_GROUPS = 5
SILHOUETTE_SAMPLE = 600
SEED = 20261126


def find_opinion_groups(votes: Iterable[Vote]) -> dict:
    votes = latest_votes(votes)
    statements = sorted({v.statement for v in votes})
    column = {s: i for i, s in enumerate(statements)}
    rows: dict[str, dict[int, float]] = {}
    declared: dict[str, str] = {}
    for vote in votes:
        rows.setdefault(vote.participant, {})[column[vote.statement]] = VALUE[vote.vote]
        declared[vote.participant] = vote.group
    placed = sorted(p for p, r in rows.items() if len(r) >= min(MIN_VOTES, len(statements)))
    if len(placed) < MIN_PARTICIPANTS or len(statements) < 2:
        return {"status": "not enough votes yet", "participants_placed": len(placed), "groups": []}
    means = _column_means([rows[p] for p in placed], len(statements))
    centred = [{j: value - means[j] for j, value in rows[p].items()} for p in placed]
    components = _principal_components(centred, len(statements), count=2)
    points = []
    for row in centred:
        scale = math.sqrt(len(statements) / len(row))
        points.append(tuple(scale * sum(value * component[j] for j, value in row.items())
                            for component in components))
    best = None
    for k in range(2, min(MAX_GROUPS, len(points) - 1) + 1):
        labels = _k_means(points, k)
        score = _silhouette(points, labels)
        if best is None or score > best[0] + 1e-9:
            best = (score, labels)
    silhouette, labels = best
    groups = []
    for number in sorted(set(labels), key=lambda n: -labels.count(n)):
        members = {placed[i] for i, label in enumerate(labels) if label == number}
        groups.append(_describe(chr(ord("A") + len(groups)), members, votes, declared))
    _mark_representative(groups, statements)
    return {"status": "complete", "participants_placed": len(placed), "silhouette": round(silhouette, 4),
            "groups": groups}


def _column_means(rows: list[dict[int, float]], width: int) -> list[float]:
    totals, counts = [0.0] * width, [0] * width
    for row in rows:
        for j, value in row.items():
            totals[j] += value
            counts[j] += 1
    return [totals[j] / counts[j] if counts[j] else 0.0 for j in range(width)]


def _principal_components(rows: list[dict[int, float]], width: int, count: int) -> list[list[float]]:
    """Top eigenvectors of XᵀX by power iteration, each kept orthogonal to those found before."""
    generator = random.Random(SEED)
    found: list[list[float]] = []
    for _ in range(count):
        vector = _unit([generator.uniform(-1, 1) for _ in range(width)])
        for _ in range(200):
            projected = [sum(value * vector[j] for j, value in row.items()) for row in rows]
            following = [0.0] * width
            for row, weight in zip(rows, projected):
                for j, value in row.items():
                    following[j] += value * weight
            for earlier in found:
                overlap = sum(a * b for a, b in zip(following, earlier))
                following = [a - overlap * b for a, b in zip(following, earlier)]
            following = _unit(following)
            settled = abs(sum(a * b for a, b in zip(following, vector))) > 1 - 1e-10
            vector = following
            if settled:
                break
        found.append(vector)
    return found


def _unit(vector: list[float]) -> list[float]:
    length = math.sqrt(sum(v * v for v in vector)) or 1.0
    return [v / length for v in vector]


def _distance(a: tuple, b: tuple) -> float:
    return sum((x - y) ** 2 for x, y in zip(a, b))


def _k_means(points: list[tuple], k: int) -> list[int]:
    generator = random.Random(SEED + k)
    centres = [points[generator.randrange(len(points))]]
    while len(centres) < k:  # k-means++: new centres far from the ones chosen
        weights = [min(_distance(p, c) for c in centres) for p in points]
        if sum(weights) == 0:
            break
        centres.append(generator.choices(points, weights=weights)[0])
    labels = [0] * len(points)
    for _ in range(100):
        moved = [min(range(len(centres)), key=lambda c: _distance(p, centres[c])) for p in points]
        if moved == labels and _ > 0:
            break
        labels = moved
        for c in range(len(centres)):
            members = [p for p, label in zip(points, labels) if label == c]
            if members:
                centres[c] = tuple(sum(axis) / len(members) for axis in zip(*members))
    return labels


def _silhouette(points: list[tuple], labels: list[int]) -> float:
    step = max(1, len(points) // SILHOUETTE_SAMPLE)
    sample = range(0, len(points), step)
    scores = []
    for i in sample:
        by_label: dict[int, list[float]] = {}
        for j in sample:
            if j != i:
                by_label.setdefault(labels[j], []).append(math.sqrt(_distance(points[i], points[j])))
        own = by_label.pop(labels[i], [])
        if not own or not by_label:
            scores.append(0.0)
            continue
        a = sum(own) / len(own)
        b = min(sum(d) / len(d) for d in by_label.values())
        scores.append((b - a) / max(a, b) if max(a, b) else 0.0)
    return sum(scores) / len(scores)


def _describe(name: str, members: set[str], votes: list[Vote], declared: dict[str, str]) -> dict:
    counts: dict[str, Counter] = {}
    for vote in votes:
        if vote.participant in members:
            counts.setdefault(vote.statement, Counter())[vote.vote] += 1
    return {"id": name, "size": len(members),
            "declared_groups": dict(sorted(Counter(declared[p] for p in members).items())),
            "statements": {s: {"agree": c["agree"], "disagree": c["disagree"], "pass": c["pass"],
                               "votes": sum(c.values())} for s, c in sorted(counts.items())}}


def _mark_representative(groups: list[dict], statements: list[str]) -> None:
    """For each group, the statements on which it agrees most beyond everyone else (Pol.is's 'repness')."""
    for group in groups:
        scored = []
        for statement in statements:
            mine = group["statements"].get(statement, {"agree": 0, "votes": 0})
            others = [g["statements"].get(statement, {"agree": 0, "votes": 0}) for g in groups if g is not group]
            other_agree = sum(o["agree"] for o in others)
            other_votes = sum(o["votes"] for o in others)
            difference = (mine["agree"] + 1) / (mine["votes"] + 2) - (other_agree + 1) / (other_votes + 2)
            scored.append((round(difference, 6), statement))
        group["representative"] = [s for d, s in sorted(scored, key=lambda x: (-x[0], x[1]))[:3] if d > 0]
