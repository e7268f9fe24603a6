"""The command line: thin wrappers over the library, one clear line on user errors, never a traceback."""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from hindinews.schema import Document

app = typer.Typer(
    name="hindinews",
    help="Hindi news text to structured, dated records: entities, time expressions, political events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
evaluate_app = typer.Typer(help="Score the pipeline against labelled data.", no_args_is_help=True)
app.add_typer(evaluate_app, name="evaluate")

_debug = False

ModelDirOption = Annotated[
    Path | None, typer.Option("--model-dir", help="An NER model folder (default: the shipped one).")
]
TeaserEventsOption = Annotated[
    bool, typer.Option("--teaser-events", help="Also extract events from teasers (other articles' headlines).")
]


def fail(message: str, code: int = 2) -> NoReturn:
    typer.echo(f"hindinews: error: {message}", err=True)
    raise typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        from hindinews import __version__

        typer.echo(f"hindinews {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show full tracebacks on errors.")] = False,
) -> None:
    global _debug
    _debug = debug


def read_input(path: str) -> str:
    if path == "-":
        data = sys.stdin.buffer.read()
        source = "standard input"
    else:
        file = Path(path)
        if not file.exists():
            fail(f"{path}: no such file")
        if file.is_dir():
            fail(f"{path} is a folder; give a text file, or use 'hindinews batch' for folders")
        data = file.read_bytes()
        source = path
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        fail(f"{source} is not UTF-8 text ({exc.reason} at byte {exc.start}); convert it to UTF-8 first")


