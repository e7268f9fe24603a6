"""The vocabulary of time expressions, loaded from ``lexicon.yaml`` next to this module.

Words are stored as they appear in the normalized view (:mod:`hindinews.normalize`: NFC, nukta letters
decomposed) together with their mechanical spelling variants, so a pattern built from them matches every
spelling and a look-up of the matched text finds its entry again.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex
import yaml

_NUKTA = "\u093c"
_ANUSVARA = "\u0902"
_CHANDRABINDU = "\u0901"
_VIRAMA = "\u094d"
# The nasal consonant of each stop class: anusvara before a stop is written either way (सितंबर/सितम्बर).
_CLASS_NASAL = {
    **dict.fromkeys("कखगघ", "ङ"),
    **dict.fromkeys("चछजझ", "ञ"),
    **dict.fromkeys("टठडढ", "ण"),
    **dict.fromkeys("तथदध", "न"),
    **dict.fromkeys("पफबभ", "म"),
}
_NASAL_CLUSTER = regex.compile("([ङञणनम])" + _VIRAMA + "(?=[क-ह])")


def nfc(text: str) -> str:
    """The form the normalized view holds (NFC leaves nukta letters decomposed)."""
    return unicodedata.normalize("NFC", text)


def spellings(word: str) -> set[str]:
    """``word`` and its mechanical spelling variants, in normalized (NFC) form.

    >>> sorted(spellings("सितंबर")) == sorted({"सितंबर", "सितम्बर", "सितँबर"})
    True
    """
    forms = {nfc(word)}
    for _ in range(2):  # variants of variants: without nukta *and* with a nasal cluster
        new: set[str] = set()
        for form in forms:
            new.add(form.replace(_NUKTA, ""))
            new.add(form.replace(_CHANDRABINDU, _ANUSVARA))
            new.add(form.replace(_ANUSVARA, _CHANDRABINDU))
            new.add(_to_clusters(form))
            new.add(_NASAL_CLUSTER.sub(_ANUSVARA, form))
        forms |= {nfc(f) for f in new if f}
    return forms


def _to_clusters(form: str) -> str:
    out = []
    for i, ch in enumerate(form):
        nxt = form[i + 1] if i + 1 < len(form) else ""
        if ch == _ANUSVARA and nxt in _CLASS_NASAL:
            out.append(_CLASS_NASAL[nxt] + _VIRAMA)
        else:
            out.append(ch)
    return "".join(out)


def alternation(words: Iterable[str], *, ignore_case: bool = False) -> str:
    """A regex alternation of every spelling of ``words``, longest first (so a longer name wins)."""
    forms: set[str] = set()
    for word in words:
        forms |= spellings(word)
    ordered = sorted(forms, key=lambda f: (-len(f), f))
    body = "|".join(regex.escape(f).replace("\\ ", "[ \\t]++") for f in ordered)
    if not body:
        return "(?!)"
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


def spelling_map(entries: Mapping[str, Any]) -> dict[str, Any]:
    """Every spelling of each key -> its value; spaces collapsed so a multi-word key looks up too."""
    out: dict[str, Any] = {}
    for word, value in entries.items():
        for form in spellings(str(word)):
            out[" ".join(form.split())] = value
    return out


def lookup_key(text: str) -> str:
    """How matched text is looked up in a :func:`spelling_map`: NFC, single spaces, lower case."""
    return " ".join(nfc(text).split()).lower()


@dataclass(frozen=True, slots=True)
class Unit:
    name: str
    iso: str
    factor: int
    time: bool  # hours and minutes: ISO "PT" durations, and never a calendar date


@dataclass(frozen=True, slots=True)
class Lexicon:
    data: Mapping[str, Any]
    months: dict[str, int]  # spelling (latin ones lower case) -> month number
    month_names: list[str]
    latin_month_names: list[str]
    ambiguous_month_names: list[str]
    weekdays: dict[str, int]  # spelling -> ISO weekday
    day_words: dict[str, tuple[int, bool]]  # spelling -> (offset, sign follows tense)
    modifiers: dict[str, int]  # spelling -> -1, 0, +1
    units: dict[str, Unit]  # spelling -> unit
    plural_unit_forms: frozenset[str]
    numbers: dict[str, float]
    vague_counts: frozenset[str]
    century_ordinals: dict[str, int]
    decade_words: dict[str, int]
    before_words: frozenset[str]
    after_words: frozenset[str]
    other_anchor_words: frozenset[str]
    era_bce: frozenset[str]
    future_endings: tuple[str, ...]
    future_exceptions: frozenset[str]
    future_phrases: frozenset[tuple[str, ...]]
    attributive_future: frozenset[str]
    past_words: frozenset[str]
    past_phrases: frozenset[tuple[str, ...]]
    past_clause_final: frozenset[str]
    agreed_words: frozenset[str]
    clause_boundaries: frozenset[str]

    def words(self, key: str) -> list[str]:
        """A plain word list of the YAML file, e.g. ``day_parts``."""
        return [str(w) for w in self.data[key]]


def _all_spellings(words: Iterable[str]) -> frozenset[str]:
    out: set[str] = set()
    for word in words:
        out |= {" ".join(f.split()) for f in spellings(word)}
    return frozenset(out)


def _phrases(words: Iterable[str]) -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    singles: set[str] = set()
    multi: set[tuple[str, ...]] = set()
    for form in _all_spellings(words):
        parts = tuple(form.split())
        if len(parts) == 1:
            singles.add(parts[0])
        else:
            multi.add(parts)
    return frozenset(singles), frozenset(multi)


def build_lexicon(data: Mapping[str, Any]) -> Lexicon:
    """A :class:`Lexicon` from the parsed YAML mapping; raises ValueError on a malformed file."""
    try:
        months: dict[str, int] = {}
        month_names: list[str] = []
        latin: list[str] = []
        for number, entry in data["months"].items():
            for name in entry["names"]:
                month_names.append(name)
                months.update(dict.fromkeys(spelling_map({name: 0}), int(number)))
            for name in entry.get("latin", []):
                latin.append(name)
                months[name.lower()] = int(number)
        weekdays: dict[str, int] = {}
        for number, names in data["weekdays"].items():
            weekdays.update(spelling_map(dict.fromkeys(names, int(number))))
        day_words = spelling_map(
            {w: (int(e["offset"]), e.get("sign") == "tense") for w, e in data["day_words"].items()}
        )
        modifiers: dict[str, int] = {}
        for group, sign in (("past", -1), ("next", 1), ("current", 0)):
            modifiers.update(spelling_map(dict.fromkeys(data["relative_modifiers"][group], sign)))
        units: dict[str, Unit] = {}
        plural: set[str] = set()
        for name, entry in data["units"].items():
            unit = Unit(name, str(entry["iso"]), int(entry.get("factor", 1)), bool(entry.get("time", False)))
            for form in entry["forms"]:
                for spelled in spellings(form):
                    units[spelled] = unit
                    if spelled.endswith(("ों", "ो")):  # oblique plural: दिनों, वर्षों, वर्षो
                        plural.add(spelled)
        tense = data["tense"]
        future_words, future_phrases = _phrases(tense["future_words"])
        past_words, past_phrases = _phrases(tense["past_words"])
        return Lexicon(
            data=data,
            months=months,
            month_names=month_names,
            latin_month_names=latin,
            ambiguous_month_names=[str(w) for w in data["ambiguous_month_names"]],
            weekdays=weekdays,
            day_words=day_words,
            modifiers=modifiers,
            units=units,
            plural_unit_forms=frozenset(plural),
            numbers={k: float(v) for k, v in spelling_map(data["numbers"]).items()},
            vague_counts=_all_spellings(data["vague_counts"]),
            century_ordinals={k: int(v) for k, v in spelling_map(data["century_ordinals"]).items()},
            decade_words={k: int(v) for k, v in spelling_map(data["decade_words"]).items()},
            before_words=_all_spellings(data["before_words"]),
            after_words=_all_spellings(data["after_words"]),
            other_anchor_words=_all_spellings(data["other_anchor_words"]),
            era_bce=frozenset(lookup_key(f) for f in _all_spellings(data["era_marks"]["bce"])),
            future_endings=tuple(sorted({nfc(e) for e in tense["future_endings"]}, key=len, reverse=True)),
            future_exceptions=_all_spellings(tense["future_exceptions"]),
            future_phrases=future_phrases | {(w,) for w in future_words},
            attributive_future=_all_spellings(tense["attributive_future"]),
            past_words=past_words,
            past_phrases=past_phrases,
            past_clause_final=_all_spellings(tense["past_clause_final"]),
            agreed_words=_all_spellings(tense["agreed_words"]),
            clause_boundaries=_all_spellings(tense["clause_boundaries"]),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ValueError(f"malformed time lexicon: {error!r}") from error


def read_lexicon_file(path: str | Path | None = None) -> Mapping[str, Any]:
    """The parsed YAML: ``path``, or the ``lexicon.yaml`` shipped with the package."""
    if path is None:
        text = resources.files("hindinews.temporal").joinpath("lexicon.yaml").read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, Mapping):
        raise ValueError(f"time lexicon {path or 'lexicon.yaml'} is not a YAML mapping")
    return data


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """The shipped lexicon (or the one at ``path``), parsed once."""
    return build_lexicon(read_lexicon_file(path))
