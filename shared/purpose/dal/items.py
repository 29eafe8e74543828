"""Convert between plain values and what the DynamoDB resource API stores."""

from __future__ import annotations

from decimal import Decimal


def to_item(value):
    if isinstance(value, float):
        return Decimal(str(value))
    if isinstance(value, dict):
        return {k: to_item(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [to_item(v) for v in value]
    return value


def from_item(value):
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {k: from_item(v) for k, v in value.items()}
    if isinstance(value, (list, set)):
        return [from_item(v) for v in value]
    return value