@app.command()
def extract(
    path: Annotated[str, typer.Argument(help="A UTF-8 text file, or - for standard input.")],
    published: Annotated[
        str | None, typer.Option("--published", "-p", help="Publication date, YYYY-MM-DD.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="json, jsonl or table.")] = "table",
    model_dir: ModelDirOption = None,
    teaser_events: TeaserEventsOption = False,
) -> None:
    """Process one article and print its Document."""
    if fmt not in ("json", "jsonl", "table"):
        fail(f"--format must be json, jsonl or table, not {fmt!r}")
    text = read_input(path)
    try:
        from hindinews.pipeline import Pipeline, coerce_published

        date = coerce_published(published)
        doc = Pipeline(model_dir=model_dir, teaser_events=teaser_events)(text, date)
    except (ValueError, TypeError, OSError) as exc:
        if _debug:
            raise
        fail(str(exc))
    if fmt == "json":
        typer.echo(doc.model_dump_json(indent=2))
    elif fmt == "jsonl":
        typer.echo(doc.model_dump_json())
    else:
        from hindinews.display import print_summary

        print_summary(doc)


@evaluate_app.command("ner")
def evaluate_ner(
    path: Annotated[Path, typer.Argument(help="A TOKEN<TAB>LABEL file (IL-NER, HiNER or PER/LOC/ORG tags).")],
    model_dir: ModelDirOption = None,
    model_only: Annotated[
        bool, typer.Option("--model-only", help="Score the statistical model alone: no span repair, no knowledge base.")
    ] = False,
) -> None:
    """Strict entity-level precision/recall/F1 per type and micro (exact span and type).

    By default this scores exactly what the default pipeline's NER stage does.
    """
    if not path.is_file():
        fail(f"{path}: no such file")
    try:
        import torch

        from hindinews.kb import load_kb
        from hindinews.ner import NerTagger
        from hindinews.ner.evaluate import evaluate_file

        torch.set_num_threads(1)  # as the pipeline runs it: the tokens/s line is one thread's speed
        tagger = NerTagger(model_dir, kb=None if model_only else load_kb(), use_rules=not model_only)
        scores = evaluate_file(path, tagger)
    except (ValueError, OSError, RuntimeError) as exc:
        if _debug:
            raise
        fail(str(exc))
    typer.echo(scores.table())


@evaluate_app.command("events")
def evaluate_events(
    path: Annotated[Path, typer.Argument(help="A gold JSONL file (format in hindinews.events.evaluate).")],
    model_dir: ModelDirOption = None,
    show_errors: Annotated[bool, typer.Option("--errors", help="Also list missed and spurious events.")] = False,
) -> None:
    """Event precision/recall/F1 per type (type only, and type + actor) and argument accuracy."""
    if not path.is_file():
        fail(f"{path}: no such file")
    try:
        from hindinews.events.evaluate import evaluate_events as score_events
        from hindinews.kb import load_kb
        from hindinews.pipeline import Pipeline

        nlp = Pipeline(model_dir=model_dir)
        kb = load_kb()

        @functools.cache
        def resolve(name: str) -> str | None:  # gold names in English spelling variants: Zelensky, Erdogan
            found = kb.resolve(name)
            return found.actor.id if found is not None else None

        scores = score_events(path, lambda records: [nlp(r.text, r.published, id=r.id) for r in records], resolve)
    except (ValueError, OSError, RuntimeError) as exc:
        if _debug:
            raise
        fail(str(exc))
    typer.echo(scores.table())
    if show_errors:
        typer.echo("\n".join(["", *scores.errors]))


def _components(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(name.strip() for name in value.split(",") if name.strip())


@app.command()
def batch(
    input_path: Annotated[
        Path, typer.Argument(metavar="INPUT", help="JSONL, CSV or Parquet file, or a folder of .txt files.")
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The JSONL output: one line per input record.")
    ],
    workers: Annotated[
        int, typer.Option("--workers", "-w", help="Worker processes (each loads the models once).")
    ] = 1,
    batch_size: Annotated[
        int, typer.Option("--batch-size", help="Documents per chunk (one NER batch).")
    ] = 32,
    resume: Annotated[
        bool, typer.Option("--resume", help="Continue an interrupted run into the same output.")
    ] = False,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an existing output.")] = False,
    input_format: Annotated[
        str | None,
        typer.Option("--input-format", help="jsonl, csv, parquet or folder (default: from the name)."),
    ] = None,
    parquet: Annotated[
        Path | None,
        typer.Option("--parquet", help="Also write the tables (documents, entities, ...) as Parquet files "
                     "into this folder."),
    ] = None,
    components: Annotated[
        str | None, typer.Option("--components", help="Comma-separated pipeline stages (default: all).")
    ] = None,
    model_dir: ModelDirOption = None,
    teaser_events: TeaserEventsOption = False,
    no_progress: Annotated[bool, typer.Option("--no-progress", help="No progress bar.")] = False,
) -> None:
    """Process an archive: every input record becomes one output line, a Document or an error record."""
    from hindinews.batch import BatchError, WorkerError, print_summary, run_batch
    from hindinews.io import INPUT_FORMATS

    if input_format is not None and input_format not in INPUT_FORMATS:
        fail(f"--input-format must be one of {', '.join(INPUT_FORMATS)}, not {input_format!r}")
    kwargs: dict[str, object] = {"model_dir": model_dir, "teaser_events": teaser_events}
    names = _components(components)
    if names is not None:
        from hindinews.pipeline import COMPONENTS

        unknown = [n for n in names if n not in COMPONENTS]
        if unknown:
            fail(f"unknown pipeline component(s) {', '.join(unknown)}; choose from {', '.join(COMPONENTS)}")
        kwargs["components"] = names
    try:
        summary = run_batch(input_path, output, pipeline_kwargs=kwargs, n_process=workers,
                            batch_size=batch_size, input_format=input_format,  # type: ignore[arg-type]
                            resume=resume, overwrite=overwrite, progress=not no_progress)
    except KeyboardInterrupt:
        fail(f"interrupted; {output} holds complete lines only: rerun with --resume to continue", code=130)
    except (BatchError, WorkerError, ValueError, OSError) as exc:
        if _debug:
            raise
        fail(str(exc))
    print_summary(summary)
    if parquet is not None:
        from hindinews.export import write_tables
        from hindinews.io import read_documents

        counts = write_tables(read_documents(output), parquet, fmt="parquet")
        typer.echo("tables: " + ", ".join(f"{name} {count}" for name, count in counts.items())
                   + f" rows in {parquet}", err=True)


@app.command()
def export(
    input_path: Annotated[Path, typer.Argument(metavar="INPUT", help="A 'hindinews batch' output (JSONL).")],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Output file (plover) or folder (parquet, csv).")
    ],
    fmt: Annotated[str, typer.Option("--format", "-f", help="plover, parquet or csv.")] = "plover",
) -> None:
    """Convert batch output: PLOVER-style event JSONL, or Parquet/CSV tables."""
    from hindinews.export import write_plover, write_tables
    from hindinews.io import read_documents

    if fmt not in ("plover", "parquet", "csv"):
        fail(f"--format must be plover, parquet or csv, not {fmt!r}")
    if not input_path.is_file():
        fail(f"{input_path}: no such file")
    try:
        if fmt == "plover":
            count = write_plover(read_documents(input_path), output)
            typer.echo(f"{count} events written to {output}", err=True)
        else:
            counts = write_tables(read_documents(input_path), output, fmt=fmt)
            summary = ", ".join(f"{name} {n}" for name, n in counts.items())
            typer.echo(f"{summary} rows in {output}", err=True)
    except (ValueError, OSError) as exc:
        if _debug:
            raise
        fail(str(exc))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the Document record."""
    typer.echo(json.dumps(Document.model_json_schema(), indent=2, ensure_ascii=False))


def run() -> None:
    """Entry point that turns any unexpected error into one line (``--debug`` shows the traceback)."""
    try:
        app()
    except Exception as exc:  # the last line of defence for a CLI: never a traceback without --debug
        if _debug or "--debug" in sys.argv:
            raise
        typer.echo(f"hindinews: internal error: {type(exc).__name__}: {exc} (rerun with --debug)", err=True)
        sys.exit(1)


if __name__ == "__main__":
    run()
