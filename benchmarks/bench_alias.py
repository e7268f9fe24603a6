"""Measure the knowledge base's name matching.

    python benchmarks/bench_alias.py                  # alias pairs: precision/recall, fuzzy precision, sweep
    python benchmarks/bench_alias.py --ner-dev PATH   # also: the gazetteer alone on an IL-NER split (dev!)

Alias pairs (tests/data/alias_pairs.tsv): two names and whether they are the same actor. A pair is
predicted "same" when both names resolve (``KnowledgeBase.resolve``) to one actor. Precision and recall
are over the "same" class. The fuzzy fallback's precision is measured on the pairs in which at least one
name was resolved by it: the share of those pairs that come out right. The threshold sweep reruns all of
it for several ``FUZZY_THRESHOLD`` values (the shipped value is marked).

The gazetteer check tags an IL-NER split with ``find_in_tokens`` only and scores exact spans against the
PER/LOC/ORG gold (NEP/NEL/NEO): what the KB alone contributes to NER. Use dev, never test, for tuning.
"""

from __future__ import annotations

import argparse
import random
import time
from dataclasses import dataclass
from pathlib import Path

from hindinews.kb import store
from hindinews.kb.store import KnowledgeBase, load_kb

ROOT = Path(__file__).resolve().parents[1]
PAIRS = ROOT / "tests" / "data" / "alias_pairs.tsv"


@dataclass
class PairScores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    fuzzy_pairs: int = 0
    fuzzy_right: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def accuracy(self) -> float:
        return (self.tp + self.tn) / max(1, self.tp + self.fp + self.fn + self.tn)


def read_pairs(path: Path = PAIRS) -> list[tuple[str, str, bool]]:
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("name_a\t"):
            continue
        cols = line.split("\t")
        if cols[2] not in ("same", "different"):
            raise ValueError(f"{path}: bad label in {line!r}")
        pairs.append((cols[0], cols[1], cols[2] == "same"))
    return pairs


def score_pairs(kb: KnowledgeBase, pairs: list[tuple[str, str, bool]], errors: list[str] | None = None) -> PairScores:
    scores = PairScores()
    for a, b, same in pairs:
        ra, rb = kb.resolve(a), kb.resolve(b)
        predicted = ra is not None and rb is not None and ra.actor.id == rb.actor.id
        right = predicted == same
        if same and predicted:
            scores.tp += 1
        elif same:
            scores.fn += 1
        elif predicted:
            scores.fp += 1
        else:
            scores.tn += 1
        if any(r is not None and r.method == "fuzzy" for r in (ra, rb)):
            scores.fuzzy_pairs += 1
            scores.fuzzy_right += right
        if not right and errors is not None:
            def show(r: store.Resolution | None) -> str:
                return "-" if r is None else f"{r.actor.id} ({r.method} {r.score:.0f})"

            errors.append(f"{'same' if same else 'diff'}: {a} -> {show(ra)} | {b} -> {show(rb)}")
    return scores


def sweep(pairs: list[tuple[str, str, bool]], thresholds: list[float]) -> None:
    shipped = store.FUZZY_THRESHOLD
    print("\nthreshold  precision  recall  accuracy  fuzzy pairs  fuzzy precision")
    for threshold in thresholds:
        store.FUZZY_THRESHOLD = threshold
        kb = store.build_kb(store.packaged_files())
        s = score_pairs(kb, pairs)
        fuzzy_p = s.fuzzy_right / s.fuzzy_pairs if s.fuzzy_pairs else float("nan")
        mark = "  <- shipped" if threshold == shipped else ""
        print(f"{threshold:9.0f}  {s.precision:9.3f}  {s.recall:6.3f}  {s.accuracy:8.3f}  {s.fuzzy_pairs:11d}  "
              f"{fuzzy_p:15.3f}{mark}")
    store.FUZZY_THRESHOLD = shipped


_VOWEL_SIGNS = "ािीुूेैोौ"


def perturbations(kb: KnowledgeBase, seed: int = 13, limit: int = 2000) -> list[tuple[str, str]]:
    """Misspelled aliases (one vowel sign changed, dropped or added) with the actor they belong to."""
    rng = random.Random(seed)
    out = []
    for actor in kb:
        for alias in actor.aliases:
            if len(alias) < 7:
                continue
            i = rng.randrange(1, len(alias))
            op = rng.choice(("swap", "drop", "add"))
            if op == "swap" and alias[i] in _VOWEL_SIGNS:
                typo = alias[:i] + rng.choice(_VOWEL_SIGNS) + alias[i + 1 :]
            elif op == "drop" and alias[i] in _VOWEL_SIGNS:
                typo = alias[:i] + alias[i + 1 :]
            else:
                typo = alias[:i] + rng.choice(_VOWEL_SIGNS) + alias[i:]
            out.append((typo, actor.id))
    rng.shuffle(out)
    return out[:limit]


