"""Dates in front matter: reading the forms YAML allows, review intervals and review status."""

from __future__ import annotations

import calendar
import datetime
import re

_DATE_TEXT = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$"
)
_INTERVAL = re.compile(r"^(?P<count>[1-9][0-9]*) (?P<unit>day|week|month|year)s?$")


class DateError(ValueError):
    """A value that cannot be read as a calendar date. The message gives the reason."""


def to_date(value: object) -> datetime.date:
    """Read a front-matter date, however YAML gave it, as a calendar date.

    `2024-03-01`, `"2024-03-01"`, `2024-03-01T09:30:00Z` and `"2024-03-01 09:30"` all give
    2024-03-01: the time, if any, is dropped.

    Raises:
        DateError: The value is not in the form YYYY-MM-DD, or names a day that does not exist.
    """
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if not isinstance(value, str):
        raise DateError("is not a date in the form YYYY-MM-DD")
    match = _DATE_TEXT.match(value.strip())
    if not match:
        raise DateError(f"'{value}' is not a date in the form YYYY-MM-DD")
    try:
        return datetime.date.fromisoformat(match["date"])
    except ValueError as error:
        raise DateError(f"'{match['date']}' is not a real date ({error})") from error


def parse_interval(text: str) -> tuple[int, str]:
    """Split a review interval such as '12 months' into (12, 'month').

    Raises:
        DateError: The text is not a whole number followed by day, week, month or year.
    """
    match = _INTERVAL.match(text.strip())
    if not match:
        raise DateError(
            f"'{text}' is not a review interval; write a number and a unit, such as '12 months'"
        )
    return int(match["count"]), match["unit"]


def add_interval(start: datetime.date, interval: str) -> datetime.date:
    """Return the date one interval after `start`, keeping the day of the month where it exists.

    A month step from 31 January lands on the last day of February.
    """
    count, unit = parse_interval(interval)
    if unit == "day":
        return start + datetime.timedelta(days=count)
    if unit == "week":
        return start + datetime.timedelta(weeks=count)
    months = count if unit == "month" else 12 * count
    year, month_index = divmod(start.month - 1 + months, 12)
    year += start.year
    month = month_index + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return datetime.date(year, month, day)


# Days before its next review date that a page counts as due soon.
DUE_SOON_DAYS = 30

OVERDUE, DUE_SOON, CURRENT = "overdue", "due-soon", "current"


def review_status(
    next_review: datetime.date, today: datetime.date, days: int = DUE_SOON_DAYS
) -> str:
    """Return `overdue` once the next review date has passed, `due-soon` from `days` before it
    up to and including the date itself, and `current` before that."""
    if next_review < today:
        return OVERDUE
    if next_review <= today + datetime.timedelta(days=days):
        return DUE_SOON
    return CURRENT
