"""mkdocs hook: pages generated at build time, so they never drift from the code.

* ``schema.md`` from the Pydantic models of :mod:`hindinews.schema`, the DataFrame columns of
  :mod:`hindinews.export` and the error kinds of :mod:`hindinews.batch`;
* ``model-card.md`` from ``models/MODEL_CARD.md`` (unless docs/ holds its own model-card.md).

Also runnable on its own: ``python docs/hooks/generate_pages.py`` prints the schema page.
"""

from __future__ import annotations

import types
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel

ROOT = Path(__file__).resolve().parents[2]


def type_name(annotation: Any) -> str:
    """A short, readable name for a field's type: ``list[Argument]``, ``str | None``, ``"a" | "b"``."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Literal:
        return " \\| ".join(f'"{a}"' for a in args)
    if origin is typing.Annotated:
        return type_name(args[0])
    if origin in (typing.Union, types.UnionType):
        if len(args) > 3 and all(isinstance(a, type) and issubclass(a, BaseModel) for a in args):
            return "Event (one of the event types below)"
        return " \\| ".join(type_name(a) for a in args)
    if origin is not None:
        inner = ", ".join(type_name(a) for a in args)
        return f"{getattr(origin, '__name__', str(origin))}[{inner}]"
    if annotation is type(None):
        return "None"
    if isinstance(annotation, type):
        return annotation.__name__
    return str(annotation).replace("typing.", "")


def _default(field: Any) -> str:
    if field.is_required():
        return "required"
    if field.default_factory is not None:
        return f"`{field.default_factory()!r}`"
    return f"`{field.default!r}`"


def _doc(model: type[BaseModel]) -> str:
    paragraphs = (model.__doc__ or "").strip().split("\n\n")
    joined = "\n\n".join(" ".join(line.strip() for line in p.splitlines()) for p in paragraphs)
    return joined.replace("``", "`")


# For fields whose model gives no description (the schema module is the contract; its words win).
FIELD_NOTES = {
    "text": "the text, exactly as it is in Document.text",
    "start": "offset of the first character in Document.text",
    "end": "offset just past the last character",
    "sentence": "index into Document.sentences",
    "part": "index into Document.parts",
    "norm": "normalized form",
    "kind": "what kind it is",
    "label": "PER, LOC or ORG",
    "kb_id": "knowledge-base id, or `local:...` for an actor the KB does not know",
    "canonical": "canonical name from the knowledge base",
    "value": "ISO 8601 value, or None when it cannot be resolved",
    "precision": "precision of the value",
    "anchored": "True when computed from the publication date",
    "published": "publication date (anchors relative dates)",
    "schema_version": "version of this schema",
    "id": "the input record's id",
    "trigger": "the words that signal the event",
    "actors": "who acts (compound actors stay in one list)",
    "targets": "whom the action is directed at",
    "location": "where it happened",
    "date": "the event's date, from a time expression that governs it, or None",
    "modality": "asserted, planned, negated or reported",
    "context": "diplomatic or domestic",
    "confidence": "between 0 and 1",
    "plover": "the PLOVER event type and mode",
    "line": "input line (JSONL), row (CSV, Parquet) or file position (folder)",
    "error": "the kind of error (below)",
    "message": "what went wrong",
}


def model_table(model: type[BaseModel], only: tuple[str, ...] | None = None) -> list[str]:
    lines = ["| field | type | default | meaning |", "|---|---|---|---|"]
    for name, field in model.model_fields.items():
        if only is not None and name not in only:
            continue
        description = (field.description or FIELD_NOTES.get(name, "")).replace("|", "\\|")
        lines.append(f"| `{name}` | {type_name(field.annotation)} | {_default(field)} | {description} |")
    return lines


def render_schema() -> str:
    from hindinews import schema
    from hindinews.batch import ERROR_KINDS
    from hindinews.export import FRAME_COLUMNS

    out = [
        "# Schema",
        "",
        "<!-- Generated from the code by docs/hooks/generate_pages.py at build time: do not edit. -->",
        "",
        f"Schema version **{schema.SCHEMA_VERSION}**. The JSON Schema of a Document: `hindinews schema`.",
        "Every span (part, sentence, token, entity, time expression, event argument) has `text`, `start` and",
        "`end`, Python string offsets into the original `Document.text`: `doc.text[start:end] == text`.",
        "",
    ]
    for model in (schema.Document, schema.Part, schema.Sentence, schema.Token, schema.Entity,
                  schema.TimeExpression, schema.Argument, schema.Span, schema.Plover):
        out += [f"## {model.__name__}", "", _doc(model), "", *model_table(model), ""]
    out += ["## Events", "", _doc(schema.EventBase), "",
            "Fields every event type has:", "", *model_table(schema.EventBase), ""]
    out += ["Each type adds its own roles:", "", "| type | own fields |", "|---|---|"]
    for type_, cls in schema.EVENT_CLASSES.items():
        own = [f"`{n}`: {type_name(cls.model_fields[n].annotation)}" for n in cls.role_fields]
        out.append(f"| {type_} | {', '.join(own) or '(none)'} |")
    out += ["", "See [Events and PLOVER](plover.md) for what each type means and how it maps to PLOVER.", ""]
    out += ["## ErrorRecord", "", _doc(schema.ErrorRecord), "", *model_table(schema.ErrorRecord), "",
            "The `error` kinds `hindinews batch` writes:", "", "| error | the input was |", "|---|---|"]
    out += [f"| `{kind}` | {meaning} |" for kind, meaning in ERROR_KINDS.items()]
    out += ["", "## Tables (`hindinews.to_frames`, Parquet, CSV)", "",
            "`hindinews.to_frames(docs)` returns these pandas DataFrames; `hindinews export --format",
            "parquet` and `hindinews batch --parquet` write them as files. Every table has every column,",
            "in this order and with these types, even when it has no rows.",
            "Types: `string` (pandas `string`), `int` (`int64`), `Int` (nullable `Int64`), `float`,",
            "`bool` (nullable `boolean`), `date`",
            "(`datetime64[s]`), `list` (a list of strings; JSON text in CSV).", ""]
    for name, columns in FRAME_COLUMNS.items():
        out += [f"### {name}", "", "| column | type | meaning |", "|---|---|---|"]
        out += [f"| `{c.name}` | {c.type} | {c.description} |" for c in columns]
        out.append("")
    return "\n".join(out)


def render_model_card() -> str:
    card = ROOT / "models" / "MODEL_CARD.md"
    if card.is_file():
        return card.read_text(encoding="utf-8")
    return ("# Model card\n\nThe model card of the shipped NER model lives in `models/MODEL_CARD.md`; "
            "it is not in this checkout yet.\n")


def on_files(files: Any, config: Any) -> Any:
    from mkdocs.structure.files import File

    for name, render in (("schema.md", render_schema), ("model-card.md", render_model_card)):
        if files.get_file_from_path(name) is None:
            files.append(File.generated(config, name, content=render()))
    return files


if __name__ == "__main__":
    print(render_schema())
