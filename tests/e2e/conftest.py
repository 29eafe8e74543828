"""A real local runtime (`purpose local`) in its own process, on a free port, with its own state."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PURPOSE = str(Path(sys.executable).parent / "purpose")


class Runtime:
    def __init__(self, state_dir: Path) -> None:
        self.state_dir = state_dir
        self.process: subprocess.Popen | None = None
        self.env = {**os.environ, "PURPOSE_LOCAL_DIR": str(state_dir)}
        for name in ("AWS_ENDPOINT_URL", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
            self.env.pop(name, None)

    def start(self) -> "Runtime":
        runtime_file = self.state_dir / "runtime.json"
        runtime_file.unlink(missing_ok=True)
        self.log = open(self.state_dir / "runtime.log", "ab")
        self.process = subprocess.Popen(
            [PURPOSE, "local", "--port", "0", "--state-dir", str(self.state_dir), "--rate-limit", "1000000",
             # The tests run each schedule for a date they choose; the clock firing one (the bulletin at 07:00 on a
             # Tuesday) would send that day's issue before a test's subscriber had confirmed.
             "--no-schedules"],
            env=self.env, stdout=self.log, stderr=subprocess.STDOUT, cwd=ROOT)
        try:
            self._wait_until_serving(runtime_file, deadline=time.monotonic() + 120)
        except BaseException:
            self.stop()  # a runtime that never answered is not left running after the tests
            raise
        return self

    def _wait_until_serving(self, runtime_file: Path, deadline: float) -> None:
        while not runtime_file.exists():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError((self.state_dir / "runtime.log").read_text()[-3000:])
            time.sleep(0.2)
        self.info = json.loads(runtime_file.read_text())
        self.url = self.info["site"]
        while True:
            try:
                urllib.request.urlopen(self.url + "/", timeout=2)
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)  # Ctrl-C: the runtime saves its state and exits
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()

    def cli(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
        return subprocess.run([PURPOSE, *args], env=self.env, capture_output=True, text=True, timeout=timeout, cwd=ROOT)

    def token(self) -> str:
        result = self.cli("token")
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    def aws(self, service: str):
        import boto3
        return boto3.client(service, endpoint_url=self.info["endpoint"], region_name="eu-west-2",
                            aws_access_key_id="local", aws_secret_access_key="local")


@pytest.fixture(scope="session")
def runtime(tmp_path_factory):
    runtime = Runtime(tmp_path_factory.mktemp("local")).start()
    yield runtime
    runtime.stop()
