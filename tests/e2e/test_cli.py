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


def test_purpose_align_stops_quietly_when_its_reader_does(tmp_path):
    """`purpose align ... | head -1` prints one line and no traceback."""
    visions = json.loads((Path(__file__).parents[1] / "data" / "alignment_check" / "visions.json").read_text())
    (tmp_path / "vision.json").write_text(json.dumps(next(iter(visions.values()))), encoding="utf-8")
    with (tmp_path / "work.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "title", "description"])
        writer.writerows([f"W{n}", f"Crisis team visit {n}", "Home visits within four hours of referral."]
                         for n in range(3000))
    reader = subprocess.Popen([PURPOSE, "align", "--vision", str(tmp_path / "vision.json"), str(tmp_path / "work.csv")],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert json.loads(reader.stdout.readline())["id"] == "W0"
    reader.stdout.close()
    assert "Traceback" not in reader.stderr.read()
    assert reader.wait(timeout=60) in (0, 1)


def test_purpose_align_reads_files_from_other_systems_and_says_what_is_wrong_with_one_it_cannot(tmp_path):
    # No organisation, a number for a priority's id, a priority in plain text, a field of its own, and deadlines
    # in the team's own words: every item still gets its line
    (tmp_path / "vision.json").write_text(json.dumps({
        "vision": "Patients arriving by ambulance are handed over to the emergency department quickly.",
        "values": "Teamwork", "priorities": [{"id": 1, "title": "Handovers within 30 minutes"}, "Fewer long waits"],
        "approved_by": "Board, May 2026"}), encoding="utf-8")
    (tmp_path / "work.csv").write_text("id,title,description,by when\n"
                                       "W1,Handover nurse,A nurse takes handovers so crews leave quickly,March 2027\n"
                                       "W2,Staff car park,Resurface the staff car park,end of Q3\n", encoding="utf-8")
    result = subprocess.run([PURPOSE, "align", "--vision", str(tmp_path / "vision.json"), str(tmp_path / "work.csv"),
                             "--details"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stderr == ""
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["W1", "W2"]
    assert [line["aim_check"]["checks"]["date"] for line in lines] == [True, False]  # "end of Q3" names no date
    # A file that is not a vision stops with a message that says what is needed, not a traceback
    for name, content in (("empty.json", "{}"), ("list.json", "[]"), ("text.json", "vision: fewer waits")):
        (tmp_path / name).write_text(content, encoding="utf-8")
        result = subprocess.run([PURPOSE, "align", "--vision", str(tmp_path / name), str(tmp_path / "work.csv")],
                                capture_output=True, text=True)
        assert result.returncode == 1 and result.stdout == "" and "Traceback" not in result.stderr
        assert name in result.stderr and ('"vision"' in result.stderr or "not a JSON file" in result.stderr)
    result = subprocess.run([PURPOSE, "align", "--vision", str(tmp_path / "vision.json"), str(tmp_path / "none.csv")],
                            capture_output=True, text=True)
    assert result.returncode == 1 and "none.csv: cannot be read" in result.stderr


def test_every_subcommand_has_help():
    for command in ("local", "synth", "upload", "run-schedule", "token", "align", "themes", "train"):
        result = subprocess.run([PURPOSE, command, "--help"], capture_output=True, text=True)
        assert result.returncode == 0 and "usage:" in result.stdout and len(result.stdout) > 200
