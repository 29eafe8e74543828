"""Uploads: S3 ObjectCreated -> queue -> the real ingest handler, resources from the template."""

import csv
import io
import json
import os
import random

import boto3
import pytest

from tests.faults import Fault

FFT = "Comment ID,Trust,Date,Service type 1,Service type 2,FFT categorical answer,FFT question,FFT answer\r\n"


def fft_file(rows: int, start: int = 0) -> bytes:
    lines = [f'C{i},Trust,2026-11-01,Ambulance,PTS,1,What was good?,"Comment number {i}, kind crew"\r\n'
             for i in range(start, start + rows)]
    return (FFT + "".join(lines)).encode()


def contributions(aws) -> list[dict]:
    table = boto3.resource("dynamodb").Table(aws.physical["ContributionsTable"])
    items, start = [], None
    while True:
        page = table.scan(**({"ExclusiveStartKey": start} if start else {}))
        items += page["Items"]
        start = page.get("LastEvaluatedKey")
        if not start:
            return items


def report(upload_id: str, suffix: str = "json"):
    body = boto3.client("s3").get_object(Bucket=os.environ["UPLOAD_BUCKET"],
                                         Key=f"reports/{upload_id}.{suffix}")["Body"].read().decode()
    return json.loads(body) if suffix == "json" else list(csv.DictReader(io.StringIO(body)))


def test_good_rows_are_stored_and_the_report_names_each_bad_row(aws, upload):
    # Given an FFT export with good rows, a blank answer, a bad date and a bad score
    data = FFT + ("C1,T,2026-11-01,A,B,1,Q,Great care\r\n"
                  "C2,T,2026-11-01,A,B,1,Q,Did not answer\r\n"
                  "C3,T,31/31/2026,A,B,1,Q,Bad date row\r\n"
                  "C4,T,2026-11-02,A,B,9,Q,Bad score row\r\n"
                  'C5,T,02/11/2026,A,B,5,Q,"Long wait, no updates"\r\n')
    # When it is uploaded
    summary = upload(data.encode())
    # Then the good rows are stored, and the report says which rows were refused and why
    assert summary | {"upload_id": None, "duration_ms": None, "report": None} == {
        "upload_id": None, "status": "complete", "kind": "fft", "rows": 5, "stored": 2, "rejected": 2,
        "duplicates": 0, "blank": 1, "reason": None, "report": None, "duration_ms": None}
    assert sorted(c["answers"]["q1"] for c in contributions(aws)) == ["Great care", "Long wait, no updates"]
    problems = report(summary["upload_id"])["problems"]
    assert [(p["row"], p["column"]) for p in problems] == [(4, "Date"), (5, "FFT categorical answer")]
    assert [r["row"] for r in report(summary["upload_id"], "csv")] == ["4", "5"]


def test_the_same_file_again_under_another_name_stores_nothing_new(aws, upload):
    first = upload(fft_file(60), name="november.csv")
    again = upload(fft_file(60), name="november (1).csv")
    assert (first["stored"], again["stored"], again["duplicates"]) == (60, 0, 60)
    assert len(contributions(aws)) == 60


def test_a_repeated_s3_event_is_processed_once(aws, upload, deliver):
    summary = upload(fft_file(5), process=False)
    messages = boto3.client("sqs").receive_message(QueueUrl=aws.queue_url, MaxNumberOfMessages=10)["Messages"]
    body = next(m["Body"] for m in messages if "Records" in m["Body"])
    boto3.client("sqs").send_message(QueueUrl=aws.queue_url, MessageBody=body)  # the duplicate delivery
    for m in messages:
        boto3.client("sqs").change_message_visibility(QueueUrl=aws.queue_url, ReceiptHandle=m["ReceiptHandle"],
                                                      VisibilityTimeout=0)
    deliver()
    from purpose.dal.programme import ProgrammeStore
    record = ProgrammeStore(os.environ["PROGRAMME_TABLE"]).get_record("upload", summary["upload_id"])
    assert (record["stored"], record["duplicates"]) == (5, 0)
    assert len(contributions(aws)) == 5


