"""Documents per second of Pipeline.pipe with n_process=1 and n_process=2 (and more, if asked).

    python benchmarks/bench_batch.py                 # 2,000 articles, the full default pipeline
    python benchmarks/bench_batch.py -n 500 --components segment,times

The corpus comes from make_corpus.py (same seed, no bad records). For each process count it reports the
end-to-end rate (from the call to pipe() to the last Document, worker start-up and model loading in the
workers included) and the steady rate (from the first Document back to the last, i.e. without start-up).
The single-process Pipeline is built before timing starts, so its model loading is never counted; compare
its end-to-end rate with the others' steady rate for the pure scaling, and end-to-end with end-to-end for
what a user waits. Other busy processes on the machine distort the figures: the load average is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import make_lines

from hindinews import Pipeline
from hindinews.pipeline import DEFAULT_COMPONENTS


def measure(
    nlp: Pipeline, records: list[dict[str, object]], batch_size: int, n_process: int
) -> dict[str, float]:
    started = time.perf_counter()
    first = None
    count = 0
    entities = 0
    for doc in nlp.pipe(records, batch_size=batch_size, n_process=n_process):
        if first is None:
            first = time.perf_counter()
            first_count = 1
        count += 1
        entities += len(doc.entities)
    ended = time.perf_counter()
    assert count == len(records)
    assert first is not None
    steady_docs = count - first_count
    return {
        "n_process": n_process,
        "docs": count,
        "entities": entities,
        "seconds": round(ended - started, 2),
        "docs_per_s": round(count / (ended - started), 2),
        "steady_docs_per_s": round(steady_docs / (ended - first), 2) if ended > first else float("nan"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=2000, help="articles (default 2000)")
    parser.add_argument("--components", default=",".join(DEFAULT_COMPONENTS))
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--processes", default="1,2", help="process counts to compare (default 1,2)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()

    lines, _ = make_lines(args.n, seed=args.seed)
    records = [json.loads(line) for line in lines]
    components = tuple(c for c in args.components.split(",") if c)
    load_started = time.perf_counter()
    nlp = Pipeline(components=components)
    load_seconds = time.perf_counter() - load_started
    info = {
        "machine": platform.platform(), "cpus": os.cpu_count(), "load_average": os.getloadavg(),
        "components": list(components), "articles": len(records), "batch_size": args.batch_size,
        "mean_chars": round(sum(len(str(r["text"])) for r in records) / len(records)),
        "load_seconds": round(load_seconds, 2),
    }
    print(json.dumps(info, ensure_ascii=False))
    results = []
    for n_process in (int(p) for p in args.processes.split(",")):
        result = measure(nlp, records, args.batch_size, n_process)
        results.append(result)
        print(json.dumps(result))
    base = results[0]["docs_per_s"]
    for result in results[1:]:
        print(f"n_process={result['n_process']}: {result['docs_per_s'] / base:.2f}x end-to-end, "
              f"{result['steady_docs_per_s'] / base:.2f}x steady, "
              f"against n_process={results[0]['n_process']}")
    if args.json:
        args.json.write_text(json.dumps({"info": info, "results": results}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
