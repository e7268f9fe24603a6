"""Processing archives: worker processes for :meth:`Pipeline.pipe`, and the ``hindinews batch`` runner.

Worker processes are started with the ``spawn`` method (safe with torch and threads on every platform) and
each builds its own Pipeline, once, from the constructor arguments of the caller's Pipeline
(``Pipeline.init_kwargs``): models are loaded in the worker, never pickled. Work travels in chunks of
``batch_size`` documents and results come back in input order; at most a few chunks per worker are in
flight, so an archive of any size streams through in constant memory.

:func:`run_batch` never loses a record: every input record gives exactly one output line, a Document or an
:class:`~hindinews.schema.ErrorRecord` (a broken JSON line, a record without text, text that is not a
string, a bad field, an internal error), in input order. Output is appended in whole lines, a chunk at a
time, so a crash (even ``kill -9``) leaves complete lines followed by at most one partial line, which
``resume=True`` cuts off before it continues after the last complete line.

With spawned workers, a script that calls ``pipe(n_process=...)`` or :func:`run_batch` must guard its
top level with ``if __name__ == "__main__":`` (the usual rule of Python's multiprocessing).
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import signal
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from hindinews.io import (
    BrokenLine,
    InputFormat,
    InputRecord,
    NotARecord,
    id_of,
    parse_record,
    read_records,
    record_id,
)
from hindinews.schema import Document, ErrorRecord

if TYPE_CHECKING:
    from rich.console import Console

    from hindinews.pipeline import Pipeline

T = TypeVar("T")
R = TypeVar("R")

#: The ``error`` values of error records.
ERROR_KINDS = {
    "broken_json": "a JSONL line that is not valid JSON",
    "not_a_record": "a JSONL line that is JSON but not an object",
    "invalid_encoding": "bytes that are not UTF-8",
    "missing_text": "a record without a 'text' field (or with text null)",
    "invalid_text": "a 'text' that is not a string",
    "invalid_record": "another field the pipeline cannot use, e.g. a 'published' that is not a date",
    "internal_error": "the pipeline failed on this record (a bug: please report it with the record)",
}


class BatchError(Exception):
    """A batch that cannot start or go on (bad arguments, an output that does not match its input)."""


class WorkerError(RuntimeError):
    """A worker process could not build its Pipeline."""


# --- worker processes --------------------------------------------------------------------------------

_PIPELINES: dict[str, Pipeline] = {}
_pipelines_built = 0
_WORKER_KWARGS: dict[str, Any] | None = None


def _key(init_kwargs: Mapping[str, Any]) -> str:
    return json.dumps(init_kwargs, sort_keys=True, default=str)


def cached_pipeline(init_kwargs: Mapping[str, Any]) -> Pipeline:
    """The Pipeline for ``init_kwargs`` in this process, built on first use and kept (one per config)."""
    global _pipelines_built
    key = _key(init_kwargs)
    pipeline = _PIPELINES.get(key)
    if pipeline is None:
        from hindinews.pipeline import Pipeline

        pipeline = Pipeline(**init_kwargs)
        _PIPELINES[key] = pipeline
        _pipelines_built += 1
    return pipeline


def pipelines_built() -> int:
    """How many Pipelines this process has built through :func:`cached_pipeline` (for tests and checks)."""
    return _pipelines_built


def _init_worker(init_kwargs: dict[str, Any]) -> None:
    global _WORKER_KWARGS
    _WORKER_KWARGS = init_kwargs
    # Ctrl-C is the parent's to handle: it stops submitting, lets running chunks finish and shuts the
    # pool down, so the output still ends with whole lines.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _worker_pipeline() -> Pipeline:
    assert _WORKER_KWARGS is not None, "not in a hindinews worker process"
    try:
        return cached_pipeline(_WORKER_KWARGS)
    except Exception as exc:
        # A plain message: the parent re-raises it, and the batch stops with one clear line.
        raise WorkerError(
            f"a worker process could not build its Pipeline: {type(exc).__name__}: {exc}"
        ) from None


def _pipe_chunk(items: list[Any]) -> list[tuple[str, dict[str, Any]]]:
    # JSON, not pickles, across the process boundary: rebuilding a Document from its JSON takes the parent a
    # quarter of the time of unpickling it, and the parent shares the cores with the workers. The record's
    # passed-through fields travel as they are (pickled), since they need not be JSON.
    docs = _worker_pipeline().pipe(items, batch_size=len(items))
    return [(doc.model_dump_json(exclude={"meta"}), doc.meta) for doc in docs]


def _batch_chunk_in_worker(items: list[InputRecord]) -> list[LineResult]:
    return process_chunk(_worker_pipeline(), items)


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    if size < 1:
        raise ValueError(f"batch_size must be at least 1, not {size}")
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def ordered_map(
    function: Callable[[list[T]], R],
    chunks: Iterable[list[T]],
    *,
    n_process: int,
    init_kwargs: dict[str, Any],
    in_flight_per_process: int = 2,
) -> Iterator[R]:
    """``function(chunk)`` for every chunk, in ``n_process`` spawned workers, yielded in input order.

    ``function`` must be a module-level function; it gets its Pipeline from :func:`_worker_pipeline`.
    """
    context = multiprocessing.get_context("spawn")
    window = max(2, n_process * in_flight_per_process)
    executor = ProcessPoolExecutor(
        n_process, mp_context=context, initializer=_init_worker, initargs=(dict(init_kwargs),)
    )
    pending: deque[Future[R]] = deque()
    try:
        for chunk in chunks:
            pending.append(executor.submit(function, chunk))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def parallel_pipe(
    pipeline: Pipeline, items: Iterable[Any], *, batch_size: int, n_process: int
) -> Iterator[Document]:
    """:meth:`Pipeline.pipe` over ``n_process`` worker processes (each builds the same Pipeline once)."""
    for docs in ordered_map(
        _pipe_chunk, _chunks(items, batch_size), n_process=n_process, init_kwargs=pipeline.init_kwargs
    ):
        for data, meta in docs:
            doc = Document.model_validate_json(data)
            doc.meta = meta
            yield doc


# --- one chunk of a batch ----------------------------------------------------------------------------


@dataclass(frozen=True)
class LineResult:
    """One output line (JSON, no newline) and what the summary counts of it."""

    json: str
    error: str | None = None
    entities: int = 0
    events: int = 0


def _error_line(item: InputRecord, doc_id: str | None, kind: str, message: str) -> LineResult:
    record = ErrorRecord(id=doc_id, line=item.line, error=kind, message=message)
    return LineResult(record.model_dump_json(), error=kind)


def _document_line(doc: Document) -> LineResult:
    return LineResult(doc.model_dump_json(), entities=len(doc.entities), events=len(doc.events))


def _to_document(pipeline: Pipeline, item: InputRecord) -> Document | LineResult:
    """The unprocessed Document for an input record, or the error line that replaces it."""
    if item.error is not None:
        return _error_line(item, record_id(item), *item.error)
    try:
        record = parse_record(item)
    except BrokenLine as exc:
        return _error_line(item, None, "broken_json", str(exc))
    except NotARecord as exc:
        return _error_line(item, None, "not_a_record", str(exc))
    doc_id = id_of(record, item.line)
    text = record.get("text")
    if text is None:
        return _error_line(item, doc_id, "missing_text", f"record {doc_id!r} (line {item.line}) has no text")
    if not isinstance(text, str):
        return _error_line(
            item,
            doc_id,
            "invalid_text",
            f"record {doc_id!r} (line {item.line}): text is a {type(text).__name__}, not a string",
        )
    try:
        return pipeline.doc_from_item({**record, "id": doc_id})
    except (ValueError, TypeError) as exc:
        return _error_line(item, doc_id, "invalid_record", f"record {doc_id!r} (line {item.line}): {exc}")


def _process_one(pipeline: Pipeline, item: InputRecord, doc: Document) -> LineResult:
    try:
        (done,) = pipeline.pipe([doc], batch_size=1)
        return _document_line(done)
    except Exception as exc:  # one bad record must not stop an archive: it becomes an error record
        return _error_line(item, doc.id, "internal_error", f"{type(exc).__name__}: {exc}")


def process_chunk(pipeline: Pipeline, items: list[InputRecord]) -> list[LineResult]:
    """One output line per input record, in order: Documents for good records, error records for the rest.

    Good records go through the pipeline together (one NER batch); if that fails, each is retried alone so
    only the record that fails becomes an error record.
    """
    prepared = [_to_document(pipeline, item) for item in items]
    good = [(i, p) for i, p in enumerate(prepared) if isinstance(p, Document)]
    results: list[LineResult | None] = [p if isinstance(p, LineResult) else None for p in prepared]
    try:
        # pipe() copies each Document, so a failed batch leaves these untouched for the retries below.
        done = list(pipeline.pipe([doc for _, doc in good], batch_size=max(1, len(good))))
        for (index, _), doc in zip(good, done, strict=True):
            try:
                results[index] = _document_line(doc)
            except Exception as exc:  # e.g. text that cannot be encoded as UTF-8 (lone surrogates)
                results[index] = _error_line(
                    items[index], doc.id, "internal_error", f"{type(exc).__name__}: {exc}"
                )
    except Exception:
        for index, doc in good:
            results[index] = _process_one(pipeline, items[index], doc)
    return [r for r in results if r is not None]


# --- the output file ---------------------------------------------------------------------------------


def _last_newline(file: Any, size: int) -> int:
    """Offset just past the last b'\\n' of an open binary file (0 when there is none)."""
    block = 1 << 16
    end = size
    while end > 0:
        start = max(0, end - block)
        file.seek(start)
        data = file.read(end - start)
        pos = data.rfind(b"\n")
        if pos >= 0:
            return start + pos + 1
        end = start
    return 0


def _last_line(file: Any, end: int) -> bytes:
    """The complete line that ends at ``end`` (just past its newline)."""
    start = _last_newline(file, end - 1)
    file.seek(start)
    return bytes(file.read(end - start)).rstrip(b"\n")


def _count_lines(file: Any, end: int) -> int:
    file.seek(0)
    count = 0
    remaining = end
    while remaining > 0:
        data = file.read(min(remaining, 1 << 20))
        if not data:
            break
        count += data.count(b"\n")
        remaining -= len(data)
    return count


@dataclass
class _Resumed:
    lines: int = 0
    cut_bytes: int = 0
    last: dict[str, Any] | None = None


def _prepare_output(path: Path, *, resume: bool, overwrite: bool) -> _Resumed:
    """Create, replace or (``resume``) trim the output so it ends with a complete line."""
    if path.exists() and path.is_dir():
        raise BatchError(f"{path} is a folder; give a file name for the JSONL output")
    if not path.exists() or overwrite:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")
        return _Resumed()
    if not resume:
        raise BatchError(f"{path} exists; pass --resume to continue that run, or --overwrite to replace it")
    with path.open("r+b") as file:
        size = file.seek(0, os.SEEK_END)
        end = _last_newline(file, size)
        if end < size:  # a line cut short by a crash: not to be trusted, processed again
            file.truncate(end)
            file.flush()
            os.fsync(file.fileno())
        state = _Resumed(cut_bytes=size - end)
        if end == 0:
            return state
        state.lines = _count_lines(file, end)
        last = _last_line(file, end)
    try:
        state.last = json.loads(last)
    except json.JSONDecodeError:
        raise BatchError(
            f"{path}: its last complete line is not JSON; is it a 'hindinews batch' output?"
        ) from None
    return state


def _check_resume_point(path: Path, state: _Resumed, item: InputRecord | None) -> None:
    """The output's last line must be the output of input record number ``state.lines``."""
    if item is None:
        raise BatchError(
            f"{path} has {state.lines} lines but the input has fewer records; "
            "is this the output of the same input?"
        )
    last = state.last or {}
    if "error" in last and "text" not in last:
        same = last.get("line") == item.line
    else:
        same = last.get("id") == record_id(item)
    if not same:
        raise BatchError(
            f"{path}: line {state.lines} (id {last.get('id')!r}) does not belong to input record "
            f"{state.lines} (line {item.line}, id {record_id(item)!r}); it is not the output of this input "
            "(use --overwrite to start again)"
        )


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


