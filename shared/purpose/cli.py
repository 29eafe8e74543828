"""`purpose`: run Shared Purpose locally, synthesize stacks, upload files and fire schedules."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import date
from pathlib import Path

from purpose.local.assembly import ROOT, SAMPLE_TRUST

LOCAL_DIR = Path(os.environ.get("PURPOSE_LOCAL_DIR") or ROOT / ".local")
RUNTIME_FILE = LOCAL_DIR / "runtime.json"
# job -> function, as infra/constants.py SCHEDULED_FUNCTIONS (a test keeps the two the same)
SCHEDULED_JOBS = {"review": "run_alignment_review", "bulletin": "send_bulletin", "opinion-groups": "find_opinion_groups"}


def _use_local_runtime() -> dict:
    if not RUNTIME_FILE.exists():
        sys.exit("The local runtime is not running: start it with `make run` (or pass --stack NAME for AWS).")
    info = json.loads(RUNTIME_FILE.read_text())
    os.environ.update(info["environment"])
    os.environ.setdefault("POWERTOOLS_LOG_LEVEL", "WARNING")  # the command prints its result; logs would mix in
    os.environ.update({"AWS_ENDPOINT_URL": info["endpoint"], "AWS_ACCESS_KEY_ID": "local",
                       "AWS_SECRET_ACCESS_KEY": "local", "AWS_DEFAULT_REGION": info["region"]})
    return info


def cmd_local(args) -> None:
    from purpose.local.runtime import Options, run

    run(Options(port=args.port, trust=args.trust, empty=args.empty, rate_limit=args.rate_limit,
                state_dir=Path(args.state_dir).resolve(), schedules=not args.no_schedules))


def cmd_synth(args) -> None:
    from purpose.local.assembly import synthesize

    out = Path(args.out).resolve()
    synthesize(out, args.trust)
    for template in sorted(out.glob("*.template.json")):
        print(template)


def cmd_token(args) -> None:
    import boto3

    from purpose.local.runtime import DEMO_ADMIN, DEMO_PASSWORD

    info = _use_local_runtime()
    answer = boto3.client("cognito-idp").admin_initiate_auth(
        UserPoolId=info["user_pool_id"], ClientId=info["user_pool_client_id"], AuthFlow="ADMIN_USER_PASSWORD_AUTH",
        AuthParameters={"USERNAME": args.user or DEMO_ADMIN, "PASSWORD": args.password or DEMO_PASSWORD})
    print(answer["AuthenticationResult"]["IdToken"])


def cmd_upload(args) -> None:
    from purpose.logic.uploads import KINDS, upload_id_for
    from purpose.clients.uploads import put_upload, wait_for_upload

    if args.kind not in KINDS:
        sys.exit(f"--kind must be one of: {', '.join(KINDS)}")
    path = Path(args.file)
    if not path.is_file():
        sys.exit(f"No such file: {path}")
    if args.stack:
        from purpose.clients.uploads import use_deployed_stack
        use_deployed_stack(args.stack)
    else:
        _use_local_runtime()
    bucket = os.environ["UPLOAD_BUCKET"]
    key, version = put_upload(bucket, path, args.kind, campaign=args.campaign)
    upload_id = upload_id_for(bucket, key, version)
    print(f"Uploaded {path.name} as s3://{bucket}/{key} (upload {upload_id})", file=sys.stderr)
    if args.wait:
        summary = wait_for_upload(upload_id, timeout=args.timeout)
        print(json.dumps(summary, indent=2))
        if summary.get("status") != "complete":
            sys.exit(1)


def cmd_run_schedule(args) -> None:
    from purpose.local.handlers import LambdaContext, load_handler

    functions = SCHEDULED_JOBS
    event = {"job": args.job, "source": "purpose run-schedule"}
    if args.date:
        event["date"] = args.date
    if args.stack:
        import boto3
        from purpose.clients.uploads import stack_resource
        name = stack_resource(args.stack, "".join(p.title() for p in functions[args.job].split("_")))
        answer = boto3.client("lambda").invoke(FunctionName=name, Payload=json.dumps(event).encode())
        print(answer["Payload"].read().decode())
        return
    _use_local_runtime()
    result = load_handler(functions[args.job]).lambda_handler(event, LambdaContext(functions[args.job]))
    print(json.dumps(result, indent=2, default=str))


def cmd_align(args) -> None:
    from purpose.logic.alignment import ReviewContext, review_register
    from purpose.logic.reference_data import national_priorities

    from purpose.clients.embeddings import embedder_for

    vision = read_vision(Path(args.vision))
    ctx = ReviewContext.build(vision, national=national_priorities(date.today()), cqc_areas=[], themes=[],
                              embedder=embedder_for(args.embeddings))
    items = read_work_items(Path(args.work))
    for review in review_register(items, ctx):
        print(json.dumps(review.line() if not args.details else {**review.line(), "matched": review.matched,
                                                                    "aim_check": review.aim_check}))


def read_vision(path: Path) -> dict:
    """VISION.json as `purpose align` reads it: organisation, vision, purpose, values and priorities. A file from
    another system is read as far as it can be (other fields left out, numbers read as text, a value or priority
    written as plain text kept); one with no vision sentence stops with a message saying what is needed."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as error:
        sys.exit(f"{path}: cannot be read ({error.strerror})")
    except (UnicodeDecodeError, ValueError) as error:
        sys.exit(f"{path}: is not a JSON file ({error})")
    if not isinstance(data, dict) or not isinstance(data.get("vision"), str) or not data["vision"].strip():
        sys.exit(f'{path}: needs a "vision" sentence, as in {{"organisation": "...", "vision": "...", "purpose": '
                 f'"...", "values": ["..."], "priorities": [{{"id": "P1", "title": "...", "description": "..."}}]}}')

    def text(value) -> str:
        return "" if value is None or isinstance(value, (dict, list)) else str(value).strip()

    def listed(value) -> list:
        return value if isinstance(value, list) else [] if value is None else [value]

    def priority(n: int, given) -> dict:
        if not isinstance(given, dict):  # a priority written as plain text
            return {"id": f"P{n}", "title": text(given), "description": ""}
        return {"id": text(given.get("id")) or f"P{n}", "title": text(given.get("title")),
                "description": text(given.get("description"))}

    return {"organisation": text(data.get("organisation")), "vision": text(data["vision"]),
            "purpose": text(data.get("purpose")),
            "values": [text(v) for v in listed(data.get("values")) if text(v)],
            "priorities": [priority(n, p) for n, p in enumerate(listed(data.get("priorities")), 1)]}


