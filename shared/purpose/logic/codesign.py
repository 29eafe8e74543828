"""Co-design rounds: people vote on statements for the vision, purpose and values, add their own,
and the vision adopted from them keeps its provenance.

Storage (programme table): a round is kind `round`; its statements, participants and votes live
in partitions of their own (`statement:<round>`, `participant:<round>`, `vote:<round>`), so one
busy round never slows another. A vote is keyed by participant and statement and keeps the latest
`at`: a replayed or repeated vote counts once, the latest standing.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import date, datetime

from purpose.errors import CampaignClosedError, InvalidInputError, NotFoundError
from purpose.logic import insight, reviews
from purpose.logic.consensus import VOTES, Vote, broadest_first, statement_results
from purpose.logic.engagement import HONEYPOT_FIELD, SUBMISSION_ID, SpamError, expiry
from purpose.logic.opinion_groups import find_opinion_groups
from purpose.logic.privacy import may_identify_someone, redact
from purpose.logic.references import content_id, new_id, request_id
from purpose.logic.tokens import TokenError, sign, verify
from purpose.models.codesign import LIVED_EXPERIENCE_TARGET, PART_LABELS, ActionInput, DraftInput, RoundInput
from purpose.models.people import (LIVED_EXPERIENCE_LABELS, STAFF_GROUP_LABELS, STAKEHOLDER_LABELS, LivedExperience,
                                   StakeholderGroup)

PARTICIPANT_TOKEN = "participant"
TOKEN_DAYS = 365
BROADEST = 5  # statements shown as the broadest consensus on the public page


def _kind(what: str, round_id: str) -> str:
    return f"{what}:{round_id}"


def _stamp(now: datetime) -> str:
    return now.isoformat(timespec="microseconds")


# Rounds ------------------------------------------------------------------------------------------

def open_round(details: RoundInput, programme, now: datetime, *, by: str) -> dict:
    round_id = request_id("round", details)[:16]
    record = {**details.model_dump(mode="json", exclude={"statements"}), "id": round_id, "closed_early": False,
              "created_at": now.isoformat(timespec="seconds"), "created_by": by}
    for statement in details.statements:
        _put_statement(round_id, statement.text, statement.part, programme, now, source="seed", status="approved")
    return programme.create("round", round_id, record)


def get_round(round_id: str, programme) -> dict:
    record = programme.get_record("round", round_id) if round_id.isalnum() and len(round_id) <= 20 else None
    if record is None:
        raise NotFoundError("There is no co-design round with that id")
    return record


def list_rounds(programme) -> list[dict]:
    return sorted(programme.list_records("round"), key=lambda r: r["created_at"], reverse=True)


def round_status(record: dict, today: date) -> str:
    if record.get("closed_early") or today > date.fromisoformat(record["closes"]):
        return "closed"
    return "open" if today >= date.fromisoformat(record["opens"]) else "not yet open"


def close_round(round_id: str, programme, now: datetime) -> dict:
    record = get_round(round_id, programme)
    programme.update_record("round", round_id, {"closed_early": True, "closed_at": now.isoformat(timespec="seconds")})
    return {**record, "closed_early": True}


def require_open(record: dict, today: date) -> None:
    status = round_status(record, today)
    if status != "open":
        raise CampaignClosedError(f"{record['title']} is {status}.")


# Statements --------------------------------------------------------------------------------------

def _put_statement(round_id: str, text: str, part: str, programme, now: datetime, *, source: str,
                   status: str, expires_at: int | None = None) -> dict:
    # The id comes from the words, so the same statement sent twice (a double-click) is kept once
    statement_id = content_id("statement", round_id, part, text)[:8]
    record = {"id": statement_id, "text": text, "part": part, "status": status, "source": source, "votes": 0,
              "pii": may_identify_someone(text), "created_at": now.isoformat(timespec="seconds"), "moderation": []}
    if expires_at:
        record["expires_at"] = expires_at
    return programme.create(_kind("statement", round_id), statement_id, record)


def add_statement(round_id: str, text: str, part: str, programme, now: datetime) -> dict:
    """An admin's statement: shown to participants straight away."""
    get_round(round_id, programme)
    return _put_statement(round_id, text, part, programme, now, source="admin", status="approved")


