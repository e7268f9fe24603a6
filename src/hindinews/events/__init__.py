"""Event extraction: typed, dated political-event records from Hindi news (../spec/events.md).

``EventExtractor(kb=...)`` is the pipeline component ``events``; the vocabulary lives in the data files
beside this module (``triggers.yaml``, ``grammar.yaml``, ``actors.yaml``; see docs/events.md to extend them).
"""

from hindinews.events.extractor import EventExtractor
from hindinews.events.lexicon import Lexicon, LexiconError, load_lexicon

__all__ = ["EventExtractor", "Lexicon", "LexiconError", "load_lexicon"]
