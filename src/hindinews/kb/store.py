"""Loading the knowledge base and matching names against it.

Every alias is indexed by its *token key*: the concatenated ``match_key`` of its tokens (tokens as
:mod:`hindinews.segment` cuts them), so a sentence's token n-gram and an alias meet in one dict look-up.
Look-ups go from strict to loose: exact key, then demonym, then a *variant key* that folds spellings
``match_key`` keeps apart (virama, anusvara, ``ै``/``े``, ``ाय``/``ाइ``, a final ``फ़``/``व``), then a
rapidfuzz fallback over variant keys whose threshold was measured (``benchmarks/bench_alias.py``).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import regex
import yaml
from rapidfuzz import fuzz, process

from hindinews.kb.model import KB_FORMAT, Actor, ActorRecord, GazetteerMatch, KBFile, PatchRecord, Resolution, Role
from hindinews.normalize import match_key, normalize_text

log = logging.getLogger(__name__)

# The segmenter's token pattern (hindinews.segment): aliases must split exactly as sentences do.
_TOKEN = regex.compile(r"\d++(?:[.,:/]\d++)++|[\p{L}\p{M}\p{Nd}]++|\S", regex.V1)

# Fuzzy fallback: a candidate must score at least this (rapidfuzz ratio, 0-100, on variant keys) and the
# query must be this long. Measured on tests/data/alias_pairs.tsv by benchmarks/bench_alias.py: see
# docs/knowledge-base.md for the precision at this threshold.
FUZZY_THRESHOLD = 90.0
FUZZY_MIN_LENGTH = 6

# Which actor wins an alias that several share (जॉर्जिया the country over the US state); then population.
_TYPE_RANK = {"country": 0, "organization": 1, "group": 1, "person": 2, "region": 3, "city": 3}
_POSTPOSITIONS = frozenset(match_key(w) for w in ("के", "की", "का", "को", "ने", "से", "में", "पर", "तक"))
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Label = Literal["PER", "LOC", "ORG"]


def tokenize_name(text: str) -> list[str]:
    """A name's tokens, cut as the segmenter cuts sentences."""
    return _TOKEN.findall(normalize_text(text))


def token_keys(tokens: Iterable[str]) -> list[str]:
    """``match_key`` of each token; punctuation tokens (hyphens) get the empty key."""
    return [match_key(t) for t in tokens]


_VARIANT_MAP = str.maketrans({"\u094d": None, "\u0902": None, "\u0903": None, "\u0948": "\u0947",
                              "\u094c": "\u094b", "\u0910": "\u090f", "\u0914": "\u0913", "ष": "श",
                              "ण": "न", "ऋ": "र", "\u0943": "\u093f"})


@lru_cache(maxsize=65536)
def variant_token_key(key: str) -> str:
    """Fold a token key further, for the variant and fuzzy look-ups only."""
    if key.endswith("फ"):  # Russian -ov written -ऑफ़ or -ओव: लावरोफ़ / लावरोव
        key = key[:-1] + "व"
    # ाय/ाइ (इज़रायल/इज़राइल), िय/ि (लावरेंतियेव/लावरेंतेव), यी/ई (नयी/नई)
    return key.replace("ाय", "ाइ").replace("िय", "ि").replace("यि", "इ").translate(_VARIANT_MAP)


def variant_key(keys: Iterable[str]) -> str:
    return "".join(variant_token_key(k) for k in keys)


def _fits(actor: Actor, labels: frozenset[str] | None) -> bool:
    return labels is None or actor.label in labels


@dataclass
class _Index:
    """The look-up tables, built once at load."""

    exact: dict[str, list[str]] = field(default_factory=dict)
    demonym: dict[str, list[str]] = field(default_factory=dict)
    variant: dict[str, list[str]] = field(default_factory=dict)
    # Keys the gazetteer skips: one-token aliases that are common words (गया, the city and "went").
    blocked: set[str] = field(default_factory=set)
    # Keys one text token must not match: spaced aliases that fold into a common word (सू ची ~ सूची, "list").
    blocked_alone: set[str] = field(default_factory=set)
    first_keys: set[str] = field(default_factory=set)
    max_tokens: int = 1

    def tables(self) -> tuple[dict[str, list[str]], ...]:
        return (self.exact, self.demonym, self.variant)

    def to_json(self) -> dict[str, Any]:
        return {"exact": self.exact, "demonym": self.demonym, "variant": self.variant,
                "blocked": sorted(self.blocked), "blocked_alone": sorted(self.blocked_alone),
                "first_keys": sorted(self.first_keys), "max_tokens": self.max_tokens}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> _Index:
        return cls(data["exact"], data["demonym"], data["variant"], set(data["blocked"]),
                   set(data.get("blocked_alone", ())), set(data["first_keys"]), data["max_tokens"])