def propose_statement(record: dict, fields: dict[str, str], programme, now: datetime, *, retention_days: int) -> dict:
    """A participant's statement: held for moderation, and anything identifying is removed first."""
    if fields.get(HONEYPOT_FIELD, "").strip():
        raise SpamError({HONEYPOT_FIELD: "Leave the field labelled 'Leave this blank' empty"})
    text = " ".join(fields.get("text", "").split())
    part = fields.get("part", "")
    problems = {}
    if not 5 <= len(text) <= 280:
        problems["text"] = "Write your statement in 5 to 280 characters"
    if part not in PART_LABELS:
        problems["part"] = "Select whether your statement is for the vision, the purpose or the values"
    if problems:
        raise InvalidInputError(problems)
    return _put_statement(record["id"], redact(text), part, programme, now, source="participant", status="pending",
                          expires_at=expiry(now, retention_days))


def list_statements(round_id: str, programme, status: str | None = None) -> list[dict]:
    found = programme.list_records(_kind("statement", round_id))
    found.sort(key=lambda s: (s["created_at"], s["id"]))
    return [s for s in found if status is None or s["status"] == status]


def moderate_statement(round_id: str, statement_id: str, *, action: str, reason: str, by: str, programme,
                       now: datetime) -> dict:
    get_round(round_id, programme)
    statement = programme.get_record(_kind("statement", round_id), statement_id) if statement_id.isalnum() else None
    if statement is None:
        raise NotFoundError("There is no statement with that id in this round")
    status = "approved" if action == "approve" else "rejected"
    history = [*statement.get("moderation", []), {"action": action, "reason": reason, "by": by,
                                                  "at": now.isoformat(timespec="seconds")}]
    programme.update_record(_kind("statement", round_id), statement_id, {"status": status, "moderation": history})
    return {**statement, "status": status, "moderation": history}


# Participants and votes --------------------------------------------------------------------------

def join_round(record: dict, fields: dict[str, str], programme, *, keys: dict, now: datetime,
               retention_days: int) -> str:
    """Declare a stakeholder group once; returns the signed participant token (no personal data)."""
    problems = {}
    group = fields.get("stakeholder_group", "")
    if group not in {g.value for g in STAKEHOLDER_LABELS}:
        problems["stakeholder_group"] = "Select the group that describes you best"
    staff_group = fields.get("staff_group", "") or None
    if group == StakeholderGroup.STAFF and staff_group not in {g.value for g in STAFF_GROUP_LABELS}:
        problems["staff_group"] = "Select your staff group"
    lived = fields.get("lived_experience", "")
    if lived not in {g.value for g in LIVED_EXPERIENCE_LABELS}:
        problems["lived_experience"] = "Select yes, no or prefer not to say"
    if problems:
        raise InvalidInputError(problems)
    # The page carries a key made when it was shown, so joining twice from it (a double-click) is one participant,
    # counted once; a client that sends none joins as someone new each time
    submission = fields.get("submission_id", "")
    participant_id = (content_id(record["id"], submission)[:16] if SUBMISSION_ID.fullmatch(submission)
                      else new_id().lower())
    programme.create(_kind("participant", record["id"]), participant_id, {
        "id": participant_id, "group": group, "staff_group": staff_group if group == "staff" else None,
        "lived_experience": lived, "joined_at": now.isoformat(timespec="seconds"),
        "expires_at": expiry(now, retention_days)})
    return sign(keys, PARTICIPANT_TOKEN, f"{record['id']}:{participant_id}", TOKEN_DAYS * 86400, now.timestamp())


def participant_from(token: str, round_id: str, programme, *, keys: dict, now: datetime) -> dict | None:
    """The participant a token stands for in this round, or None (no token, another round, expired, forged)."""
    if not token:
        return None
    try:
        subject = verify(keys, PARTICIPANT_TOKEN, token, now.timestamp())
    except TokenError:
        return None
    token_round, _, participant_id = subject.partition(":")
    if token_round != round_id or not participant_id.isalnum():
        return None
    return programme.get_record(_kind("participant", round_id), participant_id)


def next_statement(round_id: str, participant: dict, programme) -> tuple[dict | None, int, int]:
    """The statement to show next, and how many the participant has voted on of how many.

    Fewest votes first, so every statement gets enough; ties are broken by a hash of the participant
    and the statement, so people do not all see the same order.
    """
    voted = {r["statement"] for r in programme.list_records(_kind("vote", round_id), prefix=f"{participant['id']}#")}
    approved = list_statements(round_id, programme, "approved")
    waiting = [s for s in approved if s["id"] not in voted]

    def order(statement: dict) -> tuple:
        tie = hashlib.sha256(f"{participant['id']}|{statement['id']}".encode()).hexdigest()
        return statement.get("votes", 0), tie

    return (min(waiting, key=order) if waiting else None), len(approved) - len(waiting), len(approved)