@pytest.mark.parametrize("data, reason", [
    (random.Random(7).randbytes(5000), "not a text file"),
    (b"", "empty"),
    (FFT.encode(), "header row but no data rows"),
    (b"Comment ID,Trust\r\nC1,T\r\n", "Missing required column: FFT answer"),
    (b"\x1f\x8b\x08\x00" + bytes(2000), "compressed"),
])
def test_what_is_not_a_file_of_its_kind_fails_clearly_and_stores_nothing(aws, upload, data, reason):
    summary = upload(data)
    assert summary["status"] == "failed" and reason in summary["reason"]
    assert contributions(aws) == []
    assert reason in report(summary["upload_id"])["reason"]


def test_a_file_that_turns_out_not_to_be_utf8_late_stores_nothing(aws, upload):
    good = fft_file(3000)  # well past the encoding sniff
    summary = upload(good + "C9999,T,,A,B,1,Q,caf\xe9 — latin-1 at the end\r\n".encode("latin-1", "replace"))
    assert summary["status"] == "failed" and "not UTF-8" in summary["reason"]
    assert contributions(aws) == []


def test_windows_1252_from_excel_is_read(aws, upload):
    summary = upload((FFT + "C1,T,,A,B,1,Q,Caf\xe9 staff were lovely \u2013 thank you\r\n").encode("cp1252"))
    assert summary["stored"] == 1
    assert contributions(aws)[0]["answers"]["q1"] == "Café staff were lovely – thank you"


@pytest.mark.parametrize("kind, data, expected", [
    ("event-notes", b"Event,Date,Stakeholder group,What was said\nListening event,14/10/2026,Carers,Parking is hard\n"
                    b"Listening event,14/10/2026,aliens,We come in peace\n", (1, 1)),
    ("ideas", b"Title,Details,Votes,Author role,ID\nSelf-rostering,Swap shifts,42,Staff,IDEA-1\n"
              b"Quiet room,,-3,Staff,IDEA-2\n", (1, 1)),
    ("healthwatch", b"Feedback,Tags,Date,Service,Reference\nWaited 3 hours,waiting; communication,2026-09-30,ED,HW-1\n",
     (1, 0)),
])
def test_each_kind_of_engagement_file(aws, upload, kind, data, expected):
    summary = upload(data, kind=kind)
    assert (summary["stored"], summary["rejected"]) == expected
    stored = contributions(aws)
    assert all(c["source"] == f"upload:{kind}" and c["pk"] == f"import-{kind}" for c in stored)


def test_work_items_and_cqc_ratings_go_to_the_programme(aws, upload):
    from purpose.dal.programme import ProgrammeStore

    work = upload(b"id,title,description,priorities\nW1,Faster handovers,Handover area,AMBULANCE\n"
                  b",No id,Nothing\n", kind="work-items")
    ratings = upload(b"Quality statement,Rating,Date\nFreedom to speak up,Requires improvement,2026-06-01\n"
                     b"Governance management and sustainability,Good,2026-06-01\n", kind="cqc-ratings")
    assert (work["stored"], work["rejected"], ratings["stored"]) == (1, 1, 2)
    programme = ProgrammeStore(os.environ["PROGRAMME_TABLE"])
    assert programme.get_record("work-item", "W1")["priorities"] == ["AMBULANCE"]
    assert programme.get_record("cqc-rating", "speak-up")["rating"] == "requires improvement"


def test_throttled_batch_writes_are_retried_and_nothing_is_lost(aws, upload):
    from purpose.clients.aws import table

    client = table(os.environ["CONTRIBUTIONS_TABLE"]).meta.client
    with Fault(client, "BatchWriteItem", after=1, times=2, code="ProvisionedThroughputExceededException") as fault:
        summary = upload(fft_file(120))
    assert fault.failed == 2 and fault.calls >= 7  # botocore's retry loop tried again
    assert summary["stored"] == 120 and len(contributions(aws)) == 120


