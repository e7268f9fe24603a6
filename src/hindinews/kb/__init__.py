"""Actor knowledge base and entity linking. (Placeholder until the KB stage lands: links nothing.)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hindinews.normalize import Normalized
from hindinews.schema import Document


class KnowledgeBase:
    def __init__(self) -> None:
        self.actors: dict[str, Any] = {}


def load_kb(extra: list[Path] | None = None) -> KnowledgeBase:
    return KnowledgeBase()


class EntityLinker:
    name = "link"

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def process(self, docs: list[Document], views: list[Normalized]) -> None:
        return None
