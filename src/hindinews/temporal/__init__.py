"""Time expressions: found by compiled patterns, normalized to ISO 8601, anchored on the publication date.

>>> import datetime as dt
>>> [(t.text, t.value) for t in find_times("मंगलवार को प्रतिनिधिमंडल पहुँचा।", published=dt.date(2025, 9, 10))]
[('मंगलवार', '2025-09-09')]

See docs/time-expressions.md for what is found and how values are computed.
"""

from __future__ import annotations

import datetime as dt

from hindinews.normalize import normalize
from hindinews.schema import TimeExpression
from hindinews.segment import split_parts, split_sentences
from hindinews.temporal.lexicon import Lexicon, load_lexicon
from hindinews.temporal.tagger import TimeTagger

_default_tagger: TimeTagger | None = None


def find_times(text: str, published: dt.date | dt.datetime | str | None = None) -> list[TimeExpression]:
    """Time expressions of ``text``: the same offsets and values as the ``times`` stage gives in a Document.

    ``published`` (a date, a datetime or an ISO 8601 string) anchors relative expressions; without it, a
    dateline with a full date opening the body (नई दिल्ली, 14 अक्टूबर 2025।) does, else they are found with
    ``value = None``. Nothing is ever anchored on today's date.
    """
    # The pipeline's own document construction, so both entry points accept and reject the same inputs;
    # imported here so that the stage module itself does not depend on the pipeline.
    from hindinews.pipeline import Pipeline

    global _default_tagger
    doc = Pipeline.make_doc(text, published)
    view = normalize(doc.text)
    doc.parts = split_parts(view)
    doc.sentences = split_sentences(view, doc.parts)
    if _default_tagger is None:
        _default_tagger = TimeTagger()
    _default_tagger.process([doc], [view])
    return doc.times


__all__ = ["Lexicon", "TimeTagger", "find_times", "load_lexicon"]
