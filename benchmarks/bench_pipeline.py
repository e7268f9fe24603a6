"""The benchmark suite: every stage and the whole pipeline, side by side with the tools a user would use.

    python benchmarks/bench_pipeline.py                  # the full run (several minutes)
    python benchmarks/bench_pipeline.py --quick          # small inputs, for CI: it keeps the script working
    python benchmarks/bench_pipeline.py --out benchmarks/results -n 300

Writes ``results.json`` and ``results.md`` to ``--out``. The corpus is built by ``make_corpus.py`` (same seed,
same articles every run): pseudo-articles of IL-NER train/dev and HiNER part-A sentences, or of the project's
examples where /work/shared is absent. torch runs on one thread throughout (``torch.set_num_threads(1)``).

Sections (each a key of results.json):

- ``stages``: a Pipeline's components timed one by one, ``process(docs, views)`` over batches of documents
  (normalize + segment counted together), then per article: each document alone through every stage, for
  p50/p95 latency.
- ``end_to_end``: ``Pipeline.pipe`` over the corpus with ``n_process=1`` and ``n_process=2`` (the
  single-process Pipeline is built before timing; the two-process rate is given with and without worker
  start-up).
- ``ner_vs_stanza``: our NER stage against a plain ``stanza.Pipeline`` with the same model files over the
  same token lists, batch by batch, taking turns (so both see the same load on a shared machine).
- ``times_vs_dateparser``: the time-expression stage against ``dateparser.search.search_dates(text,
  languages=['hi'])`` over the same texts, text by text, taking turns (as ``bench_temporal.py`` does).
- ``cold_start``: a fresh interpreter that imports hindinews, builds the default Pipeline and processes one
  article, then a few dozen more; it reports its own peak RSS (the default models loaded and in use).
- ``length_growth``: one document of 1,000 to 1,000,000 characters; time per character should stay flat.
- ``profile``: cProfile over the full pipeline; own time grouped by module, and the top functions.

Numbers from a busy machine are noisy: the load average is recorded at the start and at the end.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import io
import json
import os
import platform
import pstats
import resource
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import torch  # noqa: E402

torch.set_num_threads(1)

from bench_batch import measure  # noqa: E402
from make_corpus import make_lines  # noqa: E402

from hindinews import Pipeline  # noqa: E402
from hindinews.normalize import Normalized, normalize  # noqa: E402
from hindinews.pipeline import DEFAULT_COMPONENTS  # noqa: E402
from hindinews.schema import Document  # noqa: E402

LIGHT_COMPONENTS = ("segment", "link", "times", "events")  # everything but the statistical NER model
PUBLISHED = "2025-09-10"

TARGETS = {
    "end_to_end_tokens_per_s": ">= 4,000 tokens/s, one process, one torch thread",
    "ner_vs_stanza": "NER stage <= 1.2x plain Stanza on the same model",
    "times_vs_dateparser": "time stage >= 20x faster than search_dates",
    "cold_start_s": "import + first document <= 3 s",
    "peak_rss_mb": "peak RSS <= 1 GB with the default models loaded",
    "n_process_2_speedup": "n_process=2 >= 1.7x n_process=1",
    "length_growth": "time per character flat from 1 KB to 1 MB",
}


# --- helpers -------------------------------------------------------------------------------------------


def records_for(n: int, seed: int) -> list[dict[str, Any]]:
    lines, _ = make_lines(n, seed=seed)
    return [json.loads(line) for line in lines]


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100), linear between the closest ranks."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = (len(ordered) - 1) * q / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)  # ru_maxrss is in KiB on Linux


def batches(items: list[Any], size: int) -> list[list[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def fresh_docs(records: list[dict[str, Any]]) -> list[Document]:
    return [Pipeline.make_doc(r["text"], r.get("published"), id=r.get("id")) for r in records]


def sentences_of(doc: Document) -> list[list[str]]:
    """The token lists the NER stage sends to the model: the normalized tokens of each sentence."""
    by_sentence: dict[int, list[str]] = {}
    for token in doc.tokens:
        by_sentence.setdefault(token.sentence, []).append(token.norm)
    return list(by_sentence.values())


def rate(amount: float, seconds: float) -> float:
    return round(amount / seconds, 1) if seconds > 0 else float("nan")


# --- stages ------------------------------------------------------------------------------------------


def time_stages(nlp: Pipeline, records: list[dict[str, Any]], batch_size: int, latency_docs: int) -> dict[str, Any]:
    """Seconds per stage over batches, and per-article latency of each stage and of the whole."""
    stage_names = ["normalize+segment", *[c.name for c in nlp.components if c.name != "segment"]]
    # One-time work (lazy lexicons, regex compilation) belongs to cold start, not to the stages' rates.
    for _ in nlp.pipe(records[:2]):
        pass
    totals: dict[str, float] = defaultdict(float)
    tokens = chars = 0
    for chunk in batches(records, batch_size):
        docs = fresh_docs(chunk)
        started = time.perf_counter()
        views = [normalize(doc.text) for doc in docs]
        normalized = time.perf_counter()
        totals["normalize+segment"] += normalized - started
        for component in nlp.components:
            started = time.perf_counter()
            component.process(docs, views)
            name = "normalize+segment" if component.name == "segment" else component.name
            totals[name] += time.perf_counter() - started
        tokens += sum(len(d.tokens) for d in docs)
        chars += sum(len(d.text) for d in docs)

    latencies: dict[str, list[float]] = defaultdict(list)
    for record in records[:latency_docs]:
        [doc] = fresh_docs([record])
        whole = time.perf_counter()
        started = whole
        view = normalize(doc.text)
        for component in nlp.components:
            component.process([doc], [view])
            now = time.perf_counter()
            name = "normalize+segment" if component.name == "segment" else component.name
            latencies[name].append(now - started)
            started = now
        latencies["end to end"].append(time.perf_counter() - whole)
        # A segment stage's latency includes normalize(), which ran before the first component.

    total = sum(totals.values())
    rows = []
    for name in [*stage_names, "end to end"]:
        seconds = total if name == "end to end" else totals[name]
        lat = latencies[name]
        rows.append({
            "stage": name,
            "seconds": round(seconds, 3),
            "share": round(seconds / total, 3) if total else float("nan"),
            "tokens_per_s": rate(tokens, seconds),
            "docs_per_s": rate(len(records), seconds),
            "p50_ms": round(1000 * percentile(lat, 50), 2),
            "p95_ms": round(1000 * percentile(lat, 95), 2),
        })
    return {
        "docs": len(records), "tokens": tokens, "chars": chars, "batch_size": batch_size,
        "latency_docs": min(latency_docs, len(records)), "rows": rows,
    }


# --- end to end ----------------------------------------------------------------------------------------


def end_to_end(nlp: Pipeline, records: list[dict[str, Any]], batch_size: int, tokens: int) -> dict[str, Any]:
    one = measure(nlp, records, batch_size, 1)
    two = measure(nlp, records, batch_size, 2)
    for result in (one, two):
        result["tokens_per_s"] = rate(tokens, result["seconds"])
    return {
        "components": list(nlp.component_names),
        "n_process_1": one,
        "n_process_2": two,
        # Scaling: the workers' rate once started against the single process (whose models were loaded
        # before timing); what a user waits: end to end against end to end.
        "speedup_steady": round(two["steady_docs_per_s"] / one["docs_per_s"], 2),
        "speedup_end_to_end": round(two["docs_per_s"] / one["docs_per_s"], 2),
        "worker_peak_rss_mb": peak_rss_mb(resource.RUSAGE_CHILDREN),
    }


# --- NER against plain Stanza ------------------------------------------------------------------------


def plain_stanza(nlp: Pipeline) -> Any:
    import stanza

    from hindinews.ner.model import locate

    ner = next(c for c in nlp.components if c.name == "ner")
    files = locate(nlp.config.model_dir)
    return stanza.Pipeline(
        lang="hi", dir=str(files.root), processors="tokenize,ner", tokenize_pretokenized=True,
        ner_model_path=str(files.tagger), ner_pretrain_path=str(files.pretrain),
        # The same batch size as our stage: the comparison is about what we do around the model.
        ner_batch_size=getattr(ner, "batch_size", 256),
        download_method=None, allow_unknown_language=True, use_gpu=False, logging_level="ERROR",
    )


class TimedCall:
    """Wraps a callable and adds up the seconds spent in it (to split the NER stage: Stanza vs ours)."""

    def __init__(self, function: Callable[..., Any]) -> None:
        self.function = function
        self.seconds = 0.0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return self.function(*args, **kwargs)
        finally:
            self.seconds += time.perf_counter() - started


def ner_vs_stanza(
    nlp: Pipeline, records: list[dict[str, Any]], batch_size: int, rounds: int
) -> dict[str, Any]:
    """Per batch, the faster of ``rounds`` runs of each side (a shared machine only ever adds time)."""
    ner = next(c for c in nlp.components if c.name == "ner")
    segment = next(c for c in nlp.components if c.name == "segment")
    plain = plain_stanza(nlp)
    warm = fresh_docs(records[:2])
    warm_views = [normalize(d.text) for d in warm]
    segment.process(warm, warm_views)
    ner.process(warm, warm_views)
    plain([s for d in warm for s in sentences_of(d)])
    # The stage's own Stanza pipeline, timed from inside the stage: the rest of the stage is our work
    # (token lists, windows, tag repair, Entity objects), a figure the machine's load hardly disturbs.
    inner = TimedCall(ner._nlp)
    ner._nlp = inner
    ours = theirs = inside = 0.0
    tokens = 0
    for index, chunk in enumerate(batches(records, batch_size)):
        docs = fresh_docs(chunk)
        views = [normalize(d.text) for d in docs]
        segment.process(docs, views)
        sentences = [s for d in docs for s in sentences_of(d)]
        tokens += sum(len(s) for s in sentences)

        def run_ours(docs: list[Document] = docs, views: list[Normalized] = views) -> None:
            ner.process(docs, views)

        def run_plain(sentences: list[list[str]] = sentences) -> None:
            plain(sentences)

        # Taking turns which goes first, so neither always runs right after the other's cache warm-up.
        order: list[tuple[str, Callable[[], None]]] = [("ours", run_ours), ("plain", run_plain)]
        best = {"ours": float("inf"), "plain": float("inf"), "inside": float("inf")}
        for round_index in range(rounds):
            for who, run in order if (index + round_index) % 2 == 0 else order[::-1]:
                before = inner.seconds
                started = time.perf_counter()
                run()
                best[who] = min(best[who], time.perf_counter() - started)
                if who == "ours":
                    best["inside"] = min(best["inside"], inner.seconds - before)
        ours += best["ours"]
        theirs += best["plain"]
        inside += best["inside"]
    ner._nlp = inner.function
    return {
        "docs": len(records), "tokens": tokens, "batch_size_docs": batch_size,
        "stage_seconds": round(ours, 3), "plain_stanza_seconds": round(theirs, 3),
        "stage_tokens_per_s": rate(tokens, ours), "plain_stanza_tokens_per_s": rate(tokens, theirs),
        "ratio": round(ours / theirs, 3) if theirs else float("nan"),
        "rounds": rounds,
        "stage_seconds_inside_stanza": round(inside, 3),
        "stage_seconds_outside_stanza": round(ours - inside, 3),
        "own_overhead_share": round((ours - inside) / inside, 3) if inside else float("nan"),
    }


# --- time expressions against dateparser ---------------------------------------------------------------


def times_vs_dateparser(nlp: Pipeline, records: list[dict[str, Any]]) -> dict[str, Any]:
    from dateparser.search import search_dates

    times = next(c for c in nlp.components if c.name == "times")
    segment = next(c for c in nlp.components if c.name == "segment")
    warm = "कल 5 मार्च 2024 को बैठक हुई।"  # loads lexicons and dateparser's language data before timing
    search_dates(warm, languages=["hi"])
    [warm_doc] = fresh_docs([{"text": warm, "published": PUBLISHED}])
    warm_view = normalize(warm)
    segment.process([warm_doc], [warm_view])
    times.process([warm_doc], [warm_view])
    ours = theirs = 0.0
    found_ours = found_theirs = 0
    chars = 0
    for record in records:
        # The stage alone, as the pipeline runs it: over a document already normalized and segmented.
        [doc] = fresh_docs([record])
        view = normalize(doc.text)
        segment.process([doc], [view])
        chars += len(doc.text)
        started = time.perf_counter()
        times.process([doc], [view])
        ours += time.perf_counter() - started
        started = time.perf_counter()
        found = search_dates(doc.text, languages=["hi"])
        theirs += time.perf_counter() - started
        found_ours += len(doc.times)
        found_theirs += len(found or [])
    return {
        "docs": len(records), "chars": chars,
        "stage_seconds": round(ours, 4), "search_dates_seconds": round(theirs, 3),
        "stage_chars_per_s": rate(chars, ours), "search_dates_chars_per_s": rate(chars, theirs),
        "speedup": round(theirs / ours, 1) if ours else float("nan"),
        "expressions_stage": found_ours, "expressions_search_dates": found_theirs,
    }


# --- cold start -----------------------------------------------------------------------------------------

COLD_START = r"""
import time
started = time.perf_counter()
import json, resource, sys
from hindinews import Pipeline
imported = time.perf_counter()
nlp = Pipeline(components=COMPONENTS)
built = time.perf_counter()
records = json.loads(sys.stdin.read())
nlp(records[0]["text"], records[0]["published"])
first = time.perf_counter()
rss_first = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
for _ in nlp.pipe(records[1:], batch_size=32):
    pass