def fuzzy_precision(thresholds: list[float]) -> None:
    """Precision of the fuzzy step alone on misspelled aliases: right actor / any actor it proposes."""
    shipped = store.FUZZY_THRESHOLD
    print("\nfuzzy step on misspelled aliases (those no exact/variant look-up resolves):")
    print("threshold  proposed  right  precision  recall")
    for threshold in thresholds:
        store.FUZZY_THRESHOLD = threshold
        kb = store.build_kb(store.packaged_files())
        cases = [(t, i) for t, i in perturbations(kb) if kb.resolve(t, fuzzy=False) is None]
        proposed = right = 0
        for typo, actor_id in cases:
            found = kb.resolve(typo)
            if found is not None:
                proposed += 1
                right += found.actor.id == actor_id
        mark = "  <- shipped" if threshold == shipped else ""
        print(f"{threshold:9.0f}  {proposed:8d}  {right:5d}  {right / max(1, proposed):9.3f}  "
              f"{right / max(1, len(cases)):6.3f}{mark}")
    store.FUZZY_THRESHOLD = shipped


def gazetteer_on_conll(kb: KnowledgeBase, path: Path) -> None:
    mapping = {"NEP": "PER", "NEL": "LOC", "NEO": "ORG"}
    sentences: list[tuple[list[str], set[tuple[int, int, str]]]] = []
    tokens: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if tokens:
            gold = set()
            start = None
            label = None
            for i, tag in enumerate([*tags, "O"]):
                kind = tag[2:] if tag[:2] in ("B-", "I-") else None
                kind = mapping.get(kind) if kind else None
                if start is not None and (tag.startswith("B-") or kind != label):
                    gold.add((start, i, label or ""))
                    start = None
                if kind is not None and start is None:
                    start, label = i, kind
            sentences.append((list(tokens), gold))
        tokens.clear()
        tags.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            flush()
            continue
        parts = line.split("\t")
        tokens.append(parts[0])
        tags.append(parts[-1] if len(parts) > 1 else "O")
    flush()
    tp = fp = fn = 0
    started = time.perf_counter()
    n_tokens = 0
    per_label: dict[str, list[int]] = {}
    for norms, gold in sentences:
        n_tokens += len(norms)
        found = {(m.start, m.end, m.label) for m in kb.find_in_tokens(norms)}
        tp += len(found & gold)
        fp += len(found - gold)
        fn += len(gold - found)
        for label in ("PER", "LOC", "ORG"):
            counts = per_label.setdefault(label, [0, 0, 0])
            f = {x for x in found if x[2] == label}
            g = {x for x in gold if x[2] == label}
            counts[0] += len(f & g)
            counts[1] += len(f - g)
            counts[2] += len(g - f)
    elapsed = time.perf_counter() - started
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    print(f"\ngazetteer alone on {path.name}: {len(sentences)} sentences, precision {p:.3f}, recall {r:.3f}, "
          f"F1 {2 * p * r / max(1e-9, p + r):.3f} ({n_tokens / elapsed:,.0f} tokens/s)")
    for label, (t, f, n) in per_label.items():
        print(f"  {label}: precision {t / max(1, t + f):.3f}, recall {t / max(1, t + n):.3f} ({t + n} gold)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=Path, default=PAIRS)
    parser.add_argument("--ner-dev", type=Path, help="an IL-NER CoNLL split to run the gazetteer on (dev)")
    parser.add_argument("--errors", action="store_true", help="list the pairs that come out wrong")
    args = parser.parse_args()

    started = time.perf_counter()
    kb = load_kb()
    loaded = time.perf_counter() - started
    print(f"KB: {len(kb)} actors {kb.counts()} (load {loaded:.3f} s)")
    pairs = read_pairs(args.pairs)
    errors: list[str] = []
    s = score_pairs(kb, pairs, errors)
    n_same = sum(1 for *_, same in pairs if same)
    print(f"alias pairs: {len(pairs)} ({n_same} same, {len(pairs) - n_same} different)")
    print(f"  precision {s.precision:.3f}  recall {s.recall:.3f}  accuracy {s.accuracy:.3f}  "
          f"(tp {s.tp}, fp {s.fp}, fn {s.fn}, tn {s.tn})")
    if s.fuzzy_pairs:
        print(f"  fuzzy fallback used in {s.fuzzy_pairs} pairs; right in {s.fuzzy_right} "
              f"(precision {s.fuzzy_right / s.fuzzy_pairs:.3f}) at threshold {store.FUZZY_THRESHOLD:.0f}")
    if args.errors:
        print("\n".join("  " + e for e in errors))
    sweep(pairs, [80, 85, 88, 90, 92, 95, 100])
    fuzzy_precision([80, 85, 88, 90, 92, 95])
    if args.ner_dev:
        gazetteer_on_conll(kb, args.ner_dev)


if __name__ == "__main__":
    main()
