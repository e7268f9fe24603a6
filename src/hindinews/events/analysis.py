"""Clause structure and actor mentions of one sentence, read from tokens, entities and the knowledge base.

Hindi marks a noun phrase's role with the postposition after it (ने, से, को, में, पर, का/की/के ...), so the
analysis is shallow and fast: find the mentions (named entities, knowledge-base names and demonyms,
nominal heads such as प्रतिनिधिमंडल or सरकार, pronouns), merge them into noun phrases (रूस का एक बड़ा
प्रतिनिधिमंडल -> Russia as a delegation; रूस के विदेश मंत्री सर्गेई लावरोव -> Lavrov), read the case marker after
each, spread it over coordinated lists (X और Y से), and cut the sentence into clauses at relative words,
complementizers and clause-coordinating और.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice, pairwise
from typing import Any

from hindinews.events.lexicon import Lexicon, content_key, gram_key
from hindinews.schema import Entity, TimeExpression, Token

PLACE_TYPES = frozenset({"country", "city", "region"})
# Clause kinds: how a clause hangs on the one before it.
MAIN, COORD, OPENER, REL_SUBJECT, REL_GENITIVE, REL_OBJECT, REL_PLACE, INCLUSION = (
    "main", "coord", "opener", "subject", "genitive", "object", "place", "inclusion")


@dataclass
class Mention:
    """A candidate argument: tokens ``[start, end)`` of the sentence, with what is known of its actor."""

    start: int
    end: int
    kind: str  # named | nominal | pronoun | relative | proform
    kb_id: str | None = None
    canonical: str | None = None
    code: str | None = None
    label: str | None = None
    actor_type: str | None = None  # the KB type: country, city, region, person, organization, group
    country: str | None = None  # KB id of the actor's country
    sector: str | None = None  # GOV, MIL, REB ... for nominal heads
    political: bool | None = None  # None: not known
    demonym: bool = False
    case: str | None = None  # the case marker after the phrase (NOM when None)
    case_end: int = 0  # first token after the case marker
    clause: int = 0

    @property
    def place(self) -> bool:
        if self.sector is not None:
            return False
        return self.actor_type in PLACE_TYPES or (self.actor_type is None and self.label == "LOC")

    @property
    def identity(self) -> str | None:
        """What makes two mentions the same actor: the KB id, else the canonical name; None if neither."""
        if self.kb_id:
            return self.kb_id
        if self.canonical:
            return "canonical:" + self.canonical.lower()
        return None


@dataclass
class Clause:
    start: int
    end: int
    kind: str
    parent: int | None  # the clause a relative, complement or coordinated clause hangs on
    opener: int | None = None  # token index of the relative word / complementizer
    group: int = 0  # clauses joined by और share their subject and time


@dataclass
class SentenceAnalysis:
    index: int
    part: int
    part_kind: str
    tokens: list[Token]
    ckeys: list[str]  # content keys
    gkeys: list[str]  # grammar keys
    mentions: list[Mention] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)
    clause_of: list[int] = field(default_factory=list)
    time_tokens: set[int] = field(default_factory=set)
    # Words inside an organization's name, before its last word (शंघाई [सहयोग] संगठन, [समझौता] एक्सप्रेस is
    # not one): an event noun there is part of the name.
    name_tokens: set[int] = field(default_factory=set)

    def char_span(self, start: int, end: int) -> tuple[int, int]:
        return self.tokens[start].start, self.tokens[end - 1].end

    def clause_tokens(self, clause: int) -> list[int]:
        """The token indices of a clause (an inclusion clause may interrupt it: not always one run)."""
        return [i for i, c in enumerate(self.clause_of) if c == clause]

    def clause_range(self, clause: int) -> tuple[int, int]:
        c = self.clauses[clause]
        return c.start, c.end


class ActorSource:
    """The knowledge base through its public API, guarded: a KB without a method is a KB that knows nothing."""

    def __init__(self, kb: Any) -> None:
        self._kb = kb
        self._find = getattr(kb, "find_in_tokens", None)
        self._get = getattr(kb, "get", None)
        self._resolve = getattr(kb, "resolve", None)
        # the last words of a party's name, as grammar keys (the KB's titles.yaml)
        self.party_heads = frozenset(gram_key(w) for w in getattr(kb, "party_heads", ()))

    def capital_of(self, kb_id: str | None) -> Any:
        """The country whose capital the city is, through the KB's ``capital_of``; None if none."""
        method = getattr(self._kb, "capital_of", None)
        return method(kb_id) if kb_id is not None and method is not None else None

    def is_region(self, name: str) -> bool:
        """Whether the KB knows ``name`` (an English canonical name, Uttar Pradesh) as a state or province."""
        if self._resolve is None:
            return False
        found = self._resolve(name, fuzzy=False)
        return getattr(getattr(found, "actor", None), "type", None) == "region"

    def get(self, kb_id: str | None) -> Any:
        if kb_id is None or self._get is None:
            return None
        try:
            return self._get(kb_id)
        except (KeyError, LookupError):
            return None

    def demonym(self, word: str) -> Any:
        """The country a single adjective (रूसी) names, through ``resolve``; None if it names none."""
        if self._resolve is None:
            return None
        try:
            found = self._resolve(word, fuzzy=False)
        except TypeError:
            found = self._resolve(word)
        return found.actor if found is not None and getattr(found, "method", None) == "demonym" else None

    def find(self, norms: list[str]) -> list[tuple[int, int, Any, bool]]:
        if self._find is None:
            return []
        try:
            matches = self._find(norms, include_demonyms=True)
        except TypeError:
            matches = self._find(norms)
        out = []
        for m in matches or ():
            actor = self.get(getattr(m, "kb_id", None))
            if actor is not None:
                out.append((m.start, m.end, actor, bool(getattr(m, "demonym", False))))
        return out


def actor_code(actor: Any, year: int | None) -> str | None:
    code_in = getattr(actor, "code_in", None)
    if callable(code_in):
        code: str | None = code_in(year)
        return code
    return getattr(actor, "code", None)


def actor_country(actor: Any) -> str | None:
    if getattr(actor, "type", None) == "country":
        return str(actor.id)
    affiliation: str | None = getattr(actor, "affiliation", None)
    return affiliation


def from_actor(start: int, end: int, actor: Any, demonym: bool, year: int | None) -> Mention:
    return Mention(
        start, end, "named", kb_id=actor.id, canonical=actor.canonical, code=actor_code(actor, year),
        label=getattr(actor, "label", None), actor_type=actor.type, country=actor_country(actor),
        political=True, demonym=demonym,
    )


