"""Logging for every function: JSON, and never what people wrote or their contact details.

Only ids, counts and outcomes are logged. Tracer is left out on purpose: it costs ~220 ms of
cold start, and Lambda's active tracing already records each invocation.
"""

from __future__ import annotations

from aws_lambda_powertools import Logger

logger = Logger()
