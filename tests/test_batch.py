"""The batch runner and worker processes: one output line per input record, in order, resumable."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from hindinews import Pipeline, pipeline
from hindinews.batch import BatchError, run_batch
from hindinews.cli import app
from hindinews.io import read_documents
from hindinews.schema import Document, ErrorRecord

LIGHT = ("segment", "times")

SENTENCES = (
    "विदेश मंत्री ने मंगलवार को ढाका में बांग्लादेश के विदेश सचिव से मुलाकात की।",
    "दोनों पक्षों ने सीमा व्यापार बढ़ाने पर सहमति जताई।",
    "संसद का शीतकालीन सत्र अगले सप्ताह से शुरू होगा।",
    "राज्यपाल ने नई सरकार के मंत्रियों को शपथ दिलाई।",
    "चुनाव आयोग ने मतदान की तारीखों का ऐलान कर दिया है।",
    "नौसेना प्रमुख तीन दिन की यात्रा पर श्रीलंका पहुंचे।",
)


def article(i: int) -> str:
    first, second = SENTENCES[i % len(SENTENCES)], SENTENCES[(i + 2) % len(SENTENCES)]
    return f"खबर संख्या {i}\n\n{first} {second}"


def good_record(i: int) -> dict[str, Any]:
    return {"id": f"a{i}", "text": article(i), "published": f"2025-02-{i % 28 + 1:02d}", "source": "test"}


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def read_lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def bad_corpus(tmp_path: Path) -> tuple[Path, dict[int, str]]:
    """Good records with one bad record of every kind; returns the file and line -> expected error kind."""
    lines = [json.dumps(good_record(i), ensure_ascii=False) for i in range(12)]
    bad = {
        3: json.dumps({"id": "no-text", "published": "2025-01-01"}),
        5: json.dumps({"id": "int-text", "text": 17}),
        6: '{"id": "broken", "text": "आधी पंक्ति',
        8: json.dumps(["a", "list"]),
        9: json.dumps({"id": "bad-date", "text": SENTENCES[0], "published": "2025-02-30"}),
        11: json.dumps({"id": "surrogate", "text": SENTENCES[1] + "\ud800"}),  # ASCII JSON, valid UTF-8 file
    }
    kinds = {3: "missing_text", 5: "invalid_text", 6: "broken_json", 8: "not_a_record", 9: "invalid_record",
             11: "internal_error"}
    for index, line in bad.items():
        lines[index] = line
    return write_jsonl(tmp_path / "in.jsonl", lines), {index + 1: kind for index, kind in kinds.items()}


@pytest.fixture(scope="module")
def light() -> Pipeline:
    return Pipeline(components=LIGHT)


def test_pipe_in_two_processes_matches_one_process(light: Pipeline) -> None:
    items: list[Any] = [good_record(i) for i in range(30)] + [article(99), "एक और छोटी खबर।"]
    one = [doc.model_dump_json() for doc in light.pipe(items, batch_size=4)]
    two = [doc.model_dump_json() for doc in light.pipe(items, batch_size=4, n_process=2)]
    assert two == one
    assert [json.loads(d)["id"] for d in two[:3]] == ["a0", "a1", "a2"]
    assert json.loads(two[0])["meta"] == {"source": "test"}


def test_pipe_in_workers_raises_on_a_bad_record(light: Pipeline) -> None:
    with pytest.raises(ValueError, match="no 'text'"):
        list(light.pipe([good_record(0), {"id": "x"}], batch_size=1, n_process=2))


def test_every_bad_record_becomes_an_error_record(tmp_path: Path, light: Pipeline) -> None:
    source, expected = bad_corpus(tmp_path)
    out = tmp_path / "out.jsonl"
    summary = run_batch(source, out, pipeline=light, batch_size=4, progress=False)
    rows = read_lines(out)
    assert len(rows) == 12
    assert summary.processed == 6 and summary.failed == 6
    assert dict(summary.errors) == {kind: 1 for kind in expected.values()}
    for number, row in enumerate(rows, start=1):
        if number in expected:
            error = ErrorRecord.model_validate(row)
            assert error.line == number and error.error == expected[number] and error.message
        else:
            doc = Document.model_validate(row)
            assert doc.id == f"a{number - 1}" and doc.meta == {"source": "test"}
    by_kind = {row["error"]: row for row in rows if "error" in row}
    assert by_kind["missing_text"]["id"] == "no-text"
    assert by_kind["broken_json"]["id"] is None
    assert "2025-02-30" in by_kind["invalid_record"]["message"]


def test_two_workers_write_the_same_output(tmp_path: Path) -> None:
    source, _ = bad_corpus(tmp_path)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run_batch(source, one, pipeline_kwargs={"components": LIGHT}, batch_size=3, progress=False)
    summary = run_batch(source, two, pipeline_kwargs={"components": LIGHT}, batch_size=3, n_process=2,
                        progress=False)
    assert two.read_bytes() == one.read_bytes()
    assert summary.failed == 6


class Exploding:
    """A stage that fails on one marked text, as a bug in a stage would."""

    name = "explode"

    def process(self, docs: list[Document], views: list[Any]) -> None:
        for doc in docs:
            if "विस्फोटक" in doc.text:
                raise RuntimeError("stage failed")


def test_an_internal_error_costs_only_its_own_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pipeline.COMPONENTS, "explode", lambda config: Exploding())
    records = [good_record(i) for i in range(6)]
    records[2]["text"] = "यह विस्फोटक खबर है।"
    source = write_jsonl(tmp_path / "in.jsonl", [json.dumps(r, ensure_ascii=False) for r in records])
    out = tmp_path / "out.jsonl"
    summary = run_batch(source, out, pipeline=Pipeline(components=("segment", "explode")), batch_size=6,
                        progress=False)
    rows = read_lines(out)
    assert [r["id"] for r in rows] == [f"a{i}" for i in range(6)]
    assert rows[2]["error"] == "internal_error" and "stage failed" in rows[2]["message"]
    assert summary.processed == 5 and summary.errors == {"internal_error": 1}


def test_csv_parquet_and_folder_inputs(tmp_path: Path, light: Pipeline) -> None:
    import pandas as pd

    frame = pd.DataFrame([good_record(i) for i in range(4)])
    frame.loc[1, "text"] = None
    frame.to_csv(tmp_path / "in.csv", index=False)
    frame.to_parquet(tmp_path / "in.parquet", index=False)
    for name in ("in.csv", "in.parquet"):
        out = tmp_path / f"{name}.jsonl"
        run_batch(tmp_path / name, out, pipeline=light, progress=False)
        rows = read_lines(out)
        assert [r["id"] for r in rows] == ["a0", "a1", "a2", "a3"], name
        assert rows[1]["error"] == "missing_text" and rows[1]["line"] == 2
        assert rows[2]["published"] == "2025-02-03" and rows[2]["meta"] == {"source": "test"}

    folder = tmp_path / "texts"
    (folder / "sub").mkdir(parents=True)
    (folder / "b.txt").write_text(article(1), encoding="utf-8")
    (folder / "sub" / "a.txt").write_text(article(2), encoding="utf-8")
    (folder / "c.txt").write_bytes("खबर".encode("utf-16"))
    (folder / "notes.md").write_text("not an input", encoding="utf-8")
    out = tmp_path / "folder.jsonl"
    run_batch(folder, out, pipeline=light, progress=False)
    rows = read_lines(out)
    assert [r["id"] for r in rows] == ["b", "c", "sub/a"]
    assert rows[1]["error"] == "invalid_encoding"
    assert rows[2]["text"] == article(2)


def test_blank_lines_are_not_records(tmp_path: Path, light: Pipeline) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"text": SENTENCES[0]}, ensure_ascii=False) + "\n\n  \n"
                      + json.dumps({"text": SENTENCES[1]}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch(source, out, pipeline=light, progress=False)
    assert [r["id"] for r in read_lines(out)] == ["1", "4"]  # no id: the line number stands in


def test_an_existing_output_needs_resume_or_overwrite(tmp_path: Path, light: Pipeline) -> None:
    source, _ = bad_corpus(tmp_path)
    out = tmp_path / "out.jsonl"
    run_batch(source, out, pipeline=light, progress=False)
    with pytest.raises(BatchError, match="--resume"):
        run_batch(source, out, pipeline=light, progress=False)
    summary = run_batch(source, out, pipeline=light, progress=False, resume=True)
    assert summary.written == 0 and summary.resumed_after == 12
    assert run_batch(source, out, pipeline=light, progress=False, overwrite=True).written == 12


def test_resume_cuts_a_partial_line_and_rejects_another_input(tmp_path: Path, light: Pipeline) -> None:
    source, _ = bad_corpus(tmp_path)
    full = tmp_path / "full.jsonl"
    run_batch(source, full, pipeline=light, progress=False)
    lines = full.read_bytes().splitlines(keepends=True)
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"".join(lines[:5]) + lines[5][: len(lines[5]) // 2])  # a crash in mid-write
    summary = run_batch(source, out, pipeline=light, progress=False, resume=True)
    assert summary.resumed_after == 5 and summary.cut_bytes > 0 and summary.written == 7
    assert out.read_bytes() == full.read_bytes()

    other = write_jsonl(tmp_path / "other.jsonl", [json.dumps(good_record(i + 50)) for i in range(12)])
    out.write_bytes(b"".join(lines[:5]))
    with pytest.raises(BatchError, match="not the output of this input"):
        run_batch(other, out, pipeline=light, progress=False, resume=True)


SLOW_RUN = textwrap.dedent("""
    import sys, time
    from hindinews import pipeline
    from hindinews.batch import run_batch

    class Slow:
        name = "slow"
        def process(self, docs, views):
            time.sleep(0.03 * len(docs))

    pipeline.COMPONENTS["slow"] = lambda config: Slow()
    run_batch(sys.argv[1], sys.argv[2], pipeline_kwargs={"components": ("segment", "slow")},
              batch_size=3, progress=False)