def analyse_sentence(
    index: int,
    part: int,
    part_kind: str,
    tokens: list[Token],
    entities: Sequence[Entity],
    times: Sequence[TimeExpression],
    lexicon: Lexicon,
    actors: ActorSource,
    year: int | None,
    names: list[tuple[str, Mention]] | None = None,
) -> SentenceAnalysis:
    """The analysis of one sentence. ``names`` collects the named mentions of the document so far (their
    folded text and mention): a later short form (अल-जूलानी after अबू मोहम्मद अल-जूलानी) takes their identity."""
    names = names if names is not None else []
    sa = SentenceAnalysis(
        index, part, part_kind, tokens,
        [content_key(t.norm) for t in tokens], [gram_key(t.norm) for t in tokens],
    )
    by_start = {t.start: i for i, t in enumerate(tokens)}
    by_end = {t.end: i + 1 for i, t in enumerate(tokens)}
    for time in times:
        s, e = by_start.get(time.start), by_end.get(time.end)
        if s is not None and e is not None:
            sa.time_tokens.update(range(s, e))
    kb_matches = actors.find([t.norm for t in tokens])
    namesakes = _party_namesakes(sa, kb_matches, actors.party_heads)
    entities = _reconcile(sa, entities, by_start, by_end, kb_matches, namesakes, lexicon)
    mentions = _entity_mentions(sa, entities, by_start, by_end, kb_matches, namesakes, year, lexicon, actors)
    for m in mentions:
        if (m.political is None or m.end - m.start > 1) and _non_political_head(sa, m, lexicon) \
                and not _international_lender(sa, m, lexicon):
            # हाईकोर्ट, सुप्रीम कोर्ट: an institution the event scope leaves out; also when a KB name stands
            # in it (दिल्ली हाईकोर्ट is no Delhi).
            m.political = False
    named_after = {i for m in mentions if (person_span := _names_a_venue(sa, m, lexicon)) for i in person_span}
    mentions = [m for m in mentions if m.start not in named_after]
    taken = {i for m in mentions for i in range(m.start, m.end)} | named_after
    for s, e, actor, demonym in kb_matches:
        if s in namesakes and not taken.intersection(range(s, namesakes[s][0])):
            end, country = namesakes[s]
            mentions.append(Mention(s, end, "named", label="ORG", country=country, political=True))
            taken.update(range(s, end))
            continue
        if _countrys_own_body(sa, s, actor, kb_matches, lexicon, range(1, 3)):
            # ईरान की सर्वोच्च राष्ट्रीय सुरक्षा परिषद: a country's own body, named like the UN's (with no modifier
            # between, भारत की सुरक्षा परिषद में सदस्यता, the genitive is the membership's)
            continue
        if demonym and e < len(tokens) and sa.ckeys[e] in lexicon.currency_words:
            continue  # अमेरिकी डॉलर: a currency, no party
        if not taken.intersection(range(s, e)) and not _feature_head(sa, s, e, lexicon):
            if e < len(tokens) and sa.gkeys[e] in lexicon.venue_heads and e not in taken:
                # हैदराबाद हाउस: a building named after the place, a place of its own the KB does not know
                mentions.append(Mention(s, e + 1, "named", label="LOC"))
                taken.update(range(s, e + 1))
                continue
            earlier = _named_earlier(sa, s, e, actor, names)
            m = replace(earlier, start=s, end=e, case=None) if earlier is not None \
                else from_actor(s, e, actor, demonym, year)
            if _names_a_venue(sa, m, lexicon) is None:
                mentions.append(m)
            taken.update(range(s, e))
    for m in [m for m in mentions if m.place]:
        # कुवैत सिटी के बयान पैलेस में: a venue the tagger left out, a name of one or two words closed by a
        # venue head right after a place's genitive, is a place of its own (the place owns it)
        g = m.end
        if g < len(tokens) and sa.gkeys[g] in GENITIVES:
            venue_end = next((h + 1 for h in range(g + 1, min(len(tokens), g + 4))
                              if sa.gkeys[h] in lexicon.venue_heads), None)
            if venue_end is not None and venue_end > g + 2 and not taken.intersection(range(g + 1, venue_end)):
                mentions.append(Mention(g + 1, venue_end, "named", label="LOC"))
                taken.update(range(g + 1, venue_end))
    sa.name_tokens = {i for m in mentions if m.label == "ORG" or m.actor_type in ("organization", "group")
                      for i in range(m.start, m.end - 1)}
    nominals = _nominal_mentions(sa, lexicon, taken)
    for m in nominals:
        # रूसी अधिकारियों: an adjective before a nominal head that the gazetteer did not offer.
        j = m.start - 1
        if m.kind == "nominal" and j >= 0 and j not in taken and not any(o.end == m.start for o in nominals):
            actor = actors.demonym(tokens[j].norm)
            if actor is not None:
                mentions.append(from_actor(j, j + 1, actor, True, year))
                taken.add(j)
    mentions.extend(nominals)
    mentions = [m for m in mentions if not sa.time_tokens.intersection(range(m.start, m.end))]
    mentions.sort(key=lambda m: m.start)
    # अंतरराष्ट्रीय मुद्रा कोष (आईएमएफ़) के …: the bracketed abbreviation repeats the name before it.
    ends = {m.end for m in mentions}
    mentions = [m for m in mentions if not (m.start >= 2 and sa.gkeys[m.start - 1] == "(" and m.start - 1 in ends
                                            and m.end < len(sa.gkeys) and sa.gkeys[m.end] == ")")]
    mentions = [_the_centre(sa, m, lexicon, actors, year) for m in mentions]
    mentions = _merge_phrases(sa, _merge_compounds(sa, mentions, lexicon), lexicon)
    mentions = _add_unknown_phrases(sa, mentions, lexicon, names)
    mentions = _merge_phrases(sa, mentions, lexicon)
    mentions = [_leaders_party(sa, _state_government(sa, m, lexicon, actors, year), actors, year)
                for m in mentions]
    mentions = _double_titles(sa, mentions, lexicon)
    _read_cases(sa, mentions, lexicon)
    mentions = _led_groups(sa, mentions, lexicon, actors, year)
    mentions = [_anaphoric_head(sa, m, lexicon, names) for m in mentions]
    mentions = [_own_country(sa, m, mentions, lexicon, actors, year) for m in mentions]
    for m in mentions:
        if m.kind == "named" and (m.kb_id or m.canonical):
            names.append((_name_key(sa.ckeys[m.start:m.end]), m))
            if m.end - m.start > 1:
                # (संयुक्त किसान मोर्चा के नेताओं: the head inside a compound counts too)
                for head in dict.fromkeys(k for k in sa.ckeys[m.start:m.end] if k in lexicon.anaphoric_heads):
                    names.append(("head:" + head, m))
            person = m.actor_type == "person" or (m.actor_type is None and m.label == "PER")
            if person and m.end - m.start > 1:
                names.append(("surname:" + sa.ckeys[m.end - 1], m))
            if person and (found := _title_in(sa, m, lexicon)):  # also one the KB does not know
                title, bare = found
                names.append(("title:" + title, m))
                if bare:
                    names.append(("bare title:" + title, m))
    sa.mentions = mentions
    _cut_clauses(sa, lexicon)
    for m in mentions:
        m.clause = sa.clause_of[m.start]
    _attach_inclusions(sa, lexicon)
    return sa


def _named_earlier(
    sa: SentenceAnalysis, s: int, e: int, actor: Any, names: list[tuple[str, Mention]]
) -> Mention | None:
    """A KB person's short name that ends the full name of someone else the story named before (देउबा after
    आरज़ू राणा देउबा, not Sher Bahadur Deuba): that person, unless the story also named the KB's one."""
    if getattr(actor, "type", None) != "person":
        return None
    key = _name_key(sa.ckeys[s:e])
    if any(m.kb_id == actor.id and k != key for k, m in _recent(names)):
        return None  # (the KB's one named in full; a headline's bare स्टालिन before एम.के. स्टालिन does not count)
    return next((m for k, m in _recent(names) if k != key and k.endswith(key) and m.kb_id != actor.id
                 and (m.actor_type == "person" or m.label == "PER")), None)


def _own_country(sa: SentenceAnalysis, m: Mention, mentions: list[Mention], lexicon: Lexicon,
                 actors: ActorSource, year: int | None) -> Mention:
    """उनका देश, अपने देश after a named subject (ब्राज़ील के राष्ट्रपति लूला ने कहा कि उनका देश …): that
    subject's country. So is the owner of a title or a delegation (ईरान ने कहा कि उसके विदेश मंत्री …,
    चीन ने बताया कि उसका एक प्रतिनिधिमंडल …), as "ईरान के विदेश मंत्री" names Iran."""
    if m.kind != "nominal" or m.country or m.start == 0:
        return m
    possessive = m.start - 2 if m.start >= 2 and sa.gkeys[m.start - 1] == "एक" else m.start - 1
    if sa.gkeys[possessive] not in lexicon.own_possessives:
        return m
    if not (m.end - m.start == 1 and sa.gkeys[m.start] in lexicon.own_heads):
        end, heads = lexicon.nominals.longest(sa.ckeys, m.start)
        if end != m.end or not heads or not (heads[0].title or sa.ckeys[m.end - 1] in lexicon.anaphoric_heads):
            return m
    speaker = next((o for o in reversed(mentions) if o.end < m.start and o.case == "ERG"), None)
    if speaker is None or speaker.kind != "named" or not speaker.country:
        return m
    country = actors.get(speaker.country)
    return from_actor(m.start, m.end, country, False, year) if country is not None else m


# How many of the document's latest names a short form or a bare title is looked up among: an article names
# far fewer; it keeps the work per sentence flat in a megabyte of scraped text.
NAMES_LOOKBACK = 400


def _recent(names: list[tuple[str, Mention]]) -> Iterator[tuple[str, Mention]]:
    """The document's names so far, latest first, at most NAMES_LOOKBACK of them."""
    return islice(reversed(names), NAMES_LOOKBACK)


