"""Time expressions. (Placeholder until the temporal stage lands: finds nothing.)"""

from __future__ import annotations

import datetime as dt

from hindinews.normalize import Normalized
from hindinews.schema import Document, TimeExpression


def find_times(text: str, published: dt.date | str | None = None) -> list[TimeExpression]:
    return []


class TimeTagger:
    name = "times"

    def process(self, docs: list[Document], views: list[Normalized]) -> None:
        return None
