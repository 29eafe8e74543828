"""`make bench`: every figure beside its baseline, written to bench/results/latest.json and a table.

Run with --quick for smaller sizes. Ingesting 1,000,000 rows is `--full` (it takes many minutes
against moto on two cores).
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
from datetime import datetime, timezone
from pathlib import Path

from bench import coldstart, workloads

RESULTS = Path(__file__).resolve().parent / "results"
# eu-west-2 on-demand prices (USD), published by AWS; checked 2026-11.
PRICES = {"lambda_gb_second_arm": 0.0000133334, "lambda_request": 0.20 / 1e6, "api_request": 3.70 / 1e6,
          "dynamodb_write": 1.4135 / 1e6, "dynamodb_read": 0.283 / 1e6, "ses_email": 0.10 / 1000,
          "s3_put": 0.0053 / 1000, "s3_gb_month": 0.024}
LOAD = {"staff": 20_000, "form_contributions": 5_000, "fft_comments": 100_000, "subscribers": 10_000,
        "bulletins": 2, "page_views_per_contribution": 4}


def monthly_cost(rows_per_second: float, requests_per_1000_rows: float, form_ms: float, dispatch_rate: float) -> float:
    """One trust at the reference load, from the counts and times the benchmarks measured."""
    gb = 1.0  # ingest memory; other functions 0.5
    ingest_seconds = LOAD["fft_comments"] / rows_per_second
    form_requests = LOAD["form_contributions"] * LOAD["page_views_per_contribution"]
    emails = LOAD["subscribers"] * LOAD["bulletins"]
    lambda_cost = (ingest_seconds * gb + form_requests * form_ms / 1000 * 0.5 + emails / dispatch_rate * 0.5) \
        * PRICES["lambda_gb_second_arm"] + (form_requests + emails) * PRICES["lambda_request"]
    writes = LOAD["fft_comments"] * requests_per_1000_rows / 1000 * 25 + LOAD["form_contributions"] * 2 + emails * 2
    return round(lambda_cost + form_requests * PRICES["api_request"] + writes * PRICES["dynamodb_write"]
                 + emails * PRICES["ses_email"] + 1 * PRICES["s3_gb_month"], 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a quick look")
    parser.add_argument("--full", action="store_true", help="also ingest 1,000,000 rows")
    args = parser.parse_args()
    sizes = (2_000, 10_000) if args.quick else (10_000, 100_000, 1_000_000) if args.full else (10_000, 100_000)
    results = []
    for name, run in (("cold starts", lambda: coldstart.run(3 if args.quick else 5)),
                      ("form submission", workloads.form_submission),
                      ("ingestion", lambda: workloads.ingestion(sizes, baseline_rows=min(sizes[0], 10_000))),
                      ("theming", workloads.theming),
                      ("alignment", lambda: workloads.in_fresh_process("alignment()")),
                      ("bulletin", lambda: workloads.bulletin(2_000 if args.quick else 10_000))):
        print(f"running {name}...", file=sys.stderr, flush=True)
        results += run()
    by_name = {r["name"]: r for r in results}
    ingest = by_name[f"ingest_rows_per_second_{sizes[-1] // 1000}k"]
    requests = by_name[f"ingest_dynamodb_requests_per_1000_rows_{sizes[-1] // 1000}k"]
    form = by_name["form_submission_warm_ms"]
    dispatch = by_name["bulletin_dispatch_rate"]
    results.append({"name": "monthly_cost_usd_reference_load", "unit": "USD/month", "better": "lower",
                    "value": monthly_cost(ingest["value"], requests["value"], form["value"], dispatch["value"]),
                    "baseline": monthly_cost(ingest["baseline"], requests["baseline"], form["baseline"],
                                             dispatch["value"]),
                    "baseline_name": "the same load with the naive ingestion and form handling", "load": LOAD})
    for r in results:
        r["ratio"] = round(r["value"] / r["baseline"], 3) if r["baseline"] else None
    machine = {"python": platform.python_version(), "platform": platform.platform(), "processor": platform.machine(),
               "cores": __import__("os").cpu_count(), "at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps({"machine": machine, "results": results}, indent=2))
    width = max(len(r["name"]) for r in results)
    print(f"{'benchmark':<{width}}  {'value':>12}  {'baseline':>12}  ratio  ahead")
    for r in results:
        ahead = (r["value"] <= r["baseline"]) if r["better"] == "lower" else (r["value"] >= r["baseline"])
        print(f"{r['name']:<{width}}  {r['value']:>12} {r['unit'][:6]:<6} {r['baseline']:>12}  {r['ratio']:<6} "
              f"{'yes' if ahead else 'NO'}")
    print(f"\nwritten to {RESULTS / 'latest.json'}")


if __name__ == "__main__":
    main()