def read_work_items(path: Path) -> list[dict]:
    """WORK.csv read by the same parser as a `work-items` upload (id,title,description and aim columns)."""
    from purpose.errors import UploadRejectedError
    from purpose.logic.upload_kinds import KINDS, RowProblem
    from purpose.logic.uploads import Header, check_file, read_rows, to_record

    try:
        data = path.read_bytes()
    except OSError as error:
        sys.exit(f"{path}: cannot be read ({error.strerror})")
    kind = KINDS["work-items"]
    items = []
    try:
        encoding = check_file(data[:65536], len(data), len(data) + 1)
        for row in read_rows([data], kind, encoding):
            if isinstance(row, Header):
                continue
            try:
                items.append(to_record(kind, row, campaign_id="", upload_id="", now=None, expires_at=0).record)
            except RowProblem as problem:
                print(f"row {row.number}: {problem.column} {problem.reason}", file=sys.stderr)
    except UploadRejectedError as error:
        sys.exit(f"{path}: {error}")
    return items


def cmd_bulletin_preview(args) -> None:
    from purpose import wiring

    _use_local_runtime()
    wiring.reset()
    from purpose.local.handlers import load_handler
    html = load_handler("admin_api").bulletin_preview(date.fromisoformat(args.date))
    if args.out:
        Path(args.out).write_text(html, encoding="utf-8")
        print(f"Preview written to {args.out}")
    else:
        print(html)


