"""The Pipeline: composes the stages over Documents, one text or a stream of them.

Stages are components with one method, ``process(docs, views)``, over a batch of Documents and their
normalized views (:class:`hindinews.normalize.Normalized`). A batch lets the NER component tag the sentences
of many documents in one call to the model; per-document stages simply loop. Components are looked up by
name in :data:`COMPONENTS`, so a user can drop or replace one (``Pipeline(components=[...])``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from hindinews.normalize import Normalized, normalize
from hindinews.schema import Document
from hindinews.segment import split_parts, split_sentences, tokenize

_LONG_BATCH_CHARS = 50_000


@contextlib.contextmanager
def _collector_paused(pause: bool) -> Iterator[None]:
    """Pause the cyclic garbage collector while the block runs (if ``pause`` and it was on), then restore it."""
    was_on = gc.isenabled()
    if pause and was_on:
        gc.disable()
    try:
        yield
    finally:
        if pause and was_on:
            gc.enable()


class Component(Protocol):
    """A pipeline stage over a batch of documents. It fills its own fields of each Document."""

    name: str

    def process(self, docs: list[Document], views: list[Normalized]) -> None: ...


class Segmenter:
    """Parts, sentences and tokens (:mod:`hindinews.segment`)."""

    name = "segment"

    def process(self, docs: list[Document], views: list[Normalized]) -> None:
        for doc, view in zip(docs, views, strict=True):
            doc.parts = split_parts(view)
            doc.sentences = split_sentences(view, doc.parts)
            doc.tokens = tokenize(view, doc.sentences)


def _ner(config: PipelineConfig) -> Component:
    from hindinews.ner import NerTagger

    if config.torch_threads is not None:
        import torch

        torch.set_num_threads(config.torch_threads)
    return NerTagger(config.model_dir, kb=config.kb(), batch_size=config.ner_batch_size, verify=config.verify_models)


def _link(config: PipelineConfig) -> Component:
    from hindinews.kb import EntityLinker

    return EntityLinker(config.kb())


def _times(config: PipelineConfig) -> Component:
    from hindinews.temporal import TimeTagger

    return TimeTagger()


def _events(config: PipelineConfig) -> Component:
    from hindinews.events import EventExtractor

    return EventExtractor(kb=config.kb(), teasers=config.teaser_events)


COMPONENTS: dict[str, Callable[[PipelineConfig], Component]] = {
    "segment": lambda config: Segmenter(),
    "ner": _ner,
    "link": _link,
    "times": _times,
    "events": _events,
}
DEFAULT_COMPONENTS = ("segment", "ner", "link", "times", "events")


class PipelineConfig:
    """What the component factories need; the knowledge base is loaded once and shared."""

    def __init__(
        self,
        model_dir: str | Path | None,
        kb_paths: Sequence[str | Path] | None,
        *,
        verify_models: bool = True,
        ner_batch_size: int = 256,
        torch_threads: int | None = 1,
        teaser_events: bool = False,
    ) -> None:
        self.model_dir = Path(model_dir) if model_dir is not None else None
        self.kb_paths = [Path(p) for p in kb_paths] if kb_paths else None
        self.verify_models = verify_models
        self.ner_batch_size = ner_batch_size
        self.torch_threads = torch_threads
        self.teaser_events = teaser_events
        self._kb: Any = None

    def kb(self) -> Any:
        if self._kb is None:
            from hindinews.kb import load_kb

            self._kb = load_kb(extra=self.kb_paths)
        return self._kb


def coerce_published(published: dt.date | dt.datetime | str | None) -> dt.date | None:
    """A publication date from a date, a datetime or an ISO 8601 string; ValueError otherwise."""
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str):
        value = published.strip()
        if not value:
            return None
        try:
            return dt.date.fromisoformat(value[:10]) if len(value) >= 10 else dt.date.fromisoformat(value)
        except ValueError:
            pass
        try:
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
        except ValueError:
            raise ValueError(
                f"published={published!r} is not an ISO 8601 date; pass a datetime.date or 'YYYY-MM-DD'"
            ) from None
    raise TypeError(
        f"published must be a datetime.date, an ISO 8601 string or None, not {type(published).__name__}"
    )


def check_text(text: object) -> str:
    if isinstance(text, str):
        return text
    raise TypeError(f"text must be a str (decoded Unicode), not {type(text).__name__}"
                    + ("; decode bytes first, e.g. data.decode('utf-8')" if isinstance(text, bytes) else ""))


class Pipeline:
    """Loads its models once; call it on a text, or stream many through :meth:`pipe`.

    >>> nlp = Pipeline()                                   # doctest: +SKIP
    >>> doc = nlp("मंगलवार को रूस का प्रतिनिधिमंडल दमिश्क़ पहुँचा।", published="2025-09-10")  # doctest: +SKIP

    ``model_dir`` selects an NER model folder (default: the one shipped in the package); its manifest
    (SHA-256 and size of every file) is verified before anything is loaded, and weights are only ever read
    with ``torch.load(weights_only=True)``. ``verify_models=False`` skips the manifest check for a model
    folder you built yourself without one. ``torch_threads`` (default 1) is applied with
    ``torch.set_num_threads`` when the NER model loads: one thread per process, parallelism by processes
    (:meth:`pipe` with ``n_process``); pass None to leave torch's setting alone. ``teaser_events=True``
    also extracts the events of a page's teasers (यह भी पढ़ें ...: other articles' headlines), which are
    left out by default.

    A Pipeline is not meant to be shared between threads: use one per thread, or :meth:`pipe`.
    """

    def __init__(
        self,
        components: Sequence[str] = DEFAULT_COMPONENTS,
        *,
        model_dir: str | Path | None = None,
        kb_paths: Sequence[str | Path] | None = None,
        verify_models: bool = True,
        ner_batch_size: int = 256,
        torch_threads: int | None = 1,
        teaser_events: bool = False,
    ) -> None:
        unknown = [c for c in components if c not in COMPONENTS]
        if unknown:
            raise ValueError(f"unknown pipeline component(s) {unknown}; choose from {sorted(COMPONENTS)}")
        if "segment" not in components:
            components = ("segment", *components)
        self.config = PipelineConfig(model_dir, kb_paths, verify_models=verify_models, ner_batch_size=ner_batch_size,
                                     torch_threads=torch_threads, teaser_events=teaser_events)
        self.component_names = tuple(components)
        # What a worker process (pipe(n_process>1), hindinews.dask) needs to build the same Pipeline there:
        # models load once per process and are never pickled. Keep in step with the arguments above.
        self.init_kwargs: dict[str, Any] = {
            "components": tuple(components), "model_dir": model_dir,
            "kb_paths": None if kb_paths is None else tuple(kb_paths), "verify_models": verify_models,
            "ner_batch_size": ner_batch_size, "torch_threads": torch_threads, "teaser_events": teaser_events,
        }
        self.components: list[Component] = [COMPONENTS[name](self.config) for name in components]

    def __repr__(self) -> str:
        return f"Pipeline(components={list(self.component_names)})"

    def __call__(
        self,
        text: str,
        published: dt.date | str | None = None,
        *,
        id: str | None = None,
        meta: Mapping[str, Any] | None = None,
    ) -> Document:
        return self._run([self.make_doc(text, published, id=id, meta=meta)])[0]

    @staticmethod
    def make_doc(
        text: object,
        published: dt.date | str | None = None,
        *,
        id: str | None = None,
        meta: Mapping[str, Any] | None = None,
    ) -> Document:
        return Document.model_construct(
            text=check_text(text),
            published=coerce_published(published),
            id=id,
            meta=dict(meta or {}),
            schema_version=Document.model_fields["schema_version"].default,
            parts=[], sentences=[], tokens=[], entities=[], times=[], events=[],
        )

    def _run(self, docs: list[Document]) -> list[Document]:
        # A long batch makes hundreds of thousands of records that live until it is done; Python's cycle
        # collector would scan them again and again (time per character grew 35 % from 100 KB to 1 MB), and
        # they hold no cycles to free. It is paused for such a batch and restored after.
        with _collector_paused(sum(len(doc.text) for doc in docs) >= _LONG_BATCH_CHARS):
            views = [normalize(doc.text) for doc in docs]
            for component in self.components:
                component.process(docs, views)
            for doc in docs:
                doc.check_offsets()
        return docs

    def pipe(
        self,
        items: Iterable[str | Mapping[str, Any] | Document],
        *,
        batch_size: int = 32,
        n_process: int = 1,
    ) -> Iterator[Document]:
        """Documents for ``items`` (texts or records ``{"id", "text", "published", ...}``), in input order.

        Sentences of ``batch_size`` documents go to the NER model together. ``n_process > 1`` runs that many
        worker processes, each loading the models once. A record that cannot be processed raises; the batch
        CLI (:mod:`hindinews.batch`) turns such records into error records instead.
        """
        if n_process > 1:
            from hindinews.batch import parallel_pipe

            yield from parallel_pipe(self, items, batch_size=batch_size, n_process=n_process)
            return
        iterator = iter(items)
        while True:
            chunk = list(itertools.islice(iterator, batch_size))
            if not chunk:
                return
            yield from self._run([self.doc_from_item(item) for item in chunk])

    def doc_from_item(self, item: str | Mapping[str, Any] | Document) -> Document:
        if isinstance(item, Document):
            return self.make_doc(item.text, item.published, id=item.id, meta=item.meta)
        if isinstance(item, Mapping):
            if "text" not in item:
                raise ValueError(f"record {item.get('id')!r} has no 'text' field")
            meta = {k: v for k, v in item.items() if k not in ("id", "text", "published")}
            raw_id = item.get("id")
            return self.make_doc(item["text"], item.get("published"),
                                 id=None if raw_id is None else str(raw_id), meta=meta)
        return self.make_doc(item)


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The cached default Pipeline behind :func:`hindinews.process`."""
    global _default
    if _default is None:
        _default = Pipeline()
    return _default