def _named_by_surname(names: list[tuple[str, Mention]], surname: str) -> Mention | None:
    """The one person the story named so far whose name ends in ``surname`` (a content key); None if none or two."""
    persons = {o.identity: o for k, o in _recent(names) if k == "surname:" + surname}
    return next(iter(persons.values())) if len(persons) == 1 else None


def _anaphoric_head(sa: SentenceAnalysis, m: Mention, lexicon: Lexicon, names: list[tuple[str, Mention]]) -> Mention:
    """A bare प्रतिनिधिमंडल after "चीन का प्रतिनिधिमंडल": that delegation (its actor, code and country). A bare
    title after the one person the story introduced with it (सऊदी अरब के क्राउन प्रिंस मोहम्मद बिन सलमान …
    क्राउन प्रिंस दिल्ली पहुंचे): that person; of two such persons, the one introduced with the bare title,
    and of two so introduced, the one the story opened with."""
    # विजिता हेरात … हेरात ने: a city spelled like the surname of the one person the story named so, as a
    # subject, is that person; so is a title and that surname (मुख्यमंत्री मान after भगवंत मान).
    city_as_surname = m.kind == "named" and m.actor_type in ("city", "region") and m.end - m.start == 1 \
        and m.case == "ERG"
    end, heads = lexicon.nominals.longest(sa.ckeys, m.start)
    title_and_surname = m.kind in ("nominal", "named") and not m.country \
        and (m.kb_id or "local:").startswith("local:") and end == m.end - 1 and any(h.title for h in heads)
    if (city_as_surname or title_and_surname) \
            and (person := _named_by_surname(names, sa.ckeys[m.end - 1])) is not None:
        return replace(person, start=m.start, end=m.end, case=m.case, case_end=m.case_end, clause=m.clause)
    if m.kind != "nominal" or m.country:
        return m
    if sa.ckeys[m.end - 1] in lexicon.anaphoric_heads:
        key = "head:" + sa.ckeys[m.end - 1]
        antecedent = next((o for k, o in _recent(names) if k == key), None)
    else:
        if not heads or not heads[0].title or end != m.end:
            return m
        title = " ".join(sa.ckeys[m.start:m.end])
        key = "title:" + lexicon.title_synonyms.get(title, title)
        persons = {o.identity: o for k, o in _recent(names) if k == key}
        if len(persons) > 1:
            # प्रधानमंत्री नरेंद्र मोदी … जापानी प्रधानमंत्री शिगेरु इशिबा … प्रधानमंत्री: the one the story
            # introduced with the bare title, as it now uses it.
            persons = {o.identity: o for k, o in _recent(names) if k == "bare " + key}
        if len(persons) > 1:
            # प्रधानमंत्री नरेंद्र मोदी की ब्रिटेन यात्रा … प्रधानमंत्री कीर स्टार्मर … प्रधानमंत्री … मिलेंगे: both
            # bare, the one the story opened with is whom it follows
            persons = dict(list(persons.items())[-1:])
        antecedent = next(iter(persons.values())) if len(persons) == 1 else None
    if antecedent is None:
        return m
    return replace(antecedent, start=m.start, end=m.end, case=m.case, case_end=m.case_end, clause=m.clause)


def _title_in(sa: SentenceAnalysis, m: Mention, lexicon: Lexicon) -> tuple[str, bool] | None:
    """The person's title inside the mention (… के क्राउन प्रिंस मोहम्मद बिन सलमान → क्राउन प्रिंस), and
    whether it stands bare, with no country or owner before it (प्रधानमंत्री नरेंद्र मोदी)."""
    for j in range(m.start, m.end):
        end, heads = lexicon.nominals.longest(sa.ckeys, j)
        if heads and heads[0].title and end < m.end:
            key = " ".join(sa.ckeys[j:end])
            return lexicon.title_synonyms.get(key, key), j == m.start
    return None


def _attach_inclusions(sa: SentenceAnalysis, lexicon: Lexicon) -> None:
    """जिनमें X भी हैं: X joins the role of the phrase the inclusion clause hangs on, in that clause. Only a
    clause that ends in a copula includes: in "जिसमें … पर चर्चा हुई" जिसमें is "in which"."""
    for index, clause in enumerate(sa.clauses):
        if clause.kind != INCLUSION or clause.parent is None or clause.opener is None:
            continue
        words = [i for i in range(clause.start, clause.end)
                 if sa.gkeys[i] not in lexicon.sentence_marks and sa.gkeys[i] != ","]
        if not words or sa.gkeys[words[-1]] not in lexicon.copulas or any(
                sa.gkeys[i] in lexicon.verb_forms for i in words[:-1]) or any(
                lexicon.triggers.longest(sa.ckeys, i)[1] for i in words):
            continue  # जिसमें इस्लामाबाद ने … आरोप लगाया था: a clause of its own, not an inclusion
        antecedent = next((m for m in reversed(sa.mentions)
                           if m.end <= clause.opener and m.clause == clause.parent), None)
        if antecedent is None:
            continue
        for m in sa.mentions:
            if m.clause == index and m.kind in ("named", "nominal"):
                m.case, m.case_end, m.clause = antecedent.case, antecedent.case_end, clause.parent


def _reconcile(
    sa: SentenceAnalysis, entities: Sequence[Entity], by_start: dict[int, int], by_end: dict[int, int],
    kb_matches: list[tuple[int, int, Any, bool]], namesakes: dict[int, tuple[int, str]], lexicon: Lexicon,
) -> list[Entity]:
    """Entities the knowledge base contradicts give way to its names: one that a KB name crosses or
    strictly contains ([इमैनुएल] मैक्रों, [दिल्ली] in नई दिल्ली), an unlinked one that runs two KB names
    together (सऊदी अरब यमन), and an unlinked one that is a demonym and a nominal head (ईरानी राजदूत)."""
    names = [(s, e) for s, e, _, demonym in kb_matches if not demonym]
    demonym_ends = {s: e for s, e, _, demonym in kb_matches if demonym}
    kept = []
    for ent in entities:
        s, e = by_start.get(ent.start), by_end.get(ent.end)
        if s is None or e is None:
            continue
        crossed = any(ms < e and s < me and (ms < s or me > e) for ms, me in names)
        linked = ent.kb_id is not None and not ent.kb_id.startswith("local:")
        inside = sum(1 for ms, me in names if s <= ms and me <= e)
        # (not तमिलनाडु कांग्रेस कमेटी: words beside the names make it a body of its own)
        covered = {j for ms, me in names if s <= ms and me <= e for j in range(ms, me)}
        only_names = all(j in covered or sa.gkeys[j] in lexicon.coordinators or sa.gkeys[j] == "-"
                         for j in range(s, e))
        head_end = lexicon.nominals.longest(sa.ckeys, demonym_ends[s])[0] if s in demonym_ends else s
        if crossed or (not linked and ((inside >= 2 and only_names and not _holds_namesake(s, e, namesakes))
                                       or head_end == e)):
            continue
        kept.append(ent)
    return kept


