"""Throughput of the full pipeline on pathological inputs (characters per second, at two sizes each).

    python benchmarks/bench_pathological.py [--size 1000000]

The inputs are the ones tests/test_reliability.py checks for linear time, at the sizes the reliability
issue names: 1 MB without a sentence end, 100,000 repetitions of one character, a line of 50,000 nukta
marks, deeply nested quotes, punctuation runs, digits with separators.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from hindinews import Pipeline  # noqa: E402
from test_reliability import PATHOLOGICAL  # noqa: E402  (the same inputs as the CI test)

SIZES = {
    "no sentence end": 1_000_000,
    "one character repeated": 100_000,
    "nukta marks": 50_000,
    "nested quotes": 100_000,
    "punctuation run": 100_000,
    "digits and separators": 100_000,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size (0.1 for a quick run)")
    args = parser.parse_args()
    nlp = Pipeline()
    nlp("भारत।")  # warm up
    rows = []
    for name, size in SIZES.items():
        text = PATHOLOGICAL[name](int(size * args.scale))
        started = time.perf_counter()
        doc = nlp(text)
        seconds = time.perf_counter() - started
        doc.check_offsets()
        rows.append({
            "input": name, "chars": len(text), "seconds": round(seconds, 3),
            "chars_per_s": round(len(text) / seconds), "tokens": len(doc.tokens), "sentences": len(doc.sentences),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        })
        print(json.dumps(rows[-1], ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
