"""CI hook: the benchmark suite still runs in quick mode and writes valid results (numbers never asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "benchmarks" / "bench_pipeline.py"


def test_quick_benchmark_writes_json_and_markdown(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--quick", "--out", str(tmp_path)],
        capture_output=True, text=True, timeout=90, check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    for section in ("info", "stages", "end_to_end", "ner_vs_stanza", "times_vs_dateparser", "cold_start",
                    "length_growth", "profile", "verdicts"):
        assert section in results, section
    assert results["info"]["quick"] is True
    stages = [row["stage"] for row in results["stages"]["rows"]]
    assert stages == ["normalize+segment", "ner", "link", "times", "events", "end to end"]
    assert (tmp_path / "results.md").read_text(encoding="utf-8").startswith("# hindinews benchmark")
