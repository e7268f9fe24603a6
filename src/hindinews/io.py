"""Reading input archives record by record, and reading back the batch output.

Inputs: JSONL (one JSON object per line: ``id``, ``text``, optional ``published`` and any other fields),
CSV (a header row; the same column names), Parquet (the same columns), or a folder of ``.txt`` files (the
file's path relative to the folder, without ``.txt``, is its id). Readers never parse more than they must:
a JSONL line travels to the worker as raw text and is parsed there, so a broken line becomes an error
record in the same place as any other bad record.

Every input record has a ``line``: the 1-based line of a JSONL file, the 1-based data row of a CSV or
Parquet file, or the 1-based position of a file in the sorted folder listing. Blank JSONL lines are not
records (and get no output line).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from hindinews.schema import Document, ErrorRecord

InputFormat = Literal["jsonl", "csv", "parquet", "folder"]
INPUT_FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet", "folder")


@dataclass(frozen=True)
class InputRecord:
    """One input record as read, before any validation.

    ``raw`` is an unparsed JSONL line, ``record`` a CSV/Parquet row or a ``.txt`` file; ``error`` is
    ``(kind, message)`` for what could not even be read (bytes that are not UTF-8), with ``record`` then
    holding whatever is known (the id of a file).
    """

    line: int
    raw: str | None = None
    record: dict[str, Any] | None = None
    error: tuple[str, str] | None = None


def detect_format(path: Path) -> InputFormat:
    if path.is_dir():
        return "folder"
    suffix = path.name.lower()
    for ending in (".gz", ".bz2", ".xz"):
        if suffix.endswith(ending):
            raise ValueError(f"{path}: compressed input is not supported; decompress it first")
    if suffix.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    if suffix.endswith((".csv", ".tsv")):
        return "csv"
    if suffix.endswith((".parquet", ".pq")):
        return "parquet"
    raise ValueError(
        f"{path}: cannot tell the input format from the name; use .jsonl, .csv, .parquet or a folder of "
        "'.txt' files, or pass the format explicitly (--input-format)"
    )


def read_records(path: str | Path, fmt: InputFormat | None = None) -> Iterator[InputRecord]:
    """The records of ``path`` in input order (``fmt`` defaults to the one its name says)."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file or folder")
    fmt = fmt or detect_format(path)
    if fmt == "jsonl":
        return _read_jsonl(path)
    if fmt == "csv":
        return _read_csv(path)
    if fmt == "parquet":
        return _read_parquet(path)
    if fmt == "folder":
        return _read_folder(path)
    raise ValueError(f"unknown input format {fmt!r}; choose from {', '.join(INPUT_FORMATS)}")


def count_records(path: str | Path, fmt: InputFormat | None = None) -> int:
    """How many records :func:`read_records` will yield (cheaply, for a progress bar's total)."""
    path = Path(path)
    fmt = fmt or detect_format(path)
    if fmt == "jsonl":
        count = 0
        with path.open("rb") as file:
            for raw in file:
                if raw.strip():
                    count += 1
        return count
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return int(pq.ParquetFile(path).metadata.num_rows)
    if fmt == "folder":
        return len(_text_files(path))
    return sum(1 for _ in _read_csv(path))


def _read_jsonl(path: Path) -> Iterator[InputRecord]:
    with path.open("rb") as file:
        for number, raw in enumerate(file, start=1):
            if not raw.strip():
                continue
            try:
                text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield InputRecord(
                    number,
                    error=(
                        "invalid_encoding",
                        f"line {number} is not UTF-8 ({exc.reason} at byte {exc.start})",
                    ),
                )
                continue
            yield InputRecord(number, raw=text)


def _read_csv(path: Path) -> Iterator[InputRecord]:
    # Texts are long: lift the csv module's default 128 KiB field limit.
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    delimiter = "\t" if path.name.lower().endswith(".tsv") else ","
    with path.open(encoding="utf-8-sig", newline="") as file:
        reader = csv.DictReader(file, delimiter=delimiter)
        for number, row in enumerate(reader, start=1):
            # A row longer than the header puts its extra cells under the key None: keep them visible.
            record = {str(k) if k is not None else "_extra": v for k, v in row.items()}
            # CSV has no null: an empty id, text or date cell means there is none.
            for key in ("id", "text", "published"):
                if record.get(key) == "":
                    record[key] = None
            yield InputRecord(number, record=record)


def _read_parquet(path: Path) -> Iterator[InputRecord]:
    import pyarrow.parquet as pq

    number = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=1024):
        for row in batch.to_pylist():
            number += 1
            yield InputRecord(number, record=row)


def _text_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.txt") if p.is_file())


def _read_folder(folder: Path) -> Iterator[InputRecord]:
    for number, file in enumerate(_text_files(folder), start=1):
        doc_id = file.relative_to(folder).with_suffix("").as_posix()
        try:
            text = file.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            yield InputRecord(
                number,
                record={"id": doc_id},
                error=("invalid_encoding", f"{file.name} is not UTF-8 ({exc.reason} at byte {exc.start})"),
            )
            continue
        yield InputRecord(number, record={"id": doc_id, "text": text, "file": file.name})


def parse_record(item: InputRecord) -> dict[str, Any]:
    """The record as a dict; ValueError naming the line for a line that is not a JSON object."""
    if item.record is not None:
        return item.record
    assert item.raw is not None
    try:
        value = json.loads(item.raw)
    except json.JSONDecodeError as exc:
        raise BrokenLine(f"line {item.line} is not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(value, dict):
        raise NotARecord(
            f"line {item.line} is a JSON {type(value).__name__}, not an object with 'id' and 'text'"
        )
    return value


class BrokenLine(ValueError):
    """A JSONL line that is not JSON."""


class NotARecord(ValueError):
    """A JSONL line that is JSON but not an object."""


def id_of(record: Mapping[str, Any], line: int) -> str:
    """The id an output line carries: the record's ``id`` as a string, else its line number."""
    raw_id = record.get("id")
    return str(line) if raw_id is None or raw_id == "" else str(raw_id)


def record_id(item: InputRecord) -> str | None:
    """The id the output line for ``item`` will carry; None for a line that is not a JSON object."""
    try:
        record = parse_record(item) if item.error is None else (item.record or {})
    except ValueError:
        return None
    return id_of(record, item.line)


def read_documents(path: str | Path) -> Iterator[Document | ErrorRecord]:
    """The batch output (JSONL of Documents and error records) as objects, in file order."""
    with Path(path).open(encoding="utf-8") as file:
        for number, line in enumerate(file, start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(
                    f"{path}, line {number}: not valid JSON ({exc.msg}); is this a 'hindinews batch' output?"
                ) from None
            if "error" in value and "text" not in value:
                yield ErrorRecord.model_validate(value)
            else:
                yield Document.model_validate(value)
