"""`purpose local`: the whole system on one machine, AWS emulated by moto on loopback.

The same handlers that run in AWS serve HTTP, read uploads from the notification queue and
run on their schedules. Data is saved under .local/ on shutdown and restored on start.
"""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from purpose.local.assembly import ROOT, SAMPLE_TRUST, template_for
from purpose.local.handlers import LambdaContext, load_handler

LOCAL = ROOT / ".local"
REGION = "eu-west-2"
DEMO_ADMIN = "admin@example.nhs.uk"
DEMO_PASSWORD = "Local-Demo-Passw0rd!"


@dataclass
class Options:
    port: int = 8000
    trust: str = SAMPLE_TRUST
    empty: bool = False
    state_dir: Path = LOCAL
    rate_limit: int = 300
    body_limit: int = 64 * 1024
    quiet: bool = False
    schedules: bool = True  # run the EventBridge schedules on the clock; tests turn them off and run them by date


class LocalRuntime:
    def __init__(self, options: Options) -> None:
        self.options = options
        self.lock = threading.RLock()
        self.stopping = threading.Event()
        self.threads: list[threading.Thread] = []
        self.outbox = options.state_dir / "outbox"
        self.state_file = options.state_dir / "state.json"

    # --- start -------------------------------------------------------------------------------
    def start(self) -> "LocalRuntime":
        from moto.server import ThreadedMotoServer

        from purpose import wiring
        from purpose.local.bridge import RateLimiter, TokenVerifier, make_server
        from purpose.local.provision import provision
        from purpose.local.state import restore_state

        import logging
        logging.getLogger("werkzeug").setLevel(logging.ERROR)  # moto's request log drowns the banner
        self.moto = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        self.moto.start()
        host, port = self.moto.get_host_and_port()
        self.endpoint = f"http://{host}:{port}"
        os.environ.update({"AWS_ENDPOINT_URL": self.endpoint, "AWS_ACCESS_KEY_ID": "local",
                           "AWS_SECRET_ACCESS_KEY": "local", "AWS_DEFAULT_REGION": REGION, "AWS_REGION": REGION})
        os.environ.pop("AWS_PROFILE", None)

        template = template_for(self.options.trust)
        self.stack = provision(template, prefix=f"local-{self.options.trust.lower()}", region=REGION)
        self.http = make_server(self.options.port, verifier=TokenVerifier(
            self.stack.user_pool_id, self.stack.user_pool_client_id, REGION),
            limiter=RateLimiter(self.options.rate_limit), body_limit=self.options.body_limit, lock=self.lock)
        self.site_url = f"http://127.0.0.1:{self.http.server_address[1]}"
        for env in self.stack.environments.values():
            os.environ.update({k: v for k, v in env.items() if k != "POWERTOOLS_SERVICE_NAME"})
        os.environ["SITE_URL"] = self.site_url
        wiring.reset()

        restored = restore_state(self.state_file)
        import boto3
        boto3.client("sqs").purge_queue(QueueUrl=self.stack.queue_url)  # restored files are not new uploads
        self._create_demo_admin()
        if not restored and not self.options.empty:
            from purpose.local.seed import seed_demo
            seed_demo(datetime.now(timezone.utc))
        self._write_runtime_file()

        targets = [self.http.serve_forever, self._poll_uploads, self._copy_outbox]
        if self.options.schedules:
            targets.append(self._run_schedules)
        for target in targets:
            thread = threading.Thread(target=target, daemon=True, name=target.__name__)
            thread.start()
            self.threads.append(thread)
        return self

    def _create_demo_admin(self) -> None:
        import boto3

        cognito = boto3.client("cognito-idp")
        pool = self.stack.user_pool_id
        try:
            cognito.admin_create_user(UserPoolId=pool, Username=DEMO_ADMIN, MessageAction="SUPPRESS",
                                      UserAttributes=[{"Name": "email", "Value": DEMO_ADMIN},
                                                      {"Name": "email_verified", "Value": "true"}])
        except cognito.exceptions.UsernameExistsException:
            pass
        cognito.admin_set_user_password(UserPoolId=pool, Username=DEMO_ADMIN, Password=DEMO_PASSWORD, Permanent=True)
        for group in ("admins", "reviewers"):
            cognito.admin_add_user_to_group(UserPoolId=pool, Username=DEMO_ADMIN, GroupName=group)

    def _write_runtime_file(self) -> None:
        self.options.state_dir.mkdir(parents=True, exist_ok=True)
        info = {"site": self.site_url, "endpoint": self.endpoint, "region": REGION, "trust": self.options.trust,
                "upload_bucket": os.environ["UPLOAD_BUCKET"], "queue_url": self.stack.queue_url,
                "user_pool_id": self.stack.user_pool_id, "user_pool_client_id": self.stack.user_pool_client_id,
                "environment": {k: v for env in self.stack.environments.values() for k, v in env.items()
                                if k != "POWERTOOLS_SERVICE_NAME"} | {"SITE_URL": self.site_url},
                "pid": os.getpid()}
        (self.options.state_dir / "runtime.json").write_text(json.dumps(info, indent=2))

    # --- background work -------------------------------------------------------------------
    def invoke(self, function: str, event: dict):
        with self.lock:
            return load_handler(function).lambda_handler(event, LambdaContext(function))

    def _poll_uploads(self) -> None:
        """The SQS event source mapping: batches of one, failures left on the queue to retry."""
        from purpose.local.handlers import deliver_queue

        while not self.stopping.is_set():
            try:
                deliver_queue(self.stack.queue_url, lambda event: self.invoke("ingest_upload", event), wait_seconds=1)
            except Exception as error:  # the message stays on the queue and is delivered again
                if self.stopping.is_set():
                    return
                print(f"ingest_upload failed: {type(error).__name__}", flush=True)
                time.sleep(1)

    def _run_schedules(self) -> None:
        from purpose.logic.schedule import parse_schedule

        fired: set[tuple[str, str]] = set()
        while not self.stopping.wait(5):
            for job, schedule in self.stack.schedules.items():
                now = datetime.now(ZoneInfo(schedule["timezone"])).replace(second=0, microsecond=0)
                key = (job, now.isoformat())
                if key not in fired and parse_schedule(schedule["expression"]).is_due(now):
                    fired.add(key)
                    try:
                        self.invoke(schedule["function"], {**schedule["input"], "time": now.isoformat()})
                    except Exception as error:
                        print(f"schedule {job} failed: {type(error).__name__}", flush=True)

    def _copy_outbox(self) -> None:
        from moto.ses.models import ses_backends

        from purpose.local.outbox import Outbox

        outbox, copied = Outbox(self.outbox), 0
        while not self.stopping.wait(0.3):
            sent = list(ses_backends["123456789012"][REGION].sent_messages)
            if len(sent) != copied:  # moto appends; should the list ever start again, every message is looked at
                outbox.add(sent[copied:] if len(sent) > copied else sent)
                copied = len(sent)

    # --- stop ---------------------------------------------------------------------------------
    def stop(self) -> None:
        from purpose.local.state import save_state

        self.stopping.set()
        self.http.shutdown()
        with self.lock:
            tables = [self.stack.physical[k] for k in self.stack.physical if k.endswith("Table")]
            buckets = [os.environ["UPLOAD_BUCKET"]]
            save_state(self.state_file, tables, buckets)
        self.moto.stop()

    def banner(self) -> str:
        return "\n".join([
            f"Shared Purpose is running for trust {self.options.trust}",
            f"  Web address:    {self.site_url}/",
            f"  AWS endpoint: {self.endpoint}",
            f"  Outbox:         {self.outbox}/index.html",
            f"  Admin sign-in:  {DEMO_ADMIN} / {DEMO_PASSWORD}  (token: .venv/bin/purpose token)",
            f"  Upload a file:  .venv/bin/purpose upload FILE --kind fft --wait",
            "Press Ctrl-C to stop; your data is kept in .local/ for next time.",
        ])


def run(options: Options) -> None:
    runtime = LocalRuntime(options).start()
    print(runtime.banner(), flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    while not stop.wait(0.5):
        pass
    print("Stopping: saving local data...", flush=True)
    runtime.stop()
    print("Stopped.", flush=True)
