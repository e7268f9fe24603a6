"""Documents as tables (pandas, Parquet, CSV) and as PLOVER-style event records (JSONL).

:func:`to_frames` gives one DataFrame per kind of record, with the columns listed in :data:`FRAME_COLUMNS`
(name, type, meaning). The columns are stable: every frame has all of them, in this order and with these
dtypes, even when it is empty, so code written against them does not break on a batch without events.
New columns may be added at the end in a later schema version; none is renamed or removed without one.

Types: ``string`` (pandas ``string``, NA when missing), ``int`` (``int64``), ``Int`` (nullable ``Int64``),
``float`` (``float64``), ``bool`` (nullable ``boolean``), ``date`` (``datetime64[s]``, NaT when unknown;
seconds so that dates long before 1677 fit), ``list`` (a Python list of strings, ``list<string>`` in
Parquet).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hindinews.schema import Argument, Document, ErrorRecord, EventBase, Span

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # string | int | Int | float | bool | date | list
    description: str


def _columns(*rows: tuple[str, str, str]) -> tuple[Column, ...]:
    return tuple(Column(*row) for row in rows)


_SPAN = (
    ("text", "string", "the mention as it appears in the document"),
    ("start", "int", "character offset of its start in the document text"),
    ("end", "int", "character offset just past its end (text == document.text[start:end])"),
)

#: The columns of every frame :func:`to_frames` returns, in order.
FRAME_COLUMNS: dict[str, tuple[Column, ...]] = {
    "documents": _columns(
        ("doc_id", "string", "the Document id (the input record's id, or its line number)"),
        ("published", "date", "publication date"),
        ("headline", "string", "text of the first headline part"),
        ("text", "string", "the original text"),
        ("n_chars", "int", "length of the text in characters"),
        ("n_sentences", "int", "number of sentences"),
        ("n_tokens", "int", "number of tokens"),
        ("n_entities", "int", "number of entity mentions"),
        ("n_times", "int", "number of time expressions"),
        ("n_events", "int", "number of events"),
        ("schema_version", "string", "the Document schema version"),
        ("meta", "string", "the input record's other fields, as a JSON object"),
    ),
    "entities": _columns(
        ("doc_id", "string", "the Document id"),
        ("entity_index", "int", "position in Document.entities"),
        *_SPAN,
        ("label", "string", "PER, LOC or ORG"),
        ("kb_id", "string", "knowledge-base id, or a document-local id starting with 'local:'"),
        ("canonical", "string", "canonical name from the knowledge base"),
        ("code", "string", "CAMEO-style actor code, e.g. RUS, RUSGOV"),
        ("role", "string", "title or role read from the text"),
        ("affiliation", "string", "KB id of the country the actor belongs to"),
        ("sentence", "int", "sentence index"),
        ("source", "string", "model, gazetteer or rule"),
    ),
    "times": _columns(
        ("doc_id", "string", "the Document id"),
        ("time_index", "int", "position in Document.times"),
        *_SPAN,
        (
            "value",
            "string",
            "ISO 8601 value: 2025-01-28, 2024-12, 2025, 2025-W36, 199 (decade), 18 (century), P9D (duration)",
        ),
        ("precision", "string", "day, week, month, year, decade or century"),
        ("anchored", "bool", "True when the value was computed from the publication date"),
        ("kind", "string", "date or duration"),
        ("sentence", "int", "sentence index"),
        (
            "date_start",
            "date",
            "first day of the period a date value names (NaT for durations and unresolved)",
        ),
    ),
    "events": _columns(
        ("doc_id", "string", "the Document id"),
        ("event_index", "int", "position in Document.events"),
        ("event_id", "string", "'<doc_id>#<event_index>', unique within a batch output with unique doc ids"),
        ("type", "string", "hindinews event type: VISIT, MEET, CALL, ..."),
        ("trigger_text", "string", "the words that signal the event"),
        ("trigger_start", "int", "offset of the trigger's start"),
        ("trigger_end", "int", "offset just past the trigger's end"),
        ("sentence", "int", "sentence index"),
        ("sentence_text", "string", "the sentence that holds the trigger"),
        ("modality", "string", "asserted, planned, negated or reported"),
        ("context", "string", "diplomatic or domestic"),
        ("confidence", "float", "confidence between 0 and 1"),
        ("plover_event", "string", "PLOVER event type, e.g. CONSULT"),
        ("plover_mode", "string", "PLOVER mode, e.g. visit, phone"),
        ("date", "string", "ISO 8601 value of the event's date (NA when the text gives none)"),
        ("date_text", "string", "the time expression the date comes from"),
        ("date_precision", "string", "precision of the date"),
        ("date_anchored", "bool", "True when the date was resolved against the publication date"),
        ("date_start", "date", "first day of the event's date period"),
        ("published", "date", "publication date of the document"),
        ("actors", "list", "actors: canonical names where linked, else the mention text"),
        ("actor_codes", "list", "actors' CAMEO-style codes (null where unknown)"),
        ("actor_kb_ids", "list", "actors' KB ids (null where unknown)"),
        ("targets", "list", "targets (recipients), as for actors"),
        ("target_codes", "list", "targets' codes"),
        ("target_kb_ids", "list", "targets' KB ids"),
        ("location", "string", "where it happened (destination of a VISIT when no location is given)"),
        ("location_code", "string", "the location's code"),
        ("location_kb_id", "string", "the location's KB id"),
    ),
    "arguments": _columns(
        ("doc_id", "string", "the Document id"),
        ("event_index", "int", "position of the event in Document.events"),
        ("event_id", "string", "the event's event_id"),
        (
            "role",
            "string",
            "actors, targets, location, or a type's own role: destination, host, led_by, counterparts, topic",
        ),
        *_SPAN,
        ("kb_id", "string", "KB id (NA for a topic)"),
        ("canonical", "string", "canonical name"),
        ("code", "string", "CAMEO-style code"),
        ("label", "string", "PER, LOC or ORG"),
    ),
    "errors": _columns(
        ("id", "string", "the input record's id, when it could be read"),
        ("line", "Int", "the input line (JSONL), row (CSV, Parquet) or file position (folder)"),
        ("error", "string", "the kind of error, e.g. missing_text, broken_json, internal_error"),
        ("message", "string", "what went wrong"),
    ),
}

_PANDAS_DTYPES = {
    "string": "string",
    "int": "int64",
    "Int": "Int64",
    "float": "float64",
    "bool": "boolean",
    "date": "datetime64[s]",
    "list": "object",
}

_DATE_SHAPES = (
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})"), lambda m: dt.date(int(m[1]), int(m[2]), int(m[3]))),
    (re.compile(r"^(\d{4})-W(\d{2})$"), lambda m: dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)),
    (re.compile(r"^(\d{4})-(\d{2})$"), lambda m: dt.date(int(m[1]), int(m[2]), 1)),
    (re.compile(r"^(\d{4})$"), lambda m: dt.date(int(m[1]), 1, 1)),
    (re.compile(r"^(\d{3})$"), lambda m: dt.date(int(m[1]) * 10 or 1, 1, 1)),
    (re.compile(r"^(\d{2})$"), lambda m: dt.date(int(m[1]) * 100 or 1, 1, 1)),
)


def period_start(value: str | None) -> dt.date | None:
    """The first day of the period an ISO 8601 date value names (``2024-12`` → 2024-12-01,
    ``2025-W36`` → that Monday, ``199`` → 1990-01-01, ``18`` → 1800-01-01); None for anything else."""
    if not value:
        return None
    for pattern, build in _DATE_SHAPES:
        match = pattern.match(value)
        if match:
            try:
                return build(match)
            except ValueError:
                return None
    return None


def _time_start(time: Any) -> dt.date | None:
    return period_start(time.value) if time is not None and time.kind == "date" else None


def _argument_name(arg: Argument) -> str:
    return arg.canonical or arg.text


def _location(event: EventBase) -> Argument | None:
    return event.location or getattr(event, "destination", None)


def _role_arguments(event: EventBase) -> Iterator[tuple[str, Span]]:
    for arg in event.actors:
        yield "actors", arg
    for arg in event.targets:
        yield "targets", arg
    if event.location is not None:
        yield "location", event.location
    for name in type(event).role_fields:
        value = getattr(event, name)
        if isinstance(value, Span):
            yield name, value
        elif isinstance(value, list):
            for item in value:
                yield name, item


def event_id(doc: Document, index: int) -> str:
    return f"{doc.id}#{index}"


def _rows(items: Iterable[Document | ErrorRecord]) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in FRAME_COLUMNS}
    for item in items:
        if isinstance(item, ErrorRecord):
            rows["errors"].append(item.model_dump())
            continue
        if not isinstance(item, Document):
            raise TypeError(f"to_frames takes Documents (and ErrorRecords), not {type(item).__name__}")
        doc = item
        headline = next((p.text for p in doc.parts if p.kind == "headline"), None)
        rows["documents"].append(
            {
                "doc_id": doc.id,
                "published": doc.published,
                "headline": headline,
                "text": doc.text,
                "n_chars": len(doc.text),
                "n_sentences": len(doc.sentences),
                "n_tokens": len(doc.tokens),
                "n_entities": len(doc.entities),
                "n_times": len(doc.times),
                "n_events": len(doc.events),
                "schema_version": doc.schema_version,
                "meta": json.dumps(doc.meta, ensure_ascii=False, default=str),
            }
        )
        for index, ent in enumerate(doc.entities):
            rows["entities"].append(
                {
                    "doc_id": doc.id,
                    "entity_index": index,
                    "text": ent.text,
                    "start": ent.start,
                    "end": ent.end,
                    "label": ent.label,
                    "kb_id": ent.kb_id,
                    "canonical": ent.canonical,
                    "code": ent.code,
                    "role": ent.role,
                    "affiliation": ent.affiliation,
                    "sentence": ent.sentence,
                    "source": ent.source,
                }
            )
        for index, time in enumerate(doc.times):
            rows["times"].append(
                {
                    "doc_id": doc.id,
                    "time_index": index,
                    "text": time.text,
                    "start": time.start,
                    "end": time.end,
                    "value": time.value,
                    "precision": time.precision,
                    "anchored": time.anchored,
                    "kind": time.kind,
                    "sentence": time.sentence,
                    "date_start": _time_start(time),
                }
            )
        for index, event in enumerate(doc.events):
            eid = event_id(doc, index)
            location = _location(event)
            date = event.date
            rows["events"].append(
                {
                    "doc_id": doc.id,
                    "event_index": index,
                    "event_id": eid,
                    "type": event.type,
                    "trigger_text": event.trigger.text,
                    "trigger_start": event.trigger.start,
                    "trigger_end": event.trigger.end,
                    "sentence": event.sentence,
                    "sentence_text": doc.sentences[event.sentence].text
                    if event.sentence < len(doc.sentences)
                    else None,
                    "modality": event.modality,
                    "context": event.context,
                    "confidence": event.confidence,
                    "plover_event": event.plover.type,
                    "plover_mode": event.plover.mode,
                    "date": date.value if date else None,
                    "date_text": date.text if date else None,
                    "date_precision": date.precision if date else None,
                    "date_anchored": date.anchored if date else None,
                    "date_start": _time_start(date),
                    "published": doc.published,
                    "actors": [_argument_name(a) for a in event.actors],
                    "actor_codes": [a.code for a in event.actors],
                    "actor_kb_ids": [a.kb_id for a in event.actors],
                    "targets": [_argument_name(a) for a in event.targets],
                    "target_codes": [a.code for a in event.targets],
                    "target_kb_ids": [a.kb_id for a in event.targets],
                    "location": _argument_name(location) if location else None,
                    "location_code": location.code if location else None,
                    "location_kb_id": location.kb_id if location else None,
                }
            )
            for role, span in _role_arguments(event):
                rows["arguments"].append(
                    {
                        "doc_id": doc.id,
                        "event_index": index,
                        "event_id": eid,
                        "role": role,
                        "text": span.text,
                        "start": span.start,
                        "end": span.end,
                        "kb_id": getattr(span, "kb_id", None),
                        "canonical": getattr(span, "canonical", None),
                        "code": getattr(span, "code", None),
                        "label": getattr(span, "label", None),
                    }
                )
    return rows


def _frame(name: str, rows: list[dict[str, Any]]) -> pd.DataFrame:
    import numpy as np
    import pandas as pd

    data: dict[str, Any] = {}
    for column in FRAME_COLUMNS[name]:
        values = [row[column.name] for row in rows]
        if column.type == "date":
            data[column.name] = pd.Series(
                np.array(
                    [np.datetime64(v, "s") if v is not None else np.datetime64("NaT", "s") for v in values],
                    dtype="datetime64[s]",
                )
            )
        elif column.type == "list":
            data[column.name] = pd.Series(values, dtype="object")
        else:
            data[column.name] = pd.Series(values, dtype=_PANDAS_DTYPES[column.type])
    return pd.DataFrame(data, columns=[c.name for c in FRAME_COLUMNS[name]])


def empty_frame(name: str) -> pd.DataFrame:
    """Frame ``name`` with its columns and dtypes and no rows (e.g. a Dask ``meta``)."""
    return _frame(name, [])


def to_frames(docs: Document | Iterable[Document | ErrorRecord]) -> dict[str, pd.DataFrame]:
    """DataFrames ``documents``, ``entities``, ``times``, ``events``, ``arguments`` and ``errors``.

    Every frame has the columns of :data:`FRAME_COLUMNS` (also when empty); rows link by ``doc_id``
    (and ``event_id`` between events and arguments). Error records of a batch output go to ``errors``.
    """
    if isinstance(docs, (Document, ErrorRecord)):
        docs = [docs]
    rows = _rows(docs)
    return {name: _frame(name, table_rows) for name, table_rows in rows.items()}


def arrow_schema(name: str) -> pa.Schema:
    """The Parquet (Arrow) schema of frame ``name``, fixed so that chunks written apart agree."""
    import pyarrow as pa

    types = {
        "string": pa.string(),
        "int": pa.int64(),
        "Int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "date": pa.timestamp("s"),
        "list": pa.list_(pa.string()),
    }
    return pa.schema([pa.field(c.name, types[c.type]) for c in FRAME_COLUMNS[name]])


def _chunked(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def write_tables(
    docs: Iterable[Document | ErrorRecord],
    folder: str | Path,
    *,
    fmt: str = "parquet",
    chunk_size: int = 2000,
) -> dict[str, int]:
    """Write the frames as ``<folder>/<name>.parquet`` (or ``.csv``), streaming ``chunk_size`` documents at a
    time; returns the number of rows per table. List columns are JSON arrays in CSV."""
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    if fmt not in ("parquet", "csv"):
        raise ValueError(f"table format must be parquet or csv, not {fmt!r}")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    writers: dict[str, Any] = {}
    counts = {name: 0 for name in FRAME_COLUMNS}
    try:
        for chunk in _chunked(docs, chunk_size) if chunk_size else [list(docs)]:
            for name, frame in to_frames(chunk).items():
                schema = arrow_schema(name)
                if fmt == "csv":
                    for column in FRAME_COLUMNS[name]:
                        if column.type == "list":
                            frame[column.name] = [
                                json.dumps(v, ensure_ascii=False) for v in frame[column.name]
                            ]
                    schema = pa.schema(
                        [pa.field(f.name, pa.string()) if pa.types.is_list(f.type) else f for f in schema]
                    )
                table = pa.Table.from_pandas(frame, schema=schema, preserve_index=False)
                if name not in writers:
                    path = folder / f"{name}.{fmt}"
                    writers[name] = (
                        pq.ParquetWriter(path, schema) if fmt == "parquet" else pacsv.CSVWriter(path, schema)
                    )
                writers[name].write_table(table)
                counts[name] += table.num_rows
        if not writers:  # no input at all: still write every table, empty, with its columns
            for name in FRAME_COLUMNS:
                empty = _frame(name, [])
                schema = arrow_schema(name)
                if fmt == "parquet":
                    pq.write_table(
                        pa.Table.from_pandas(empty, schema=schema, preserve_index=False),
                        folder / f"{name}.parquet",
                    )
                else:
                    (folder / f"{name}.csv").write_text(
                        ",".join(c.name for c in FRAME_COLUMNS[name]) + "\n", encoding="utf-8"
                    )
    finally:
        for writer in writers.values():
            writer.close()
    return counts


# --- PLOVER --------------------------------------------------------------------------------------------

# Three-letter CAMEO prefixes that are not countries: the code's first sector, not its country.
_NON_COUNTRY_PREFIXES = frozenset(
    {
        "IGO",
        "NGO",
        "MNC",
        "IMG",
        "UIS",
        "INS",
        "REB",
        "SEP",
        "OPP",
        "GOV",
        "MIL",
        "COP",
        "JUD",
        "LEG",
        "BUS",
        "MED",
        "CVL",
        "EDU",
        "REL",
        "LAB",
        "AGR",
        "ELI",
        "HLH",
        "REF",
        "SPY",
        "UAF",
        "CRM",
        "PTY",
        "NGM",
        "ENV",
    }
)


def split_code(code: str | None) -> tuple[str | None, str | None]:
    """``(country, sector)`` of a CAMEO-style code: ``RUSGOV`` → (RUS, GOV), ``IGOUNO`` → (None, IGO)."""
    if not code or len(code) < 3:
        return None, None
    head, rest = code[:3], code[3:]
    if head in _NON_COUNTRY_PREFIXES:
        return None, head
    return head, (rest[:3] if len(rest) >= 3 else None)


def _plover_actor(arg: Argument) -> dict[str, Any]:
    country, sector = split_code(arg.code)
    return {
        "entity_text": arg.text,
        "code": arg.code,
        "sector": sector,
        "country": country,
        "kb_id": arg.kb_id,
        "canonical": arg.canonical,
        "label": arg.label,
    }


def _offsets(span: Span) -> dict[str, Any]:
    return {"text": span.text, "start": span.start, "end": span.end}


def _recipients(event: EventBase) -> list[Argument]:
    """PLOVER's recipient list: the targets, plus the host of a visit (or its destination when no host is
    named) and the counterparts of a meeting or call; each actor once."""
    found: list[Argument] = list(event.targets)
    host = getattr(event, "host", None)
    if event.type == "VISIT" and not found:
        destination = getattr(event, "destination", None)
        if host is not None:
            found.append(host)
        elif destination is not None:
            found.append(destination)
    found.extend(getattr(event, "counterparts", []) or [])
    unique: list[Argument] = []
    seen: set[str] = set()
    for arg in found:
        key = arg.kb_id or f"{arg.start}:{arg.end}"
        if key not in seen:
            seen.add(key)
            unique.append(arg)
    return unique


def plover_records(docs: Iterable[Document | ErrorRecord]) -> Iterator[dict[str, Any]]:
    """One PLOVER-style record per event (error records and documents without events give none).

    Fields: ``id``, ``event``, ``mode``, ``context``, ``date`` (ISO 8601, of the stated precision),
    ``actor`` and ``recipient`` (lists of ``{entity_text, code, sector, country, kb_id, canonical,
    label}``: compound actors stay one list, as in PLOVER), ``event_loc``, ``event_text`` (the sentence),
    ``text_info`` (character offsets of the trigger, sentence and every argument in the source document),
    plus hindinews's own ``event_type``, ``modality``, ``confidence`` and ``doc_id``.
    """
    for doc in docs:
        if isinstance(doc, ErrorRecord):
            continue
        for index, event in enumerate(doc.events):
            sentence = doc.sentences[event.sentence] if event.sentence < len(doc.sentences) else None
            recipients = _recipients(event)
            location = _location(event)
            date = event.date
            yield {
                "id": event_id(doc, index),
                "event": event.plover.type,
                "mode": event.plover.mode,
                "context": [event.context],
                "date": date.value if date else None,
                "date_precision": date.precision if date else None,
                "date_resolved": date.anchored if date else None,
                "publication_date": doc.published.isoformat() if doc.published else None,
                "actor": [_plover_actor(a) for a in event.actors],
                "recipient": [_plover_actor(a) for a in recipients],
                "event_loc": None
                if location is None
                else {
                    "entity_text": location.text,
                    "kb_id": location.kb_id,
                    "canonical": location.canonical,
                    "code": location.code,
                },
                "event_text": sentence.text if sentence else None,
                "event_type": event.type,
                "modality": event.modality,
                "confidence": event.confidence,
                "language": "hi",
                "doc_id": doc.id,
                "text_info": {
                    "trigger": _offsets(event.trigger),
                    "sentence": None
                    if sentence is None
                    else {"index": event.sentence, "start": sentence.start, "end": sentence.end},
                    "actor": [_offsets(a) for a in event.actors],
                    "recipient": [_offsets(a) for a in recipients],
                    "event_loc": None if location is None else _offsets(location),
                    "date": None if date is None else _offsets(date),
                },
            }


def write_plover(docs: Iterable[Document | ErrorRecord], path: str | Path) -> int:
    """Write :func:`plover_records` as JSONL (UTF-8); returns the number of events written."""
    count = 0
    with Path(path).open("w", encoding="utf-8") as file:
        for record in plover_records(docs):
            file.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count
