from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-c", "from hindinews.cli import run; run()", *args],
        input=stdin, capture_output=True, timeout=300, check=False,
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.decode().startswith("hindinews ")


def test_schema_is_json_schema() -> None:
    result = run("schema")
    schema = json.loads(result.stdout)
    assert schema["title"] == "Document"
    assert {"text", "published", "parts", "sentences", "tokens", "entities", "times", "events"} <= set(
        schema["properties"]
    )


def test_missing_file_is_one_clear_line() -> None:
    result = run("extract", "/nonexistent/article.txt")
    assert result.returncode != 0
    err = result.stderr.decode()
    assert "no such file" in err and "Traceback" not in err


def test_bad_published_date_is_one_clear_line(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("भारत ने कहा।", encoding="utf-8")
    result = run("extract", str(article), "--published", "yesterday")
    assert result.returncode != 0
    assert "ISO 8601" in result.stderr.decode() and "Traceback" not in result.stderr.decode()


def test_non_utf8_input_is_refused_clearly() -> None:
    result = run("extract", "-", stdin="भारत".encode("utf-16"))
    assert result.returncode != 0
    assert "not UTF-8" in result.stderr.decode()


def test_extract_json_from_stdin_keeps_offsets() -> None:
    text = "सोमवार को भारत के विदेश मंत्री ढाका पहुँचे।"
    result = run("extract", "-", "--published", "2025-03-19", "--format", "json", stdin=text.encode())
    assert result.returncode == 0, result.stderr.decode()
    doc = json.loads(result.stdout)
    assert doc["text"] == text
    for token in doc["tokens"]:
        assert text[token["start"] : token["end"]] == token["text"]


def test_teaser_events_only_on_request() -> None:
    page = "मलेशिया के प्रधानमंत्री 2 जून 2025 को बैंकॉक पहुँचे।\n\nयह भी पढ़ें\nब्रिटेन ने ईरान पर नए प्रतिबंध लगाए\n"
    types = []
    for flags in ((), ("--teaser-events",)):
        result = run("extract", "-", "--format", "json", *flags, stdin=page.encode())
        assert result.returncode == 0, result.stderr.decode()
        types.append(sorted(e["type"] for e in json.loads(result.stdout)["events"]))
    assert types == [["VISIT"], ["SANCTION", "VISIT"]]
