"""The command line: thin wrappers over the library, one clear line on user errors, never a traceback."""

from __future__ import annotations

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
    model_dir: Annotated[
        Path | None, typer.Option("--model-dir", help="An NER model folder (default: the shipped one).")
    ] = None,
) -> None:
    """Process one article and print its Document."""
    if fmt not in ("json", "jsonl", "table"):
        fail(f"--format must be json, jsonl or table, not {fmt!r}")
    text = read_input(path)
    try:
        from hindinews.pipeline import Pipeline, coerce_published

        date = coerce_published(published)
        doc = Pipeline(model_dir=model_dir)(text, date)
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
    model_dir: Annotated[
        Path | None, typer.Option("--model-dir", help="An NER model folder (default: the shipped one).")
    ] = None,
    model_only: Annotated[
        bool, typer.Option("--model-only", help="Score the statistical model without gazetteer and rules.")
    ] = False,
) -> None:
    """Strict entity-level precision/recall/F1 per type and micro (exact span and type)."""
    if not path.is_file():
        fail(f"{path}: no such file")
    try:
        from hindinews.ner import NerTagger
        from hindinews.ner.evaluate import evaluate_file
        from hindinews.pipeline import PipelineConfig

        kb = None if model_only else PipelineConfig(None, None).kb()
        tagger = NerTagger(model_dir, kb=kb, use_rules=not model_only)
        scores = evaluate_file(path, tagger)
    except (ValueError, OSError, RuntimeError) as exc:
        if _debug:
            raise
        fail(str(exc))
    typer.echo(scores.table())


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
