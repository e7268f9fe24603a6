"""Calendar arithmetic for anchoring expressions on the publication date; no clock, no locale.

``tense`` arguments are ``"past"``, ``"future"`` or None (unknown). Functions return ISO 8601 strings.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

Tense = Literal["past", "future"] | None


def iso_day(day: dt.date) -> str:
    return day.isoformat()


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def iso_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest_allowed(candidates: list[dt.date], published: dt.date, tense: Tense) -> dt.date | None:
    """Past: the latest candidate not after publication. Future: the first on or after it. Unknown: the
    nearest one (ties go to the past: news reports more than it announces)."""
    if tense == "past":
        return max((d for d in candidates if d <= published), default=None)
    if tense == "future":
        return min((d for d in candidates if d >= published), default=None)
    return min(candidates, key=lambda d: (abs((d - published).days), d > published), default=None)


# A date of a noun that a clause's verb governs (26 नवंबर को प्रदर्शन का ऐलान किया है): the verb's tense is
# not the noun's. If the tense puts the day and month this many days or more from publication ...
FAR_DAYS = 183
# ... and they lie within this many days on the other side, they are the nearer date: a protest announced
# for two weeks ahead, not one of last year.
NEAR_DAYS = 21


def infer_year(month: int, day: int, published: dt.date, tense: Tense, *, of_noun: bool = False) -> dt.date | None:
    """The date of ``day month`` nearest publication that the tense allows (:func:`_nearest_allowed`).
    ``of_noun``: the tense is a governing verb's, so a date half a year away gives way to the same day
    and month within three weeks on the other side."""
    candidates = [d for d in (safe_date(published.year + k, month, day) for k in (-1, 0, 1)) if d is not None]
    allowed = _nearest_allowed(candidates, published, tense)
    nearest = _nearest_allowed(candidates, published, None)
    if of_noun and allowed is not None and nearest is not None and abs((allowed - published).days) >= FAR_DAYS \
            and abs((nearest - published).days) <= NEAR_DAYS:
        return nearest
    return allowed


def infer_month_day(day: int, published: dt.date, tense: Tense) -> dt.date | None:
    """The date of "the ``day``-th" (20 तारीख) in the month of publication or one beside it, by the same rule."""
    months = [shift_month(published.year, published.month, k) for k in (-1, 0, 1)]
    candidates = [safe_date(year, month, day) for year, month in months]
    return _nearest_allowed([d for d in candidates if d is not None], published, tense)


def infer_month_year(month: int, published: dt.date, tense: Tense) -> tuple[int, int]:
    """The (year, month) of a bare month name, by the same rule as :func:`infer_year`."""
    here = published.year * 12 + published.month - 1
    candidates = [(published.year + k) * 12 + month - 1 for k in (-1, 0, 1)]
    if tense == "past":
        chosen = max(c for c in candidates if c <= here)
    elif tense == "future":
        chosen = min(c for c in candidates if c >= here)
    else:
        chosen = min(candidates, key=lambda c: (abs(c - here), c > here))
    return chosen // 12, chosen % 12 + 1


def weekday_date(weekday: int, published: dt.date, direction: int) -> dt.date:
    """The date of ISO ``weekday`` around publication.

    ``direction`` -1: the latest on or before publication (a past clause: "मंगलवार को ... पहुँचा");
    -2: strictly before ("पिछले मंगलवार"); +1: the first on or after (a future clause: "गुरुवार को ...
    वार्ता करेंगे" in Thursday's paper is that day; a week ahead would say "अगले गुरुवार"); +2: strictly after
    ("अगले मंगलवार").
    """
    delta = (published.isoweekday() - weekday) % 7
    if direction == -1:
        return published - dt.timedelta(days=delta)
    if direction == -2:
        return published - dt.timedelta(days=delta or 7)
    ahead = (weekday - published.isoweekday()) % 7
    return published + dt.timedelta(days=ahead if direction == 1 else ahead or 7)


def shift_period(unit: str, steps: int, published: dt.date) -> tuple[str, str] | None:
    """(value, precision) of the calendar period ``steps`` units away from publication."""
    if unit == "day":
        return iso_day(published + dt.timedelta(days=steps)), "day"
    if unit == "week":
        return iso_week(published + dt.timedelta(weeks=steps)), "week"
    if unit == "month":
        return iso_month(*shift_month(published.year, published.month, steps)), "month"
    if unit == "year":
        return f"{published.year + steps:04d}", "year"
    if unit == "decade":
        return f"{published.year // 10 + steps:03d}", "decade"
    if unit == "century":
        return f"{published.year // 100 + steps:02d}", "century"
    return None


def duration_value(count: float | None, iso: str, factor: int, time: bool) -> str | None:
    """An ISO 8601 duration: 9 days -> P9D, 3 decades -> P30Y, 2 hours -> PT2H; None for a vague count."""
    if count is None:
        return None
    amount = count * factor
    text = str(int(amount)) if amount == int(amount) else f"{amount:g}"
    return f"PT{text}{iso}" if time else f"P{text}{iso}"


def expand_two_digit_year(first: int, second: str) -> int:
    """The end year of a range such as 2018-19 (-> 2019) or 1999-01 (-> 2001)."""
    if len(second) == 4:
        return int(second)
    century = first // 100 * 100
    year = century + int(second)
    return year if year > first else year + 100
