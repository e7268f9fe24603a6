"""The event stage's vocabulary, read from its data files, compiled into token tries.

* ``triggers.yaml`` — trigger words, nouns and multiword predicates per event type, vetoes, back-reference
  and retyping cues, context vetoes;
* ``grammar.yaml`` — case markers, clause openers, relatives, pronouns, modality cues;
* ``actors.yaml`` — nominal actor heads (सरकार, प्रतिनिधिमंडल ...) with their sector codes, and heads that name
  no political actor (पर्यटक, टीम, अदालत).

Everything is compiled once (:func:`load_lexicon` is cached) into tries keyed by token keys, so matching a
sentence is one dictionary walk per token and never compiles a pattern.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Generic, TypeVar

import regex
import yaml

from hindinews.normalize import match_key
from hindinews.schema import EVENT_CLASSES

T = TypeVar("T")

VETO = "VETO"
TRIGGER_KINDS = ("verb", "noun", "phrase")
NEEDS = frozenset({"destination", "adjacent_destination", "counterpart", "target", "source", "giver", "goods",
                   "tariff", "subjunctive", "treaty", "service", "said", "meeting", "guest", "partners", "assurance",
                   "condition", "speech", "body", "handover"})
GEN_OWNER_ROLES = frozenset({"actor", "target", "actor_or_destination"})

_PATTERN_TOKEN = regex.compile(r"[\p{L}\p{M}\p{Nd}]++|\S", regex.V1)


def content_key(norm: str) -> str:
    """The key content words are compared by: :func:`match_key`, or the text itself for punctuation."""
    return match_key(norm) or norm


@lru_cache(maxsize=65536)
def gram_key(norm: str) -> str:
    """The key closed-class words are compared by: nukta dropped, chandrabindu as anusvara, vowels kept."""
    s = unicodedata.normalize("NFD", norm).replace("\u093c", "").replace("\u0901", "\u0902")
    return unicodedata.normalize("NFC", s).lower()


# Quote marks (their content and grammar keys are the marks themselves): a trigger's words may stand inside
# or around a quotation, and a quoted name is one word of a phrase.
QUOTES = frozenset({"'", '"', "‘", "’", "“", "”"})


def pattern_tokens(pattern: str) -> list[str]:
    return _PATTERN_TOKEN.findall(pattern)


class Trie(Generic[T]):
    """Token sequences to values; ``~suffix`` steps match any key that ends with the suffix (``~``: any key)."""

    __slots__ = ("children", "skippable", "suffixes", "values")

    def __init__(self, skippable: frozenset[str] = frozenset()) -> None:
        self.children: dict[str, Trie[T]] = {}
        self.suffixes: list[tuple[str, Trie[T]]] = []
        self.values: list[T] = []
        # keys that a match may pass over inside a sequence (a quote mark: 'पूरी तरह बेबुनियाद' बताया)
        self.skippable = skippable

    def add(self, keys: Sequence[str], value: T) -> None:
        node = self
        for key in keys:
            if key.startswith("~"):
                suffix = key[1:]
                child = next((n for s, n in node.suffixes if s == suffix), None)
                if child is None:
                    child = Trie()
                    node.suffixes.append((suffix, child))
                node = child
            else:
                node = node.children.setdefault(key, Trie())
        node.values.append(value)

    def longest(self, keys: Sequence[str], start: int) -> tuple[int, list[T]]:
        """The end of the longest match starting at ``start`` and its values; (start, []) when none."""
        best_end, best = start, []
        frontier: list[tuple[Trie[T], int, bool]] = [(self, start, False)]  # (node, position, after a skip)
        while frontier:
            node, i, skipped = frontier.pop()
            if node.values and i > best_end and not skipped:
                best_end, best = i, node.values
            if i >= len(keys):
                continue
            key = keys[i]
            if key in self.skippable and i > start:
                frontier.append((node, i + 1, True))
            child = node.children.get(key)
            if child is not None:
                frontier.append((child, i + 1, False))
            for suffix, child in node.suffixes:
                if key.endswith(suffix) and len(key) > len(suffix):
                    frontier.append((child, i + 1, False))
        return best_end, best


@dataclass(frozen=True, slots=True)
class TriggerPattern:
    """One lexicon pattern: an event type (or VETO), its kind and what its clause must show."""

    type: str
    kind: str
    needs: frozenset[str]
    text: str
    verbal: bool = False  # ends in an inflected verb (a verb, or a phrase written with a +V / +A paradigm)
    planned: bool = False  # what it tells is still to come, whatever the verb's tense (मदद का भरोसा दिलाया)


@dataclass(frozen=True, slots=True)
class TypeInfo:
    plover_type: str
    plover_mode: str | None
    gen_owner: str
    needs: frozenset[str]


@dataclass(frozen=True, slots=True)
class NominalHead:
    sector: str | None  # None: a head that names no political actor
    text: str
    title: bool = False  # a person's title: a name may follow (विदेश मंत्री सर्गेई लावरोव)

    @property
    def political(self) -> bool:
        return self.sector is not None


@dataclass(frozen=True, slots=True)
class Retype:
    source: str
    target: str
    window: int
    cues: frozenset[str]
    after: bool = False  # the cues follow the trigger (सहायता पर रोक), not precede it


@dataclass
class Lexicon:
    """The compiled vocabulary of the event stage."""

    types: dict[str, TypeInfo]
    triggers: Trie[TriggerPattern]
    nominals: Trie[NominalHead]
    postpositions: Trie[str]
    retypes: list[Retype]
    back_ref_gap: int
    demonstratives: frozenset[str]
    cataphoric: frozenset[str]
    deed_nouns: frozenset[str]
    attack_nouns: frozenset[str]
    dating_markers: Trie[str]
    time_references: Trie[str]
    instrument_markers: Trie[str]
    contrast_markers: Trie[str]
    light_verb_followers: frozenset[str]
    event_frames: frozenset[str]
    approval_words: frozenset[str]
    context_vetoes: dict[str, tuple[frozenset[str], tuple[tuple[str, ...], ...]]]
    coordinators: frozenset[str]
    clause_openers: frozenset[str]
    consequents: dict[str, frozenset[str]]  # तो -> the openers of the condition it closes
    relatives: dict[str, frozenset[str]]
    sentence_marks: frozenset[str]
    pronouns: frozenset[str]
    personal_pronouns: frozenset[str]
    genitive_object_triggers: frozenset[str]
    oblique_pronouns: frozenset[str]
    venue_words: frozenset[str]
    venue_heads: frozenset[str]
    fused_pronoun_cases: dict[str, str]  # gram key -> case (उसे: KO, उन्होंने: ERG)
    place_proforms: frozenset[str]
    first_person: frozenset[str]
    copula_subjects: frozenset[str]
    copulas: frozenset[str]
    demonstrative_genitives: frozenset[str]
    accusation_nouns: frozenset[str]
    multi_party: frozenset[str]
    staff_heads: frozenset[str]
    rank_words: frozenset[str]
    manner_nouns: Trie[str]
    manner_heads: frozenset[str]
    including_words: frozenset[str]
    linking_participles: frozenset[str]
    aid_goods: frozenset[str]
    surrender_words: frozenset[str]
    currency_words: frozenset[str]
    lender_heads: frozenset[str]
    sending_converbs: frozenset[str]
    tariff_words: frozenset[str]
    treaty_words: Trie[str]
    service_words: frozenset[str]
    invitation_nouns: frozenset[str]
    compound_heads: Trie[str]
    both_words: frozenset[str]
    attributions: tuple[tuple[str, ...], ...]
    these_words: dict[str, int]
    member_words: frozenset[str]
    new_agreement_words: frozenset[str]
    verb_adverbs: frozenset[str]
    agreement_nouns: frozenset[str]
    both_heads: frozenset[str]
    detail_markers: Trie[str]
    taking_part: frozenset[str]
    anaphoric_heads: frozenset[str]
    title_synonyms: dict[str, str]  # a title's content key (words joined by spaces) -> its full form's
    country_heads: frozenset[str]
    leader_heads: frozenset[str]
    place_nouns: frozenset[str]
    breach_nouns: frozenset[str]
    retort_words: frozenset[str]
    own_possessives: frozenset[str]
    own_heads: frozenset[str]
    participle_auxiliaries: frozenset[str]
    leadership: frozenset[str]
    verb_forms: frozenset[str]
    not_names: frozenset[str]
    name_closers: frozenset[str]
    honorifics: frozenset[str]
    signed_alone: frozenset[str]
    state_voices: frozenset[str]
    state_voice_heads: Trie[str]
    government_heads: frozenset[str]
    state_words: frozenset[str]
    government_leaders: frozenset[str]
    centre_words: frozenset[str]
    centre_actor: str | None
    centre_bodies: dict[str, str]  # a bare ministry's content key (words joined by spaces) -> the Centre's actor
    feature_heads: frozenset[str]
    negation: frozenset[str]
    call_off: frozenset[str]
    future_endings: tuple[str, ...]
    planned_words: frozenset[str]
    intention_nouns: frozenset[str]
    intending_nouns: frozenset[str]
    considering_words: frozenset[str]
    plan_nouns: frozenset[str]
    reported_words: frozenset[str]
    predicative_reported: frozenset[str]
    speech_verbs: frozenset[str]
    denial_words: frozenset[str]
    sources: list[str] = field(default_factory=list)

    def context_vetoed(self, scope: str, keys: Sequence[str], key_set: frozenset[str]) -> bool:
        """Whether a sentence (its content keys) holds a context cue of ``scope`` (a type, or "all")."""
        single, multi = self.context_vetoes.get(scope, (frozenset(), ()))
        if not key_set.isdisjoint(single):
            return True
        for cue in multi:
            n = len(cue)
            if any(tuple(keys[i:i + n]) == cue for i in range(len(keys) - n + 1) if keys[i] == cue[0]):
                return True
        return False

    def ends_in_attribution(self, gkeys: Sequence[str]) -> bool:
        """Whether a sentence ends in the attribution of what it told: …, मंत्रालय ने यह बात कही।"""
        keys = [g for g in gkeys if g not in self.sentence_marks]
        return any(tuple(keys[-len(a):]) == a for a in self.attributions)

    def relative_kind(self, gkey: str, following: str = "") -> str | None:
        """The kind of relative ``gkey`` opens, alone or with the word after it (जिस पर)."""
        for kind, words in self.relatives.items():
            if gkey in words or (following and f"{gkey} {following}" in words):
                return kind
        return None


class LexiconError(ValueError):
    """A lexicon data file that does not say what the loader expects."""


def _data_path(name: str) -> Path:
    return Path(str(resources.files("hindinews.events").joinpath(name)))


def _read(path: Path, expected_format: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise LexiconError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != expected_format:
        raise LexiconError(f"{path}: expected a mapping with format: {expected_format}")
    return data


def _expand(pattern: str, paradigms: Mapping[str, Sequence[str]]) -> list[str]:
    """Surface patterns of one lexicon pattern: ``stem+V`` becomes one pattern per ending of paradigm V."""
    outs = [""]
    for word in pattern.split():
        stem, plus, paradigm = word.partition("+")
        if plus:
            if paradigm not in paradigms:
                raise LexiconError(f"pattern {pattern!r}: unknown paradigm {paradigm!r}")
            forms = [stem + ending for ending in paradigms[paradigm]]
        else:
            forms = [word]
        outs = [f"{o} {f}".strip() for o in outs for f in forms]
    return outs


def _keys(pattern: str, key: Any = content_key) -> list[str]:
    return [tok if tok.startswith("~") else key(tok) for tok in _tilde_tokens(pattern)]


def _tilde_tokens(pattern: str) -> list[str]:
    out: list[str] = []
    for word in pattern.split():
        if word.startswith("~"):
            out.append("~" + content_key(word[1:]))
        else:
            out.extend(pattern_tokens(word))
    return out


def _cues(values: Iterable[str]) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    keyed = [tuple(content_key(t) for t in pattern_tokens(v)) for v in values]
    return frozenset(k[0] for k in keyed if len(k) == 1), tuple(k for k in keyed if len(k) > 1)


def _words(values: Iterable[str], key: Any = gram_key) -> frozenset[str]:
    return frozenset(key(v) for v in values)


def _phrase_key(value: str) -> str:
    """A word's gram key, or a two-word phrase's keys joined by one space."""
    return " ".join(gram_key(t) for t in value.split())


def _phrase_trie(values: Iterable[str], key: Any, value_of: Any = None) -> Trie[str]:
    trie: Trie[str] = Trie()
    for value in values:
        trie.add([key(t) for t in pattern_tokens(value)], value if value_of is None else value_of(value))
    return trie


def build_lexicon(triggers_path: Path, grammar_path: Path, actors_path: Path) -> Lexicon:
    """Compile the three data files; a LexiconError names the file and entry that is wrong."""
    trig = _read(triggers_path, "hindinews-event-triggers/1")
    gram = _read(grammar_path, "hindinews-event-grammar/1")
    acts = _read(actors_path, "hindinews-event-actors/1")
    paradigms: dict[str, list[str]] = trig.get("paradigms") or {}

    types: dict[str, TypeInfo] = {}
    triggers: Trie[TriggerPattern] = Trie(skippable=QUOTES)
    for type_name, spec in (trig.get("types") or {}).items():
        if type_name not in EVENT_CLASSES:
            raise LexiconError(f"{triggers_path}: unknown event type {type_name!r}")
        plover = spec.get("plover") or {}
        if "type" not in plover:
            raise LexiconError(f"{triggers_path}: {type_name} has no plover type")
        gen_owner = spec.get("gen_owner", "actor")
        if gen_owner not in GEN_OWNER_ROLES:
            raise LexiconError(f"{triggers_path}: {type_name}: gen_owner must be one of {sorted(GEN_OWNER_ROLES)}")
        type_needs = frozenset(spec.get("needs") or ())
        if type_needs - NEEDS:
            raise LexiconError(f"{triggers_path}: {type_name}: unknown needs {sorted(type_needs - NEEDS)}")
        types[type_name] = TypeInfo(plover["type"], plover.get("mode"), gen_owner, type_needs)
        for kind in TRIGGER_KINDS:
            for item in spec.get(kind) or ():
                pattern, needs = (item, frozenset()) if isinstance(item, str) else (
                    item["pattern"], frozenset(item.get("needs") or ()))
                planned = not isinstance(item, str) and bool(item.get("planned"))
                if needs - NEEDS:
                    raise LexiconError(f"{triggers_path}: {pattern!r}: unknown needs {sorted(needs - NEEDS)}")
                verbal = kind == "verb" or "+" in pattern.rsplit(" ", 1)[-1]
                for surface in _expand(pattern, paradigms):
                    triggers.add(_keys(surface),
                                 TriggerPattern(type_name, kind, type_needs | needs, surface, verbal, planned))
    for pattern in trig.get("vetoes") or ():
        for surface in _expand(pattern, paradigms):
            triggers.add(_keys(surface), TriggerPattern(VETO, "phrase", frozenset(), surface))

    nominals: Trie[NominalHead] = Trie()
    titles = {content_key(t) for t in acts.get("person_titles") or ()}
    for sector, heads in (acts.get("political") or {}).items():
        for head in heads:
            nominals.add(_keys(head), NominalHead(sector, head, "".join(_keys(head)) in titles))
    for head in acts.get("non_political") or ():
        nominals.add(_keys(head), NominalHead(None, head))

    postpositions: Trie[str] = Trie()
    for marker, case in (gram.get("postpositions") or {}).items():
        postpositions.add([gram_key(t) for t in pattern_tokens(marker)], case)

    back = trig.get("back_references") or {}
    retypes = [
        Retype(r["from"], r["to"], int(r.get("window", 3)), _words(r["cues"], content_key), bool(r.get("after")))
        for r in trig.get("retype") or ()
    ]
    vetoes = trig.get("context_vetoes") or {}
    modality = gram.get("modality") or {}
    relatives = {kind: _words(words, _phrase_key) for kind, words in (gram.get("relatives") or {}).items()}
    return Lexicon(
        types=types,
        triggers=triggers,
        nominals=nominals,
        postpositions=postpositions,
        retypes=retypes,
        back_ref_gap=int(back.get("gap", 1)),
        demonstratives=_words(back.get("demonstratives") or ()),
        cataphoric=_words(back.get("cataphoric") or ()),
        deed_nouns=_words(back.get("deed_nouns") or ()),
        attack_nouns=_words(back.get("attack_nouns") or ()),
        dating_markers=_phrase_trie(back.get("dating_markers") or (), gram_key),
        time_references=_phrase_trie(back.get("time_references") or (), gram_key),
        instrument_markers=_phrase_trie(trig.get("instrument_markers") or (), gram_key),
        contrast_markers=_phrase_trie(trig.get("contrast_markers") or (), gram_key),
        light_verb_followers=_words(trig.get("light_verb_followers") or ()),
        event_frames=_words(trig.get("event_frames") or ()),
        approval_words=_words(trig.get("approval_words") or ()),
        context_vetoes={k: _cues(v) for k, v in vetoes.items()},
        coordinators=_words(gram.get("coordinators") or ()),
        clause_openers=_words(gram.get("clause_openers") or ()),
        consequents={gram_key(w): _words(openers) for w, openers in (gram.get("consequents") or {}).items()},
        relatives=relatives,
        sentence_marks=_words(gram.get("sentence_marks") or ()),
        pronouns=_words(gram.get("pronouns") or ()),
        personal_pronouns=_words(gram.get("personal_pronouns") or ()),
        genitive_object_triggers=_words(gram.get("genitive_object_triggers") or (), content_key),
        oblique_pronouns=_words(gram.get("oblique_pronouns") or ()),
        venue_words=_words(gram.get("venue_words") or ()),
        venue_heads=_words(gram.get("venue_heads") or ()),
        fused_pronoun_cases={gram_key(w): case for case, words in (gram.get("fused_pronoun_cases") or {}).items()
                             for w in words},
        place_proforms=_words(gram.get("place_proforms") or ()),
        first_person=_words(gram.get("first_person") or ()),
        copula_subjects=_words(gram.get("copula_subjects") or ()),
        copulas=_words(gram.get("copulas") or ()),
        demonstrative_genitives=_words(gram.get("demonstrative_genitives") or ()),
        accusation_nouns=_words(gram.get("accusation_nouns") or (), content_key),
        multi_party=_words(gram.get("multi_party") or (), content_key),
        staff_heads=_words(gram.get("staff_heads") or (), content_key),
        rank_words=_words(gram.get("rank_words") or ()),
        manner_nouns=_phrase_trie(gram.get("manner_nouns") or (), content_key),
        manner_heads=_words(gram.get("manner_heads") or (), content_key),
        including_words=_words(gram.get("including_words") or ()),
        linking_participles=_words(gram.get("linking_participles") or ()),
        aid_goods=_words(gram.get("aid_goods") or (), content_key),
        surrender_words=_words(gram.get("surrender_words") or (), content_key),
        currency_words=_words(gram.get("currency_words") or (), content_key),
        lender_heads=_words(gram.get("lender_heads") or (), content_key),
        sending_converbs=_words(gram.get("sending_converbs") or ()),
        tariff_words=_words(gram.get("tariff_words") or (), content_key),
        treaty_words=_phrase_trie(gram.get("treaty_words") or (), content_key),
        service_words=_words(gram.get("service_words") or (), content_key),
        invitation_nouns=_words(gram.get("invitation_nouns") or (), content_key),
        compound_heads=_phrase_trie(gram.get("compound_heads") or (), content_key),
        both_words=_words(gram.get("both_words") or ()),
        attributions=tuple(tuple(gram_key(t) for t in pattern_tokens(a)) for a in gram.get("attributions") or ()),
        these_words={gram_key(w): int(n) for w, n in (gram.get("these_words") or {}).items()},
        member_words=_words(gram.get("member_words") or ()),
        new_agreement_words=_words(gram.get("new_agreement_words") or ()),
        verb_adverbs=_words(gram.get("verb_adverbs") or (), content_key),
        agreement_nouns=_words(gram.get("agreement_nouns") or ()),
        both_heads=_words(gram.get("both_heads") or ()),
        detail_markers=_phrase_trie(gram.get("detail_markers") or (), gram_key),
        taking_part=_words(gram.get("taking_part") or ()),
        anaphoric_heads=_words(gram.get("anaphoric_heads") or (), content_key),
        title_synonyms={" ".join(_keys(short)): " ".join(_keys(full))
                        for short, full in (acts.get("title_synonyms") or {}).items()},
        country_heads=_words(gram.get("country_heads") or ()),
        leader_heads=_words(gram.get("leader_heads") or ()),
        place_nouns=_words(gram.get("place_nouns") or (), content_key),
        breach_nouns=_words(gram.get("breach_nouns") or (), content_key),
        retort_words=_words(gram.get("retort_words") or (), content_key),
        own_possessives=_words(gram.get("own_possessives") or ()),
        own_heads=_words(gram.get("own_heads") or ()),
        participle_auxiliaries=_words(gram.get("participle_auxiliaries") or ()),
        leadership=_words(gram.get("leadership") or (), content_key),
        verb_forms=_words(gram.get("verb_forms") or ()),
        not_names=_words(gram.get("not_names") or ()),
        name_closers=_words(gram.get("name_closers") or ()),
        honorifics=_words(gram.get("honorifics") or ()),
        signed_alone=_words(gram.get("signed_alone") or (), content_key),
        state_voices=frozenset(gram.get("state_voices") or ()),
        state_voice_heads=_phrase_trie(gram.get("state_voice_heads") or (), content_key),
        government_heads=_words(gram.get("government_heads") or ()),
        state_words=_words(gram.get("state_words") or ()),
        government_leaders=frozenset(gram.get("government_leaders") or ()),
        centre_words=_words(gram.get("centre_words") or ()),
        centre_actor=gram.get("centre_actor"),
        centre_bodies={" ".join(_keys(name)): actor for name, actor in (gram.get("centre_bodies") or {}).items()},
        feature_heads=_words(gram.get("feature_heads") or (), content_key),
        negation=_words(modality.get("negation") or ()),
        call_off=_words(modality.get("call_off") or ()),
        future_endings=tuple(gram_key(e) for e in modality.get("future_endings") or ()),
        planned_words=_words(modality.get("planned_words") or (), content_key),
        intention_nouns=_words(modality.get("intention_nouns") or (), content_key),
        intending_nouns=_words(modality.get("intending_nouns") or (), content_key),
        considering_words=_words(modality.get("considering_words") or (), content_key),
        plan_nouns=_words(modality.get("plan_nouns") or (), content_key),
        reported_words=_words(modality.get("reported_words") or (), content_key),
        predicative_reported=_words(modality.get("predicative_reported") or (), content_key),
        speech_verbs=_words(modality.get("speech_verbs") or ()),
        denial_words=_words(modality.get("denial_words") or (), content_key),
        sources=[str(triggers_path), str(grammar_path), str(actors_path)],
    )


@lru_cache(maxsize=4)
def load_lexicon(
    triggers: str | None = None, grammar: str | None = None, actors: str | None = None
) -> Lexicon:
    """The packaged lexicon, or one built from other files (paths as strings, for caching)."""
    return build_lexicon(
        Path(triggers) if triggers else _data_path("triggers.yaml"),
        Path(grammar) if grammar else _data_path("grammar.yaml"),
        Path(actors) if actors else _data_path("actors.yaml"),
    )