def _entity_mentions(
    sa: SentenceAnalysis, entities: Sequence[Entity], by_start: dict[int, int], by_end: dict[int, int],
    kb_matches: list[tuple[int, int, Any, bool]], namesakes: dict[int, tuple[int, str]], year: int | None,
    lexicon: Lexicon, actors: ActorSource,
) -> list[Mention]:
    out = []
    for ent in entities:
        s, e = by_start.get(ent.start), by_end.get(ent.end)
        if s is None or e is None or e <= s:
            continue
        linked = ent.kb_id is not None and not ent.kb_id.startswith("local:")
        # An entity the linker left without a KB id, around a KB name: the name's actor, the entity's span.
        inner = None if linked or _holds_namesake(s, e, namesakes) else next(
            (a for ms, me, a, dem in kb_matches if s <= ms and me <= e and not dem
             and not _feature_head(sa, ms, me, lexicon, tagged_from=s)), None)
        if inner is None and not linked and e - s == 2 and sa.gkeys[s + 1] in lexicon.country_heads:
            # फ़लस्तीनी राष्ट्र, अफ़ग़ान मुल्क: a demonym with a country's head word is that country
            inner = next((a for ms, me, a, dem in kb_matches if dem and ms == s and me == s + 1
                          and getattr(a, "type", None) == "country"), None)
        if inner is not None and ent.label == "PER" and getattr(inner, "type", None) in ("city", "region"):
            inner = None  # a person named like a place (संयुक्त राष्ट्र अधिकारी होम्स) is not that place
        if inner is not None and sa.gkeys[e - 1] in lexicon.venue_heads:
            inner = None  # हैदराबाद हाउस, बीजिंग होटल: a building named after a city is not the city
        if inner is not None and _countrys_own_body(sa, s, inner, kb_matches, lexicon, range(1)):
            inner = None  # [ईरान की] सर्वोच्च राष्ट्रीय सुरक्षा परिषद (the tagger's span): not the UN's
        if inner is not None:
            m = from_actor(s, e, inner, False, year)
        elif linked:
            m = Mention(s, e, "named", kb_id=ent.kb_id, canonical=ent.canonical, code=ent.code,
                        label=ent.label, country=ent.affiliation, political=True)
            # (a spelling the gazetteer does not list, तबिलिसी, that the linker matched as a variant)
            actor = next((a for ms, me, a, dem in kb_matches if a.id == ent.kb_id), None) or actors.get(ent.kb_id)
            if actor is not None:
                m = from_actor(s, e, actor, False, year)
                m.code = ent.code or m.code
        else:
            end, heads = lexicon.nominals.longest(sa.ckeys, s)
            if end == e and heads and heads[0].political and not ent.affiliation:
                continue  # विदेश मंत्रालय tagged ORG: a nominal head, which a genitive before it owns (म्यांमार के …)
            m = Mention(s, e, "named", kb_id=ent.kb_id, canonical=ent.canonical, code=ent.code,
                        label=ent.label, country=ent.affiliation,
                        political=True if ent.role or ent.code else None)
        out.append(m)
    return out


def _countrys_own_body(sa: SentenceAnalysis, start: int, actor: Any, kb_matches: list[tuple[int, int, Any, bool]],
                       lexicon: Lexicon, modifiers: range) -> bool:
    """An international organization's name (सुरक्षा परिषद) from ``start`` owned by a country's genitive with so
    many ``modifiers`` between (ईरान की सर्वोच्च राष्ट्रीय …): the country's own body."""
    if getattr(actor, "type", None) != "organization" or actor_country(actor):
        return False
    for k in modifiers:
        owner_end = start - k - 1  # the genitive marker
        if owner_end >= 1 and sa.gkeys[owner_end] in GENITIVES \
                and all(is_modifier(sa, j, lexicon) for j in range(start - k, start)) \
                and any(me == owner_end and getattr(a, "type", None) == "country" for _, me, a, _ in kb_matches):
            return True
    return False


def _feature_head(sa: SentenceAnalysis, s: int, e: int, lexicon: Lexicon, tagged_from: int | None = None) -> bool:
    """A one-word KB name that is the noun of a geographic feature after a name (बाल्टिक [सागर]): the sea. After
    any word when the tagger's span (from ``tagged_from``) takes in that word too ([अरब सागर]: अरब is a number
    word elsewhere)."""
    if e - s != 1 or s == 0 or sa.ckeys[s] not in lexicon.feature_heads:
        return False
    return (tagged_from is not None and tagged_from < s) or _name_like(sa, s - 1, lexicon)


def _party_namesakes(sa: SentenceAnalysis, kb_matches: list[tuple[int, int, Any, bool]],
                     party_heads: frozenset[str]) -> dict[int, tuple[int, str]]:
    """A country (or demonym) right before a KB party of another country, or its genitive (सेशेल्स डेमोक्रेटिक
    पार्टी, फ़िजी की लेबर पार्टी): that country's party the KB does not know, not the KB's namesake (the US
    Democratic Party, the UK's Labour Party), by its start: (end, country). Only a name that ends in a party
    head: इज़राइल हमास and कोलंबिया ट्रम्प are two actors."""
    out = {}
    for (cs, ce, country, _), (ps, pe, party, _) in pairwise(kb_matches):
        if (ce == ps or (ce + 1 == ps and sa.gkeys[ce] in GENITIVES)) and getattr(country, "type", None) == "country" \
                and getattr(party, "type", None) == "organization" \
                and getattr(party, "affiliation", None) not in (None, country.id) \
                and sa.gkeys[pe - 1] in party_heads:
            out[cs] = (pe, country.id)
    return out


def _holds_namesake(s: int, e: int, namesakes: dict[int, tuple[int, str]]) -> bool:
    """Whether an entity holds a country's party that the KB knows only a namesake of (:func:`_party_namesakes`),
    or is that party after the country's genitive."""
    return any((s <= start or s < end == e) and end <= e for start, (end, _) in namesakes.items())


def _names_a_venue(sa: SentenceAnalysis, m: Mention, lexicon: Lexicon) -> range | None:
    """महात्मा गांधी राज्य लोक प्रशासन संस्थान में, इंदिरा गांधी अंतरराष्ट्रीय हवाई अड्डे पर: a person's name that
    opens the name of a venue (a venue head within four name-like words after it) names the venue, no party;
    the span of the person's name, else None."""
    if not (m.actor_type == "person" or (m.actor_type is None and m.label == "PER")):
        return None
    for j in range(m.end, min(len(sa.gkeys), m.end + 5)):
        g = sa.gkeys[j]
        if g in lexicon.venue_heads:
            return range(m.start, m.end)
        if lexicon.postpositions.longest(sa.gkeys, j)[1] or g in lexicon.verb_forms or g in lexicon.sentence_marks \
                or g in lexicon.coordinators or not g[:1].isalpha() or j in sa.time_tokens:
            return None
    return None


def _international_lender(sa: SentenceAnalysis, m: Mention, lexicon: Lexicon) -> bool:
    """An international organization the KB names with a lender's head (विश्व बैंक, ब्रिक्स बैंक): an actor of its
    own, unlike a company's bank (international courts keep their court head: out of scope)."""
    return m.actor_type == "organization" and (m.code or "").startswith("IGO") \
        and sa.ckeys[m.end - 1] in lexicon.lender_heads


def _non_political_head(sa: SentenceAnalysis, m: Mention, lexicon: Lexicon) -> bool:
    """Whether an untagged-by-KB entity ends in a head that names no political actor (… कोर्ट, … कंपनी)."""
    for i in range(m.start, m.end):
        end, heads = lexicon.nominals.longest(sa.ckeys, i)
        if heads and end == m.end:
            return not heads[0].political
    return False


def _name_like(sa: SentenceAnalysis, i: int, lexicon: Lexicon) -> bool:
    """A token that may be part of a name nobody tagged: no closed-class word, trigger, time or number."""
    g = sa.gkeys[i]
    if not g or not g[0].isalpha() or g in lexicon.not_names or g in lexicon.pronouns:
        return False
    return is_modifier(sa, i, lexicon) and g not in lexicon.coordinators and \
        not lexicon.nominals.longest(sa.ckeys, i)[1]


def _name_run_before(sa: SentenceAnalysis, end: int, lexicon: Lexicon, floor: int) -> int:
    """Start of the run of up to three name-like tokens (hyphens inside allowed) that ends at ``end``."""
    start, words = end, 0
    while start > floor and words < 3:
        j = start - 1
        if sa.gkeys[j] == "-" and j - 1 >= floor and _name_like(sa, j - 1, lexicon) and start < end:
            start = j
            continue
        if not _name_like(sa, j, lexicon):
            break
        start, words = j, words + 1
    return start


_ARGUMENT_CASES = frozenset({"ERG", "SE", "KO", "WITH"})


def _name_key(keys: Sequence[str]) -> str:
    """The words of a name, joined, without punctuation tokens (अल - जूलानी → अलजूलानी). Not str.isalnum:
    Devanagari vowel signs are marks, so it is False for nearly every Hindi word."""
    return "".join(k for k in keys if k and k[0].isalpha())


