"""The kinds of file an engagement lead can upload, and how each row becomes a record.

Column names are matched after folding case, spaces and line breaks ("FFT  answer\n" is
"fft answer"); each kind lists the names common exports use for the same column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from purpose.models.people import StakeholderGroup

# Only non-answers: "nothing" or "no" answer the question (to "what could we improve?" they are praise).
BLANK_ANSWERS = {"", "-", "--", ".", "did not answer", "not answered", "no answer", "null", "none given", "blank"}
MAX_TEXT = 10_000


def fold(name: str) -> str:
    return re.sub(r"\s+", " ", (name or "").replace("\ufeff", "")).strip().casefold()


class RowProblem(ValueError):
    def __init__(self, column: str, reason: str) -> None:
        super().__init__(reason)
        self.column = column
        self.reason = reason


@dataclass(frozen=True)
class Column:
    name: str  # the name in our template
    aliases: tuple[str, ...] = ()
    required: bool = False

    def names(self) -> set[str]:
        return {fold(self.name), *(fold(a) for a in self.aliases)}


@dataclass(frozen=True)
class UploadKind:
    name: str
    title: str
    columns: tuple[Column, ...]
    record: str  # "contribution", "work-item" or "cqc-rating"
    stakeholder_group: StakeholderGroup | None = None
    example: tuple[str, ...] = field(default=())

    def template_csv(self) -> str:
        header = ",".join(f'"{c.name}"' for c in self.columns)
        return header + "\r\n" + ",".join(f'"{v}"' for v in self.example) + "\r\n"


KINDS: dict[str, UploadKind] = {k.name: k for k in (
    UploadKind("fft", "Friends and Family Test comments", (
        Column("Comment ID", ("comment id", "id", "response id")),
        Column("Trust"), Column("Date", ("response date", "date of response")),
        Column("Service type 1"), Column("Service type 2"),
        Column("FFT categorical answer", ("fft score", "rating", "fft rating")),
        Column("FFT question", ("question",)),
        Column("FFT answer", ("fft comment", "comment", "free text", "answer", "what was good", "feedback"),
               required=True),
    ), "contribution", StakeholderGroup.PATIENT,
        ("C-0001", "Example NHS Trust", "2026-11-01", "Ambulance", "Patient transport", "1",
         "Overall, how was your experience of our service?", "The crew were kind and on time.")),
    UploadKind("event-notes", "Notes from an engagement event", (
        Column("Event", ("event name", "session"), required=True),
        Column("Date", ("event date",)),
        Column("Stakeholder group", ("group", "audience", "who"), required=True),
        Column("What was said", ("notes", "comment", "comments", "said", "feedback"), required=True),
    ), "contribution", None,
        ("Listening event, Riverside library", "2026-10-14", "community", "Parking at the hospital is impossible.")),
    UploadKind("ideas", "Crowdsourced ideas (idea-board export)", (
        Column("Idea", ("title", "idea title", "name", "subject"), required=True),
        Column("Description", ("details", "body", "idea description", "text", "content")),
        Column("Votes", ("vote count", "score", "likes", "kudos", "upvotes", "supporters")),
        Column("Author group", ("author role", "group", "role", "submitted by group", "stakeholder group")),
        Column("Idea ID", ("id", "idea id", "reference")),
    ), "contribution", None,
        ("Self-rostering app", "Let teams swap shifts from their phones.", "42", "staff", "IDEA-17")),
    UploadKind("healthwatch", "Healthwatch feedback", (
        Column("Feedback", ("comment", "experience", "what people said", "text", "story"), required=True),
        Column("Tags", ("themes", "categories", "tag")),
        Column("Date", ("date received",)),
        Column("Service", ("service area", "provider")),
        Column("Reference", ("id", "reference number", "ref")),
    ), "contribution", StakeholderGroup.COMMUNITY,
        ("Waited three hours with no update.", "waiting times; communication", "2026-09-30", "Emergency department",
         "HW-2026-113")),
    UploadKind("work-items", "Improvement work register", (
        Column("id", ("work id", "project id", "reference"), required=True),
        Column("title", ("project", "name", "project title"), required=True),
        Column("description", ("summary", "details")),
        Column("what", ("aim what",)), Column("how much", ("aim how much", "how_much")),
        Column("by when", ("aim by when", "by_when", "deadline")), Column("for whom", ("aim for whom", "for_whom")),
        Column("where", ("aim where", "location")),
        Column("owner"), Column("team"), Column("organisation"), Column("status"),
        Column("priorities", ("linked priorities",)),
    ), "work-item", None,
        ("W-001", "Faster ambulance handovers", "A handover area staffed by a nurse so crews leave within 30 minutes.",
         "Reduce handover delays", "90% of handovers within 30 minutes", "2027-03-31", "Patients arriving by ambulance",
         "Emergency department", "Head of nursing", "ED", "Example NHS Trust", "active", "UEC2")),
    UploadKind("cqc-ratings", "CQC well-led ratings", (
        Column("Quality statement", ("statement", "key question", "area"), required=True),
        Column("Rating", ("cqc rating", "score"), required=True),
        Column("Date", ("rating date", "published")),
    ), "cqc-rating", None, ("Freedom to speak up", "requires improvement", "2026-06-01")),
)}

STAKEHOLDER_WORDS = {
    StakeholderGroup.STAFF: ("staff", "employee", "colleague", "clinician", "nurse", "doctor", "crew", "workforce"),
    StakeholderGroup.PATIENT: ("patient", "service user", "user"),
    StakeholderGroup.CARER: ("carer", "family", "relative", "parent", "friend"),
    StakeholderGroup.COMMUNITY: ("community", "public", "resident", "citizen"),
    StakeholderGroup.PARTNER: ("partner", "stakeholder organisation", "council", "voluntary", "vcse"),
    StakeholderGroup.VOLUNTEER: ("volunteer",),
}


def stakeholder_group(text: str) -> StakeholderGroup | None:
    value = fold(text)
    if not value:
        return None
    for group, words in STAKEHOLDER_WORDS.items():
        if value == group.value or any(w in value for w in words):
            return group
    return None


def parse_date(text: str) -> str | None:
    """ISO date from the formats exports use (2026-11-01, 01/11/2026, 1/11/26, 2026-11-01T09:00)."""
    text = (text or "").strip()
    if not text:
        return None
    # UK day-first formats first; US month-first (5/31/2022) only where day-first cannot be meant.
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d", "%d %B %Y", "%d %b %Y",
                "%m/%d/%Y", "%m/%d/%y"):
        try:
            return datetime.strptime(text[:10] if fmt == "%Y-%m-%d" else text, fmt).date().isoformat()
        except ValueError:
            continue
    raise RowProblem("Date", f"'{text[:30]}' is not a date: use YYYY-MM-DD or DD/MM/YYYY")


def is_blank_answer(text: str) -> bool:
    core = text.strip(" .!\t\r\n")
    if "\ufeff" not in core and len(core.split(None, 3)) > 3:
        return False  # four or more words: an answer (every blank answer has at most three); no folding needed
    return fold(text).strip(" .!") in BLANK_ANSWERS


def clean_text(text: str, column: str) -> str:
    text = (text or "").replace("\r\n", "\n").strip()
    if "\x00" in text:
        raise RowProblem(column, "contains a NUL character: the row looks like binary data")
    if len(text) > MAX_TEXT:
        raise RowProblem(column, f"is longer than {MAX_TEXT:,} characters")
    return text


def today_iso() -> str:
    return date.today().isoformat()
