"""Load a function's handler module the way Lambda does (handler.py in its own folder)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from purpose.local.assembly import ROOT

FUNCTIONS_DIR = ROOT / "functions"


def load_handler(name: str):
    """functions/<name>/handler.py as a module; loaded once per process."""
    module_name = f"functions_{name}_handler"
    if module_name in sys.modules:
        return sys.modules[module_name]
    path: Path = FUNCTIONS_DIR / name / "handler.py"
    spec = importlib.util.spec_from_file_location(module_name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


class LambdaContext:
    """The attributes Powertools reads from Lambda's context object."""

    def __init__(self, name: str, memory_mb: int = 512) -> None:
        self.function_name = name
        self.function_version = "$LATEST"
        self.invoked_function_arn = f"arn:aws:lambda:eu-west-2:123456789012:function:{name}"
        self.memory_limit_in_mb = memory_mb
        self.aws_request_id = "local"
        self.log_group_name = f"/aws/lambda/{name}"
        self.log_stream_name = "local"

    def get_remaining_time_in_millis(self) -> int:
        return 900_000
