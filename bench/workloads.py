"""Throughput benchmarks, each beside a naive baseline measured in the same run, against moto."""

from __future__ import annotations

import csv
import io
import json
import os
import random
import statistics
import time
import tracemalloc
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_FFT = ROOT.parent / "shared" / "data" / "fft_qdc_v6_train.csv"
WORDS = ("kind caring staff waited hours ambulance crew late phone appointment parking nurse doctor explained "
         "clean ward food discharge medication pain rude helpful quick slow lovely thank you information").split()


def synthetic_fft(rows: int, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Comment ID", "Trust", "Date", "Service type 1", "Service type 2", "FFT categorical answer",
                     "FFT question", "FFT answer"])
    for i in range(rows):
        writer.writerow([f"B{i}", "Bench Trust", "2026-11-01", "Ambulance", "PTS", rng.randint(1, 5),
                         "Why did you give that answer?", " ".join(rng.choices(WORDS, k=rng.randint(6, 24)))])
    return out.getvalue().encode()


@contextmanager
def moto_stack():
    from moto import mock_aws

    from purpose import wiring
    from purpose.local.assembly import template_for
    from purpose.local.provision import provision

    os.environ.update({"AWS_ACCESS_KEY_ID": "bench", "AWS_SECRET_ACCESS_KEY": "bench", "AWS_DEFAULT_REGION": "eu-west-2",
                       "POWERTOOLS_LOG_LEVEL": "WARNING"})
    os.environ.pop("AWS_ENDPOINT_URL", None)
    template = template_for("NFH")
    with mock_aws():
        stack = provision(template, prefix=f"bench{random.randint(0, 10**6)}", region="eu-west-2")
        for env in stack.environments.values():
            os.environ.update({k: v for k, v in env.items() if k != "POWERTOOLS_SERVICE_NAME"})
        wiring.reset()
        yield stack
        wiring.reset()


def _count_requests(client) -> dict:
    counter = {"n": 0}
    client.meta.events.register("before-send.dynamodb", lambda **_: counter.__setitem__("n", counter["n"] + 1))
    return counter


LATENCY = 0.004  # seconds for one DynamoDB request from Lambda in the same region (a typical figure)


class TimedTable:
    """Stands in for DynamoDB in the ingestion benchmark: each request costs LATENCY and is counted;
    items are not kept, so peak memory is the pipeline's own. (moto's batch writes cost ~100 ms each
    on this machine and would measure moto, not the pipeline.)"""

    def __init__(self) -> None:
        self.requests = 0
        self.stored = 0

    def _request(self) -> None:
        self.requests += 1
        time.sleep(LATENCY)

    def stored_by(self, campaign_id, ids):  # BatchGetItem, 100 keys a request
        ids = list(ids)
        for _ in range(0, len(ids), 100):
            self._request()
        return {}

    def add_contributions(self, contributions):  # BatchWriteItem, 25 items a request
        for _ in range(0, len(contributions), 25):
            self._request()
        self.stored += len(contributions)

    def put_item(self, item) -> None:  # the naive way: PutItem per row
        self._request()
        self.stored += 1


class MemoryProgramme:
    def __init__(self) -> None:
        self.records: dict = {}

    def put_record(self, kind, record_id, record, *, only_if_new=False):
        if only_if_new and (kind, record_id) in self.records:
            return False
        self.records[(kind, record_id)] = dict(record)
        return True

    def get_record(self, kind, record_id):
        found = self.records.get((kind, record_id))
        return json.loads(json.dumps(found)) if found else None

    def update_record(self, kind, record_id, changes):
        self.records[(kind, record_id)].update(changes)

    def record_chunk_result(self, upload_id, chunk, summary):
        results = self.records[("upload", upload_id)].setdefault("chunk_results", {})
        if chunk in results:
            return False
        results[chunk] = summary
        return True


def _byte_reader(data: bytes):
    def read(bucket, key, version, start, end):
        view = memoryview(data)[start: len(data) if end is None else end]
        for offset in range(0, len(view), 1024 * 1024):
            yield bytes(view[offset:offset + 1024 * 1024])
    return read


