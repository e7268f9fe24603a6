"""The ``link`` pipeline stage: every entity mention gets an actor id, its canonical name, code and role.

For each document:

1. **Role and affiliation from the words before a name.** A title (``titles.yaml``: विदेश मंत्री, उप
   प्रधानमंत्री) with its modifiers (उप, पूर्व, विद्रोही) ending just before the mention (or opening the
   mention itself) gives ``role``; a country, a demonym or an affiliated organization before the title
   (``रूस के``, ``अमेरिकी``, ``क्रेमलिन के``) gives ``affiliation`` — whether or not the person is in the KB.
2. **KB resolution** of the name (without the title): exact, demonym, variant, fuzzy (see ``store``).
3. **In-document coreference** for persons: a mention whose tokens are the last (surname) or first tokens
   of a longer person mention in the same document takes that mention's actor. A short mention that is a
   KB alias of its own keeps its KB actor (``असद`` = Bashar al-Assad even next to ``असद अल-शैबानी``), unless
   a longer mention in the document ends in it, belongs to someone else, and the KB actor is never named
   in full. A mention the KB does not know gets ``local:<key>``, shared by its variants and short forms.
   One name is one person in a story: a bare mention takes the actor that initials made sure of at another
   mention of the same name (एम.के. स्टालिन … स्टालिन).
4. Mentions of one actor share the role and affiliation read at any of them when they have none.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from hindinews.kb.model import Actor, Resolution
from hindinews.kb.store import KnowledgeBase, titles, token_keys, variant_token_key
from hindinews.normalize import Normalized, match_key
from hindinews.schema import Document, Entity

_OF = frozenset(match_key(w) for w in ("के", "की", "का"))


@dataclass
class _Mention:
    entity: Entity
    start: int
    end: int
    name_start: int
    content: tuple[str, ...]  # variant keys of the name's tokens, punctuation dropped
    resolution: Resolution | None = None
    role: str | None = None
    sector: str | None = None
    affiliation: str | None = None
    final: str | None = None
    by_initials: bool = False  # resolved with the initials before the name (एम.के. स्टालिन)


class EntityLinker:
    """Fills ``kb_id``, ``canonical``, ``code``, ``role`` and ``affiliation`` of each ``doc.entities``."""

    name = "link"

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.titles = titles()
        self.party_heads = frozenset(token_keys(kb.party_heads))

    def process(self, docs: list[Document], views: list[Normalized]) -> None:
        for doc in docs:
            self.link_document(doc)

    def link_document(self, doc: Document) -> None:
        if not doc.entities or not doc.tokens:
            return
        tokens = doc.tokens
        keys = token_keys(t.norm for t in tokens)
        periods = {i for i, t in enumerate(tokens) if t.norm == "."}
        starts = [t.start for t in tokens]
        ends = [t.end for t in tokens]
        sentence_start: dict[int, int] = {}
        for i, token in enumerate(tokens):
            sentence_start.setdefault(token.sentence, i)
        mentions = []
        for entity in doc.entities:
            first = bisect_right(ends, entity.start)  # first token ending after the entity starts
            last = bisect_left(starts, entity.end)  # first token starting at or after the entity's end
            if first >= last:
                continue
            floor = sentence_start.get(tokens[first].sentence, 0)
            mentions.append(self._read(entity, keys, first, last, floor, periods))
        year = doc.published.year if doc.published is not None else None
        for m in mentions:
            if _out_of_office(m, year):
                m.resolution = None
        self._corefer(mentions)
        self._fill(doc, mentions, year)

    # ------------------------------------------------------------------------------------------ reading

    def _read(self, entity: Entity, keys: list[str], start: int, end: int, floor: int, periods: set[int]) -> _Mention:
        span_keys = keys[start:end]
        inner = self.titles.prefix_length(span_keys)
        name_start = start + inner if inner < end - start else start
        found = self.titles.title_ending_at(keys[floor:name_start], name_start - floor)
        # Initials the tagger left out before the name (मुख्यमंत्री एम.के. [स्टालिन]): letters each closed by a full
        # stop (not a quote mark or a short word: "… अपमान है।' [स्टालिन] ने").
        initials = name_start
        while initials - 2 >= floor and name_start - initials < 4 and initials - 1 in periods \
                and keys[initials - 2] and len(keys[initials - 2]) <= 2:
            initials -= 2
        if found is None and initials < name_start:
            found = self.titles.title_ending_at(keys[floor:initials], initials - floor)
        role = sector = affiliation = None
        if found is not None:
            role, sector, title_start = found
            title_start += floor
            affiliation = self._affiliation_before(keys, title_start, floor)
        name_keys = keys[name_start:end]
        content = tuple(variant_token_key(k) for k in name_keys if k)
        mention = _Mention(entity, start, end, name_start, content, role=role or None, sector=sector,
                           affiliation=affiliation)
        if initials < name_start:
            mention.resolution = self.kb.resolve_keys(keys[initials:end], [entity.label], fuzzy=False)
            mention.by_initials = mention.resolution is not None
        if mention.resolution is None:
            mention.resolution = self.kb.resolve_keys(name_keys, [entity.label])
        if mention.resolution is None and name_start > start:
            # A title that is part of the name the KB knows (शेख़ हसीना): the whole span.
            mention.resolution = self.kb.resolve_keys(span_keys, [entity.label], fuzzy=False)
        if mention.resolution is None:
            # The tagger may mislabel a name the KB knows (क्रेमलिन tagged LOC): trust a strict KB match.
            # Not a person's name that is also a place's (संयुक्त राष्ट्र अधिकारी होम्स is not Homs).
            strict = self.kb.resolve_keys(name_keys, None, fuzzy=False)
            if strict is not None and not (entity.label == "PER" and strict.actor.type in ("city", "region")):
                mention.resolution = strict
        owner = self._namesake_owner(mention.resolution.actor, keys, start, end, floor) \
            if mention.resolution is not None else None
        if owner is not None:
            # फ़िजी की लेबर पार्टी: Fiji's own party, not the KB's namesake (the UK's Labour Party)
            mention.affiliation, mention.resolution = owner, None
        if mention.resolution is None and mention.affiliation is None:
            # An unknown name that opens with a country or demonym (सीरियाई टीवी, रूसी सेना) belongs to it.
            first = self.kb.find_in_keys(name_keys[:4], include_demonyms=True)
            if first and first[0].start == 0 and first[0].end < len(name_keys):
                actor = self.kb.get(first[0].kb_id)
                if actor is not None and (first[0].demonym or actor.type == "country"):
                    mention.affiliation = _country_of(actor)
        return mention

    def _namesake_owner(self, actor: Actor, keys: list[str], start: int, end: int, floor: int) -> str | None:
        """The other country whose genitive stands before a KB party of one country (फ़िजी की लेबर पार्टी: Fiji),
        else None."""
        if actor.type != "organization" or actor.affiliation is None or start - 2 < floor \
                or keys[start - 1] not in _OF or keys[end - 1] not in self.party_heads:
            return None
        owner = self._affiliation_before(keys, start, floor)
        return owner if owner != actor.affiliation else None

    def _affiliation_before(self, keys: list[str], title_start: int, floor: int) -> str | None:
        """``रूस के`` / ``अमेरिकी`` / ``क्रेमलिन के`` before a title: the country it names."""
        window = keys[floor:title_start]
        end = len(window)
        found = None
        if end >= 2 and window[end - 1] in _OF:
            found = self.kb.match_ending_at(window, end - 1, include_demonyms=False)
        if found is None and end >= 1:
            found = self.kb.match_ending_at(window, end, include_demonyms=True)
            if found is not None and not found[2] and found[0].type != "country":
                found = None  # a bare name before a title is another mention, not an affiliation
        if found is None:
            return None
        return _country_of(found[0])

    # ------------------------------------------------------------------------------------------ coreference

    def _corefer(self, mentions: list[_Mention]) -> None:
        persons = [m for m in mentions if m.entity.label == "PER" and m.content]
        local_ids: dict[tuple[str, ...], str] = {}
        for m in sorted(persons, key=lambda m: (-len(m.content), m.start)):
            longer = [(rel, other) for other in persons
                      if (rel := _relation(m.content, other.content)) is not None]
            resolution = m.resolution
            if resolution is not None and resolution.method != "fuzzy":
                own = resolution.actor.id
                conflicts = [(rel, o) for rel, o in longer if rel == "suffix" and o.final != own]
                supported = any(o.final == own for _, o in longer) or any(
                    o is not m and o.final == own and len(o.content) > len(m.content) for o in persons)
                m.final = _closest(m, conflicts).final if conflicts and not supported else own
            elif longer:
                m.final = _closest(m, longer).final
            elif resolution is not None:
                m.final = resolution.actor.id
            else:
                m.final = local_ids.setdefault(m.content, "local:" + "".join(m.content))
        for m in mentions:
            if m.final is not None:
                continue
            # अराग़ची tagged ORG after अब्बास अराग़ची: an unknown name that is a person's surname in the
            # document is that person (and the entity becomes a PER)
            surname_of = [o for o in persons if o.final is not None and not o.final.startswith("local:")
                          and _relation(m.content, o.content) == "suffix"] if m.resolution is None else []
            if surname_of:
                m.final = _closest(m, [("suffix", o) for o in surname_of]).final
                m.entity.label = "PER"
            elif m.resolution is not None:
                m.final = m.resolution.actor.id
            elif m.content:
                m.final = local_ids.setdefault(m.content, "local:" + "".join(m.content))
        # One name, one person in a story: a bare स्टालिन after मुख्यमंत्री एम.के. स्टालिन is M. K. Stalin, not the
        # KB's other स्टालिन; the person the initials made sure of wins.
        sure = {m.content: m.final for m in persons if m.by_initials and m.final is not None}
        for m in persons:
            if m.content in sure and not m.by_initials:
                m.final = sure[m.content]

    # ------------------------------------------------------------------------------------------ output

    def _fill(self, doc: Document, mentions: list[_Mention], year: int | None) -> None:
        groups: dict[str, list[_Mention]] = {}
        for m in mentions:
            if m.final is not None:
                groups.setdefault(m.final, []).append(m)
        for final, group in groups.items():
            role = next((m.role for m in group if m.role), None)
            sector = next((m.sector for m in group if m.sector), None)
            affiliation = next((m.affiliation for m in group if m.affiliation), None)
            actor = self.kb.get(final)
            fullest = max(group, key=lambda m: (len(m.content), -m.start))
            local_name = doc.text[doc.tokens[fullest.name_start].start : doc.tokens[fullest.end - 1].end]
            for m in group:
                entity = m.entity
                entity.kb_id = final
                entity.role = m.role or role
                if actor is not None:
                    entity.canonical = actor.canonical
                    entity.affiliation = m.affiliation or affiliation or _country_of(actor)
                    entity.code = actor.code_in(year) or self._code(entity.affiliation, m.sector or sector)
                else:
                    entity.canonical = local_name
                    entity.affiliation = m.affiliation or affiliation
                    entity.code = self._code(entity.affiliation, m.sector or sector)

    def _code(self, affiliation: str | None, sector: str | None) -> str | None:
        """CAMEO-style code of an actor known only by its affiliation and title: RUS + GOV."""
        country = self.kb.get(affiliation) if affiliation else None
        if country is None or country.code is None:
            return None
        return country.code + (sector or "")


def _country_of(actor: Actor) -> str | None:
    return actor.id if actor.type == "country" else actor.affiliation


def _relation(short: tuple[str, ...], long: tuple[str, ...]) -> str | None:
    """How a short name sits in a longer one: its surname part ("suffix") or first-name part ("prefix")."""
    n = len(short)
    if n >= len(long):
        return None
    if long[-n:] == short:
        return "suffix"
    if long[:n] == short:
        return "prefix"
    return None


def _out_of_office(m: _Mention, year: int | None) -> bool:
    """A person resolved by a bare name whose every office ended long before the article, named there with a
    current title: "मुख्यमंत्री … स्टालिन" in 2025 is not Joseph Stalin."""
    if m.resolution is None or year is None or not m.role or "former" in m.role or m.role.startswith("then"):
        return False
    actor = m.resolution.actor
    roles = getattr(actor, "roles", ())
    return actor.type == "person" and bool(roles) and all(r.end is not None and r.end < year - 5 for r in roles)


def _closest(m: _Mention, candidates: list[tuple[str, _Mention]]) -> _Mention:
    """The antecedent a short mention most likely means: a surname match, a KB actor, the nearest before."""

    def rank(item: tuple[str, _Mention]) -> tuple[bool, bool, bool, int, int]:
        rel, other = item
        return (rel != "suffix", bool(other.final and other.final.startswith("local:")),
                other.start > m.start, abs(other.start - m.start), -len(other.content))

    return min(candidates, key=rank)[1]