def _add_unknown_phrases(
    sa: SentenceAnalysis, mentions: list[Mention], lexicon: Lexicon, names: list[tuple[str, Mention]]
) -> list[Mention]:
    """Before ने / से / को / के साथ with no mention in front: the words there are an argument nobody
    tagged. It takes the identity of an earlier named mention it is the end of (in-document coreference);
    otherwise it is ``unknown``: it fills a role but never counts as a political actor."""
    ends = {m.end for m in mentions}
    floors = sorted({0, *(m.end for m in mentions)})
    added = []
    for i in range(1, len(sa.gkeys)):
        cases = lexicon.postpositions.longest(sa.gkeys, i)[1]
        if not cases or cases[0] not in _ARGUMENT_CASES or i in ends:
            continue
        if any(lexicon.postpositions.longest(sa.gkeys, j)[0] > i for j in range(max(0, i - 2), i)):
            continue  # से inside की ओर से: ओर is part of the marker, no argument
        floor = max(f for f in floors if f <= i)
        start = _name_run_before(sa, i, lexicon, floor)
        if any(m.demonym and m.end == start for m in mentions):
            continue  # इस्राईली नागरिकों को: the demonym stands for the phrase
        if start == i or any(m.start < i and m.end > start for m in mentions):
            continue
        if any(g in ADJECTIVAL_PARTICIPLES for g in sa.gkeys[start:i]):
            continue  # माहौल बिगाड़ने वाली बयानबाज़ी से: a thing described, no party
        key = _name_key(sa.ckeys[start:i])
        antecedent = next((m for k, m in _recent(names) if len(key) >= 3 and k.endswith(key)), None)
        if antecedent is not None:
            added.append(replace(antecedent, start=start, end=i, case=None))
        else:
            added.append(Mention(start, i, "unknown"))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)


def _nominal_mentions(sa: SentenceAnalysis, lexicon: Lexicon, taken: set[int]) -> list[Mention]:
    out = []
    i, n = 0, len(sa.tokens)
    while i < n:
        if i in taken:
            i += 1
            continue
        g = sa.gkeys[i]
        if g in lexicon.pronouns or (g in lexicon.oblique_pronouns and i + 1 < n
                                     and lexicon.postpositions.longest(sa.gkeys, i + 1)[1]):
            out.append(Mention(i, i + 1, "pronoun"))  # (उस पर, उन पर: a pronoun before its case marker)
            i += 1
            continue
        if g in lexicon.place_proforms:
            out.append(Mention(i, i + 1, "proform"))
            i += 1
            continue
        if g in lexicon.relatives.get("subject", ()):
            out.append(Mention(i, i + 1, "relative"))
            i += 1
            continue
        if g in lexicon.both_heads and i > 0 and sa.gkeys[i - 1] in lexicon.both_words:
            out.append(Mention(i, i + 1, "nominal", political=True))  # दोनों पक्ष
            i += 1
            continue
        end, heads = lexicon.nominals.longest(sa.ckeys, i)
        if heads and end < n and sa.gkeys[end] in lexicon.rank_words:
            i = end + 1  # मंत्री स्तरीय वार्ता: a rank, not a party
            continue
        if heads and not taken.intersection(range(i, end)):
            head = heads[0]
            # दोनों नेता रक्षा …: a title after "both" is a plural, no name follows it.
            plural = i > 0 and sa.gkeys[i - 1] in lexicon.both_words
            name_end = _title_name_end(sa, end, lexicon, taken) if head.title and not plural else end
            if name_end > end:
                # A title and the name after it that NER missed (उप प्रधानमंत्री अलेक्ज़ेंडर नोवाक).
                out.append(Mention(i, name_end, "named", label="PER", sector=head.sector, political=True,
                                   code=head.sector))
            else:
                out.append(Mention(i, end, "nominal", sector=head.sector, political=head.political,
                                   code=head.sector))
            i = name_end
            continue
        i += 1
    return out


def _title_name_end(sa: SentenceAnalysis, end: int, lexicon: Lexicon, taken: set[int]) -> int:
    """After a person's title: the end of the name that follows, when a case marker, verb or
    punctuation closes it; ``end`` itself when there is none."""
    j, words = end, 0
    while j < len(sa.gkeys) and words < 3 and j not in taken:
        if sa.gkeys[j] == "-" and j > end and j + 1 < len(sa.gkeys) and _name_like(sa, j + 1, lexicon):
            j += 1
            continue
        if not _name_like(sa, j, lexicon):
            break
        j, words = j + 1, words + 1
    if j == end:
        return end
    closed = j >= len(sa.gkeys) or j in taken or bool(lexicon.postpositions.longest(sa.gkeys, j)[1]) or \
        sa.gkeys[j] in lexicon.verb_forms or sa.gkeys[j] in lexicon.coordinators or \
        sa.gkeys[j] in lexicon.sentence_marks or sa.gkeys[j] in lexicon.name_closers
    # A name NER tagged only in part (राष्ट्रपति रेचेप तैयप [अर्दोआन]): the title takes the untagged words
    # and joins the tagged name after it.
    return j if closed else end


def is_modifier(sa: SentenceAnalysis, i: int, lexicon: Lexicon) -> bool:
    """A token that may stand inside a noun phrase between a genitive and its head (एक बड़ा, राजनीतिक,)."""
    g = sa.gkeys[i]
    if g in lexicon.sentence_marks or g in lexicon.verb_forms or g in lexicon.negation \
            or sa.ckeys[i] in lexicon.leadership:
        return False
    if lexicon.postpositions.longest(sa.gkeys, i)[1] or lexicon.triggers.longest(sa.ckeys, i)[1]:
        return False
    return g not in lexicon.clause_openers and lexicon.relative_kind(g) is None and i not in sa.time_tokens


def _combine(owner: Mention, head: Mention) -> Mention:
    """A phrase of two mentions: a named person keeps its identity; a nominal head takes its owner's."""
    start, end = min(owner.start, head.start), max(owner.end, head.end)
    if head.kind == "named":
        political = True if head.political is None and owner.political else head.political
        if owner.kind == "nominal" and owner.political is False and head.political is None:
            political = False  # मुख्य कोच मनोलो मार्केज़: a person under a non-political title
        return replace(head, start=start, end=end, country=head.country or owner.country, political=political)
    if head.kind == "unknown" and owner.kind in ("named", "nominal"):
        # क़तर के अमीर, कनाडा के आरोपों: a head nobody tagged belongs to its owner.
        place = owner.actor_type in PLACE_TYPES
        return replace(owner, start=start, end=end, case=None, label=None if place else owner.label,
                       actor_type=None if place else owner.actor_type,
                       demonym=False, kind="named" if owner.kind == "named" else "nominal")
    if head.kind == "nominal" and owner.kind in ("named", "nominal"):
        # The officials of a rebel government are rebels: an owner's own sector wins over its head's.
        sector = owner.sector or head.sector
        if sector == "IGO" and owner.kind == "named" and owner.actor_type == "country":
            sector = "GOV"  # ईरान की … परिषद: a country's council is its government's, not an international one
        code = None
        base = owner.code if owner.kind == "named" else None
        if owner.kind == "named" and owner.actor_type == "country":
            base = owner.code or (owner.kb_id or "").upper()[:3] or None
        if head.political is False:
            code = None
        elif base and sector and not base.endswith(sector) and owner.actor_type in PLACE_TYPES:
            code = base[:3] + sector
        else:
            code = base or owner.code or sector
        return Mention(start, end, "nominal" if owner.kind == "nominal" else "named", kb_id=owner.kb_id,
                       canonical=owner.canonical, code=code, label=owner.label if sector else None,
                       actor_type=owner.actor_type if sector else None, country=owner.country, sector=sector,
                       # कंपनियों के अधिकारियों: the officials of a company are no political actor
                       political=False if owner.political is False else head.political, demonym=False)
    return replace(head, start=start, end=end)