def record_vote(record: dict, participant: dict, statement_id: str, vote: str, programme, now: datetime, *,
                retention_days: int) -> str:
    """'new', 'replaced' (a changed or repeated vote) or 'stale' (an older replay, ignored)."""
    if vote not in VOTES:
        raise InvalidInputError({"vote": "Choose agree, disagree or pass"})
    statement = programme.get_record(_kind("statement", record["id"]), statement_id) if statement_id.isalnum() else None
    if statement is None or statement["status"] != "approved":
        raise NotFoundError("That statement is not part of this round")
    outcome = programme.put_latest(_kind("vote", record["id"]), f"{participant['id']}#{statement_id}", {
        "participant": participant["id"], "group": participant["group"], "statement": statement_id, "vote": vote,
        "expires_at": expiry(now, retention_days)}, at=_stamp(now))
    if outcome == "new":  # the count that decides which statement is shown next
        programme.add_to(_kind("statement", record["id"]), statement_id, "votes")
    return outcome


def round_votes(round_id: str, programme) -> list[Vote]:
    stored = sorted(programme.list_records(_kind("vote", round_id)), key=lambda v: v["at"])
    return [Vote(v["participant"], v["group"], v["statement"], v["vote"]) for v in stored]


def participation(record: dict, participants: list[dict]) -> dict:
    """Who has taken part, against the round's targets."""
    total = len(participants)
    by_group = Counter(p["group"] for p in participants)
    by_staff = Counter(p["staff_group"] for p in participants if p.get("staff_group"))
    lived = sum(1 for p in participants if p.get("lived_experience") == LivedExperience.YES)
    targets = []
    for target in record.get("targets", []):
        count = lived if target["group"] == LIVED_EXPERIENCE_TARGET else by_group.get(target["group"], 0)
        label = ("with lived experience" if target["group"] == LIVED_EXPERIENCE_TARGET
                 else f"from the {STAKEHOLDER_LABELS[StakeholderGroup(target['group'])].lower()} group")
        share = count / total if total else 0.0
        targets.append({"target": f"At least {target['min_share']:.0%} of participants {label}",
                        "required": target["min_share"], "actual": round(share, 4), "met": share >= target["min_share"]})
    for staff_group in record.get("staff_groups_required", []):
        count = by_staff.get(staff_group, 0)
        targets.append({"target": f"Staff group represented: {STAFF_GROUP_LABELS[staff_group]}", "required": 1,
                        "actual": count, "met": count >= 1})
    return {"total": total, "by_group": {g.value: by_group.get(g.value, 0) for g in STAKEHOLDER_LABELS},
            "by_staff_group": dict(sorted(by_staff.items())), "lived_experience": lived, "targets": targets,
            "targets_met": all(t["met"] for t in targets)}


# Results -----------------------------------------------------------------------------------------

def round_results(round_id: str, programme) -> dict:
    record = get_round(round_id, programme)
    statements = {s["id"]: s for s in list_statements(round_id, programme, "approved")}
    figures = broadest_first(statement_results(round_votes(round_id, programme), statements))
    rows = [{**r, "id": r["statement"], "text": statements[r["statement"]]["text"],
             "part": statements[r["statement"]]["part"]} for r in figures if r["statement"] in statements]
    groups = programme.get_record("opinion-groups", round_id) or {"status": "not yet computed", "groups": []}
    return {"round": record, "participation": participation(record, programme.list_records(_kind("participant",
                                                                                                     round_id))),
            "statements": rows, "divisive": [r["id"] for r in rows if r["divisive"]],
            "majority": [r["id"] for r in rows if r["majority"]], "opinion_groups": groups}


def update_opinion_groups(programme, now: datetime, *, today: date) -> list[dict]:
    """The scheduled job: opinion groups for every round still open (or closed in the last week)."""
    done = []
    for record in list_rounds(programme):
        closes = date.fromisoformat(record["closes"])
        if (today - closes).days > 7 or round_status(record, today) == "not yet open":
            continue
        found = find_opinion_groups(round_votes(record["id"], programme))
        programme.put_record("opinion-groups", record["id"], {**found, "id": record["id"],
                                                              "computed_at": now.isoformat(timespec="seconds")})
        done.append({"round": record["id"], "status": found["status"], "groups": len(found["groups"])})
    return done


def votes_csv(round_id: str, programme) -> str:
    """The round's votes, pseudonymous, in the layout `purpose consensus --votes` reads."""
    lines = ["participant,group,statement,vote"]
    lines += [f"{v.participant},{v.group},{v.statement},{v.vote}" for v in round_votes(round_id, programme)]
    return "\r\n".join(lines) + "\r\n"


