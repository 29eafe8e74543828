"""The `purpose` command-line tools on the shared development data."""

import csv
import json
import subprocess
import sys
from pathlib import Path

PURPOSE = str(Path(sys.executable).parent / "purpose")


def test_purpose_align_prints_a_verdict_with_reasons_per_item(shared_data):
    folder = shared_data / "alignment_dev"
    result = subprocess.run([PURPOSE, "align", "--vision", str(folder / "vision.json"), str(folder / "work.csv")],
                            capture_output=True, text=True, check=True)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    labels = {r["id"]: r["aligned"] == "1" for r in csv.DictReader((folder / "labels.csv").open())}
    assert [line["id"] for line in lines] == list(labels)
    assert all(set(line) == {"id", "score", "verdict", "reasons"} and line["reasons"] for line in lines)
    agreement = sum((line["verdict"] != "question") == labels[line["id"]] for line in lines) / len(lines)
    assert agreement >= 0.75  # a floor against regressions; the figure itself is reported by make bench


def test_every_subcommand_has_help():
    for command in ("local", "synth", "upload", "run-schedule", "token", "align", "themes", "train"):
        result = subprocess.run([PURPOSE, command, "--help"], capture_output=True, text=True)
        assert result.returncode == 0 and "usage:" in result.stdout and len(result.stdout) > 200
