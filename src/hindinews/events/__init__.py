"""Event extraction. (Placeholder until the event stage lands: finds nothing.)"""

from __future__ import annotations

from typing import Any

from hindinews.normalize import Normalized
from hindinews.schema import Document


class EventExtractor:
    name = "events"

    def __init__(self, kb: Any = None) -> None:
        self.kb = kb

    def process(self, docs: list[Document], views: list[Normalized]) -> None:
        return None