def cmd_themes(args) -> None:
    import csv

    from purpose.logic.privacy import may_identify_someone
    from purpose.logic.themes import theme_model
    from purpose.logic.upload_kinds import fold

    model = theme_model()
    with open(args.file, encoding="utf-8-sig", errors="replace", newline="") as handle:
        reader = csv.reader(handle)
        header = [fold(h) for h in next(reader, [])]

        def column(name: str | None, default: str) -> int | None:
            wanted = fold(name or default)
            return header.index(wanted) if wanted in header else None

        text_at, id_at = column(args.text_column, "FFT answer"), column(args.id_column, "Comment ID")
        rating_at, question_at = column(None, "FFT categorical answer"), column(None, "FFT question")
        if text_at is None:
            sys.exit(f"{args.file}: no text column '{args.text_column or 'FFT answer'}'; use --text-column")
        for number, row in enumerate(reader, start=2):
            cell = lambda at: row[at] if at is not None and at < len(row) else ""  # noqa: E731
            rating = cell(rating_at).strip()
            prediction = model.predict(cell(text_at), int(rating) if rating in ("1", "2", "3", "4", "5") else None,
                                       cell(question_at))
            print(json.dumps({"id": cell(id_at) if id_at is not None else str(number), "themes": prediction.themes,
                              "sentiment": prediction.sentiment, "pii": may_identify_someone(cell(text_at))}))


def cmd_consensus(args) -> None:
    from purpose.logic.consensus import read_votes_csv, statement_results

    try:
        with open(args.votes, encoding="utf-8-sig", newline="") as handle:
            votes = read_votes_csv(handle)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        sys.exit(f"{args.votes}: {error}")
    for result in statement_results(votes):
        print(json.dumps({k: result[k] for k in ("statement", "group_aware_consensus", "majority", "divisive",
                                                 "by_group")}))


def cmd_train(args) -> None:
    from purpose.training.themes import main as train

    train(["--evaluate"] if args.evaluate else [])