# Drafts, adoption and "you said, we did" -------------------------------------------------------

def save_draft(round_id: str, draft: DraftInput, programme, *, by: str, now: datetime) -> dict:
    get_round(round_id, programme)
    approved = {s["id"] for s in list_statements(round_id, programme, "approved")}
    unknown = [i for i in draft.statement_ids if i not in approved]
    if unknown:
        raise InvalidInputError({"statement_ids": f"Not approved statements of this round: {', '.join(unknown)}"})
    draft_id = request_id("draft", draft, round_id)[:10]
    record = {**draft.model_dump(), "id": draft_id, "round_id": round_id, "status": "draft", "by": by,
              "created_at": now.isoformat(timespec="seconds")}
    return programme.create(_kind("draft", round_id), draft_id, record)


def list_drafts(round_id: str, programme) -> list[dict]:
    return sorted(programme.list_records(_kind("draft", round_id)), key=lambda d: d["created_at"])


def adopt_draft(round_id: str, draft_id: str, *, justification: str, programme, contributions, by: str,
                now: datetime) -> dict:
    """Adopt a draft as the vision, recording where it came from; unmet targets need a justification."""
    draft = programme.get_record(_kind("draft", round_id), draft_id) if draft_id.isalnum() else None
    if draft is None:
        raise NotFoundError("There is no draft with that id in this round")
    results = round_results(round_id, programme)
    taking_part = results["participation"]
    unmet = [t["target"] for t in taking_part["targets"] if not t["met"]]
    if unmet and not justification:
        raise InvalidInputError({"justification": "These participation targets are not met: " + "; ".join(unmet)
                                 + ". Record why the vision is being adopted now."})
    by_id = {r["id"]: r for r in results["statements"]}
    sources = [{k: by_id[i][k] for k in ("id", "text", "part", "group_aware_consensus", "majority", "divisive",
                                         "votes", "by_group")} for i in draft["statement_ids"] if i in by_id]
    record = results["round"]
    provenance = {
        "source": "co-design round", "round_id": round_id, "round_title": record["title"], "draft_id": draft_id,
        "statements": sources, "participation": taking_part, "unmet_targets": unmet,
        "justification": justification or None, "campaigns": _campaign_themes(record, programme, contributions),
        "broadest_consensus": [{k: r[k] for k in ("id", "text", "part", "group_aware_consensus")}
                               for r in results["statements"][:BROADEST]],
    }
    current = reviews.current_vision(programme) or {}
    vision = {"organisation": draft["organisation"], "vision": draft["vision"], "purpose": draft["purpose"],
              "values": draft["values"], "priorities": current.get("priorities", [])}
    adopted = reviews.save_vision(vision, programme, by=by, now=now, provenance=provenance)
    programme.update_record(_kind("draft", round_id), draft_id, {"status": "adopted",
                                                                 "vision_version": adopted["version"]})
    return adopted


def _campaign_themes(record: dict, programme, contributions) -> list[dict]:
    from purpose.logic.engagement import get_campaign

    found = []
    for campaign_id in record.get("campaign_ids", []):
        try:
            campaign = get_campaign(campaign_id, programme)
        except NotFoundError:
            continue
        themes = insight.theme_summary(list(contributions.list_contributions(campaign.id)), quotes_per_theme=2)
        found.append({"id": campaign.id, "title": campaign.title,
                      "themes": [{"theme": t["theme"], "count": t["count"], "quotes": t["quotes"]}
                                 for t in themes[:6]]})
    return found


def add_action(action: ActionInput, programme, *, by: str, now: datetime) -> dict:
    record = {**action.model_dump(), "id": request_id("action", action)[:10], "by": by,
              "created_at": now.isoformat(timespec="seconds")}
    return programme.create("action", record["id"], record)


def list_actions(programme) -> list[dict]:
    return sorted(programme.list_records("action"), key=lambda a: a["created_at"], reverse=True)


def you_said_we_did(programme) -> dict:
    """What the public page shows; everything in it is already aggregate, consented or redacted."""
    vision = reviews.current_vision(programme)
    provenance = (vision or {}).get("provenance", {})
    themes = [t for c in provenance.get("campaigns", []) for t in c["themes"]]
    return {"vision": vision, "participation": provenance.get("participation"),
            "broadest_consensus": provenance.get("broadest_consensus", []),
            "themes": themes, "actions": list_actions(programme), "round_title": provenance.get("round_title"),
            "justification": provenance.get("justification")}
