"""hindinews: Hindi news text to structured, dated records of who did what to whom.

    >>> import hindinews
    >>> doc = hindinews.process("मंगलवार को रूस का प्रतिनिधिमंडल दमिश्क़ पहुँचा।", published="2025-09-10")  # doctest: +SKIP

The public face: :func:`process`, :class:`Pipeline`, :func:`find_times`, the records in
:mod:`hindinews.schema`, and :func:`to_frames` for pandas.
"""

from __future__ import annotations

import datetime as dt
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

from hindinews.pipeline import Pipeline, default_pipeline
from hindinews.schema import Document, Entity, Event, Part, Sentence, TimeExpression, Token

if TYPE_CHECKING:
    import pandas as pd

try:
    __version__ = version("hindinews")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0"


def process(text: str, published: dt.date | str | None = None) -> Document:
    """Run the default pipeline (loaded once, then cached) over one text."""
    return default_pipeline()(text, published)


def find_times(text: str, published: dt.date | str | None = None) -> list[TimeExpression]:
    """Time expressions of ``text`` alone, with the same offsets and values as in a full Document."""
    from hindinews.temporal import find_times as _find_times

    return _find_times(text, published)


def to_frames(docs: Any) -> dict[str, pd.DataFrame]:
    """pandas DataFrames (documents, entities, times, events) for Documents; needs the ``frames`` extra."""
    from hindinews.export import to_frames as _to_frames

    return _to_frames(docs)


__all__ = [
    "Document", "Entity", "Event", "Part", "Pipeline", "Sentence", "TimeExpression", "Token",
    "__version__", "find_times", "process", "to_frames",
]
