"""Named entities: the project's Stanza-trained Hindi tagger, with the actor knowledge base as a gazetteer."""

from hindinews.ner.model import ModelError, default_model_dir, locate, verify
from hindinews.ner.tagger import NerTagger, spans_from_tags

__all__ = ["ModelError", "NerTagger", "default_model_dir", "locate", "spans_from_tags", "verify"]
