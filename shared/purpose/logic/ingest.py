"""Turn an uploaded file into stored records, once, in chunks when it is large.

Pass 1 reads the whole file without writing: anything that makes it unreadable as its kind
fails the upload before a single row is stored. Pass 2 writes the valid rows, in byte-range
chunks that can run in parallel; each chunk is idempotent, and the last one to finish writes
the summary and the report.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from purpose.errors import StoreError, UploadRejectedError
from purpose.logic.csv_export import to_csv
from purpose.logic.engagement import expiry
from purpose.logic.upload_kinds import KINDS, RowProblem, UploadKind
from purpose.logic.insight import annotate
from purpose.logic.uploads import (SNIFF_BYTES, Header, Imported, check_file, kind_for, read_rows, to_record,
                                   upload_id_for)
from purpose.models.campaign import Campaign, Prompt

CHUNK_BYTES = 32 * 1024 * 1024  # about 150k FFT rows: well inside one invocation's 15 minutes
WRITE_BATCH = 500  # rows checked for duplicates and written together
MAX_REPORTED_PROBLEMS = 10_000
IMPORT_PROMPTS = {"fft": "Friends and Family Test comment", "event-notes": "What was said at the event",
                  "ideas": "Idea", "healthwatch": "Healthwatch feedback"}


@dataclass
class Ports:
    """What ingestion needs from the outside world (S3, DynamoDB, SQS, the clock)."""

    read: Callable[..., object]  # read(bucket, key, version, start, end) -> iterable of bytes
    put_report: Callable[[str, str, str], None]  # put_report(key, body, content_type)
    read_report: Callable[[str], list]  # the problems a chunk wrote
    send_chunks: Callable[[list[dict]], None]
    programme: object
    contributions: object
    now: Callable[[], datetime]
    retention_days: int
    size_limit: int
    chunk_bytes: int = CHUNK_BYTES


@dataclass
class ChunkResult:
    rows: int = 0
    stored: int = 0
    duplicates: int = 0
    rejected: int = 0
    blank: int = 0
    problems: list[dict] = field(default_factory=list)


def import_campaign(kind: UploadKind, campaign_id: str | None, ports: Ports) -> str:
    """Imported contributions join the named campaign, or one campaign per kind of upload."""
    if campaign_id:
        if ports.programme.get_record("campaign", campaign_id) is None:
            raise UploadRejectedError(f"There is no campaign '{campaign_id}' to import into")
        return campaign_id
    campaign_id = f"import-{kind.name}"
    now = ports.now()
    campaign = Campaign(id=campaign_id, title=kind.title, introduction="Imported from uploaded files.",
                        audience="Imported", opens=now.date().replace(month=1, day=1), closes=now.date(),
                        prompts=[Prompt(id="q1", text=IMPORT_PROMPTS[kind.name])], closed_early=True,
                        created_at=now.isoformat(timespec="seconds"))
    ports.programme.put_record("campaign", campaign_id, campaign.model_dump(mode="json"), only_if_new=True)
    return campaign_id


def start_upload(*, bucket: str, key: str, version: str | None, size: int, metadata: dict, ports: Ports) -> dict:
    """Handle an S3 ObjectCreated event: check, plan, and process (or fan out) the file."""
    upload_id = upload_id_for(bucket, key, version)
    existing = ports.programme.get_record("upload", upload_id)
    if existing and existing["status"] in ("complete", "failed"):
        return existing  # the same event delivered again
    started = time.monotonic()
    record = existing or {"id": upload_id, "key": key, "bucket": bucket, "version": version or "", "size": size,
                          "status": "processing", "started_at": ports.now().isoformat(timespec="seconds"),
                          "report": f"reports/{upload_id}.json", "chunk_results": {}}
    if not existing:
        ports.programme.put_record("upload", upload_id, record, only_if_new=True)
    try:
        kind = kind_for(key, metadata)
        ports.programme.update_record("upload", upload_id, {"upload_kind": kind.name})
        campaign_id = import_campaign(kind, metadata.get("campaign"), ports) if kind.record == "contribution" else ""
        head = b"".join(ports.read(bucket, key, version, 0, min(size, SNIFF_BYTES))) if size else b""
        encoding = check_file(head, size, ports.size_limit)
        header, chunks, rows = plan_chunks(ports.read(bucket, key, version, 0, None), kind, encoding,
                                           ports.chunk_bytes, size)
        if rows == 0:
            raise UploadRejectedError("The file has a header row but no data rows")
    except UploadRejectedError as error:
        return fail_upload(upload_id, str(error), ports, started)
    jobs = [{"upload_id": upload_id, "bucket": bucket, "key": key, "version": version, "kind": kind.name,
             "campaign_id": campaign_id, "encoding": encoding, "separator": header.separator,
             "mapping": {str(k): v for k, v in header.mapping.items()},
             "chunk": index, "start": start, "end": end, "first_number": first} for index, (start, end, first)
            in enumerate(chunks)]
    ports.programme.update_record("upload", upload_id, {"chunks_total": len(jobs), "rows_expected": rows,
                                                        "encoding": encoding})
    if len(jobs) == 1:
        return process_chunk(jobs[0], ports)
    ports.send_chunks(jobs)
    return ports.programme.get_record("upload", upload_id)


def plan_chunks(stream, kind: UploadKind, encoding: str, chunk_bytes: int, size: int):
    """Pass 1: read every record (no writes); cut chunks at record starts about chunk_bytes apart.

    Returns the Header (column mapping and separator), [(start, end or None, first row number)] and the number of
    rows.
    """
    header, rows, chunks = None, 0, []
    chunk_start, first, last_end = 0, 2, 0
    for item in read_rows(stream, kind, encoding):
        if isinstance(item, Header):
            header, chunk_start = item, item.end
            continue
        rows += 1
        last_end = item.end
        if item.end - chunk_start >= chunk_bytes:
            chunks.append((chunk_start, item.end, first))
            chunk_start, first = item.end, item.number + 1
    if last_end > chunk_start:
        chunks.append((chunk_start, None, first))
    return header, chunks, rows


def fail_upload(upload_id: str, reason: str, ports: Ports, started: float) -> dict:
    changes = {"status": "failed", "reason": reason, "finished_at": ports.now().isoformat(timespec="seconds"),
               "duration_ms": int((time.monotonic() - started) * 1000), "rows": 0, "stored": 0, "rejected": 0,
               "duplicates": 0, "blank": 0}
    ports.programme.update_record("upload", upload_id, changes)
    report = {"upload_id": upload_id, "status": "failed", "reason": reason, "problems": []}
    ports.put_report(f"reports/{upload_id}.json", json.dumps(report, indent=2), "application/json")
    ports.put_report(f"reports/{upload_id}.csv", to_csv(["row", "column", "reason"], [["", "", reason]]),
                     "text/csv; charset=utf-8")
    return ports.programme.get_record("upload", upload_id)


def process_chunk(job: dict, ports: Ports) -> dict:
    """Pass 2 for one byte range: store its valid rows (once), record its result, finish if last."""
    upload_id, index = job["upload_id"], str(job["chunk"])
    record = ports.programme.get_record("upload", upload_id)
    if record is None or record["status"] != "processing" or index in record.get("chunk_results", {}):
        return record or {}
    kind = KINDS[job["kind"]]
    mapping = {int(k): v for k, v in job["mapping"].items()}
    now = ports.now()
    expires_at = expiry(now, ports.retention_days)
    result = ChunkResult()
    pending: list = []

    def flush() -> None:
        if not pending:
            return
        if kind.record == "contribution":
            _store_contributions(pending, job["campaign_id"], upload_id, result, ports)
        else:
            for imported in pending:
                ports.programme.put_record(kind.record, imported.record_id, imported.record)
                result.stored += 1
        pending.clear()

    stream = ports.read(job["bucket"], job["key"], job["version"], job["start"], job["end"])
    seen: set[str] = set()
    # A chunk queued before the separator was recorded is a comma-separated file's
    for row in read_rows(stream, kind, job["encoding"], start=job["start"], mapping=mapping,
                         first_number=job["first_number"], separator=job.get("separator", ",")):
        result.rows += 1
        try:
            imported = to_record(kind, row, campaign_id=job["campaign_id"], upload_id=upload_id, now=now,
                                 expires_at=expires_at)
        except RowProblem as problem:
            result.rejected += 1
            if len(result.problems) < MAX_REPORTED_PROBLEMS:
                result.problems.append({"row": row.number, "column": problem.column, "reason": problem.reason})
            continue
        if imported is None:
            result.blank += 1
            continue
        if imported.contribution is not None:
            imported = Imported(imported.record_id, annotate(imported.contribution))
        if imported.record_id in seen:  # the same row twice in one file
            result.duplicates += 1
            continue
        seen.add(imported.record_id)
        pending.append(imported)
        if len(pending) >= WRITE_BATCH:
            flush()
    flush()
    ports.put_report(f"reports/{upload_id}/chunk-{int(index):05d}.json", json.dumps(result.problems),
                     "application/json")
    summary = {"rows": result.rows, "stored": result.stored, "duplicates": result.duplicates,
               "rejected": result.rejected, "blank": result.blank}
    ports.programme.record_chunk_result(upload_id, index, summary)
    return finish_if_complete(upload_id, ports)


def _store_contributions(pending: list, campaign_id: str, upload_id: str, result: ChunkResult, ports: Ports) -> None:
    existing = ports.contributions.stored_by(campaign_id, [p.record_id for p in pending])
    new = [p.contribution for p in pending if p.record_id not in existing]
    # Rows this same upload stored before a crash and retry still count as stored, not duplicates.
    ours = sum(1 for by in existing.values() if by == upload_id)
    result.duplicates += len(existing) - ours
    result.stored += ours
    ports.contributions.add_contributions(new)
    result.stored += len(new)


def finish_if_complete(upload_id: str, ports: Ports) -> dict:
    record = ports.programme.get_record("upload", upload_id)
    results = record.get("chunk_results", {})
    if record["status"] != "processing" or len(results) < record.get("chunks_total", 1):
        return record
    totals = {k: sum(r[k] for r in results.values()) for k in ("rows", "stored", "duplicates", "rejected", "blank")}
    problems: list[dict] = []
    for index in sorted(results, key=int):
        problems.extend(ports.read_report(f"reports/{upload_id}/chunk-{int(index):05d}.json"))
    finished = ports.now()
    started = datetime.fromisoformat(record["started_at"])
    report = {"upload_id": upload_id, "kind": record.get("upload_kind"), "key": record["key"], "status": "complete",
              **totals, "problems": problems[:MAX_REPORTED_PROBLEMS],
              "problems_not_listed": max(0, totals["rejected"] - MAX_REPORTED_PROBLEMS)}
    ports.put_report(f"reports/{upload_id}.json", json.dumps(report, indent=2), "application/json")
    ports.put_report(f"reports/{upload_id}.csv", to_csv(["row", "column", "reason"],
                                                        [[p["row"], p["column"], p["reason"]] for p in problems]),
                     "text/csv; charset=utf-8")
    ports.programme.update_record("upload", upload_id, {
        **totals, "status": "complete", "finished_at": finished.isoformat(timespec="seconds"),
        "duration_ms": int((finished - started).total_seconds() * 1000)})
    return ports.programme.get_record("upload", upload_id)


def give_up(upload_id: str, error: StoreError, ports: Ports) -> dict:
    """Retries ran out: say so plainly; a re-upload completes it without duplicating anything."""
    record = ports.programme.get_record("upload", upload_id) or {}
    if record.get("status") != "processing":
        return record
    return fail_upload(upload_id, f"Storage kept failing after retries ({error}). Upload the file again: rows "
                                  "already stored will not be duplicated.", ports, time.monotonic())


def summary_of(upload_id: str, record: dict) -> dict:
    """What `purpose upload --wait` prints and the admin API shows for an upload."""
    return {"upload_id": upload_id, "status": record["status"], "kind": record.get("upload_kind"),
            "rows": record.get("rows", 0), "stored": record.get("stored", 0), "rejected": record.get("rejected", 0),
            "duplicates": record.get("duplicates", 0), "blank": record.get("blank", 0),
            "reason": record.get("reason"), "report": f"s3://{record.get('bucket', '')}/{record.get('report', '')}",
            "duration_ms": record.get("duration_ms")}