def cmd_train_alignment(args) -> None:
    from purpose.training.alignment import main as train

    train([arg for folder in args.check for arg in ("--check", folder)])


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="purpose", description=__doc__)
    commands = main.add_subparsers(dest="command", required=True, metavar="COMMAND")

    local = commands.add_parser("local", help="run the whole system on this machine (what `make run` starts)",
                                description="Start Shared Purpose locally: the real handlers behind HTTP, AWS "
                                            "emulated by moto on loopback, data kept in .local/.")
    local.add_argument("--port", type=int, default=8000, help="web port (default 8000)")
    local.add_argument("--trust", default=SAMPLE_TRUST, help=f"sample trust code (default {SAMPLE_TRUST})")
    local.add_argument("--empty", action="store_true", help="start without the demo data on a first start")
    local.add_argument("--rate-limit", type=int, default=300,
                       help="requests per client address per 5 minutes, as the WAF rule (default 300)")
    local.add_argument("--state-dir", default=str(LOCAL_DIR),
                       help="where data, the outbox and runtime.json live (default .local, or $PURPOSE_LOCAL_DIR)")
    local.add_argument("--no-schedules", action="store_true",
                       help="do not run the schedules on the clock (run them with `purpose run-schedule --date`)")
    local.set_defaults(func=cmd_local)

    synth = commands.add_parser("synth", help="write the CDK cloud assembly (templates and manifest)",
                                description="Synthesize one stack per trust; fails on any unacknowledged "
                                            "cdk-nag finding or invalid trust config.")
    synth.add_argument("--trust", help="only this trust code (default: every trust in infra/trusts)")
    synth.add_argument("--out", required=True, help="folder for the cloud assembly")
    synth.set_defaults(func=cmd_synth)

    upload = commands.add_parser("upload", help="upload a file for import (FFT, event notes, ideas, ...)",
                                 description="Put FILE into the upload bucket under uploads/KIND/, where the "
                                             "ingest function picks it up.")
    upload.add_argument("file", help="the CSV file")
    upload.add_argument("--kind", required=True, help="fft, event-notes, ideas, healthwatch, work-items, cqc-ratings")
    upload.add_argument("--campaign", help="campaign id the contributions belong to (default: one per kind)")
    upload.add_argument("--wait", action="store_true", help="wait until processed and print a JSON summary")
    upload.add_argument("--timeout", type=float, default=900, help="seconds to wait (default 900)")
    upload.add_argument("--stack", help="a deployed stack name instead of the local runtime")
    upload.set_defaults(func=cmd_upload)

    schedule = commands.add_parser("run-schedule", help="fire a scheduled job now",
                                   description="Run the alignment review, the bulletin or the co-design opinion "
                                               "groups as its schedule would.")
    schedule.add_argument("job", choices=list(SCHEDULED_JOBS))
    schedule.add_argument("--date", help="YYYY-MM-DD: act as the schedule would on that date")
    schedule.add_argument("--stack", help="a deployed stack name instead of the local runtime")
    schedule.set_defaults(func=cmd_run_schedule)

    align = commands.add_parser("align", help="review work items against a vision (one JSON line each)",
                                description="Print {id, score, verdict, reasons} per work item, using the same "
                                            "code as the scheduled alignment review.")
    align.add_argument("--vision", required=True, help="VISION.json: organisation, vision, purpose, values, priorities")
    align.add_argument("work", help="WORK.csv: id,title,description and optional aim columns")
    align.add_argument("--details", action="store_true", help="also print what matched and the aim statement check")
    align.add_argument("--embeddings", default="offline",
                       help="offline (default) or bedrock:MODEL_ID, e.g. bedrock:amazon.titan-embed-text-v2:0 "
                            "(uses your AWS credentials)")
    align.set_defaults(func=cmd_align)

    bulletin = commands.add_parser("bulletin", help="bulletin tools (preview)",
                                   description="Work with the bulletin of the local runtime.")
    bulletin_commands = bulletin.add_subparsers(dest="bulletin_command", required=True, metavar="ACTION")
    preview = bulletin_commands.add_parser("preview", help="render the bulletin for a date as HTML",
                                           description="Assemble the bulletin for --date from what the local "
                                                       "system holds and print (or --out) its HTML.")
    preview.add_argument("--date", required=True, help="issue date, YYYY-MM-DD")
    preview.add_argument("--out", help="write the HTML to this file instead of printing it")
    preview.set_defaults(func=cmd_bulletin_preview)

    themes = commands.add_parser("themes", help="themes, sentiment and PII flag for each row of a CSV",
                                 description="One JSON line per row: {id, themes, sentiment, pii}, with the same "
                                             "model and code as the Lambda. Reads the FFT layout by default.")
    themes.add_argument("file", help="a CSV file (FFT layout, or use the column options)")
    themes.add_argument("--text-column", help="the column holding the comment (default 'FFT answer')")
    themes.add_argument("--id-column", help="the column holding the id (default 'Comment ID'; else the row number)")
    themes.set_defaults(func=cmd_themes)

    consensus = commands.add_parser("consensus", help="co-design figures per statement from a votes CSV",
                                    description="One JSON line per statement: {statement, group_aware_consensus, "
                                                "majority, divisive, by_group}, with the same code as the service. "
                                                "Repeated rows for a participant and statement count once: the "
                                                "last one stands.")
    consensus.add_argument("--votes", required=True, help="VOTES.csv: participant,group,statement,vote "
                                                          "(agree|disagree|pass)")
    consensus.set_defaults(func=cmd_consensus)

    train = commands.add_parser("train", help="train the theming model from ../shared/data (needs dev packages)",
                                description="Fit the theming and sentiment model with a fixed seed and write "
                                            "shared/purpose/model/themes.json; --evaluate also cross-validates "
                                            "against the TF-IDF + linear SVM baseline.")
    train.add_argument("--evaluate", action="store_true", help="cross-validate and write bench/results/themes_cv.json")
    train.set_defaults(func=cmd_train)

    learn = commands.add_parser("train-alignment", help="learn the offline alignment review's weights (needs dev packages)",
                                description="Fit the support-work and verdict models on tests/data/alignment_train, "
                                            "report leave-one-vision-out agreement and write "
                                            "shared/purpose/model/alignment.json.")
    learn.add_argument("--check", action="append", default=[], metavar="FOLDER",
                       help="a labelled folder to score with the exported model (repeatable)")
    learn.set_defaults(func=cmd_train_alignment)

    token = commands.add_parser("token", help="print an admin ID token from the local user pool",
                                description="Sign in to the local Cognito pool and print the ID token, for "
                                            "`curl -H 'Authorization: TOKEN' .../admin/...`.")
    token.add_argument("--user", help="email (default: the demo admin)")
    token.add_argument("--password", help="password (default: the demo admin's)")
    token.set_defaults(func=cmd_token)
    return main


def main(argv: list[str] | None = None) -> None:
    args = parser().parse_args(argv)
    try:
        args.func(args)
    except BrokenPipeError:  # the reader stopped early (`purpose align ... | head`): nothing to report
        # Python's own flush of stdout at exit would fail again; send what is left to nowhere instead
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)


if __name__ == "__main__":
    main()
