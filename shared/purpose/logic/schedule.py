"""EventBridge Scheduler expressions: checked in trust configs, matched by the local runtime.

AWS cron has six fields: minutes hours day-of-month month day-of-week year, and one of
day-of-month or day-of-week must be `?`. Day-of-week runs 1 (SUN) to 7 (SAT).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

_MONTHS = {m: i for i, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), start=1)}
_DAYS = {d: i for i, d in enumerate("SUN MON TUE WED THU FRI SAT".split(), start=1)}
# name, lowest, highest, names allowed
_FIELDS = (
    ("minutes", 0, 59, {}),
    ("hours", 0, 23, {}),
    ("day-of-month", 1, 31, {}),
    ("month", 1, 12, _MONTHS),
    ("day-of-week", 1, 7, _DAYS),
    ("year", 1970, 2199, {}),
)
_RATE = re.compile(r"^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$")
_CRON = re.compile(r"^cron\((.+)\)$")


class ScheduleExpressionError(ValueError):
    """The schedule expression is not one EventBridge Scheduler accepts."""


@dataclass(frozen=True)
class Schedule:
    expression: str
    fields: tuple[frozenset[int] | None, ...] | None = None  # None in a field means `?`
    every: timedelta | None = None

    def is_due(self, when: datetime) -> bool:
        """True when the schedule fires in the minute `when` falls in (UTC)."""
        if self.every is not None:
            minutes = int(when.timestamp() // 60)
            return minutes % int(self.every.total_seconds() // 60) == 0
        minute, hour, dom, month, dow, year = self.fields
        aws_dow = (when.isoweekday() % 7) + 1  # Monday=1 in Python; SUN=1 in AWS
        return (
            when.minute in minute
            and when.hour in hour
            and when.month in month
            and when.year in year
            and (dom is None or when.day in dom)
            and (dow is None or aws_dow in dow)
        )


def _parse_value(text: str, low: int, high: int, names: dict[str, int], field: str) -> int:
    value = names.get(text.upper()) if names else None
    if value is None:
        if not text.isdigit():
            raise ScheduleExpressionError(f"'{text}' is not a valid value for {field}")
        value = int(text)
    if not low <= value <= high:
        raise ScheduleExpressionError(f"{field} must be between {low} and {high}, not {value}")
    return value


def _parse_field(text: str, low: int, high: int, names: dict[str, int], field: str) -> frozenset[int]:
    values: set[int] = set()
    for part in text.split(","):
        step = 1
        if "/" in part:
            part, step_text = part.split("/", 1)
            if not step_text.isdigit() or int(step_text) == 0:
                raise ScheduleExpressionError(f"'{step_text}' is not a valid step for {field}")
            step = int(step_text)
        if part == "*":
            start, end = low, high
        elif "-" in part:
            first, last = part.split("-", 1)
            start = _parse_value(first, low, high, names, field)
            end = _parse_value(last, low, high, names, field)
        else:
            start = _parse_value(part, low, high, names, field)
            end = high if step > 1 else start
        if start > end:
            raise ScheduleExpressionError(f"range {part} in {field} runs backwards")
        values.update(range(start, end + 1, step))
    return frozenset(values)


def parse_schedule(expression: str) -> Schedule:
    """Parse `cron(...)` or `rate(...)`; raise ScheduleExpressionError saying what is wrong."""
    expression = expression.strip()
    rate = _RATE.match(expression)
    if rate:
        amount, unit = int(rate.group(1)), rate.group(2).rstrip("s")
        if amount < 1:
            raise ScheduleExpressionError("a rate must be at least 1")
        return Schedule(expression, every=timedelta(**{unit + "s": amount}))
    cron = _CRON.match(expression)
    if not cron:
        raise ScheduleExpressionError(
            f"'{expression}' is not a schedule: use cron(minutes hours day-of-month month day-of-week year) "
            "or rate(N minutes|hours|days)"
        )
    parts = cron.group(1).split()
    if len(parts) != 6:
        raise ScheduleExpressionError(f"cron needs 6 fields (minutes hours day-of-month month day-of-week year), got {len(parts)}")
    if (parts[2] == "?") == (parts[4] == "?"):
        raise ScheduleExpressionError("exactly one of day-of-month and day-of-week must be '?'")
    fields = []
    for text, (name, low, high, names) in zip(parts, _FIELDS):
        if text == "?":
            if name not in ("day-of-month", "day-of-week"):
                raise ScheduleExpressionError(f"'?' is only allowed in day-of-month or day-of-week, not {name}")
            fields.append(None)
        elif any(ch in text for ch in "LW#"):
            raise ScheduleExpressionError(f"'{text}' in {name}: L, W and # are not supported; list the days instead")
        else:
            fields.append(_parse_field(text, low, high, names, name))
    return Schedule(expression, fields=tuple(fields))