def test_when_retries_run_out_the_upload_says_so_and_a_re_upload_completes_it(aws, upload, invoke):
    from purpose.clients.aws import table
    from purpose.local.handlers import sqs_event

    client = table(os.environ["CONTRIBUTIONS_TABLE"]).meta.client
    summary = upload(fft_file(80), process=False)
    message = next(m for m in boto3.client("sqs").receive_message(
        QueueUrl=aws.queue_url, MaxNumberOfMessages=10, AttributeNames=["All"])["Messages"] if "Records" in m["Body"])
    event = sqs_event(message, aws.queue_url)
    event["Records"][0]["attributes"]["ApproximateReceiveCount"] = "3"  # the last delivery before the DLQ
    with Fault(client, "BatchWriteItem", after=1, code="ProvisionedThroughputExceededException"):
        result = invoke("ingest_upload", event)
    assert result == {"batchItemFailures": []}
    from purpose.dal.programme import ProgrammeStore
    record = ProgrammeStore(os.environ["PROGRAMME_TABLE"]).get_record("upload", summary["upload_id"])
    assert record["status"] == "failed" and "Upload the file again" in record["reason"]
    partial = len(contributions(aws))
    assert 0 < partial < 80
    again = upload(fft_file(80), name="retry.csv")
    assert again["stored"] + again["duplicates"] == 80 and len(contributions(aws)) == 80


def test_a_large_file_is_split_into_chunks_that_each_run_once(aws, upload, monkeypatch):
    from purpose.logic import ingest

    monkeypatch.setattr(ingest, "CHUNK_BYTES", 4096)  # ~60 rows a chunk
    data = fft_file(700) + b'C-multi,T,,A,B,1,Q,"a comment\r\nspread over\r\nthree lines"\r\n'
    summary = upload(data)
    assert summary["status"] == "complete" and summary["stored"] == 701
    from purpose.dal.programme import ProgrammeStore
    record = ProgrammeStore(os.environ["PROGRAMME_TABLE"]).get_record("upload", summary["upload_id"])
    assert record["chunks_total"] > 10 and len(record["chunk_results"]) == record["chunks_total"]
    stored = contributions(aws)
    assert len(stored) == 701 and len({c["sk"] for c in stored}) == 701
    assert any(c["answers"]["q1"] == "a comment\nspread over\nthree lines" for c in stored)


def test_a_semicolon_separated_file_is_read_in_every_chunk(aws, upload, monkeypatch):
    from purpose.logic import ingest

    monkeypatch.setattr(ingest, "CHUNK_BYTES", 4096)
    summary = upload(fft_file(300).replace(b",", b";"))  # as Excel saves "CSV" where the decimal mark is a comma
    assert summary["status"] == "complete" and (summary["stored"], summary["rejected"]) == (300, 0)
    from purpose.dal.programme import ProgrammeStore
    assert ProgrammeStore(os.environ["PROGRAMME_TABLE"]).get_record("upload", summary["upload_id"])["chunks_total"] > 1
    assert {c["answers"]["q1"] for c in contributions(aws)} == {f"Comment number {i}; kind crew" for i in range(300)}


def test_the_fft_training_file_is_stored_once_and_again_stores_none(aws, upload, shared_data):
    data = (shared_data / "fft_qdc_v6_train.csv").read_bytes()
    first = upload(data, name="fft.csv")
    assert first["status"] == "complete" and first["rejected"] == 0
    assert first["stored"] + first["blank"] + first["duplicates"] == first["rows"] == 5576
    again = upload(data, name="fft-again.csv")
    assert again["stored"] == 0 and again["duplicates"] == first["stored"] + first["duplicates"]


def test_admins_see_upload_records_and_download_templates(invoke, upload):
    from tests.factories import admin_event, body_json

    summary = upload(fft_file(3))
    listed = body_json(invoke("admin_api", admin_event("GET", "/admin/uploads")))
    assert [u["upload_id"] for u in listed] == [summary["upload_id"]] and listed[0]["stored"] == 3
    one = body_json(invoke("admin_api", admin_event("GET", f"/admin/uploads/{summary['upload_id']}")))
    assert one["status"] == "complete"
    for kind in ("fft", "event-notes", "ideas", "healthwatch", "work-items", "cqc-ratings"):
        template = invoke("admin_api", admin_event("GET", f"/admin/uploads/templates/{kind}"))
        assert template["statusCode"] == 200 and template["body"].count("\r\n") == 2