def ingest_probe(way: str, rows: int) -> dict:
    """One measurement in this (fresh) process: rows per second, peak RSS and requests per 1,000 rows."""
    from purpose.logic import ingest

    data = synthetic_fft(rows)
    table = TimedTable()
    started = time.perf_counter()
    if way == "ours":
        reports: dict = {}
        ports = ingest.Ports(read=_byte_reader(data), put_report=lambda k, b, t: reports.__setitem__(k, b),
                             read_report=lambda k: json.loads(reports[k]), send_chunks=None,
                             programme=MemoryProgramme(), contributions=table, now=lambda: datetime.now(timezone.utc),
                             retention_days=30, size_limit=10**10, chunk_bytes=ingest.CHUNK_BYTES)
        ports.send_chunks = lambda jobs: [ingest.process_chunk(j, ports) for j in jobs]
        summary = ingest.start_upload(bucket="b", key="uploads/fft/bench.csv", version=None, size=len(data),
                                      metadata={}, ports=ports)
        assert summary["stored"] == rows, summary
    else:  # the naive way: read the whole object, parse it all, theme each row as ours does, PutItem per row
        from purpose.logic.privacy import may_identify_someone
        from purpose.logic.themes import theme_model

        model = theme_model()
        whole = b"".join(_byte_reader(data)("b", "k", None, 0, None))
        for row in list(csv.DictReader(io.StringIO(whole.decode("utf-8")))):
            found = model.predict(row["FFT answer"], int(row["FFT categorical answer"]), row["FFT question"])
            table.put_item({"pk": "import-fft", "sk": row["Comment ID"], "text": row["FFT answer"],
                            "themes": found.themes, "sentiment": found.sentiment,
                            "pii": may_identify_someone(row["FFT answer"])})
    elapsed = time.perf_counter() - started
    return {"rate": rows / elapsed, "rss_mb": peak_rss_mb(), "requests_per_1000": table.requests / rows * 1000}


