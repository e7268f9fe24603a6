"""DataFrames, Parquet/CSV tables and PLOVER records from Documents."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from typer.testing import CliRunner

import hindinews
from hindinews import Pipeline
from hindinews.cli import app
from hindinews.export import (
    FRAME_COLUMNS,
    period_start,
    plover_records,
    split_code,
    to_frames,
    write_plover,
    write_tables,
)
from hindinews.schema import (
    Argument,
    Document,
    Entity,
    ErrorRecord,
    Meet,
    Plover,
    Span,
    TimeExpression,
    Visit,
)

TEXT = (
    "जापानी प्रतिनिधिमंडल हनोई पहुंचा\n\n"
    "जापान के उप विदेश मंत्री मंगलवार को हनोई पहुंचे। उन्होंने वियतनाम के राष्ट्रपति से मुलाकात की।"
)


def at(text: str, occurrence: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return {"text": text, "start": start, "end": start + len(text)}


@pytest.fixture(scope="module")
def doc() -> Document:
    doc = Pipeline(components=["segment"])(TEXT, "2025-03-05", id="jp-vn-1", meta={"source": "test"})
    japan = Argument(**at("जापान"), kb_id="jpn", canonical="Japan", code="JPNGOV", label="LOC")
    hanoi = Argument(**at("हनोई", 1), kb_id="hanoi", canonical="Hanoi", code="VNM", label="LOC")
    vietnam = Argument(**at("वियतनाम"), kb_id="vnm", canonical="Vietnam", code="VNM", label="LOC")
    tuesday = TimeExpression(**at("मंगलवार"), value="2025-03-04", precision="day", anchored=True, sentence=1)
    doc.entities = [
        Entity(**at("जापान"), label="LOC", kb_id="jpn", canonical="Japan", code="JPN", sentence=1),
        Entity(**at("हनोई", 1), label="LOC", kb_id="hanoi", canonical="Hanoi", sentence=1),
        Entity(**at("वियतनाम"), label="LOC", kb_id="vnm", canonical="Vietnam", code="VNM", sentence=2,
               source="gazetteer"),
    ]
    doc.times = [tuesday]
    doc.events = [
        Visit(trigger=Span(**at("पहुंचे")), actors=[japan], destination=hanoi, date=tuesday, sentence=1,
              confidence=0.9, plover=Plover(type="CONSULT", mode="visit")),
        Meet(trigger=Span(**at("मुलाकात")), actors=[japan], counterparts=[vietnam], sentence=2,
             modality="reported", confidence=0.6, plover=Plover(type="CONSULT")),
    ]
    doc.check_offsets()
    return doc


def test_frames_have_the_documented_columns_even_when_empty() -> None:
    frames = to_frames([])
    assert list(frames) == ["documents", "entities", "times", "events", "arguments", "errors"]
    for name, frame in frames.items():
        assert list(frame.columns) == [c.name for c in FRAME_COLUMNS[name]]
        assert frame.empty
    assert str(frames["events"]["date_start"].dtype) == "datetime64[s]"
    assert str(frames["entities"]["start"].dtype) == "int64"
    assert str(frames["errors"]["line"].dtype) == "Int64"


def test_frames_of_a_document(doc: Document) -> None:
    frames = hindinews.to_frames([doc, ErrorRecord(id="x", line=3, error="missing_text", message="no text")])
    documents = frames["documents"]
    assert documents.loc[0, "doc_id"] == "jp-vn-1"
    assert documents.loc[0, "headline"] == "जापानी प्रतिनिधिमंडल हनोई पहुंचा"
    assert documents.loc[0, "published"] == pd.Timestamp("2025-03-05")
    assert documents.loc[0, "n_events"] == 2 and json.loads(documents.loc[0, "meta"]) == {"source": "test"}

    entities = frames["entities"]
    assert list(entities["kb_id"]) == ["jpn", "hanoi", "vnm"]
    assert pd.isna(entities.loc[1, "code"]) and entities.loc[2, "source"] == "gazetteer"
    for row in entities.itertuples():
        assert TEXT[row.start : row.end] == row.text

    times = frames["times"]
    assert times.loc[0, "date_start"] == pd.Timestamp("2025-03-04") and bool(times.loc[0, "anchored"])

    events = frames["events"]
    visit, meet = events.iloc[0], events.iloc[1]
    assert visit["event_id"] == "jp-vn-1#0" and visit["type"] == "VISIT"
    assert visit["plover_event"] == "CONSULT" and visit["plover_mode"] == "visit"
    assert visit["actors"] == ["Japan"] and visit["actor_codes"] == ["JPNGOV"]
    assert visit["location"] == "Hanoi"  # a visit's destination where no location is given
    assert visit["date"] == "2025-03-04" and visit["date_start"] == pd.Timestamp("2025-03-04")
    assert visit["sentence_text"] == "जापान के उप विदेश मंत्री मंगलवार को हनोई पहुंचे।"
    assert pd.isna(meet["date"]) and pd.isna(meet["date_start"]) and meet["modality"] == "reported"
    assert TEXT[visit["trigger_start"] : visit["trigger_end"]] == visit["trigger_text"] == "पहुंचे"

    arguments = frames["arguments"]
    assert list(zip(arguments["event_id"], arguments["role"], strict=True)) == [
        ("jp-vn-1#0", "actors"), ("jp-vn-1#0", "destination"), ("jp-vn-1#1", "actors"),
        ("jp-vn-1#1", "counterparts"),
    ]
    assert frames["errors"].loc[0, "error"] == "missing_text" and frames["errors"].loc[0, "line"] == 3
    assert list(hindinews.to_frames(doc)["documents"]["doc_id"]) == ["jp-vn-1"]  # one Document works too


def test_period_start_and_codes() -> None:
    assert period_start("2025-01-28") == dt.date(2025, 1, 28)
    assert period_start("2024-12") == dt.date(2024, 12, 1)
    assert period_start("2025") == dt.date(2025, 1, 1)
    assert period_start("2025-W36") == dt.date(2025, 9, 1)
    assert period_start("199") == dt.date(1990, 1, 1)
    assert period_start("18") == dt.date(1800, 1, 1)
    assert period_start("P9D") is None and period_start(None) is None and period_start("2025-02-30") is None
    assert split_code("JPNGOV") == ("JPN", "GOV")
    assert split_code("VNM") == ("VNM", None)
    assert split_code("IGOUNO") == (None, "IGO")
    assert split_code(None) == (None, None)


def test_plover_records(doc: Document) -> None:
    visit, meet = list(plover_records([doc, ErrorRecord(line=1, error="broken_json", message="x")]))
    assert visit["id"] == "jp-vn-1#0" and visit["event"] == "CONSULT" and visit["mode"] == "visit"
    assert visit["date"] == "2025-03-04" and visit["date_resolved"] is True
    assert visit["publication_date"] == "2025-03-05" and visit["context"] == ["diplomatic"]
    assert visit["actor"] == [{"entity_text": "जापान", "code": "JPNGOV", "sector": "GOV", "country": "JPN",
                               "kb_id": "jpn", "canonical": "Japan", "label": "LOC"}]
    assert [r["canonical"] for r in visit["recipient"]] == ["Hanoi"]  # no host named: the destination
    assert visit["event_loc"]["canonical"] == "Hanoi"
    assert visit["event_text"] == "जापान के उप विदेश मंत्री मंगलवार को हनोई पहुंचे।"
    info = visit["text_info"]
    for span in [info["trigger"], info["date"], info["event_loc"], *info["actor"], *info["recipient"]]:
        assert TEXT[span["start"] : span["end"]] == span["text"]
    assert TEXT[info["sentence"]["start"] : info["sentence"]["end"]] == visit["event_text"]
    assert [r["canonical"] for r in meet["recipient"]] == ["Vietnam"] and meet["mode"] is None
    assert meet["date"] is None


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_tables_round_trip(tmp_path: Path, doc: Document, fmt: str) -> None:
    counts = write_tables([doc] * 3, tmp_path, fmt=fmt, chunk_size=2)  # two chunks, one schema
    assert counts["documents"] == 3 and counts["events"] == 6 and counts["errors"] == 0
    read = pd.read_parquet if fmt == "parquet" else pd.read_csv
    for name in FRAME_COLUMNS:
        table = read(tmp_path / f"{name}.{fmt}")
        assert list(table.columns) == [c.name for c in FRAME_COLUMNS[name]]
    events = read(tmp_path / f"events.{fmt}")
    actors = events.loc[0, "actors"]
    assert (list(actors) if fmt == "parquet" else json.loads(actors)) == ["Japan"]


def test_empty_input_still_writes_every_table(tmp_path: Path) -> None:
    write_tables([], tmp_path / "t", fmt="parquet")
    assert sorted(p.name for p in (tmp_path / "t").iterdir()) == sorted(f"{n}.parquet" for n in FRAME_COLUMNS)
    assert pd.read_parquet(tmp_path / "t" / "events.parquet").empty


def test_cli_export(tmp_path: Path, doc: Document) -> None:
    batch = tmp_path / "out.jsonl"
    error = ErrorRecord(line=2, error="broken_json", message="x")
    batch.write_text(doc.model_dump_json() + "\n" + error.model_dump_json() + "\n", encoding="utf-8")
    plover = tmp_path / "events.jsonl"
    result = CliRunner().invoke(app, ["export", str(batch), "-f", "plover", "-o", str(plover)])
    assert result.exit_code == 0, result.output
    lines = plover.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["event_type"] for line in lines] == ["VISIT", "MEET"]
    assert write_plover([doc], tmp_path / "again.jsonl") == 2

    result = CliRunner().invoke(app, ["export", str(batch), "-f", "csv", "-o", str(tmp_path / "csv")])
    assert result.exit_code == 0, result.output
    assert len(pd.read_csv(tmp_path / "csv" / "errors.csv")) == 1
    result = CliRunner().invoke(app, ["export", str(batch), "-f", "xml", "-o", str(tmp_path / "x")])
    assert result.exit_code == 2 and "plover, parquet or csv" in result.output


def test_jupyter_display_highlights_entities_times_and_triggers(doc: Document) -> None:
    page = doc._repr_html_()
    assert page.count("<mark") == 6  # three entities, one time expression, two triggers
    for kind in ("LOC", "TIME", "EVENT"):
        assert f">{kind}</sub>" in page
    assert "<table>" in page and "CONSULT/visit" in page and "Hanoi" in page
