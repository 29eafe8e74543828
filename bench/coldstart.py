"""Cold start: a fresh Python process importing a handler as Lambda does, until it is ready."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FUNCTIONS = sorted(p.parent.name for p in (ROOT / "functions").glob("*/handler.py"))  # every function
PROBE = r"""
import resource, sys, time
start = time.perf_counter()
{body}
elapsed = (time.perf_counter() - start) * 1000
peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print(elapsed, peak / 1024)
"""
OURS = """
import importlib.util
spec = importlib.util.spec_from_file_location("handler", "{path}")
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
assert module.lambda_handler
"""
# The conventional way: every Powertools utility imported and set up eagerly at module load.
EAGER = """
from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.event_handler import APIGatewayRestResolver
from aws_lambda_powertools.utilities.idempotency import DynamoDBPersistenceLayer, IdempotencyConfig, idempotent
from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType
import boto3, pydantic, jinja2
logger, tracer, metrics = Logger(), Tracer(), Metrics(namespace="bench")
app = APIGatewayRestResolver(enable_validation=True)
persistence = DynamoDBPersistenceLayer(table_name="idempotency")
dynamodb = boto3.resource("dynamodb")
"""


def _environment() -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "shared"), "AWS_DEFAULT_REGION": "eu-west-2",
           "POWERTOOLS_TRACE_DISABLED": "true", "POWERTOOLS_METRICS_NAMESPACE": "bench"}
    from purpose.settings import ENVIRONMENT
    for name in ENVIRONMENT:
        env.setdefault(name, "1" if name in ("RETENTION_DAYS", "UPLOAD_MAX_BYTES", "SES_MAX_SEND_RATE") else
                       "0.05" if name == "BOUNCE_RATE_THRESHOLD" else "false" if "APPROVAL" in name else
                       "" if name == "BULLETIN_TOPICS" else "bench")
    return env


def _measure(body: str, runs: int) -> tuple[float, float]:
    times, memory = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", PROBE.format(body=body)], env=_environment(), capture_output=True,
                             text=True, check=True).stdout.split()
        times.append(float(out[0]))
        memory.append(float(out[1]))
    return statistics.median(times), statistics.median(memory)


def run(runs: int = 5) -> list[dict]:
    baseline_ms, baseline_mb = _measure(EAGER, runs)
    results = []
    for name in FUNCTIONS:
        ms, mb = _measure(OURS.format(path=ROOT / "functions" / name / "handler.py"), runs)
        results.append({"name": f"coldstart_{name}", "value": round(ms, 1), "unit": "ms", "baseline": round(baseline_ms, 1),
                        "baseline_name": "eager Powertools handler (Logger, Tracer, Metrics, validating resolver, "
                                         "idempotency)", "better": "lower"})
        results.append({"name": f"coldstart_memory_{name}", "value": round(mb, 1), "unit": "MB",
                        "baseline": round(baseline_mb, 1), "baseline_name": "eager Powertools handler",
                        "better": "lower"})
    return results


if __name__ == "__main__":
    print(json.dumps(run(3), indent=2))
