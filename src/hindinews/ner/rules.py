"""Span repair and gazetteer merging on top of the statistical tagger.

Each layer here was kept because it did not lower strict F1 on IL-NER dev (numbers in models/MODEL_CARD.md);
the cue words are vocabulary and live in ``cues.yaml``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from hindinews.normalize import match_key

Span = tuple[int, int, str]


@lru_cache(maxsize=1)
def cues() -> dict[str, frozenset[str]]:
    data = yaml.safe_load(resources.files("hindinews.ner").joinpath("cues.yaml").read_text(encoding="utf-8"))
    return {name: frozenset(match_key(w) for w in words) for name, words in data.items() if name != "version"}


def _overlaps(a: Span, b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def merge_gazetteer(spans: Sequence[Span], matches: Sequence[Any]) -> list[Span]:
    """Add knowledge-base matches where the model found nothing; the model's own spans always stand
    (letting a longer KB name replace them lowered F1 on IL-NER dev)."""
    result = list(spans)
    for match in matches:
        if not any(_overlaps(s, (match.start, match.end)) for s in result):
            result.append((match.start, match.end, match.label))
    return sorted(result)


def repair(norms: Sequence[str], spans: Sequence[Span]) -> list[Span]:
    """Boundary repairs that the statistical model gets wrong often."""
    n = len(norms)
    hyphens = {"-", "–", "‐"}
    prefixes = cues()["name_prefixes"]
    out: list[Span] = []
    for start, end, label in spans:
        # Hyphenated Arabic names: "अल - जूलानी" when the model tagged only "जूलानी" or only "अल".
        while start >= 2 and norms[start - 1] in hyphens and match_key(norms[start - 2]) in prefixes:
            start -= 2
        while end + 1 < n and norms[end] in hyphens and match_key(norms[end - 1]) in prefixes:
            end += 2
        # An initial with its period, "सी." kept inside the name that follows or precedes it.
        if end < n - 1 and norms[end] == "." and len(norms[end - 1]) <= 2 and label == "PER":
            end += 1
        out.append((start, end, label))
    # Merge neighbours that the repairs made touch or overlap.
    out.sort()
    merged: list[Span] = []
    for span in out:
        if merged and span[0] < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], span[1]), last[2])
        elif merged and merged[-1][2] == "PER" and span[0] == merged[-1][1] and (
                match_key(norms[span[0]]) in prefixes or (norms[span[0] - 1] == "." and span[2] == "PER")):
            # फ़ैसल बिन फ़रहान [अल-सऊद], [के.] [स्टालिन]: a name part the model tagged as a span of its own
            # continues the name.
            merged[-1] = (merged[-1][0], span[1], "PER")
        else:
            merged.append(span)
    return merged


def relabel_from_kb(norms: Sequence[str], spans: Sequence[Span], kb: Any) -> list[Span]:
    """A span that names a KB actor exactly (no fuzzy match) takes that actor's label, unless a person's
    title stands right before it (राष्ट्रपति होम्स is a person, whatever city shares the name)."""
    is_title = getattr(kb, "is_title", None)
    out: list[Span] = []
    for start, end, label in spans:
        found = kb.resolve(" ".join(norms[start:end]), fuzzy=False)
        if found is not None and found.method in ("exact", "variant"):
            titled = label == "PER" and start > 0 and is_title is not None and is_title(norms[start - 1:start])
            if not (titled and found.actor.label == "LOC"):
                label = found.actor.label
        out.append((start, end, label))
    return out


def drop_owned_titles(norms: Sequence[str], spans: Sequence[Span], kb: Any) -> list[Span]:
    """A span that is only a title after a genitive (क़तर के अमीर, रूस के राष्ट्रपति) names a role, not a
    person. A bare title elsewhere may be a name (युवराज, बादशाह), so it stays."""
    genitive = cues()["genitive_markers"]
    return [(start, end, label) for start, end, label in spans
            if not (start > 0 and match_key(norms[start - 1]) in genitive and kb.is_title(norms[start:end]))]
