"""Lambda layers: the runtime dependencies (arm64 wheels) and the `purpose` package.

Docker bundling does not run here, so the dependencies are installed by pip for the Lambda
platform, once per change of the pinned list; the package copy is refreshed on every synth.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / ".build"
# The Lambda runtime ships boto3; the layer carries only what it lacks.
_PROVIDED_BY_RUNTIME = ("boto3", "botocore")


def runtime_requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return [r for r in project["dependencies"] if not r.startswith(_PROVIDED_BY_RUNTIME)]


def dependencies_layer() -> Path:
    requirements = runtime_requirements()
    digest = hashlib.sha256("\n".join(requirements).encode()).hexdigest()[:16]
    layer = BUILD / f"deps-{digest}"
    if not (layer / ".complete").exists():
        shutil.rmtree(layer, ignore_errors=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
             "--platform", "manylinux2014_aarch64", "--platform", "manylinux_2_28_aarch64",  # numpy's wheels are 2_28
             "--implementation", "cp", "--python-version", "3.14",
             "--only-binary=:all:", "--target", str(layer / "python"), *requirements],
            check=True,
        )
        (layer / ".complete").write_text(digest)
    return layer


def application_layer() -> Path:
    layer = BUILD / "app"
    target = layer / "python" / "purpose"
    shutil.rmtree(layer, ignore_errors=True)
    shutil.copytree(ROOT / "shared" / "purpose", target,
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "local", "cli.py", "training"))
    return layer
