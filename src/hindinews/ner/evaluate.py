"""Strict entity-level scores: exact span and type, per type and micro-averaged (as seqeval's default)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from hindinews.ner.conll import map_labels, read_conll
from hindinews.ner.tagger import NerTagger, spans_from_tags
from hindinews.normalize import normalize_text


@dataclass
class Scores:
    per_type: dict[str, tuple[float, float, float, int]] = field(default_factory=dict)  # P, R, F1, support
    micro: tuple[float, float, float, int] = (0.0, 0.0, 0.0, 0)
    tokens: int = 0
    seconds: float = 0.0

    def table(self) -> str:
        lines = [f"{'type':<6} {'P':>6} {'R':>6} {'F1':>6} {'n':>6}"]
        for name, (p, r, f, n) in sorted(self.per_type.items()):
            lines.append(f"{name:<6} {p:6.3f} {r:6.3f} {f:6.3f} {n:6d}")
        p, r, f, n = self.micro
        lines.append(f"{'micro':<6} {p:6.3f} {r:6.3f} {f:6.3f} {n:6d}")
        if self.seconds:
            lines.append(f"{self.tokens} tokens in {self.seconds:.1f} s: {self.tokens / self.seconds:,.0f} tokens/s")
        return "\n".join(lines)


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]) -> Scores:
    """Strict span+type matching over BIO tag sequences."""
    gold_set = {(i, *s) for i, tags in enumerate(gold) for s in spans_from_tags(tags)}
    pred_set = {(i, *s) for i, tags in enumerate(predicted) for s in spans_from_tags(tags)}
    result = Scores()
    for label in sorted({s[3] for s in gold_set | pred_set}):
        g = {s for s in gold_set if s[3] == label}
        p = {s for s in pred_set if s[3] == label}
        result.per_type[label] = (*_prf(len(g & p), len(p), len(g)), len(g))
    result.micro = (*_prf(len(gold_set & pred_set), len(pred_set), len(gold_set)), len(gold_set))
    return result


def evaluate_file(path: Path, tagger: NerTagger) -> Scores:
    sentences = [map_labels(s) for s in read_conll(path)]
    norms = [[normalize_text(token).strip() or token for token, _ in s] for s in sentences]
    gold = [[tag for _, tag in s] for s in sentences]
    started = time.perf_counter()
    predicted = tagger.tag(norms)
    elapsed = time.perf_counter() - started
    result = score(gold, predicted)
    result.tokens = sum(len(s) for s in norms)
    result.seconds = elapsed
    return result
