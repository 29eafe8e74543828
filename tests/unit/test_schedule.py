from datetime import datetime

import pytest

from purpose.logic.schedule import ScheduleExpressionError, parse_schedule


def test_a_weekly_cron_fires_only_at_its_minute():
    schedule = parse_schedule("cron(0 7 ? * TUE *)")
    assert schedule.is_due(datetime(2026, 12, 1, 7, 0))  # a Tuesday
    assert not schedule.is_due(datetime(2026, 12, 1, 7, 1))
    assert not schedule.is_due(datetime(2026, 12, 2, 7, 0))  # Wednesday


def test_a_monthly_cron_and_a_rate():
    assert parse_schedule("cron(0 6 1 * ? *)").is_due(datetime(2027, 3, 1, 6, 0))
    assert parse_schedule("rate(15 minutes)").is_due(datetime(2026, 12, 1, 10, 30))
    assert not parse_schedule("rate(15 minutes)").is_due(datetime(2026, 12, 1, 10, 31))


@pytest.mark.parametrize("expression, says", [
    ("cron(0 7 * * MON *)", "exactly one of day-of-month and day-of-week"),
    ("cron(0 25 ? * MON *)", "hours must be between 0 and 23"),
    ("cron(0 7 ? * MON)", "6 fields"),
    ("weekly", "is not a schedule"),
    ("cron(0 7 ? * MON#1 *)", "not supported"),
])
def test_malformed_expressions_say_what_is_wrong(expression, says):
    with pytest.raises(ScheduleExpressionError, match=says):
        parse_schedule(expression)