# --- the batch runner --------------------------------------------------------------------------------


@dataclass
class BatchSummary:
    """What a batch run did (this run only; ``resumed_after`` lines were already in the output)."""

    output: Path
    processed: int = 0
    failed: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    entities: int = 0
    events: int = 0
    seconds: float = 0.0
    resumed_after: int = 0
    cut_bytes: int = 0

    @property
    def written(self) -> int:
        return self.processed + self.failed

    @property
    def docs_per_second(self) -> float:
        return self.written / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "output": str(self.output),
            "written": self.written,
            "processed": self.processed,
            "failed": self.failed,
            "errors": dict(self.errors),
            "entities": self.entities,
            "events": self.events,
            "seconds": round(self.seconds, 3),
            "docs_per_second": round(self.docs_per_second, 2),
            "resumed_after": self.resumed_after,
        }


def run_batch(
    input_path: str | Path,
    output_path: str | Path,
    *,
    pipeline: Pipeline | None = None,
    pipeline_kwargs: Mapping[str, Any] | None = None,
    n_process: int = 1,
    batch_size: int = 32,
    input_format: InputFormat | None = None,
    resume: bool = False,
    overwrite: bool = False,
    progress: bool = True,
    console: Console | None = None,
    on_chunk: Callable[[BatchSummary], None] | None = None,
) -> BatchSummary:
    """Process every record of ``input_path`` into one JSONL line of ``output_path``, in input order.

    Give a ``pipeline`` or the ``pipeline_kwargs`` to build one (with ``n_process > 1`` workers build their
    own from these, so the models are not loaded in this process). ``resume`` continues an interrupted run
    of the same input into the same output; ``overwrite`` replaces an existing output.
    """
    from hindinews.io import count_records

    if n_process < 1:
        raise BatchError(f"the number of worker processes must be at least 1, not {n_process}")
    if batch_size < 1:
        raise BatchError(f"the batch size must be at least 1, not {batch_size}")
    if resume and overwrite:
        raise BatchError("--resume and --overwrite exclude each other")
    input_path, output_path = Path(input_path), Path(output_path)
    try:
        records = read_records(input_path, input_format)
        total = count_records(input_path, input_format)
    except (OSError, ValueError) as exc:
        raise BatchError(str(exc)) from None
    if output_path.exists() and output_path.resolve() == input_path.resolve():
        raise BatchError("the output would overwrite the input; choose another output file")
    kwargs: dict[str, Any] = dict(pipeline.init_kwargs if pipeline is not None else (pipeline_kwargs or {}))
    if pipeline is None and n_process == 1:
        from hindinews.pipeline import Pipeline

        pipeline = Pipeline(**kwargs)

    state = _prepare_output(output_path, resume=resume, overwrite=overwrite)
    summary = BatchSummary(output=output_path, resumed_after=state.lines, cut_bytes=state.cut_bytes)
    if state.lines:
        skipped = list(itertools.islice(records, state.lines))
        _check_resume_point(output_path, state, skipped[-1] if len(skipped) == state.lines else None)

    chunks = _chunks(records, batch_size)
    if n_process == 1:
        assert pipeline is not None
        local = pipeline
        results: Iterator[list[LineResult]] = (process_chunk(local, chunk) for chunk in chunks)
    else:
        results = ordered_map(_batch_chunk_in_worker, chunks, n_process=n_process, init_kwargs=kwargs)

    started = time.perf_counter()
    bar = _Progress(total - state.lines, console) if progress else None
    fd = os.open(output_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        for lines in results:
            # A whole chunk in one write: the file only ever grows by complete lines (but for a crash
            # inside this very call, which resume cuts off).
            _write_all(fd, "".join(result.json + "\n" for result in lines).encode("utf-8"))
            for result in lines:
                if result.error is None:
                    summary.processed += 1
                    summary.entities += result.entities
                    summary.events += result.events
                else:
                    summary.failed += 1
                    summary.errors[result.error] += 1
            summary.seconds = time.perf_counter() - started
            if bar is not None:
                bar.advance(len(lines), summary.failed)
            if on_chunk is not None:
                on_chunk(summary)
    finally:
        os.close(fd)
        if bar is not None:
            bar.stop()
        summary.seconds = time.perf_counter() - started
    return summary


class _Progress:
    """A rich progress bar: documents, documents per second, failures, elapsed time and ETA."""

    def __init__(self, total: int, console: Console | None) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} docs/s"),
            TextColumn("[red]{task.fields[failed]} failed"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=console or Console(stderr=True),
            transient=False,
        )
        self.started = time.perf_counter()
        self.task = self.progress.add_task("processing", total=total, rate="-", failed=0)
        self.done = 0
        self.progress.start()

    def advance(self, count: int, failed: int) -> None:
        self.done += count
        elapsed = time.perf_counter() - self.started
        rate = f"{self.done / elapsed:,.1f}" if elapsed > 0 else "-"
        self.progress.update(self.task, advance=count, rate=rate, failed=failed)

    def stop(self) -> None:
        self.progress.stop()


def print_summary(summary: BatchSummary, console: Console | None = None) -> None:
    """The closing summary of a batch run, as a small table."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console(stderr=True)
    table = Table(title="hindinews batch", show_header=False)
    table.add_column("what")
    table.add_column("value", justify="right")
    if summary.resumed_after:
        table.add_row("already in the output (resumed)", f"{summary.resumed_after:,}")
    table.add_row("processed", f"{summary.processed:,}")
    table.add_row("failed (error records)", f"{summary.failed:,}")
    for kind, count in sorted(summary.errors.items()):
        table.add_row(f"  {kind}", f"{count:,}")
    table.add_row("entities", f"{summary.entities:,}")
    table.add_row("events", f"{summary.events:,}")
    table.add_row("time", f"{summary.seconds:,.1f} s")
    table.add_row("documents per second", f"{summary.docs_per_second:,.1f}")
    table.add_row("output", str(summary.output))
    console.print(table)