""")


def test_resume_after_kill_9_gives_every_id_once(tmp_path: Path) -> None:
    records = [good_record(i) for i in range(150)]
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines[40] = lines[40][:30]  # a broken line in the part that gets redone or kept
    lines[70] = json.dumps({"id": "a70"})
    source = write_jsonl(tmp_path / "in.jsonl", lines)
    out = tmp_path / "out.jsonl"
    script = tmp_path / "slow_run.py"
    script.write_text(SLOW_RUN, encoding="utf-8")
    process = subprocess.Popen([sys.executable, str(script), str(source), str(out)])
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if out.exists() and out.read_bytes().count(b"\n") >= 20:
                break
            assert process.poll() is None, "the run ended before it could be interrupted"
            time.sleep(0.01)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait()
    written = out.read_bytes().count(b"\n")
    assert 20 <= written < 150
    with out.open("ab") as file:  # as if the kill had come in the middle of a write
        file.write(b'{"schema_version":"1.0","id":"a')

    result = CliRunner().invoke(app, ["batch", str(source), "-o", str(out), "--resume", "--no-progress",
                                      "--components", "segment"])
    assert result.exit_code == 0, result.output
    rows = read_lines(out)
    expected_ids = [r["id"] for r in records]
    expected_ids[40] = None  # a broken line has no readable id: its error record carries the line
    assert [r["id"] for r in rows] == expected_ids
    assert rows[40]["error"] == "broken_json" and rows[40]["line"] == 41
    assert rows[70]["error"] == "missing_text"


def test_cli_batch_writes_parquet_and_export_writes_plover(tmp_path: Path) -> None:
    source, _ = bad_corpus(tmp_path)
    out, tables = tmp_path / "out.jsonl", tmp_path / "tables"
    result = CliRunner().invoke(app, ["batch", str(source), "-o", str(out), "--components", "segment,times",
                                      "--parquet", str(tables), "--no-progress"])
    assert result.exit_code == 0, result.output
    import pandas as pd

    documents = pd.read_parquet(tables / "documents.parquet")
    errors = pd.read_parquet(tables / "errors.parquet")
    assert len(documents) == 6 and len(errors) == 6
    assert sorted(errors["error"]) == sorted(
        ["missing_text", "invalid_text", "broken_json", "not_a_record", "invalid_record", "internal_error"])
    items = list(read_documents(out))
    assert sum(isinstance(i, ErrorRecord) for i in items) == 6

    plover = tmp_path / "events.jsonl"
    result = CliRunner().invoke(app, ["export", str(out), "--format", "plover", "-o", str(plover)])
    assert result.exit_code == 0, result.output
    assert plover.read_text(encoding="utf-8") == ""  # these stages find no events


def test_cli_batch_reports_bad_arguments(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["batch", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2 and "no such file" in result.output
    source, _ = bad_corpus(tmp_path)
    out = str(tmp_path / "o.jsonl")
    result = runner.invoke(app, ["batch", str(source), "-o", out, "--components", "nope"])
    assert result.exit_code == 2 and "unknown pipeline component" in result.output
    result = runner.invoke(app, ["batch", str(source), "-o", out, "--workers", "0"])
    assert result.exit_code == 2 and "at least 1" in result.output
