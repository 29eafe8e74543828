"""Logging for every function: JSON, and never what people wrote or their contact details.

Only ids, counts and outcomes are logged. Tracer is left out on purpose: it costs ~220 ms of
cold start, and Lambda's active tracing already records each invocation.
"""

from __future__ import annotations

import os

from aws_lambda_powertools import Logger

# Deployed, each function's POWERTOOLS_SERVICE_NAME names it; run locally, every function shares one process, so the
# logs name the system (each line's function_name says which function wrote it), not "service_undefined".
logger = Logger(service=os.environ.get("POWERTOOLS_SERVICE_NAME") or "shared-purpose")
