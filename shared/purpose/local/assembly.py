"""Synthesize the CDK app (the cloud assembly), cached by the inputs that shape the templates."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CACHE = ROOT / ".build" / "synth"
SAMPLE_TRUST = "NFH"


def _fingerprint() -> str:
    digest = hashlib.sha256()
    files = [ROOT / "app.py", ROOT / "cdk.json", ROOT / "pyproject.toml"]
    files += sorted((ROOT / "infra").rglob("*.py")) + sorted((ROOT / "infra" / "trusts").glob("*.json"))
    files += sorted((ROOT / "shared" / "purpose" / "logic").glob("schedule.py"))
    for path in files:
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def synthesize(out: Path, trust: str | None = None) -> Path:
    """Write the cloud assembly (templates, assets, manifest) to `out`; fails on nag findings."""
    env = {**os.environ, "CDK_OUTDIR": str(out), "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
           "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "shared")])}
    command = [sys.executable, str(ROOT / "app.py")]
    if trust:
        command += ["--trust", trust]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"synthesis failed:\n{result.stderr[-6000:] or result.stdout[-6000:]}")
    return out


def template_for(trust: str = SAMPLE_TRUST) -> dict:
    """The trust's synthesized template, re-synthesized only when infra or configs changed."""
    folder = CACHE / _fingerprint()
    path = folder / f"SharedPurpose-{trust}.template.json"
    if not path.exists():
        shutil.rmtree(CACHE, ignore_errors=True)
        synthesize(folder)
    return json.loads(path.read_text())
