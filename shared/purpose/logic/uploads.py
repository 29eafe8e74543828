"""Reading uploaded files: checks on the whole file, then row by row into records.

Pure: it reads byte chunks from any stream and never holds the whole file, so memory stays
flat whatever the size. Byte offsets of record starts let a large file be split into chunks
at record boundaries (quoted fields may hold line breaks, so lines are not records).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import chain

from purpose.errors import UploadRejectedError
from purpose.logic.references import content_id, reference_for
from purpose.logic.upload_kinds import (KINDS, RowProblem, UploadKind, clean_text, fold, is_blank_answer, parse_date,
                                        stakeholder_group)
from purpose.models.contribution import Contribution
from purpose.models.people import StakeholderGroup

SNIFF_BYTES = 64 * 1024
_COMPRESSED = {b"\x1f\x8b": "gzip", b"PK\x03\x04": "zip", b"BZh": "bzip2", b"\xfd7zXZ": "xz", b"7z\xbc\xaf": "7z",
               b"Rar!": "rar", b"(\xb5/\xfd": "zstd"}
csv.field_size_limit(1024 * 1024)


def upload_id_for(bucket: str, key: str, version: str | None) -> str:
    """One id per stored object version: the same S3 event delivered twice maps to one upload."""
    return content_id("upload", bucket, key, version or "")


def kind_for(key: str, metadata: dict[str, str]) -> UploadKind:
    name = (metadata.get("kind") or "").strip().lower()
    parts = key.split("/")
    if not name and len(parts) >= 3 and parts[0] == "uploads":
        name = parts[1]
    if name not in KINDS:
        raise UploadRejectedError(
            f"Unknown kind of upload '{name or '(none)'}': put the file under uploads/<kind>/ with kind one of "
            f"{', '.join(KINDS)}")
    return KINDS[name]


def check_file(head: bytes, size: int, limit: int) -> str:
    """Refuse what cannot be a CSV of any kind; return the text encoding to read it with."""
    if size == 0 or not head.strip():
        raise UploadRejectedError("The file is empty")
    if size > limit:
        raise UploadRejectedError(f"The file is {size / 1024 / 1024:.0f} MB; the limit is {limit / 1024 / 1024:.0f} MB")
    for magic, name in _COMPRESSED.items():
        if head.startswith(magic):
            raise UploadRejectedError(f"This is a {name} compressed file; upload the CSV itself, not an archive")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UploadRejectedError("The file is saved as UTF-16 (Excel's \"Unicode Text\"); save it as \"CSV UTF-8\"")
    sample = head[:8192]
    if b"\x00" in sample:
        raise UploadRejectedError("This is not a text file (it contains binary data); upload a CSV file")
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if controls > len(sample) * 0.01:
        raise UploadRejectedError("This is not a text file (it contains control characters); upload a CSV file")
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as error:
        if error.start >= len(head) - 3:  # a character cut at the end of the sample
            return "utf-8"
        return "cp1252"  # what Excel on Windows saves as "CSV"


@dataclass(frozen=True)
class Header:
    mapping: dict[int, str]
    end: int  # byte offset where the first data record starts
    separator: str = ","


# Excel saves "CSV" with semicolons where the decimal mark is a comma, and "Text (Tab delimited)" with tabs: the
# header row says which by the separator it has most of (commas when it has none, or as many of another).
SEPARATORS = (",", ";", "\t")


def separator_of(header_line: str) -> str:
    return max(SEPARATORS, key=header_line.count)


@dataclass(frozen=True)
class Row:
    number: int  # the row number a spreadsheet shows (the header is row 1)
    values: dict[str, str]
    end: int  # byte offset just after this record


def _lines(chunks: Iterable[bytes]) -> Iterator[bytes]:
    pending = b""
    for chunk in chunks:
        pending += chunk
        *complete, pending = pending.split(b"\n")
        for line in complete:
            yield line + b"\n"
    if pending:
        yield pending


def header_map(header: list[str], kind: UploadKind) -> dict[int, str]:
    """Column position -> our column name; extra columns are ignored."""
    mapping: dict[int, str] = {}
    for position, raw in enumerate(header):
        name = fold(raw)
        for column in kind.columns:
            if name in column.names() and column.name not in mapping.values():
                mapping[position] = column.name
                break
    missing = [c.name for c in kind.columns if c.required and c.name not in mapping.values()]
    if missing:
        found = ", ".join(h.strip() for h in header if h.strip())[:300] or "nothing"
        raise UploadRejectedError(
            f"Missing required column{'s' if len(missing) > 1 else ''}: {', '.join(missing)}. "
            f"A {kind.name} file needs {', '.join(c.name for c in kind.columns if c.required)}; found: {found}")
    return mapping


def read_rows(chunks: Iterable[bytes], kind: UploadKind, encoding: str, *, start: int = 0,
              mapping: dict[int, str] | None = None, first_number: int = 2,
              separator: str = ",") -> Iterator[Row | Header]:
    """Yield the Header first (when reading from the top, mapping=None, which also finds the separator), then
    each record as a Row."""
    offset = start

    def text_lines():
        nonlocal offset
        for line in _lines(chunks):
            offset += len(line)
            try:
                yield line.decode(encoding)
            except UnicodeDecodeError:
                raise UploadRejectedError(
                    f"The file is not {encoding.upper().replace('-SIG', '')} text throughout (bytes near "
                    f"{offset - len(line)}): save it again as CSV UTF-8") from None

    lines = text_lines()
    if mapping is None:
        first = next(lines, None)
        if first is None:
            raise UploadRejectedError("The file is empty")
        separator, lines = separator_of(first), chain([first], lines)
    reader = csv.reader(lines, delimiter=separator, strict=False)
    try:
        if mapping is None:
            mapping = header_map(next(reader), kind)  # a first line was read above
            yield Header(mapping, offset, separator)
        number = first_number
        for record in reader:
            if not any(cell.strip() for cell in record):
                number += 1
                continue
            values = {name: record[pos] if pos < len(record) else "" for pos, name in mapping.items()}
            yield Row(number=number, values=values, end=offset)
            number += 1
    except csv.Error as error:
        raise UploadRejectedError(f"The file is not a readable CSV ({error})") from None


@dataclass(frozen=True)
class Imported:
    """What one row became: a contribution, or a work item / rating record for the programme."""

    record_id: str
    contribution: Contribution | None = None
    record: dict | None = None


def to_record(kind: UploadKind, row: Row, *, campaign_id: str, upload_id: str, now: datetime,
              expires_at: int) -> Imported | None:
    """One row -> what to store; None for a blank answer; RowProblem says why a row is refused."""
    v = {name: value for name, value in row.values.items()}
    if kind.record == "work-item":
        return _work_item(v)
    if kind.record == "cqc-rating":
        return _rating(v)
    text, group, source_id, details, rating, votes, tags = "", kind.stakeholder_group, "", {}, None, None, []
    source_date = parse_date(v.get("Date", "")) if v.get("Date", "").strip() else None
    if kind.name == "fft":
        text = clean_text(v["FFT answer"], "FFT answer")
        source_id = v.get("Comment ID", "").strip()
        details = {k: v[k].strip() for k in ("Trust", "Service type 1", "Service type 2", "FFT question")
                   if v.get(k, "").strip()}
        raw_rating = v.get("FFT categorical answer", "").strip()
        if raw_rating:
            # 1 very good .. 5 very poor; exports use 6 for "don't know" and 7 for no answer
            if raw_rating not in {"1", "2", "3", "4", "5", "6", "7"}:
                raise RowProblem("FFT categorical answer", f"'{raw_rating[:20]}' is not 1 (very good) to 5 "
                                 "(very poor), 6 (don't know) or 7 (not answered)")
            rating = int(raw_rating) if raw_rating <= "5" else None
    elif kind.name == "event-notes":
        text = clean_text(v["What was said"], "What was said")
        group = stakeholder_group(v["Stakeholder group"])
        if group is None:
            raise RowProblem("Stakeholder group", f"'{v['Stakeholder group'][:40]}' is not a stakeholder group: use "
                             "staff, patient, carer, community, partner or volunteer")
        details = {"event": clean_text(v["Event"], "Event")}
        if not details["event"]:
            raise RowProblem("Event", "is empty: say which event the notes are from")
    elif kind.name == "ideas":
        idea = clean_text(v["Idea"], "Idea")
        description = clean_text(v.get("Description", ""), "Description")
        text = idea + ("\n" + description if description else "")
        source_id = v.get("Idea ID", "").strip()
        group = stakeholder_group(v.get("Author group", "")) or StakeholderGroup.UNKNOWN
        raw_votes = v.get("Votes", "").strip()
        if raw_votes:
            if not raw_votes.lstrip("-").isdigit() or int(raw_votes) < 0:
                raise RowProblem("Votes", f"'{raw_votes[:20]}' is not a whole number of votes")
            votes = int(raw_votes)
    elif kind.name == "healthwatch":
        text = clean_text(v["Feedback"], "Feedback")
        source_id = v.get("Reference", "").strip()
        tags = [t.strip() for t in v.get("Tags", "").replace(",", ";").split(";") if t.strip()][:20]
        if v.get("Service", "").strip():
            details = {"service": v["Service"].strip()[:200]}
    if is_blank_answer(text):
        return None
    identity = content_id(kind.name, "id", source_id) if source_id else content_id(
        kind.name, fold(text), source_date or "", str(group), details.get("event", ""))
    contribution = Contribution(
        campaign_id=campaign_id, id=identity, reference=reference_for(kind.name, identity),
        source=f"upload:{kind.name}", stakeholder_group=group or StakeholderGroup.UNKNOWN, answers={"q1": text},
        created_at=now.isoformat(timespec="seconds"), source_date=source_date, source_id=source_id or None,
        rating=rating, votes=votes, tags=tags, source_details=details, upload_id=upload_id, expires_at=expires_at,
    )
    return Imported(record_id=identity, contribution=contribution)


def _work_item(v: dict[str, str]) -> Imported:
    work_id = v["id"].strip()
    if not work_id or len(work_id) > 40:
        raise RowProblem("id", "is empty or longer than 40 characters")
    title = clean_text(v["title"], "title")
    if not title:
        raise RowProblem("title", "is empty: every work item needs a title")
    by_when = v.get("by when", "").strip()
    try:
        by_when = parse_date(by_when) or ""
    except RowProblem:  # the team's own words ("March 2027", "end of Q3"): kept, and the aim check reads them
        by_when = clean_text(by_when, "by when")[:40]
    record = {"id": work_id, "title": title[:200], "description": clean_text(v.get("description", ""), "description"),
              "aim": {k.replace(" ", "_"): clean_text(v.get(k, ""), k)[:500] for k in
                      ("what", "how much", "for whom", "where")} | {"by_when": by_when},
              "owner": v.get("owner", "").strip()[:120], "team": v.get("team", "").strip()[:120],
              "organisation": v.get("organisation", "").strip()[:120],
              "status": (v.get("status", "").strip().lower() or "active")[:40],
              "priorities": [p.strip() for p in v.get("priorities", "").replace(",", ";").split(";") if p.strip()][:20]}
    return Imported(record_id=work_id, record=record)


RATINGS = {"outstanding", "good", "requires improvement", "inadequate"}


def _rating(v: dict[str, str]) -> Imported:
    from purpose.logic.reference_data import cqc_statement_id

    statement = cqc_statement_id(v["Quality statement"])
    if statement is None:
        raise RowProblem("Quality statement", f"'{v['Quality statement'][:60]}' is not one of the eight well-led "
                         "quality statements")
    rating = fold(v["Rating"])
    if rating not in RATINGS:
        raise RowProblem("Rating", f"'{v['Rating'][:30]}' is not outstanding, good, requires improvement or inadequate")
    rated_on = parse_date(v.get("Date", "")) if v.get("Date", "").strip() else None
    return Imported(record_id=statement, record={"statement": statement, "rating": rating, "rated_on": rated_on or ""})
