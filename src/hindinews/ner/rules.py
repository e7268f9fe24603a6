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
        # A name cannot end on a particle that links it on (शेख़ मोहम्मद बिन [अब्दुलरहमान] अल सानी): the
        # next word belongs to it.
        if label == "PER" and end < n and match_key(norms[end - 1]) in prefixes and _is_word(norms[end]):
            end += 1
        # … तमीम बिन हमद [अल सानी]: a particle and the word it opens continue a person's name.
        while label == "PER" and end + 1 < n and match_key(norms[end]) in prefixes and _is_word(norms[end + 1]):
            end += 2
        # ब्लिंकन-शी मुलाक़ात: a headline's event noun after a short name is no part of it.
        if label == "PER" and end - start > 1 and match_key(norms[end - 1]) in cues()["event_nouns"]:
            end -= 1
        # काबुल में फिर [खुलेगा] भारतीय दूतावास: a future verb opens no name.
        future = tuple(cues()["future_endings"])
        if end - start > 1 and len(norms[start]) > 3 and match_key(norms[start]).endswith(future):
            start += 1
        # माले पहुंचे: a verb of travel after a place is no part of it (any label: the span is the model's).
        if end - start > 1 and match_key(norms[end - 1]) in cues()["travel_verbs"]:
            end -= 1
        # ब्यूनस आयर्स पहुंचे और कासा रोसादा: a verb of travel inside a span ends a name; what follows it
        # (past a conjunction) is a name of its own.
        inner = next((j for j in range(start + 1, end - 1) if match_key(norms[j]) in cues()["travel_verbs"]), None)
        if inner is not None:
            rest = inner + 2 if match_key(norms[inner + 1]) in cues()["function_words"] else inner + 1
            if rest < end:
                out.append((rest, end, label))
            end = inner
        # An initial with its period, "सी." kept inside the name that follows or precedes it.
        if end < n - 1 and norms[end] == "." and len(norms[end - 1]) <= 2 and label == "PER":
            end += 1
        # … and the initials after it that the model left out ([एम.] के. [स्टालिन]).
        while label == "PER" and norms[end - 1] == "." and end + 1 < n and norms[end + 1] == "." \
                and 0 < len(norms[end]) <= 2 and any(ch.isalpha() for ch in norms[end]):  # (के. is an initial)
            end += 2
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


def _is_word(token: str) -> bool:
    """A word that may be part of a name: letters, and no case marker or conjunction."""
    return any(ch.isalpha() for ch in token) and match_key(token) not in cues()["function_words"]


def _known_person(kb: Any, tokens: Sequence[str], *, variant: bool = False) -> bool:
    found = kb.resolve(" ".join(tokens), fuzzy=False)
    methods = ("exact", "variant") if variant else ("exact",)
    return found is not None and found.method in methods and found.actor.type == "person"


def extend_by_kb(norms: Sequence[str], spans: Sequence[Span], kb: Any) -> list[Span]:
    """Name parts the model leaves out because they look like function words, where the knowledge base
    confirms the whole name.

    * A first name that is also a function word (जो बाइडेन: जो is the relative pronoun). Not any word
      before a name: IL-NER leaves honorifics out (डॉ. एस. जयशंकर, सरदार वल्लभभाई पटेल).
    * The rest of a known name the model cut at a function word (बान [की मून]); not an honorific after
      it (अटल [जी]), nor a case marker (the KB reads मोदी ने as मोदी).
    * Two person spans joined by a hyphen that together name a known person (कासिम-जोमार्त तोकायेव);
      मोदी-पुतिन (वार्ता) are two people, गांधी-किंग (व्याख्यान) no one.
    * Two touching spans that together name a known person ([मसूद] [पेज़ेश्कियान]), whatever their labels.
    """
    homographs, honorifics = cues()["function_word_names"], cues()["honorifics"]
    taken = {i for s, e, _ in spans for i in range(s, e)}
    out: list[Span] = []
    for start, end, label in spans:
        if label == "PER" and start > 0 and start - 1 not in taken and match_key(norms[start - 1]) in homographs \
                and _known_person(kb, norms[start - 1:end]):
            start -= 1
        if label == "PER":
            # बान [की मून]: the rest of a known person's name that the model cut at a function word
            for extra in (3, 2, 1):
                stop = end + extra
                if stop <= len(norms) and not taken.intersection(range(end, stop)) and _is_word(norms[stop - 1]) \
                        and match_key(norms[stop - 1]) not in honorifics and _known_person(kb, norms[start:stop]):
                    end = stop
                    break
        if out and label == "PER" and out[-1][2] == "PER" and out[-1][1] + 1 == start \
                and norms[start - 1] in ("-", "‐") and _known_person(kb, norms[out[-1][0]:end]):
            out[-1] = (out[-1][0], end, "PER")
            continue
        if out and out[-1][1] == start and _known_person(kb, norms[out[-1][0]:end], variant=True):
            out[-1] = (out[-1][0], end, "PER")  # [मसूद] [पेज़ेश्कियान], each tagged a place: a known person cut in two
            continue
        out.append((start, end, label))
    return out


