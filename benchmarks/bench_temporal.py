"""Time expressions: speed against dateparser's search_dates, and NETI detection on IL-NER Hindi.

    python benchmarks/bench_temporal.py                  # speed + NETI scores on the test split (report only)
    python benchmarks/bench_temporal.py --split dev --misses 60   # study errors on dev (never on test)

Speed: both tools run over the same texts in the same process, one pass each, taking turns text by text
(so both see the same load on a shared machine), after a warm-up on another text. The texts are the shared
example article and article-sized documents (about 1,500 characters) built from IL-NER dev sentences.
``find_times`` is timed end to end (normalize + segment + tag); the stage alone is TimeTagger.process over
documents the segmenter has already done, as in the pipeline. The linear-time check runs ``find_times`` on
1 MB of date-like material and on 1 MB of adversarial near-misses.

NETI: each IL-NER sentence is rebuilt by joining its tokens with spaces; a predicted span covers the tokens
it overlaps. Exact: the same first and last token as a gold NETI span. Overlap: at least one shared token
(each gold span matched once). Both date and duration expressions count as detections, since NETI marks
both ("15 वर्ष", "पिछले साल", "2019").
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
ILNER = SHARED / "data" / "ner" / "ilner-hi"
SEED = SHARED / "examples" / "seed-article.txt"

sys.path.insert(0, str(REPO / "src"))

from hindinews.ner.conll import read_conll  # noqa: E402
from hindinews.temporal import find_times  # noqa: E402


def gold_spans(labels: list[str], kind: str = "NETI") -> list[tuple[int, int]]:
    """Token spans [first, last] of ``kind``; an I- without a B- opens a span (as seqeval does)."""
    spans = []
    start = None
    for i, label in enumerate([*labels, "O"]):
        prefix, _, tag = label.partition("-")
        inside = tag == kind and prefix in ("B", "I")
        if start is not None and (not inside or prefix == "B"):
            spans.append((start, i - 1))
            start = None
        if inside and start is None:
            start = i
    return spans


def predicted_spans(tokens: list[str]) -> tuple[str, list[tuple[int, int]], list[str]]:
    text = " ".join(tokens)
    offsets = []
    pos = 0
    for token in tokens:
        offsets.append((pos, pos + len(token)))
        pos += len(token) + 1
    spans, texts = [], []
    for expression in find_times(text):
        covered = [i for i, (s, e) in enumerate(offsets) if s < expression.end and expression.start < e]
        if covered:
            spans.append((covered[0], covered[-1]))
            texts.append(expression.text)
    return text, spans, texts


def score(split: str, show_misses: int = 0) -> dict[str, float]:
    sentences = read_conll(ILNER / f"{split}.conll")
    tp_exact = n_pred = n_gold = 0
    tp_pred_overlap = tp_gold_overlap = 0
    misses: list[str] = []
    false_alarms: list[str] = []
    for sentence in sentences:
        tokens = [t for t, _ in sentence]
        gold = gold_spans([label for _, label in sentence])
        text, pred, _ = predicted_spans(tokens)
        n_pred += len(pred)
        n_gold += len(gold)
        tp_exact += len(set(pred) & set(gold))
        used: set[int] = set()
        for p in pred:
            hit = next(
                (j for j, g in enumerate(gold) if j not in used and p[0] <= g[1] and g[0] <= p[1]), None
            )
            if hit is not None:
                used.add(hit)
                tp_pred_overlap += 1
        tp_gold_overlap += len(used)
        if show_misses:
            for g in gold:
                if g not in pred:
                    near = [" ".join(tokens[p[0] : p[1] + 1]) for p in pred if p[0] <= g[1] and g[0] <= p[1]]
                    misses.append(f"MISS {' '.join(tokens[g[0] : g[1] + 1])!r} got {near} | {text[:160]}")
            for p in pred:
                if not any(p[0] <= g[1] and g[0] <= p[1] for g in gold):
                    false_alarms.append(f"FALSE {' '.join(tokens[p[0] : p[1] + 1])!r} | {text[:160]}")

    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    p_exact = tp_exact / n_pred if n_pred else 0.0
    r_exact = tp_exact / n_gold if n_gold else 0.0
    p_overlap = tp_pred_overlap / n_pred if n_pred else 0.0
    r_overlap = tp_gold_overlap / n_gold if n_gold else 0.0
    if show_misses:
        for line in misses[:show_misses] + false_alarms[:show_misses]:
            print(line)
    return {
        "split": split, "gold": n_gold, "predicted": n_pred,  # type: ignore[dict-item]
        "exact_p": round(p_exact, 4), "exact_r": round(r_exact, 4),
        "exact_f1": round(f1(p_exact, r_exact), 4),
        "overlap_p": round(p_overlap, 4), "overlap_r": round(r_overlap, 4),
        "overlap_f1": round(f1(p_overlap, r_overlap), 4),
    }


def speed_texts(target_chars: int = 1500) -> list[str]:
    """The seed article plus article-sized documents made of consecutive IL-NER dev sentences."""
    texts = [SEED.read_text(encoding="utf-8")]
    current: list[str] = []
    size = 0
    for sentence in read_conll(ILNER / "dev.conll"):
        line = " ".join(t for t, _ in sentence)
        current.append(line)
        size += len(line) + 1
        if size >= target_chars:
            texts.append("\n".join(current))
            current, size = [], 0
    return texts


def speed() -> dict[str, float]:
    """One pass of each tool over the same distinct texts (no text is seen twice, so no cache helps).

    The tools take turns text by text, so that both see the same load on a shared machine.
    """
    from dateparser.search import search_dates

    from hindinews.normalize import normalize
    from hindinews.pipeline import Pipeline
    from hindinews.temporal import TimeTagger

    texts = speed_texts()
    warm = "कल 5 मार्च 2024 को बैठक हुई।"  # loads the lexicon, compiles patterns, loads dateparser's data
    find_times(warm, "2025-09-10")
    search_dates(warm, languages=["hi"])
    segmenter = Pipeline(components=["segment"])
    tagger = TimeTagger()
    ours = theirs = stage = 0.0
    for text in texts:
        # The stage alone, as the pipeline runs it: over a document already normalized and segmented.
        doc, view = segmenter(text, "2025-09-10"), normalize(text)
        started = time.perf_counter()
        tagger.process([doc], [view])
        stage += time.perf_counter() - started
        started = time.perf_counter()
        find_times(text, "2025-09-10")
        ours += time.perf_counter() - started
        started = time.perf_counter()
        search_dates(text, languages=["hi"])
        theirs += time.perf_counter() - started
    chars = sum(len(t) for t in texts)
    return {
        "texts": len(texts), "chars": chars,
        "search_dates_chars_per_s": round(chars / theirs),
        "find_times_chars_per_s": round(chars / ours), "find_times_ratio": round(theirs / ours, 1),
        "stage_chars_per_s": round(chars / stage), "stage_ratio": round(theirs / stage, 1),
    }


def linear() -> dict[str, float]:
    """Seconds for find_times on 1 MB of dense dates and 1 MB of near-misses (both should be ~linear)."""
    dense_unit = "28 जनवरी 2025 को, पिछले 9 दिनों से, 2019 में और कल मंगलवार सुबह 10 बजे. "
    tricky_unit = "1 1 1 1 - - 2 2 2 2 22 से 22 से पिछले पिछले पिछले 1, 2, 3, 12-12-12-12-1 जनवरी जनवरी "
    out = {}
    for name, unit in (("dense", dense_unit), ("tricky", tricky_unit)):
        for size in (100_000, 1_000_000):
            text = (unit * (size // len(unit) + 1))[:size]
            started = time.perf_counter()
            find_times(text, "2025-09-10")
            out[f"{name}_{size // 1000}k_s"] = round(time.perf_counter() - started, 3)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--split", default="test", choices=["dev", "test"])
    parser.add_argument("--misses", type=int, default=0, help="print this many misses and false alarms")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args()
    if args.split == "test" and args.misses:
        parser.error("study misses on dev only: the test split is for reporting")
    result: dict[str, object] = {"neti": score(args.split, args.misses)}
    if not args.no_speed:
        result["speed"] = speed()
        result["linear"] = linear()
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