print(json.dumps({
    "import_s": imported - started, "build_s": built - imported, "first_doc_s": first - built,
    "cold_start_s": first - started, "peak_rss_mb_first_doc": rss_first,
    "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "docs": len(records),
}))
"""


BUILD_BREAKDOWN = r"""
import time
started = time.perf_counter()
import json
import hindinews
from hindinews.pipeline import COMPONENTS, PipelineConfig
out = {"import hindinews": time.perf_counter() - started}
if "ner" in COMPONENT_NAMES:
    started = time.perf_counter()
    import stanza
    out["import stanza (and torch)"] = time.perf_counter() - started
    from hindinews.ner.model import default_model_dir, verify
    started = time.perf_counter()
    verify(default_model_dir())
    out["model manifest SHA-256 check"] = time.perf_counter() - started
config = PipelineConfig(None, None)
for name in COMPONENT_NAMES:
    started = time.perf_counter()
    COMPONENTS[name](config)
    label = f"build {name}" + (" (repeats the manifest check)" if name == "ner" else "")
    out[label] = time.perf_counter() - started
print(json.dumps(out))
"""


def build_breakdown(components: Sequence[str]) -> dict[str, float]:
    """Seconds for each part of building a Pipeline, in a fresh interpreter, in the order they run.

    The first component that needs the knowledge base loads it (it is cached per process after that).
    """
    code = BUILD_BREAKDOWN.replace("COMPONENT_NAMES", repr(tuple(components)))
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
    )
    if done.returncode != 0:
        raise RuntimeError(f"the build-breakdown process failed:\n{done.stderr}")
    parts: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return {k: round(v, 3) for k, v in parts.items()}


def cold_start(records: list[dict[str, Any]], components: Sequence[str]) -> dict[str, Any]:
    """A fresh interpreter: import, build the Pipeline, one document; then the rest, for peak RSS.

    torch is not imported up front: the Pipeline sets one thread itself (``torch_threads=1``) when it loads
    the NER model, as a user's process would.
    """
    code = COLD_START.replace("COMPONENTS", repr(tuple(components)))
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code], input=json.dumps(records, ensure_ascii=False), capture_output=True,
        text=True, check=False, env={**os.environ, "PYTHONPATH": str(REPO / "src")},
    )
    if done.returncode != 0:
        raise RuntimeError(f"the cold-start process failed:\n{done.stderr}")
    wall = time.perf_counter() - started
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result = {k: round(v, 3) if isinstance(v, float) else v for k, v in result.items()}
    result["components"] = list(components)
    result["process_wall_s"] = round(wall, 3)  # includes interpreter start and the remaining documents
    result["build_breakdown_s"] = build_breakdown(components)
    return result


# --- growth with length ----------------------------------------------------------------------------------


def long_text(records: list[dict[str, Any]], size: int, offset: int) -> str:
    """About ``size`` characters of whole articles (cut at the last sentence end before ``size``)."""
    parts: list[str] = []
    length = 0
    i = offset
    while length < size:
        text = str(records[i % len(records)]["text"])
        parts.append(text)
        length += len(text) + 2
        i += 1
    text = "\n\n".join(parts)[:size]
    cut = text.rfind("।")
    return text[: cut + 1] if cut > size // 2 else text


def length_growth(
    pipelines: dict[str, Pipeline], records: list[dict[str, Any]], sizes: Sequence[int], budget_s: float
) -> dict[str, Any]:
    """Seconds per 1,000 characters for one document of each size; small sizes are repeated on other texts."""
    rows: list[dict[str, Any]] = []
    skipped: list[dict[str, Any]] = []
    for label, nlp in pipelines.items():
        per_char_prev = None
        for size in sizes:
            repeats = max(1, min(20, 100_000 // size))
            if per_char_prev is not None and per_char_prev * size * repeats > budget_s:
                skipped.append({"pipeline": label, "chars": size,
                                "reason": f"projected {per_char_prev * size:.0f} s > budget {budget_s:.0f} s"})
                continue
            texts = [long_text(records, size, offset=17 * r) for r in range(repeats)]
            nlp(texts[0][:2000], PUBLISHED)  # warm
            gc.collect()  # start each point with the garbage of the last one gone
            started = time.perf_counter()
            tokens = 0
            for text in texts:
                tokens += len(nlp(text, PUBLISHED).tokens)
            seconds = time.perf_counter() - started
            chars = sum(len(t) for t in texts)
            per_char_prev = seconds / chars
            rows.append({
                "pipeline": label, "chars": size, "utf8_bytes": round(sum(len(t.encode()) for t in texts) / repeats),
                "docs": repeats, "seconds_per_doc": round(seconds / repeats, 4),
                "ms_per_1000_chars": round(1e6 * seconds / chars, 3), "tokens_per_s": rate(tokens, seconds),
            })
    flatness = {}
    for label in pipelines:
        values = [r["ms_per_1000_chars"] for r in rows if r["pipeline"] == label]
        if len(values) >= 2:
            flatness[label] = round(max(values) / min(values), 2)
    return {"rows": rows, "skipped": skipped, "max_over_min_per_char": flatness}


# --- profile -------------------------------------------------------------------------------------------------


def area_of(filename: str) -> str:
    """A coarse owner of a function: a hindinews module, or a third-party package, or Python itself."""
    path = filename.replace("\\", "/")
    if "/hindinews/" in path:
        rest = path.split("/hindinews/", 1)[1]
        parts = rest.split("/")
        return "hindinews." + (parts[0][:-3] if len(parts) == 1 else parts[0])
    if "site-packages/" in path:
        return path.split("site-packages/", 1)[1].split("/", 1)[0]
    return "python stdlib"


def profile(nlp: Pipeline, records: list[dict[str, Any]], batch_size: int, top: int) -> dict[str, Any]:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in nlp.pipe(records, batch_size=batch_size):
        pass
    profiler.disable()
    stats = pstats.Stats(profiler, stream=io.StringIO())
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in raw.values())  # own time summed over every function
    by_area: dict[str, float] = defaultdict(float)
    functions = []
    for (filename, line, name), (_, calls, own, cumulative, _) in raw.items():
        # Built-in functions carry no file: torch's C kernels (torch.lstm, ...) go to their own bucket.
        if filename == "~" or filename.startswith("<"):
            area = "torch (C kernels)" if "torch" in name else "C builtins (str, re, list, ...)"
        else:
            area = area_of(filename)
        by_area[area] += own
        where = filename.split("site-packages/")[-1].split("/src/")[-1] if filename != "~" else ""
        functions.append({
            "function": f"{where}:{line}:{name}" if where else name, "calls": calls,
            "own_s": round(own, 4), "cumulative_s": round(cumulative, 4),
            "own_share": round(own / total, 4) if total else 0.0,
        })
    hindinews_stages = {}
    for (filename, _, name), (_, _, _, cumulative, _) in raw.items():
        if name == "process" and "/hindinews/" in filename.replace("\\", "/"):
            key = filename.replace("\\", "/").split("/hindinews/", 1)[1]
            if key == "pipeline.py":
                key = "pipeline.py (Segmenter)"
            hindinews_stages[f"{key}:process"] = round(cumulative, 3)
    return {
        "docs": len(records), "profiled_seconds": round(total, 3),
        "own_time_by_area": sorted(
            ({"area": a, "own_s": round(s, 3), "share": round(s / total, 3)} for a, s in by_area.items()),
            key=lambda row: -row["own_s"],
        ),
        "stage_process_cumulative_s": dict(sorted(hindinews_stages.items(), key=lambda kv: -kv[1])),
        "top_own": sorted(functions, key=lambda f: -f["own_s"])[:top],
        "top_cumulative": sorted(functions, key=lambda f: -f["cumulative_s"])[:top],
    }


# --- report ---------------------------------------------------------------------------------------------------


def verdicts(results: dict[str, Any]) -> list[dict[str, Any]]:
    out = []

    def add(key: str, measured: str, met: bool | None) -> None:
        out.append({"target": TARGETS[key], "measured": measured,
                    "met": "n/a" if met is None else ("yes" if met else "no")})

    e2e = results["end_to_end"]
    full = "ner" in e2e["components"]
    tps = e2e["n_process_1"]["tokens_per_s"]
    add("end_to_end_tokens_per_s", f"{tps:,.0f} tokens/s" + ("" if full else " (light pipeline)"),
        tps >= 4000 if full else None)
    if "ner_vs_stanza" in results:
        nv = results["ner_vs_stanza"]
        add("ner_vs_stanza", f"{nv['ratio']:.2f}x (our work outside Stanza's call: "
            f"+{100 * nv['own_overhead_share']:.1f}%)", nv["ratio"] <= 1.2)
    speedup = results["times_vs_dateparser"]["speedup"]
    add("times_vs_dateparser", f"{speedup:,.0f}x", speedup >= 20)
    cold = results["cold_start"]
    cold_full = "ner" in cold["components"]
    add("cold_start_s", f"{cold['cold_start_s']:.2f} s in-process ({cold['import_s']:.2f} import, "
        f"{cold['build_s']:.2f} build, {cold['first_doc_s']:.2f} first doc)" + ("" if cold_full else " (light)"),
        cold["cold_start_s"] <= 3 if cold_full else None)
    add("peak_rss_mb", f"{cold['peak_rss_mb']:.0f} MB (fresh process, {cold['docs']} docs)"
        + ("" if cold_full else " (light)"), cold["peak_rss_mb"] <= 1024 if cold_full else None)
    add("n_process_2_speedup", f"{e2e['speedup_steady']:.2f}x steady, {e2e['speedup_end_to_end']:.2f}x "
        "with worker start-up", e2e["speedup_steady"] >= 1.7)
    growth = results["length_growth"]
    flat = growth["max_over_min_per_char"]
    add("length_growth", ", ".join(f"{k}: max/min time per char {v:.2f}" for k, v in flat.items()),
        all(v <= 1.5 for v in flat.values()) if flat else None)
    return out


def table(rows: list[dict[str, Any]], columns: Sequence[str]) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        cells = []
        for column in columns:
            value = row.get(column, "")
            if isinstance(value, float) and abs(value) >= 100:
                cells.append(f"{value:,.0f}")
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                cells.append(f"{value:,}")
            else:
                cells.append(str(value))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def markdown(results: dict[str, Any]) -> str:
    info = results["info"]
    out = [
        "# hindinews benchmark" + (" (quick mode: tiny inputs, numbers not meaningful)" if info["quick"] else ""),
        "",
        f"{info['date']}, {info['machine']}, {info['cpus']} CPUs, Python {info['python']}, torch {info['torch']} "
        f"({info['torch_threads']} thread), load average {info['load_average_start']} at start, "
        f"{info['load_average_end']} at end. Corpus: {info['corpus_docs']} pseudo-articles from make_corpus.py "
        f"(seed {info['seed']}), mean {info['mean_chars']:,} characters.",
        "",
        "## Targets",
        "",
        table(results["verdicts"], ["target", "measured", "met"]),
        "",
        "## Stages",
        "",
        f"Each component's `process(docs, views)` over batches of {results['stages']['batch_size']} documents "
        f"({results['stages']['docs']} docs, {results['stages']['tokens']:,} tokens); latency: each of "
        f"{results['stages']['latency_docs']} documents alone.",
        "",
        table(results["stages"]["rows"],
              ["stage", "seconds", "share", "tokens_per_s", "docs_per_s", "p50_ms", "p95_ms"]),
        "",
        "## End to end: `Pipeline.pipe`",
        "",
    ]
    e2e = results["end_to_end"]
    rows = [dict(e2e["n_process_1"]), dict(e2e["n_process_2"])]
    out += [
        f"Components: {', '.join(e2e['components'])}.",
        "",
        table(rows, ["n_process", "docs", "seconds", "docs_per_s", "steady_docs_per_s", "tokens_per_s"]),
        "",
        f"n_process=2 against 1: {e2e['speedup_steady']}x steady (workers started), "
        f"{e2e['speedup_end_to_end']}x including worker start-up; largest worker peak RSS "
        f"{e2e['worker_peak_rss_mb']} MB.",
        "",
        "## Side by side",
        "",
    ]
    side = []
    if "ner_vs_stanza" in results:
        nv = results["ner_vs_stanza"]
        side.append({"comparison": "NER stage vs plain stanza.Pipeline (same model, same tokens)",
                     "ours": f"{nv['stage_tokens_per_s']:,.0f} tokens/s",
                     "theirs": f"{nv['plain_stanza_tokens_per_s']:,.0f} tokens/s",
                     "ratio": f"{nv['ratio']}x time; inside the stage, our own work outside Stanza's call "
                              f"adds {100 * nv['own_overhead_share']:.1f}%"})
        whole = results["whole_vs_stanza"]
        side.append({"comparison": f"whole pipeline ({whole['source']}) vs Stanza NER alone",
                     "ours": f"{whole['whole_tokens_per_s']:,.0f} tokens/s",
                     "theirs": f"{nv['plain_stanza_tokens_per_s']:,.0f} tokens/s",
                     "ratio": f"{whole['ratio']}x time"})
    tv = results["times_vs_dateparser"]
    side.append({"comparison": f"time stage vs search_dates(languages=['hi']) ({tv['docs']} texts)",
                 "ours": f"{tv['stage_chars_per_s']:,.0f} chars/s ({tv['expressions_stage']} found)",
                 "theirs": f"{tv['search_dates_chars_per_s']:,.0f} chars/s ({tv['expressions_search_dates']} found)",
                 "ratio": f"{tv['speedup']}x faster"})
    out += [table(side, ["comparison", "ours", "theirs", "ratio"]), ""]
    cold = results["cold_start"]
    out += [
        "## Cold start and memory",
        "",
        f"Fresh interpreter, components {', '.join(cold['components'])}: import {cold['import_s']} s, build "
        f"{cold['build_s']} s, first document {cold['first_doc_s']} s: **{cold['cold_start_s']} s**; "
        f"peak RSS {cold['peak_rss_mb_first_doc']:.0f} MB after the first document, {cold['peak_rss_mb']:.0f} MB "
        f"after {cold['docs']} documents. The process took {cold['process_wall_s']} s wall in all (interpreter "
        f"start and the remaining documents included). This benchmark's own process peaked at "
        f"{results['info']['peak_rss_mb_self']:.0f} MB (it also holds a plain Stanza pipeline and the long documents).",
        "",
        "Where the cold start goes (another fresh interpreter, each step timed in the order it runs):",
        "",
        table([{"step": k, "seconds": v} for k, v in cold["build_breakdown_s"].items()], ["step", "seconds"]),
        "",
        "## Growth with document length",
        "",
        table(results["length_growth"]["rows"],
              ["pipeline", "chars", "utf8_bytes", "docs", "seconds_per_doc", "ms_per_1000_chars", "tokens_per_s"]),
        "",
    ]
    for skip in results["length_growth"]["skipped"]:
        out.append(f"- skipped {skip['pipeline']} at {skip['chars']:,} characters: {skip['reason']}")
    if results["length_growth"]["skipped"]:
        out.append("")
    prof = results["profile"]
    out += [
        "## Where the time goes (cProfile, full pipeline)",
        "",
        f"{prof['docs']} documents, {prof['profiled_seconds']} s of profiled time (cProfile slows pure-Python "
        "code more than C kernels, so Python's share is somewhat overstated).",
        "",
        "Own time by area:",
        "",
        table(prof["own_time_by_area"][:12], ["area", "own_s", "share"]),
        "",
        "Cumulative time of each stage's `process`:",
        "",
        table([{"function": k, "cumulative_s": v} for k, v in prof["stage_process_cumulative_s"].items()],
              ["function", "cumulative_s"]),
        "",
        "Top functions by own time:",
        "",
        table(prof["top_own"], ["function", "calls", "own_s", "own_share", "cumulative_s"]),
        "",
        "Top functions by cumulative time:",
        "",
        table(prof["top_cumulative"], ["function", "calls", "own_s", "cumulative_s"]),
        "",
    ]
    return "\n".join(out)


# --- main -----------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny inputs, light pipeline where slow (for CI)")
    parser.add_argument("--out", type=Path, default=HERE / "results", help="folder for results.json/.md")
    parser.add_argument("-n", type=int, default=None, help="corpus articles (default 300; quick: 6)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--max-long-s", type=float, default=240.0,
                        help="skip a length-growth point projected to take longer (seconds)")
    args = parser.parse_args(argv)
    quick = args.quick
    n = args.n or (6 if quick else 300)
    log = sys.stderr

    def step(message: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {message}", file=log, flush=True)

    records = records_for(n, args.seed)
    info: dict[str, Any] = {
        "quick": quick, "date": dt.datetime.now().isoformat(timespec="seconds"),
        "machine": platform.platform(), "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(), "python": platform.python_version(), "torch": torch.__version__,
        "torch_threads": torch.get_num_threads(),
        "load_average_start": [round(x, 2) for x in os.getloadavg()], "corpus_docs": len(records),
        "seed": args.seed, "mean_chars": round(sum(len(r["text"]) for r in records) / len(records)),
    }
    results: dict[str, Any] = {"info": info}

    step("cold start (fresh interpreter)")
    results["cold_start"] = cold_start(records[: (3 if quick else 64)],
                                       LIGHT_COMPONENTS if quick else DEFAULT_COMPONENTS)
    step("building the full pipeline")
    started = time.perf_counter()
    nlp = Pipeline()
    info["pipeline_build_s"] = round(time.perf_counter() - started, 2)
    light = Pipeline(components=LIGHT_COMPONENTS)

    step("stages")
    results["stages"] = time_stages(nlp, records, args.batch_size, latency_docs=len(records) if quick else 100)
    step("NER stage vs plain Stanza")
    results["ner_vs_stanza"] = ner_vs_stanza(nlp, records, args.batch_size, rounds=1 if quick else 2)
    step("time stage vs dateparser")
    results["times_vs_dateparser"] = times_vs_dateparser(nlp, records[: (4 if quick else 100)])
    step("end to end, n_process=1 and 2")
    # Quick mode runs the workers on the light pipeline: model loading in two fresh workers would take
    # most of CI's minute.
    results["end_to_end"] = end_to_end(light if quick else nlp, records, args.batch_size,
                                       results["stages"]["tokens"])
    # The whole pipeline over the same documents as Stanza alone: pipe() when it ran the full pipeline,
    # else (quick mode) the sum of the stages, which also ran the full pipeline over the same batches.
    if "ner" in results["end_to_end"]["components"]:
        whole_s, source = results["end_to_end"]["n_process_1"]["seconds"], "Pipeline.pipe, n_process=1"
    else:
        whole_s, source = results["stages"]["rows"][-1]["seconds"], "sum of the stages"
    plain_s = results["ner_vs_stanza"]["plain_stanza_seconds"]
    results["whole_vs_stanza"] = {
        "whole_seconds": whole_s, "source": source, "plain_stanza_seconds": plain_s,
        "whole_tokens_per_s": rate(results["stages"]["tokens"], whole_s),
        "ratio": round(whole_s / plain_s, 2) if plain_s else float("nan"),
    }
    step("growth with document length")
    sizes = (1_000, 10_000) if quick else (1_000, 10_000, 100_000, 1_000_000)
    results["length_growth"] = length_growth({"full": nlp, "light": light}, records, sizes, args.max_long_s)
    step("profile")
    results["profile"] = profile(nlp, records[: (4 if quick else 64)], args.batch_size, top=10 if quick else 25)
    info["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    info["peak_rss_mb_self"] = peak_rss_mb()
    results["verdicts"] = verdicts(results)

    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (args.out / "results.md").write_text(markdown(results), encoding="utf-8")
    step(f"wrote {args.out / 'results.json'} and {args.out / 'results.md'}")
    print(json.dumps({"verdicts": results["verdicts"]}, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