def split_person_place(norms: Sequence[str], spans: Sequence[Span], kb: Any) -> list[Span]:
    """A person span that runs on into a place the knowledge base knows, where the words before the place
    name a known person: a headline's name and destination with no postposition between (मोदी घाना
    पहुंचे, जयशंकर मॉस्को रवाना). A name the KB knows whole stays whole."""
    out: list[Span] = []
    for start, end, label in spans:
        if label == "PER" and end - start >= 2 and not _known_person(kb, norms[start:end]):
            for cut in range(end - 1, start, -1):
                place = kb.resolve(" ".join(norms[cut:end]), fuzzy=False)
                if place is not None and place.method in ("exact", "variant") and place.actor.label == "LOC" \
                        and place.actor.type in ("country", "city") and _known_person(kb, norms[start:cut]):
                    out.extend([(start, cut, "PER"), (cut, end, "LOC")])
                    break
            else:
                out.append((start, end, label))
            continue
        out.append((start, end, label))
    return out


def join_person_city(norms: Sequence[str], spans: Sequence[Span], kb: Any) -> list[Span]:
    """A person the KB does not know, cut by the model where the surname is spelled like a city the KB knows
    (विदेश मंत्री [विजिता] हेरात सोमवार को …, tagged apart or left out): one name, unless the city reads as a
    place there (a postposition or a verb of travel after it: … ढाका पहुंचीं, … काबुल में)."""
    out: list[Span] = []
    taken = {i for s, e, _ in spans for i in range(s, e)}
    for k, (start, end, label) in enumerate(spans):
        if out and out[-1][1] > start:
            continue  # the city the name before took in
        after = end + 1  # the token after the city-like word
        candidate = label == "PER" and end < len(norms) and _is_word(norms[end]) and (
            end not in taken or spans[k + 1:k + 2] == [(end, end + 1, "LOC")])
        if candidate and not _known_person(kb, norms[start:end]) and (after == len(norms) or (
                _is_word(norms[after]) and match_key(norms[after]) not in cues()["travel_verbs"])):
            city = kb.resolve(norms[end], fuzzy=False)
            if city is not None and city.actor.type == "city":
                out.append((start, end + 1, "PER"))
                continue
        out.append((start, end, label))
    return out


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


def add_titled_persons(norms: Sequence[str], spans: Sequence[Span], kb: Any) -> list[Span]:
    """Untagged words right after a title that name a person the KB knows, in any spelling it folds
    together (चिली के राष्ट्रपति [गैब्रियल बोरिक], राष्ट्रपति [पेज़ेश्कियान]): a PER span. The longest name of
    up to three words wins; the title keeps such common-word names as a city's or a river's out."""
    taken = {i for start, end, _ in spans for i in range(start, end)}
    out = list(spans)
    for i in range(1, len(norms)):
        if i in taken or not kb.is_title(norms[i - 1 : i]):
            continue
        for length in (3, 2, 1):
            end = i + length
            if end <= len(norms) and not taken.intersection(range(i, end)) \
                    and all(_is_word(t) for t in norms[i:end]) and _known_person(kb, norms[i:end], variant=True):
                out.append((i, end, "PER"))
                taken.update(range(i, end))
                break
    return sorted(out)