def peak_rss_mb() -> float:
    """This process's own peak resident memory (VmHWM; ru_maxrss would carry the parent's across exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def in_fresh_process(call: str):
    """Run `call` (an expression over bench.workloads) in a new Python process, as a Lambda container
    would, so objects left by earlier benchmarks do not slow it; returns its JSON result."""
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "shared")])}
    out = subprocess.run([sys.executable, "-c", f"import json; from bench import workloads; "
                                                f"print(json.dumps(workloads.{call}))"],
                         env=env, capture_output=True, text=True, check=True, cwd=ROOT).stdout
    return json.loads(out.strip().splitlines()[-1])


def _probe(way: str, rows: int) -> dict:
    return in_fresh_process(f"ingest_probe({way!r}, {rows})")


def ingestion(sizes=(10_000, 100_000), baseline_rows: int = 10_000) -> list[dict]:
    """Our pipeline (streamed, validated, themed, batched) vs reading the whole file and PutItem per row,
    each in a fresh process, DynamoDB requests costing LATENCY each."""
    results = []
    naive = _probe("naive", baseline_rows)  # larger sizes would take many minutes the naive way
    for rows in sizes:
        ours = _probe("ours", rows)
        scale = rows / baseline_rows
        base = {**naive, "rss_mb": naive["rss_mb"] if scale <= 1 else naive["rss_mb"] * scale}
        label = (f"whole-file read, themed, PutItem per row, {LATENCY * 1000:.0f} ms a request, measured at "
                 f"{baseline_rows // 1000}k rows" + (" (memory scaled by rows)" if scale > 1 else ""))
        results += [
            {"name": f"ingest_rows_per_second_{rows // 1000}k", "value": round(ours["rate"]), "unit": "rows/s",
             "baseline": round(base["rate"]), "baseline_name": label, "better": "higher"},
            {"name": f"ingest_peak_memory_{rows // 1000}k", "value": round(ours["rss_mb"], 1), "unit": "MB",
             "baseline": round(base["rss_mb"], 1), "baseline_name": label + " (peak RSS of the process)",
             "better": "lower"},
            {"name": f"ingest_dynamodb_requests_per_1000_rows_{rows // 1000}k", "value": round(ours["requests_per_1000"], 1),
             "unit": "requests", "baseline": round(base["requests_per_1000"], 1), "baseline_name": "PutItem per row",
             "better": "lower"}]
    return results


def theming() -> list[dict]:
    from purpose.logic import themes

    texts = []
    if SHARED_FFT.exists():
        with SHARED_FFT.open(encoding="utf-8-sig", newline="") as handle:
            texts = [(r["FFT answer"], r["FFT question"]) for r in csv.DictReader(handle)]
    if not texts:
        rng = random.Random(3)
        texts = [(" ".join(rng.choices(WORDS, k=15)), "What was good?") for _ in range(5000)]
    started = time.perf_counter()
    themes.theme_model.cache_clear()
    model = themes.theme_model()
    load_ms = (time.perf_counter() - started) * 1000
    rates = []
    for _ in range(5):  # the median of five passes, each with a fresh model (empty word cache)
        fresh = themes.ThemeModel(json.loads(themes.MODEL_FILE.read_text(encoding="utf-8")))
        started = time.perf_counter()
        for text, question in texts:
            fresh.predict(text, None, question)
        rates.append(len(texts) / (time.perf_counter() - started))
    rate = statistics.median(rates)
    results = [{"name": "theming_model_load", "value": round(load_ms), "unit": "ms", "baseline": 1000,
                "baseline_name": "a one-second budget for loading at Lambda init", "better": "lower"},
               {"name": "theming_artefact_size", "value": round(themes.MODEL_FILE.stat().st_size / 1e6, 2), "unit": "MB",
                "baseline": 5.0, "baseline_name": "the 5 MB limit", "better": "lower"}]
    try:  # the baseline: TF-IDF (word + character n-grams) + linear SVM, one comment at a time as a Lambda would
        from scipy.sparse import hstack
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.svm import LinearSVC

        sample = [t for t, _ in texts[:2000]]
        words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True).fit(sample)
        chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True).fit(sample)
        svm = LinearSVC().fit(hstack([words.transform(sample), chars.transform(sample)]),
                              [len(t) % 2 for t in sample])
        started = time.perf_counter()
        for text in sample[:1000]:
            svm.predict(hstack([words.transform([text]), chars.transform([text])]))
        baseline = 1000 / (time.perf_counter() - started)
        results.append({"name": "theming_comments_per_second", "value": round(rate), "unit": "comments/s",
                        "baseline": round(baseline), "baseline_name": "scikit-learn TF-IDF + linear SVM, per comment",
                        "better": "higher"})
    except ImportError:
        results.append({"name": "theming_comments_per_second", "value": round(rate), "unit": "comments/s",
                        "baseline": 10_000, "baseline_name": "the 10,000/s target", "better": "higher"})
    return results


def alignment(items: int = 10_000) -> list[dict]:
    from purpose.logic.alignment import ReviewContext, review_item, review_register
    from purpose.logic.parallel import processors
    from purpose.logic.reference_data import NATIONAL_PRIORITIES

    vision = {"organisation": "Bench", "vision": "Patients arriving by ambulance are handed over quickly.",
              "purpose": "Faster handovers and category 2 responses so crews get back to emergencies.",
              "values": ["Teamwork", "Kindness"], "priorities": [{"id": "P1", "title": "Handovers", "description":
                                                                   "No ambulance waits more than 30 minutes."}]}
    # Words drawn from the 5,000 commonest the review knows, as a large register would use: each distinct
    # word is matched once, so a few repeated words would flatter the figure.
    from purpose.logic.meaning import MODEL
    vocabulary = (MODEL / "words.txt").read_text(encoding="utf-8").split()[:5000]
    rng = random.Random(5)
    work = [{"id": f"W{i}", "title": " ".join(rng.choices(vocabulary, k=4)),
             "description": " ".join(rng.choices(vocabulary, k=14))} for i in range(items)]
    # The fastest of five runs: this machine's speed varies by a third from one minute to the next, and noise
    # only ever slows a run down. As a scheduled review runs it, shared among the processors, then in one process.
    def fastest(parts: int | None, runs: int) -> float:
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            ctx = ReviewContext.build(vision, national=NATIONAL_PRIORITIES["2025/26"], cqc_areas=[], themes=[])
            review_register(work, ctx, parts)  # as a scheduled review reads the register
            times.append(time.perf_counter() - started)
        return items / min(times)

    ours, one = fastest(None, 5), fastest(1, 3)
    # Baseline: the same review rebuilding the vision context for each item, as a per-item API call would.
    started = time.perf_counter()
    for item in work[:500]:
        review_item(item, ReviewContext.build(vision, national=NATIONAL_PRIORITIES["2025/26"], cqc_areas=[], themes=[]))
    naive = 500 / (time.perf_counter() - started)
    return [{"name": "alignment_items_per_second", "value": round(ours), "unit": "items/s", "baseline": round(naive),
             "baseline_name": f"context rebuilt per item (ours shared among {processors()} processors)",
             "better": "higher"},
            {"name": "alignment_items_per_second_one_process", "value": round(one), "unit": "items/s",
             "baseline": round(naive), "baseline_name": "context rebuilt per item", "better": "higher"},
            {"name": "alignment_10k_items_seconds", "value": round(items / ours, 2), "unit": "s", "baseline": 2.0,
             "baseline_name": "the 2-second target for 10,000 items", "better": "lower"}]


def bulletin(recipients: int = 10_000) -> list[dict]:
    from purpose.logic.bulletin import BulletinContent, build_message, render_html
    from purpose.logic.dispatch import DispatchPorts, dispatch
    from purpose.logic.subscriptions import unsubscribe_link

    content = BulletinContent(issue_date="2026-12-01", trust_name="Bench Trust",
                              stories=[{"title": "Good practice", "body": "A story " * 40}],
                              figures={"Staff": 40, "Patient": 12}, quotes=["The crew were kind"] * 3,
                              upcoming=[{"title": "Our vision", "closes": "2027-01-01", "path": "/campaigns/x"}])
    keys = {"current": "k" * 32}
    now = datetime.now(timezone.utc)
    started = time.perf_counter()
    for i in range(recipients):
        build_message(content, to=f"r{i}@example.org", sender="b@example.nhs.uk", site_url="https://x",
                      unsubscribe_url=unsubscribe_link("https://x", f"key{i}", keys), now=now).as_bytes()
    ours = recipients / (time.perf_counter() - started)
    started = time.perf_counter()
    for i in range(1000):  # naive: every part rendered again from scratch for each person, no shared template cache
        from purpose.web import rendering
        rendering.environment.cache_clear()
        render_html(content, site_url="https://x", unsubscribe_url=f"https://x/unsubscribe?token={i}")
    naive = 1000 / (time.perf_counter() - started)
    rate, naive_rate = dispatch_rate()
    return [{"name": "bulletin_renders_per_second", "value": round(ours), "unit": "emails/s", "baseline": round(naive),
             "baseline_name": "template environment rebuilt per recipient", "better": "higher"},
            {"name": "bulletin_dispatch_rate", "value": round(rate, 2), "unit": "emails/s",
             "baseline": round(naive_rate, 2), "better": "higher",
             "baseline_name": "the same sends with a fixed 1/14 s sleep after each (configured SES maximum 14/s)"}]


def dispatch_rate(recipients: int = 70, max_rate: float = 14.0) -> tuple[float, float]:
    """The full dispatch path (ledger, MIME, SES) in moto, paced to the configured rate; beside it the
    common way of pacing, the same messages sent with a fixed sleep after each send."""
    from purpose import wiring
    from purpose.clients.email import EmailSender
    from purpose.logic.bulletin import BulletinContent, build_message
    from purpose.logic.dispatch import DispatchPorts, dispatch
    from purpose.logic.engagement import email_key

    with moto_stack():
        s = wiring.stores()
        for i in range(recipients):
            address = f"reader{i}@example.org"
            s.personal_data.put_subscriber_request(email_key(address), address, "bench", 2_000_000_000)
            s.personal_data.set_subscriber_status(email_key(address), "confirmed", "2026-11-01")
        ports = DispatchPorts(programme=s.programme, contributions=s.contributions, personal_data=s.personal_data,
                              send=EmailSender(s.settings.ses_configuration_set).send, keys={"current": "k" * 32},
                              site_url="https://x", sender=s.settings.sender_address, trust_name="Bench",
                              requires_approval=False, max_rate=max_rate, bounce_threshold=0.5,
                              now=lambda: datetime.now(timezone.utc))
        started = time.perf_counter()
        report = dispatch(date(2026, 12, 1), ports, {})
        assert report["sent"] == recipients, report
        ours = recipients / (time.perf_counter() - started)
        content = BulletinContent(issue_date="2026-12-01", trust_name="Bench", stories=[], figures={}, quotes=[],
                                  upcoming=[])
        started = time.perf_counter()
        for i in range(recipients):
            ports.send(build_message(content, to=f"reader{i}@example.org", sender=ports.sender, site_url="https://x",
                                     unsubscribe_url="https://x/unsubscribe", now=ports.now()), {"bulletin": "naive"})
            time.sleep(1.0 / max_rate)
        return ours, recipients / (time.perf_counter() - started)


def form_submission(requests: int = 300) -> list[dict]:
    from urllib.parse import urlencode

    from purpose.local.handlers import LambdaContext, load_handler
    from tests.factories import admin_event, api_event, campaign_input, feedback_fields

    with moto_stack():
        site, admin = load_handler("serve_site"), load_handler("admin_api")
        campaign = json.loads(admin.lambda_handler(admin_event("POST", "/admin/campaigns", campaign_input()),
                                                   LambdaContext("admin_api"))["body"])
        events = [api_event("POST", f"/campaigns/{campaign['id']}", body=urlencode(feedback_fields()),
                            content_type="application/x-www-form-urlencoded") for _ in range(requests + 10)]
        for event in events[:10]:  # warm
            site.lambda_handler(event, LambdaContext("serve_site"))
        started = time.perf_counter()
        for event in events[10:]:
            site.lambda_handler(event, LambdaContext("serve_site"))
        ours = (time.perf_counter() - started) / requests * 1000
        # Naive: a new boto3 client for every request, and the contribution written with a plain PutItem.
        import boto3
        started = time.perf_counter()
        for event in events[10:110]:
            boto3.client("dynamodb").put_item(TableName=os.environ["CONTRIBUTIONS_TABLE"], Item={
                "pk": {"S": campaign["id"]}, "sk": {"S": event["body"][:40]}, "body": {"S": event["body"]}})
        naive = (time.perf_counter() - started) / 100 * 1000
    return [{"name": "form_submission_warm_ms", "value": round(ours, 2), "unit": "ms", "baseline": round(naive, 2),
             "baseline_name": "new boto3 client per request, bare PutItem", "better": "lower"}]