class KnowledgeBase:
    """The actors and their match indexes. Build it with :func:`load_kb`; it is not changed after."""

    def __init__(self, actors: Sequence[Actor], common_words: Iterable[str] = (),
                 user_ids: Iterable[str] = (), *, index: _Index | None = None,
                 indexed: Iterable[str] = ()) -> None:
        """``index`` is a prebuilt index (from the compiled packaged KB) that already covers the actors
        whose ids are in ``indexed``; the others are added to it."""
        self.actors: dict[str, Actor] = {a.id: a for a in actors}
        # the last words of a party's name (पार्टी, लीग), from titles.yaml: the linker and the events stage
        # read a country's own party from them (फ़िजी की लेबर पार्टी is not the UK's)
        self.party_heads: tuple[str, ...] = titles().party_heads
        done = set(indexed) if index is not None else set()
        pending = [a for a in actors if a.id not in done]
        self.common_words = frozenset(match_key(w) for w in common_words)
        user = set(user_ids)
        order = {a.id: i for i, a in enumerate(actors)}

        def rank(actor_id: str) -> tuple[int, int, int, int]:
            a = self.actors[actor_id]
            return (0 if actor_id in user else 1, _TYPE_RANK[a.type], -(a.population or 0), order[actor_id])

        if index is None:
            index = _Index()
        for actor in pending:
            for name in (*actor.aliases, actor.canonical):
                self._add(index, name, actor.id, demonym=False)
            for name in actor.demonyms:
                for form in _demonym_forms(name):
                    self._add(index, form, actor.id, demonym=True)
        if pending:
            for table in index.tables():
                for ids in table.values():
                    if len(ids) > 1:
                        ids.sort(key=rank)
        self._index = index
        # A variant key that several actors share is ambiguous: the variant and fuzzy steps skip it.
        self._fuzzy_keys = [k for k, ids in index.variant.items() if len(ids) == 1]
        self._fuzzy_ids = [index.variant[k][0] for k in self._fuzzy_keys]
        self._resolve_cache: dict[tuple[str, frozenset[str] | None, bool], Resolution | None] = {}

    def _add(self, index: _Index, name: str, actor_id: str, *, demonym: bool) -> None:
        keys = token_keys(tokenize_name(name))
        key = "".join(keys)
        if len(key) < 2:
            return
        table = index.demonym if demonym else index.exact
        _append(table, key, actor_id)
        if not demonym:
            _append(index.variant, variant_key(keys), actor_id)
        content = [k for k in keys if k]
        if not demonym and len(content) == 1 and content[0] in self.common_words:
            index.blocked.add(key)
        else:
            if not demonym and key in self.common_words:
                index.blocked_alone.add(key)
            index.first_keys.add(keys[0])
            index.first_keys.add(key)
            index.max_tokens = max(index.max_tokens, len(keys))

    # ------------------------------------------------------------------------------------------ access

    def __len__(self) -> int:
        return len(self.actors)

    def __iter__(self) -> Any:
        return iter(self.actors.values())

    def get(self, kb_id: str) -> Actor | None:
        return self.actors.get(kb_id)

    def capital_of(self, kb_id: str) -> Actor | None:
        """The country whose capital the city ``kb_id`` is (a country's coordinates are its capital's), or
        None: in news a capital stands for its government (वाशिंगटन की निंदा, ढाका ने खारिज किया)."""
        city = self.actors.get(kb_id)
        if city is None or city.type != "city" or city.affiliation is None or city.lat is None or city.lon is None:
            return None
        country = self.actors.get(city.affiliation)
        if country is None or country.lat is None or country.lon is None:
            return None
        near = abs(country.lat - city.lat) < 0.1 and abs(country.lon - city.lon) < 0.1
        return country if near else None

    def counts(self) -> dict[str, int]:
        """Actors per type."""
        out: dict[str, int] = {}
        for actor in self.actors.values():
            out[actor.type] = out.get(actor.type, 0) + 1
        return dict(sorted(out.items()))

    # ------------------------------------------------------------------------------------------ look-ups

    def lookup(self, text: str, labels: Iterable[str] | None = None) -> Actor | None:
        """The actor ``text`` names, or None. ``labels`` (PER/LOC/ORG) restricts the candidates."""
        found = self.resolve(text, labels)
        return found.actor if found is not None else None

    def resolve(self, text: str, labels: Iterable[str] | None = None, *, fuzzy: bool = True) -> Resolution | None:
        """Like :meth:`lookup`, saying how the actor was found (``method``: exact, demonym, variant, fuzzy).

        Leading titles (राष्ट्रपति पुतिन) and trailing postpositions (रूस के) are set aside first.
        """
        keys = token_keys(tokenize_name(text))
        return self.resolve_keys(keys, labels, fuzzy=fuzzy)

    def resolve_keys(self, keys: Sequence[str], labels: Iterable[str] | None = None, *,
                     fuzzy: bool = True) -> Resolution | None:
        """:meth:`resolve` over token keys (``match_key`` of each token)."""
        label_set = frozenset(labels) if labels is not None else None
        keys = list(keys)
        while keys and (not keys[-1] or keys[-1] in _POSTPOSITIONS):
            keys.pop()
        while keys and not keys[0]:
            keys.pop(0)
        cache_key = ("\x1f".join(keys), label_set, fuzzy)
        if cache_key in self._resolve_cache:
            return self._resolve_cache[cache_key]
        found = self._resolve(keys, label_set, fuzzy)
        if found is None:
            skip = titles().prefix_length(keys)
            if 0 < skip < len(keys):
                found = self._resolve(keys[skip:], label_set, fuzzy)
        if len(self._resolve_cache) > 100_000:
            self._resolve_cache.clear()
        self._resolve_cache[cache_key] = found
        return found

    def _resolve(self, keys: list[str], labels: frozenset[str] | None, fuzzy: bool) -> Resolution | None:
        key = "".join(keys)
        if not key:
            return None
        index = self._index
        for method, table in (("exact", index.exact), ("demonym", index.demonym)):
            for actor_id in table.get(key, ()):
                actor = self.actors[actor_id]
                if _fits(actor, labels):
                    return Resolution(actor, method)  # type: ignore[arg-type]
        vkey = variant_key(keys)
        candidates = [self.actors[i] for i in index.variant.get(vkey, ()) if _fits(self.actors[i], labels)]
        if len(candidates) == 1:
            return Resolution(candidates[0], "variant", 100.0)
        if not fuzzy or len(vkey) < FUZZY_MIN_LENGTH or candidates:
            return None
        best = process.extractOne(vkey, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
        if best is None:
            return None
        actor = self.actors[self._fuzzy_ids[best[2]]]
        if not _fits(actor, labels):
            return None
        return Resolution(actor, "fuzzy", float(best[1]))

    def is_title(self, norms: Sequence[str]) -> bool:
        """Whether tokens are titles and their modifiers only (अमीर, पूर्व विदेश मंत्री): no name among them."""
        keys = token_keys(norms)
        return bool(keys) and titles().prefix_length(keys) == len(keys)

    def find_in_tokens(self, norms: Sequence[str], *, include_demonyms: bool = False) -> list[GazetteerMatch]:
        """Longest non-overlapping KB aliases over a sentence's normalized tokens, left to right.

        One-token aliases that are common Hindi words are not matched here (they still resolve through
        :meth:`lookup`). Demonyms (रूसी) are matched only with ``include_demonyms``; they are adjectives,
        not names, so the NER gazetteer leaves them out. Linear in ``len(norms)``.
        """
        keys = token_keys(norms)
        return self.find_in_keys(keys, include_demonyms=include_demonyms)

    def find_in_keys(self, keys: Sequence[str], *, include_demonyms: bool = False) -> list[GazetteerMatch]:
        n = len(keys)
        out: list[GazetteerMatch] = []
        i = 0
        while i < n:
            hit = self._longest_at(keys, i, include_demonyms)
            if hit is not None and any(
                (later := self._longest_at(keys, k, include_demonyms)) is not None and later.end > hit.end
                for k in range(i + 1, hit.end)
            ):
                # राष्ट्रपति [शी जिनपिंग]: a longer name starts inside this one and runs past it; it wins.
                hit = None
            if hit is None:
                i += 1
            else:
                out.append(hit)
                i = hit.end
        return out

    def _longest_at(self, keys: Sequence[str], i: int, include_demonyms: bool) -> GazetteerMatch | None:
        """The longest alias (or demonym) starting at token ``i``."""
        index = self._index
        if keys[i] not in index.first_keys:
            return None
        for length in range(min(index.max_tokens, len(keys) - i), 0, -1):
            if not keys[i + length - 1]:
                continue
            key = "".join(keys[i : i + length])
            common = key in index.blocked or (length == 1 and key in index.blocked_alone)
            ids = index.exact.get(key) if not common else None
            demonym = False
            if ids is None and include_demonyms:
                ids = index.demonym.get(key)
                demonym = True
            if ids:
                actor = self.actors[ids[0]]
                return GazetteerMatch(i, i + length, actor.id, actor.label, demonym)
        return None

    def match_ending_at(self, keys: Sequence[str], end: int, *,
                        include_demonyms: bool = True) -> tuple[Actor, int, bool] | None:
        """The longest alias (or demonym) whose tokens end just before ``end``: (actor, start, demonym)."""
        index = self._index
        for length in range(min(index.max_tokens, end), 0, -1):
            start = end - length
            if not keys[start]:
                continue
            key = "".join(keys[start:end])
            ids = index.exact.get(key)
            if ids:
                return self.actors[ids[0]], start, False
            if include_demonyms:
                ids = index.demonym.get(key)
                if ids:
                    return self.actors[ids[0]], start, True
        return None


def _append(table: dict[str, list[str]], key: str, actor_id: str) -> None:
    ids = table.setdefault(key, [])
    if actor_id not in ids:
        ids.append(actor_id)


def _demonym_forms(word: str) -> list[str]:
    """A demonym and its plural oblique form: रूसी -> रूसियों, भारतीय -> भारतीयों."""
    forms = [word]
    if word.endswith("ी"):
        forms.append(word[:-1] + "ियों")
    elif word.endswith("य"):
        forms.append(word + "ों")
    return forms


# ------------------------------------------------------------------------------------------------ titles


@dataclass(frozen=True)
class Title:
    """A title as text writes it before a name: English ``role`` and a CAMEO sector (GOV, MIL, REB ...)."""

    role: str
    sector: str | None


@dataclass
class TitleLexicon:
    """Titles (विदेश मंत्री) and the modifiers that qualify them (उप, पूर्व, विद्रोही), from titles.yaml."""

    titles: dict[str, Title]
    modifiers: dict[str, Title]
    max_tokens: int
    party_heads: tuple[str, ...] = ()  # the last words of a party's name (पार्टी, लीग), as written

    def title_ending_at(self, keys: Sequence[str], end: int) -> tuple[str, str | None, int] | None:
        """The title (with its modifiers) whose tokens end just before ``end``: (role, sector, start)."""
        found = self._ending_at(self.titles, keys, end)
        if found is None:
            return None
        title, start = found
        role, sector = title.role, title.sector
        prefixes: list[str] = []
        while True:
            modifier = self._ending_at(self.modifiers, keys, start)
            if modifier is None:
                break
            mod, start = modifier
            if mod.role:
                prefixes.insert(0, mod.role)
            sector = mod.sector or sector
        return " ".join([*prefixes, role]), sector, start

    def _ending_at(self, table: dict[str, Title], keys: Sequence[str], end: int) -> tuple[Title, int] | None:
        for length in range(min(self.max_tokens, end), 0, -1):
            start = end - length
            if not keys[start]:
                continue
            title = table.get("".join(keys[start:end]))
            if title is not None:
                return title, start
        return None

    def prefix_length(self, keys: Sequence[str]) -> int:
        """How many leading tokens are titles and modifiers (राष्ट्रपति, पूर्व विदेश मंत्री)."""
        i = 0
        while i < len(keys):
            step = 0
            for length in range(min(self.max_tokens, len(keys) - i), 0, -1):
                key = "".join(keys[i : i + length])
                if key and (key in self.titles or key in self.modifiers):
                    step = length
                    break
            if step == 0:
                break
            i += step
        return i


@lru_cache(maxsize=1)
def titles() -> TitleLexicon:
    data = _read_data("titles.yaml")
    table: dict[str, Title] = {}
    modifiers: dict[str, Title] = {}
    longest = 1
    for group, target in (("titles", table), ("modifiers", modifiers)):
        for entry in data[group]:
            title = Title(entry.get("en", ""), entry.get("sector"))
            for form in entry["hi"]:
                keys = token_keys(tokenize_name(form))
                target["".join(keys)] = title
                longest = max(longest, len(keys))
    return TitleLexicon(table, modifiers, longest, tuple(data.get("party_heads") or ()))


# ------------------------------------------------------------------------------------------------ loading


def _read_data(name: str) -> Any:
    return yaml.load(resources.files("hindinews.kb").joinpath("data").joinpath(name).read_text(encoding="utf-8"),
                     Loader=_LOADER)


def packaged_files() -> list[Path]:
    """The KB files shipped with the package, in load order."""
    folder = resources.files("hindinews.kb").joinpath("data").joinpath("actors")
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith((".yaml", ".yml", ".json")))