def _double_titles(sa: SentenceAnalysis, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """पार्टी के अध्यक्ष और केंद्रीय मंत्री चिराग पासवान ने: a bare title joined by और to a titled name is the same
    person's first title, no second party."""
    def title_at(start: int, end: int | None = None) -> bool:
        stop, heads = lexicon.nominals.longest(sa.ckeys, start)
        return bool(heads) and heads[0].title and (end is None or stop == end)

    def ends_in_title(m: Mention) -> bool:  # (पार्टी के अध्यक्ष: the phrase's head)
        return any(title_at(j, m.end) for j in range(m.start, m.end))

    def same_person(m: Mention, n: Mention) -> bool:
        if not (m.end < len(sa.gkeys) and sa.gkeys[m.end] in ("और", "एवं", "तथा") and 0 <= n.start - m.end - 1 <= 2
                and all(is_modifier(sa, j, lexicon) for j in range(m.end + 1, n.start))
                and n.kind == "named" and (n.actor_type == "person" or n.label == "PER") and ends_in_title(m)):
            return False
        if m.kind == "nominal":  # (नेता प्रतिपक्ष और भाजपा नेता जयराम ठाकुर: the second title may have an owner)
            return any(title_at(j) for j in range(n.start, n.end))
        # सऊदी अरब के क्राउन प्रिंस और प्रधानमंत्री मोहम्मद बिन सलमान, दुबई के क्राउन प्रिंस और यूएई के उप प्रधानमंत्री
        # शेख हमदान: a title owned by the person's own country (or a city or state of it) is his first title
        # (रूस के राष्ट्रपति और चीन के राष्ट्रपति शी, पंजाब के मुख्यमंत्री और केरल के मुख्यमंत्री विजयन: two people).
        state = m.kb_id if m.actor_type == "country" else m.country if m.actor_type in ("city", "region") else None
        first = next((j for j in range(m.start, m.end) if title_at(j, m.end)), None)
        second = next((j for j in range(n.start, n.end) if title_at(j)), None)
        if m.kind != "named" or state is None or state != n.country or first is None or second is None:
            return False
        return sa.ckeys[first:m.end] != sa.ckeys[second:lexicon.nominals.longest(sa.ckeys, second)[0]]

    drop = {k for k, (m, n) in enumerate(pairwise(mentions)) if same_person(m, n)}
    # Both titles are the person's (the mention opens at the first): a later "क्राउन प्रिंस ने" is him.
    return [replace(m, start=mentions[k - 1].start) if k - 1 in drop else m
            for k, m in enumerate(mentions) if k not in drop]


# वाला / वाली / वाले after an infinitive or a noun: a participle that describes the noun after it.
ADJECTIVAL_PARTICIPLES = frozenset({"वाली", "वाला", "वाले"})


def _led_groups(sa: SentenceAnalysis, mentions: list[Mention], lexicon: Lexicon, actors: ActorSource,
                year: int | None) -> list[Mention]:
    """A group led by a political actor (कृषि मंत्री के नेतृत्व वाली टीम, नोवाक के नेतृत्व में एक प्रतिनिधिमंडल) is
    political (टीम alone is a sports team's word) and, with no owner of its own, of the leader's country."""
    out = []
    for m in mentions:
        leader = next((o for o in mentions if o.case == "LEADER" and o.political and o.case_end <= m.start
                       and m.start - o.case_end <= 2
                       and all(is_modifier(sa, j, lexicon) for j in range(o.case_end, m.start))), None) \
            if m.kind == "nominal" and m.kb_id is None else None  # (only such a group takes the leader's country)
        if leader is None and m.start >= 2 and sa.gkeys[m.start - 1] in ADJECTIVAL_PARTICIPLES \
                and sa.ckeys[m.start - 2] in lexicon.leadership:
            # … के नेतृत्व वाला प्रतिनिधिमंडल: the genitive before leads it (its conjuncts keep their case: X और
            # [Y के नेतृत्व वाले Z] के बीच)
            leader = next((o for o in mentions if o.case == "GEN" and o.case_end == m.start - 2 and o.political),
                          None)
            if leader is not None and m.case in (None, "ERG"):
                leader.case, leader.case_end = "LEADER", m.start  # the subject group's leader leads the event
        if leader is not None and m.kind == "nominal" and m.kb_id is None:
            # (टिकैत के नेतृत्व में एक प्रतिनिधिमंडल: a union's or party's leader leads its delegation, not his
            # country's)
            country = _leaders_body(leader, actors, year) or actors.get(leader.country)
            if country is not None and getattr(country, "type", None) in ("country", "organization", "group"):
                owner = from_actor(leader.start, leader.end, country, False, year)
                m = replace(_combine(owner, m), start=m.start, end=m.end, case=m.case, case_end=m.case_end,
                            clause=m.clause)
            m.political = True
        out.append(m)
    return out


def _leaders_body(leader: Mention, actors: ActorSource, year: int | None) -> Any:
    """The union, party or movement a KB person outside government holds an office of in ``year``, if any."""
    if (leader.code or "").endswith("GOV") or leader.kb_id is None:
        return None
    person = actors.get(leader.kb_id)
    for role in getattr(person, "roles", None) or ():
        org = getattr(role, "org", None)
        end = getattr(role, "end", None)
        if org and (year is None or end is None or end >= year):
            body = actors.get(org)
            if body is not None and getattr(body, "type", None) in ("organization", "group"):
                return body
    return None


def _the_centre(sa: SentenceAnalysis, m: Mention, lexicon: Lexicon, actors: ActorSource, year: int | None) -> Mention:
    """A bare केंद्र before a case marker or a conjunction, after no word it would be the centre of (परमाणु केंद्र):
    the Centre, India's central government (केंद्र पर भेदभाव का आरोप)."""
    i, n = m.start, len(sa.gkeys)
    if m.kind != "nominal" or m.end != i + 1 or sa.gkeys[i] not in lexicon.centre_words:
        return m
    before_ok = i == 0 or i - 1 in sa.time_tokens or not is_modifier(sa, i - 1, lexicon) \
        or sa.gkeys[i - 1] in lexicon.coordinators or sa.gkeys[i - 1] in lexicon.pronouns
    after_ok = i + 1 == n or sa.gkeys[i + 1] in lexicon.coordinators or sa.gkeys[i + 1] in lexicon.sentence_marks \
        or bool(lexicon.postpositions.longest(sa.gkeys, i + 1)[1])
    actor = actors.get(lexicon.centre_actor) if before_ok and after_ok else None
    return replace(from_actor(i, i + 1, actor, False, year), case=m.case, case_end=m.case_end, clause=m.clause) \
        if actor is not None else m


def _state_government(sa: SentenceAnalysis, m: Mention, lexicon: Lexicon, actors: ActorSource,
                      year: int | None) -> Mention:
    """कर्नाटक सरकार, फडणवीस सरकार: the government of a state or province, or of the state a chief minister
    holds, as an actor of its own ("Government of Karnataka"); शहबाज़ सरकार, of a head of government or
    state, and ढाका की सरकार, of a capital: the country."""
    if m.kind != "named" or not m.kb_id or sa.gkeys[m.end - 1] not in lexicon.government_heads:
        return m
    actor = actors.get(m.kb_id)
    state = None
    capital_of = actors.capital_of(m.kb_id) if getattr(actor, "type", None) == "city" else None
    if capital_of is not None \
            and capital_of.id != getattr(actors.get(lexicon.centre_actor), "affiliation", None):
        # ढाका की अंतरिम सरकार, काबुल की तालिबान सरकार: the country's government (not दिल्ली सरकार: the news'
        # own capital has a government of its own)
        return replace(from_actor(m.start, m.end, capital_of, False, year), case=m.case, case_end=m.case_end,
                       clause=m.clause)
    if getattr(actor, "type", None) == "region" and getattr(actor, "affiliation", None):
        state = actor.canonical
    elif getattr(actor, "type", None) == "person":
        held = [r.title for r in getattr(actor, "roles", ())
                if year is None or ((r.start or year) <= year and (r.end is None or year <= r.end))]
        state = next((t.removeprefix("chief minister of ") for t in held if t.startswith("chief minister of ")), None)
        country = actors.get(getattr(actor, "affiliation", None))
        if state is None and country is not None and any(t in lexicon.government_leaders for t in held):
            return replace(from_actor(m.start, m.end, country, False, year), case=m.case, case_end=m.case_end,
                           clause=m.clause)
    if state is None:
        return m
    return state_government(m, state, getattr(actor, "affiliation", None))


def _leaders_party(sa: SentenceAnalysis, m: Mention, actors: ActorSource, year: int | None) -> Mention:
    """इमरान ख़ान की पार्टी, ममता बनर्जी की पार्टी: the party a person leads or founded (a KB role of theirs in a
    party), with the phrase's words."""
    if m.kind != "named" or not m.kb_id or sa.gkeys[m.end - 1] not in actors.party_heads \
            or not any(sa.gkeys[j] in GENITIVES for j in range(m.start, m.end - 1)):
        return m
    person = actors.get(m.kb_id)
    if getattr(person, "type", None) != "person":
        return m
    party = next((p for r in reversed(getattr(person, "roles", ())) if r.org
                  and (p := actors.get(r.org)) is not None and getattr(p, "type", None) == "organization"
                  and getattr(p, "affiliation", None) and (p.code or "")[3:] in ("PTY", "OPP")), None)
    if party is None:
        return m
    return replace(from_actor(m.start, m.end, party, False, year), case=m.case, case_end=m.case_end,
                   clause=m.clause)


def state_government(m: Mention, state: str, country: str | None) -> Mention:
    """``m`` as the government of a state or province ("Government of Karnataka")."""
    return replace(m, kb_id=None, canonical=f"Government of {state}", actor_type=None, label="ORG",
                   country=country, sector="GOV", code=(country or "").upper()[:3] + "GOV" if country else "GOV",
                   political=True, kind="named")


def _merge_compounds(sa: SentenceAnalysis, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Adjacent mentions that form one phrase: सीरियाई विद्रोही सरकार, राष्ट्रपति पुतिन, भारत सरकार."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        both = prev is not None and prev.start > 0 and sa.gkeys[prev.start - 1] in lexicon.both_words
        gap_start = _past_honorific(sa, prev.end, lexicon) if prev is not None else 0
        if prev is not None and not both and m.start - gap_start <= 1 and all(
                is_modifier(sa, i, lexicon) and sa.gkeys[i] not in lexicon.coordinators
                for i in range(gap_start, m.start)):  # दोनों देश is whole: not दोनों [देश हज यात्रियों]
            person = m.kind == "named" and m.actor_type in ("person", None) and m.label in ("PER", None)
            if prev.kind == "nominal" and not _ends_in_title(sa, prev, lexicon) \
                    and _leader_follows(sa, m.start, lexicon):
                # रूस का प्रतिनिधिमंडल (उप प्रधानमंत्री) नोवाक के नेतृत्व में: the group's leader, no title of it
                out.append(m)
                continue
            joinable = (
                (m.kind == "nominal" and prev.kind in ("named", "nominal") and prev.actor_type != "person"
                 and prev.label != "PER"
                 # विदेश मंत्रालय प्रवक्ता is one phrase; किसान संगठन सरकार (farmers, government) is two.
                 and not (prev.kind == "nominal" and prev.sector and m.sector and prev.sector != m.sector))
                or (person and (prev.kind == "nominal" or prev.sector is not None))
                or (person and prev.demonym)
                # फडणवीस सरकार, शहबाज़ सरकार: a leader's government (see _state_government)
                or (m.kind == "nominal" and m.end - m.start == 1 and sa.gkeys[m.start] in lexicon.government_heads
                    and prev.kind == "named" and (prev.actor_type == "person" or prev.label == "PER"))
            )
            if joinable:
                out[-1] = _combine(prev, m)
                continue
        out.append(m)
    return out


def _ends_in_title(sa: SentenceAnalysis, m: Mention, lexicon: Lexicon) -> bool:
    """The phrase ends in a person's title (… विदेश मंत्री), not a body's head (… प्रतिनिधिमंडल)."""
    for k in range(m.start, m.end):
        end, heads = lexicon.nominals.longest(sa.ckeys, k)
        if end == m.end and heads:
            return heads[0].title
    return False


def _leader_follows(sa: SentenceAnalysis, start: int, lexicon: Lexicon) -> bool:
    """A title or name from ``start`` that closes with के नेतृत्व में / की अगुवाई में: it leads what is before it."""
    for j in range(start, min(start + 7, len(sa.gkeys) - 1)):
        if sa.gkeys[j] in GENITIVES:
            return sa.ckeys[j + 1] in lexicon.leadership
        if not is_modifier(sa, j, lexicon):
            return False
    return False


def _past_honorific(sa: SentenceAnalysis, i: int, lexicon: Lexicon) -> int:
    """The position after an honorific and its full stop at ``i`` (डॉ., प्रो.), else ``i``."""
    if i < len(sa.gkeys) and sa.gkeys[i] in lexicon.honorifics:
        return i + 2 if i + 1 < len(sa.gkeys) and sa.gkeys[i + 1] == "." else i + 1
    return i


def _merge_phrases(sa: SentenceAnalysis, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Genitive phrases: रूस का (एक बड़ा) प्रतिनिधिमंडल, सीरिया के विदेश मंत्री असअद अल-शैबानी."""
    changed = True
    while changed:
        changed = False
        for k in range(len(mentions) - 1):
            owner, head = mentions[k], mentions[k + 1]
            if owner.kind not in ("named", "nominal"):
                continue
            after = _past_brackets(sa, owner.end)
            end, cases = lexicon.postpositions.longest(sa.gkeys, after)
            if not cases or cases[0] != "GEN" or end != after + 1:
                continue
            trigger_end, patterns = lexicon.triggers.longest(sa.ckeys, head.start)
            if patterns and trigger_end > head.end and head.political:
                # भाजपा और अन्नाद्रमुक का [गठबंधन फिर से बहाल]: a party's head word opens an event phrase
                continue
            person_owner = owner.kind == "named" and (owner.actor_type == "person" or owner.label == "PER")
            # सीरिया के [गृह मंत्रालय]: a body the KB does not know belongs to the country that owns it
            local_body = head.kind == "named" and head.label == "ORG" and owner.actor_type == "country" \
                and (head.kb_id or "local:").startswith("local:")
            if head.kind in ("nominal", "unknown") or local_body or (
                    head.kind == "named" and head.actor_type in ("person", None) and head.label in ("PER", None)
                    and not person_owner):  # मोदी की शी जिनपिंग से मुलाकात: a person is no one's title
                gap = range(end, head.start)
                # Two modifiers (एक बड़ा), or a coordinated list of them (राजनीतिक, आर्थिक और सुरक्षा); not
                # "दोनों", which opens a phrase of its own (गाज़ा की स्थिति और दोनों देशों).
                listed = any(sa.gkeys[i] in lexicon.coordinators and sa.gkeys[i] != "," for i in gap)
                limit = 6 if listed else 2
                # (a comma without a list word ends the phrase: केंद्र का पैकेज नाकाफ़ी, प्रधानमंत्री से …)
                if len(gap) <= limit and all(is_modifier(sa, i, lexicon) and sa.gkeys[i] not in lexicon.both_words
                                             and (listed or sa.gkeys[i] != ",") for i in gap):
                    mentions[k:k + 2] = [_combine(owner, head)]
                    changed = True
                    break
    return mentions


_SKIP_PARTICLES = frozenset({"भी", "ही", "तो", "समेत", "सहित", "आदि"})
# Closed-class words several readers share (compared by grammar key).
GENITIVES = frozenset({"का", "की", "के"})
PERFECTIVE_PARTICIPLES = frozenset({"हुए", "हुई", "हुआ", "हुईं"})  # पहलगाम में हुए हमले, 2020 में हुई झड़प


def converb_at(keys: Sequence[str], j: int) -> bool:
    """Whether ``keys[j]`` closes a converb (निंदा करते हुए, दोहराते हुए): the predicate before it is done."""
    return keys[j] == "हुए" and j > 0 and keys[j - 1].endswith("ते")


def _past_brackets(sa: SentenceAnalysis, i: int) -> int:
    """The position after a short bracketed group starting at ``i`` (an abbreviation), else ``i``."""
    if i < len(sa.gkeys) and sa.gkeys[i] == "(":
        close = next((j for j in range(i + 1, min(len(sa.gkeys), i + 8)) if sa.gkeys[j] == ")"), None)
        if close is not None:
            return close + 1
    return i


def _read_cases(sa: SentenceAnalysis, mentions: list[Mention], lexicon: Lexicon) -> None:
    for m in mentions:
        i = m.end
        while i < len(sa.gkeys) and sa.gkeys[i] in _SKIP_PARTICLES:
            i += 1
        if i + 1 < len(sa.gkeys) and sa.gkeys[i] in lexicon.both_words \
                and lexicon.postpositions.longest(sa.gkeys, i + 1)[1]:
            i += 1  # फ़िलीपींस और चीन दोनों से: "both" closes the conjuncts before their case marker
        i = _past_brackets(sa, i)  # अंतरराष्ट्रीय मुद्रा कोष (आईएमएफ़) के …: the case marker after the brackets
        if m.demonym:
            # इस्राईली नागरिकों को: a demonym modifies the noun after it and takes that noun's case.
            j = i
            # (अमेरिकी आरोपों को: the noun may be an event noun)
            while j < min(i + 2, len(sa.gkeys)) and (is_modifier(sa, j, lexicon) or any(
                    p.kind == "noun" for p in lexicon.triggers.longest(sa.ckeys, j)[1])) and not any(
                    o.start == j for o in mentions):
                j += 1
                if lexicon.postpositions.longest(sa.gkeys, j)[1]:
                    i = j
                    break
        end, cases = lexicon.postpositions.longest(sa.gkeys, i)
        if cases:
            m.case, m.case_end = cases[0], end
        elif m.kind == "pronoun" and sa.gkeys[m.start] in lexicon.fused_pronoun_cases:
            m.case, m.case_end = lexicon.fused_pronoun_cases[sa.gkeys[m.start]], m.end
            if m.case == "GEN":
                # उनके साथ = उन के साथ: the genitive is the first word of a compound postposition.
                end, cases = lexicon.postpositions.longest(["के", *sa.gkeys[m.end:m.end + 3]], 0)
                if cases and end > 1:
                    m.case, m.case_end = cases[0], m.end + end - 1
        else:
            m.case, m.case_end = None, m.end
    # Coordination: X और Y से — every conjunct takes the case of the last one.
    for k in range(len(mentions) - 2, -1, -1):
        m, nxt = mentions[k], mentions[k + 1]
        if m.case is None and m.kind in ("named", "nominal"):
            after = _past_brackets(sa, m.end)  # झारखंड मुक्ति मोर्चा (JMM) और कांग्रेस के बीच
            between = sa.gkeys[after:nxt.start]
            # X और Y से, X और एक Y के बीच (a determiner or adjective may open the next conjunct)
            coordinated = 1 <= len(between) <= 3 and between[0] in lexicon.coordinators and all(
                g in lexicon.coordinators or is_modifier(sa, after + k, lexicon) for k, g in enumerate(between))
            # झामुमो-कांग्रेस में: two names joined by a hyphen, as headlines pair them.
            coordinated = coordinated or (between == ["-"] and m.kind == nxt.kind == "named")
            if between == [","] and _verb_right_before(sa, m.start, lexicon):
                coordinated = False  # चीन पहुंचे जयशंकर, वांग यी से …: a verb's subject after it closes its clause
            # युगांडा और रवांडा समेत पड़ोसी देशों से: included in the phrase after, so in its case.
            included = 1 <= len(between) <= 3 and between[0] in lexicon.including_words and all(
                is_modifier(sa, j, lexicon) for j in range(m.end + 1, nxt.start))
            if coordinated or included:
                m.case, m.case_end = nxt.case, nxt.case_end


def _ends_verb_group(sa: SentenceAnalysis, i: int, lexicon: Lexicon) -> bool:
    """The token before ``i`` closes a clause: an auxiliary or light verb, or a trigger ending in a verb
    (ठुकराया, मदद मांगी)."""
    if sa.gkeys[i - 1] in lexicon.verb_forms:
        return True
    for start in range(i - 1, max(-1, i - 5), -1):
        end, patterns = lexicon.triggers.longest(sa.ckeys, start)
        if end == i and any(p.verbal for p in patterns):
            return True
    return False


def inverted_subject(sa: SentenceAnalysis, verb_end: int, lexicon: Lexicon, *, verbal: bool = True) -> Mention | None:
    """A headline's word order (भारत आएंगे पुतिन, मोदी से मिले ट्रंप, मदद देगा जापान): the named subject right
    after the verb group that ends at ``verb_end`` (after a noun's light verb when not ``verbal``), closing
    its clause. Not a city (… बैठक हुई दिल्ली में)."""
    j = verb_end
    while j < len(sa.gkeys) and (sa.gkeys[j] in lexicon.verb_forms or (
            len(sa.gkeys[j]) > 3 and sa.gkeys[j].endswith(lexicon.future_endings))):
        j += 1
    if j == verb_end and not verbal:
        return None
    m = next((m for m in sa.mentions if m.start == j and m.kind == "named"), None)
    if m is None or m.case is not None or m.political is False or (m.place and m.actor_type != "country"):
        return None
    closes = m.end == len(sa.gkeys) or sa.gkeys[m.end] in (",", "-", "|") or sa.gkeys[m.end] in lexicon.sentence_marks
    return m if closes else None


def _verb_right_before(sa: SentenceAnalysis, i: int, lexicon: Lexicon) -> bool:
    """A verb group ends right before token ``i`` (मिले ट्रंप), not a postposition that looks like a verb (के लिए)."""
    return i > 0 and _ends_verb_group(sa, i, lexicon) and not any(
        lexicon.postpositions.longest(sa.gkeys, j)[0] == i for j in range(max(0, i - 3), i))


def _cut_clauses(sa: SentenceAnalysis, lexicon: Lexicon) -> None:
    n = len(sa.tokens)
    clauses: list[Clause] = [Clause(0, n, MAIN, None)]
    clause_of = [0] * n
    current = 0
    resume: int | None = None  # the clause an inclusion clause returns to
    # A word inside a name opens nothing: जो बाइडेन is no relative clause, त्रिनिदाद और टोबैगो no coordination.
    in_names = {i for m in sa.mentions if m.kind == "named" for i in range(m.start, m.end)}
    i = 0
    while i < n:
        g = "" if i in in_names else sa.gkeys[i]
        kind: str | None = None
        rel = lexicon.relative_kind(g, sa.gkeys[i + 1] if g and i + 1 < n else "")
        if rel is not None:
            kind = {"subject": REL_SUBJECT, "genitive": REL_GENITIVE, "object": REL_OBJECT, "place": REL_PLACE,
                    "inclusion": INCLUSION}[rel]
        elif g in lexicon.clause_openers:
            kind = OPENER
        elif g in lexicon.coordinators and g not in (",", "/") and i > 0 and _ends_verb_group(sa, i, lexicon):
            kind = COORD
        elif g in lexicon.sentence_marks and i + 1 < n:
            kind = MAIN
        elif g == "," and (m := next((m for m in sa.mentions if m.end == i and m.kind == "named"), None)) \
                and not m.place and _verb_right_before(sa, m.start, lexicon) \
                and inverted_subject(sa, m.start, lexicon) is m:
            kind = COORD  # भारत आएंगे पुतिन, दिसंबर में होगी मोदी से मुलाक़ात: the next clause shares the subject
        elif g in lexicon.consequents and (opener := clauses[current].opener) is not None \
                and sa.gkeys[opener] in lexicon.consequents[g]:
            kind = MAIN  # अगर … तो: the consequence is a clause of its own
        elif g == "," and (opener := clauses[current].opener) is not None and sa.gkeys[opener] in lexicon.consequents \
                and i > 0 and _ends_verb_group(sa, i, lexicon):
            kind = MAIN  # अगर … तो … मांग करेगा, प्रधानमंत्री ने यह चेतावनी दी: the consequence ends at its verb
        if resume is not None and g == "कि":
            resume = None  # जिनमें दावा किया गया था कि …: a report's words, not a list; its complement follows
        elif resume is not None and (g == "," or kind is not None) and kind != INCLUSION:
            # An inclusion clause (जिनमें X भी हैं,) ends at its comma; the clause it interrupted goes on.
            clause_of[i] = current
            current, resume = resume, None
            clauses[current].end = n
            i += 1
            continue
        if kind is not None:
            clauses[current].end = i
            parent = current
            group = clauses[current].group if kind == COORD else len(clauses)
            clauses.append(Clause(i, n, kind, parent, i, group))
            if kind == INCLUSION:
                resume = current
            current = len(clauses) - 1
        clause_of[i] = current
        i += 1
    # Clause ends: the last token that belongs to each clause, plus one.
    ends: dict[int, int] = {}
    for idx, c in enumerate(clause_of):
        ends[c] = idx + 1
    for idx, clause in enumerate(clauses):
        clause.end = ends.get(idx, clause.start)
    sa.clauses, sa.clause_of = clauses, clause_of