def read_kb_file(path: Path) -> KBFile:
    """Parse and validate one KB file; a bad file raises ValueError naming the file and the entry."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise ValueError(f"cannot read knowledge-base file {path}: {err}") from err
    try:
        data = json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=_LOADER)
    except (yaml.YAMLError, json.JSONDecodeError) as err:
        raise ValueError(f"knowledge-base file {path} is not valid {path.suffix[1:].upper()}: {err}") from err
    if isinstance(data, list):  # a bare list of actors is accepted too
        data = {"format": KB_FORMAT, "actors": data}
    if not isinstance(data, dict):
        raise ValueError(f"knowledge-base file {path}: expected a mapping with 'actors', got {type(data).__name__}")
    try:
        return KBFile.model_validate(data)
    except Exception as err:
        raise ValueError(f"knowledge-base file {path} does not follow the format {KB_FORMAT}:\n{err}") from err


def _merge(files: Sequence[Path], user_files: Sequence[Path],
           base: Sequence[Actor] = ()) -> tuple[list[Actor], set[str], set[str]]:
    """Actors of ``base`` plus those of the files, patches applied: (actors, user ids, patched ids)."""
    records: dict[str, ActorRecord] = {a.id: a for a in base}
    origin: dict[str, Path | None] = {a.id: None for a in base}
    patches: list[tuple[Path, PatchRecord]] = []
    user_ids: set[str] = set()
    for path in [*files, *user_files]:
        is_user = path in user_files
        kb_file = read_kb_file(path)
        for record in kb_file.actors:
            if record.id in records and not (is_user and record.id not in user_ids):
                raise ValueError(f"actor id {record.id!r} is defined in both {origin[record.id]} and {path}")
            records[record.id] = record
            origin[record.id] = path
            if is_user:
                user_ids.add(record.id)
        patches.extend((path, p) for p in kb_file.patches)
    extra_aliases: dict[str, list[str]] = {}
    extra_demonyms: dict[str, list[str]] = {}
    for path, patch in patches:
        if patch.id not in records:
            raise ValueError(f"{path}: patch for unknown actor id {patch.id!r}")
        extra_aliases.setdefault(patch.id, []).extend(patch.aliases)
        extra_demonyms.setdefault(patch.id, []).extend(patch.demonyms)
    actors = []
    for actor_id, record in records.items():
        if isinstance(record, Actor) and actor_id not in extra_aliases:
            actors.append(record)
            continue
        data = record.model_dump(by_alias=True, exclude_none=True)
        data["aliases"] = tuple(dict.fromkeys([*record.aliases, *extra_aliases.get(actor_id, ())]))
        data["demonyms"] = tuple(dict.fromkeys([*record.demonyms, *extra_demonyms.get(actor_id, ())]))
        if record.type == "person" and record.affiliation:
            # Defaults documented in docs/knowledge-base.md: a role belongs to the person's country, and a
            # person without a code is coded as that country's government.
            for role in data.get("roles", ()):
                if role.get("country") is None and role.get("org") is None:
                    role["country"] = record.affiliation
            if record.code is None and record.affiliation in records:
                country_code = records[record.affiliation].code
                if country_code:
                    data["code"] = country_code + "GOV"
        actors.append(Actor.model_validate(data))
    known = set(records)
    for actor in actors:
        for ref in [actor.affiliation, *(r.country for r in actor.roles), *(r.org for r in actor.roles)]:
            if ref is not None and ref not in known:
                raise ValueError(f"actor {actor.id!r} refers to unknown actor id {ref!r}")
    return actors, user_ids, set(extra_aliases)


def build_kb(files: Sequence[Path], user_files: Sequence[Path] = ()) -> KnowledgeBase:
    """A KnowledgeBase from ``files`` and ``user_files`` (whose actors win aliases they share), from YAML.

    An actor defined twice is an error, except that a user file may redefine an actor of ``files`` (its
    entry replaces it). Patches apply after all definitions.
    """
    actors, user_ids, _ = _merge(files, user_files)
    return KnowledgeBase(actors, common_words=_read_data("common_words.yaml")["words"], user_ids=user_ids)


# The packaged KB, compiled: validated actors and the built index in one JSON file, so that loading takes
# a few hundredths of a second instead of parsing YAML and folding every alias. `python -m
# hindinews.kb.build` writes it; its fingerprint says which data files it was compiled from, and a stale
# one is ignored (with a warning) rather than trusted.
COMPILED = "compiled.json"


def fingerprint(files: Sequence[Path]) -> str:
    digest = hashlib.sha256()
    for path in [*files, _data_path("common_words.yaml")]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _data_path(name: str) -> Path:
    return Path(str(resources.files("hindinews.kb").joinpath("data").joinpath(name)))


def compile_packaged() -> dict[str, Any]:
    """The compiled form of the packaged KB (what ``data/compiled.json`` holds)."""
    files = packaged_files()
    kb = build_kb(files)
    return {"format": KB_FORMAT + "+compiled", "fingerprint": fingerprint(files),
            "actors": [a.model_dump(by_alias=True, exclude_none=True, exclude_defaults=True)
                       for a in kb.actors.values()],
            "index": kb._index.to_json()}


def _packaged_compiled() -> tuple[list[Actor], _Index] | None:
    path = _data_path(COMPILED)
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("fingerprint") != fingerprint(packaged_files()):
        log.warning("%s is stale (the KB data files changed): loading from YAML; "
                    "run `python -m hindinews.kb.build` to refresh it", path)
        return None
    actors = [_trusted_actor(a) for a in data["actors"]]
    return actors, _Index.from_json(data["index"])


def _trusted_actor(data: dict[str, Any]) -> Actor:
    """An Actor from compiled data that was validated when it was compiled: no second validation."""
    roles = tuple(Role.model_construct(**{("start" if k == "from" else "end" if k == "to" else k): v
                                           for k, v in r.items()}) for r in data.get("roles", ()))
    fields = {**data, "roles": roles, "aliases": tuple(data.get("aliases", ())),
              "demonyms": tuple(data.get("demonyms", ()))}
    return Actor.model_construct(**fields)


@lru_cache(maxsize=8)
def _load(user_files: tuple[Path, ...], stamps: tuple[float, ...]) -> KnowledgeBase:
    compiled = _packaged_compiled()
    if compiled is None:
        return build_kb(packaged_files(), list(user_files))
    base, index = compiled
    if not user_files:
        return KnowledgeBase(base, index=index, indexed=[a.id for a in base])
    actors, user_ids, patched = _merge([], list(user_files), base)
    fresh = {a.id for a in base} - user_ids - patched
    common = _read_data("common_words.yaml")["words"]
    return KnowledgeBase(actors, common_words=common, user_ids=user_ids, index=index, indexed=fresh)


def load_kb(extra: Sequence[str | Path] | None = None) -> KnowledgeBase:
    """The packaged knowledge base plus the user's files (``extra``: YAML/JSON files or folders of them).

    Cached per process for the same files (a file changed on disk is re-read).
    """
    user_files: list[Path] = []
    for item in extra or ():
        path = Path(item)
        if path.is_dir():
            user_files.extend(sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml", ".json")))
        elif path.is_file():
            user_files.append(path)
        else:
            raise ValueError(f"knowledge-base path {path} does not exist")
    resolved = tuple(p.resolve() for p in user_files)
    return _load(resolved, tuple(p.stat().st_mtime for p in resolved))
