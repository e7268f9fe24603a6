"""The event stage: triggers -> typed, dated event records with their arguments (../spec/events.md).

Per sentence: the analysis (:mod:`hindinews.events.analysis`) gives mentions with their case markers and
the clauses; every trigger of the lexicon that is a predicate becomes a draft (:mod:`.draft`) whose roles
are read from its clause (:mod:`.roles`), checked against what its type needs, given a modality
(:mod:`.modality`) and a date (:mod:`.dating`). Per document, a headline event is merged into the body
event it summarizes, and an event told twice in adjacent sentences (… पहुँचा, जहाँ वह … मुलाक़ात करेगा। …
जो … बातचीत करेगा।) becomes one record (:mod:`.merge`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from hindinews.events.analysis import (
    GENITIVES,
    OPENER,
    REL_GENITIVE,
    REL_PLACE,
    ActorSource,
    Mention,
    SentenceAnalysis,
    analyse_sentence,
    from_actor,
    is_modifier,
    state_government,
)
from hindinews.events.constructions import agreed_meeting, agreement_told_again, held_meeting, hosted_visit
from hindinews.events.dating import BackReference, own_time, starts_after, usable_times
from hindinews.events.draft import (
    MEETING_TYPES,
    Arg,
    Draft,
    PartState,
    add_arg,
    affiliations_of,
    confidence_of,
    context_of,
    countries_of,
    is_igo,
    states_of,
    story_of,
)
from hindinews.events.lexicon import QUOTES, VETO, Lexicon, TriggerPattern, load_lexicon
from hindinews.events.merge import merge_drafts, retold_as
from hindinews.events.modality import modality_of
from hindinews.events.roles import (
    SPEECH_TYPES,
    actor_phrase,
    assign_roles,
    may_be_political,
    open_word,
    passive_after,
    speaker_of,
    threat_of_condition,
    venue_city,
)
from hindinews.normalize import Normalized
from hindinews.schema import (
    EVENT_CLASSES,
    Document,
    Event,
    Plover,
    Span,
    TimeExpression,
    Token,
)
from hindinews.segment import standfirst

# Noun triggers followed by these cases are arguments of another predicate, not events themselves.
NOT_PREDICATE_CASES = frozenset({"KO", "SE", "FOR", "AGENT", "TAK", "SOURCE", "WITH", "BETWEEN", "TOWARD",
                                 "AGAINST", "LEADER", "HOST", "DURING", "TOPIC", "BEFORE", "AFTER"})
PLANNED_AS_AGREE = frozenset({"VISIT", "MEET"})
# Endings of a subjunctive verb (बसाएं, करे, रोकें, हटाए): what someone is told to do.
SUBJUNCTIVE_ENDINGS = ("ें", "े", "ए", "एं", "एँ", "ें।")
# Events that are done by saying them: a statement's date is theirs.
VERBAL_TYPES = frozenset({"SUPPORT", "ACCUSE", "REJECT", "REQUEST", "THREATEN"})


class EventExtractor:
    """Pipeline component ``events``: fills ``Document.events``.

    ``kb`` is the actor knowledge base (:func:`hindinews.kb.load_kb`); without one the stage still finds
    events whose actors the NER stage or the nominal lexicon (सरकार, प्रतिनिधिमंडल ...) provide.
    ``teasers``: also read the teasers (यह भी पढ़ें ...), each as a story of its own. Off by default: a
    teaser is the headline of another article, which an archive holds (and dates) itself.
    """

    name = "events"

    def __init__(self, kb: Any = None, lexicon: Lexicon | None = None, *, teasers: bool = False) -> None:
        self.kb = kb
        self.skipped_parts = frozenset({"boilerplate"} if teasers else {"boilerplate", "teaser"})
        self.actors = ActorSource(kb)
        self.lexicon = lexicon or load_lexicon()
        self._state_office: dict[str, bool] = {}  # KB person id -> holds a state's office (_holds_state_office)

    def process(self, docs: list[Document], views: list[Normalized]) -> None:
        for doc in docs:
            doc.events = self.extract(doc)

    # ------------------------------------------------------------------------------------------ document

    def extract(self, doc: Document) -> list[Event]:
        """The events of a segmented Document (entities and times are used where present)."""
        if not doc.sentences:
            return []
        year = doc.published.year if doc.published else None
        tokens_of: list[list[Token]] = [[] for _ in doc.sentences]
        for tok in doc.tokens:
            tokens_of[tok.sentence].append(tok)
        starts = [s.start for s in doc.sentences]
        entities_of: list[list[Any]] = [[] for _ in doc.sentences]
        for ent in doc.entities:
            entities_of[max(0, bisect.bisect_right(starts, ent.start) - 1)].append(ent)
        times_of: list[list[TimeExpression]] = [[] for _ in doc.sentences]
        for t in doc.times:
            times_of[max(0, bisect.bisect_right(starts, t.start) - 1)].append(t)

        states: dict[int, PartState] = {}
        drafts: list[Draft] = []
        names: list[tuple[str, Mention]] = []
        off_topic: set[int] = set()
        for index, sentence in enumerate(doc.sentences):
            part_kind = doc.parts[sentence.part].kind if sentence.part < len(doc.parts) else "body"
            if part_kind in self.skipped_parts or not tokens_of[index]:
                continue
            sa = analyse_sentence(index, sentence.part, part_kind, tokens_of[index], entities_of[index],
                                  times_of[index], self.lexicon, self.actors, year, names)
            if story_of(sa) in off_topic:
                continue
            if part_kind == "headline" and self.lexicon.context_vetoed("all", sa.ckeys, frozenset(sa.ckeys)):
                off_topic.add(story_of(sa))  # a film's or a match's story: its body tells of none either
            state = states.setdefault(story_of(sa), PartState())
            drafts.extend(self._sentence(sa, usable_times(sa, times_of[index]), state))
            state.read.append(index)
        if doc.published is not None:
            # Before merging: an event still to come is not the one already told (चली बैठक, अगली बैठक 22 जून को).
            for d in drafts:
                if d.modality == "asserted" and d.date is not None and d.date.value \
                        and starts_after(d.date.value, doc.published):
                    d.modality = "planned"  # कल रूस जा रहे हैं, published today: still to come
        drafts = merge_drafts(drafts, self.lexicon, standfirst(doc.parts))
        return [self._record(doc, d) for d in drafts]

    # ------------------------------------------------------------------------------------------ sentence

    def _sentence(self, sa: SentenceAnalysis, times: list[TimeExpression], state: PartState) -> list[Draft]:
        lex = self.lexicon
        key_set = frozenset(sa.ckeys)
        if lex.context_vetoed("all", sa.ckeys, key_set):
            return []
        self._resolve_state_governments(sa, state)
        self._resolve_members(sa, state)
        self._resolve_both(sa, state)
        out: list[Draft] = []
        i, n = 0, len(sa.tokens)
        while i < n:
            end, patterns = lex.triggers.longest(sa.ckeys, i)
            if not patterns or i in sa.name_tokens:
                i += 1
                continue
            # A veto as long as a trigger wins (मिलकर is no meeting).
            pattern = next((p for p in patterns if p.type == VETO), patterns[0])
            if pattern.type != VETO:
                draft = self._trigger(sa, i, end, pattern, times, state, key_set)
                if draft is not None:
                    out.append(draft)
                    state.drafts.append(draft)
                    # … से फोन पर बातचीत की और दोनों नेता … मिलने पर सहमत हुए: "both" later in the sentence
                    # may stand for the parties of this event.
                    self._resolve_both(sa, state)
                    place = draft.destination or draft.location
                    if place is not None:
                        state.last_place = place
                    if draft.actors:
                        state.last_subject = draft.actors
                elif end - 1 > i and lex.triggers.longest(sa.ckeys, end - 1)[0] > end:
                    i = end - 1  # वापस बुलाने को कहा: the request starts at the infinitive
                    continue
            i = end
        for run, slot in ((_coordinated(sa, _is_country), "last_coordinated"),
                          (_coordinated(sa, _is_person), "last_coordinated_persons")):
            known = [self.actors.get(m.kb_id) for m in run]
            if known and all(known):
                setattr(state, slot, [from_actor(0, 0, c, False, None) for c in known])
        between = [m for m in sa.mentions if m.case == "BETWEEN" and m.kind == "named" and m.identity]
        if len(between) == 2 and between[0].identity != between[1].identity:
            state.last_between = between
        self._leadership(sa, out, state)
        _share_targets(out)
        _share_places(out)
        if out:
            # फ़ैसल बिन फ़रहान ने बताया कि रियाद … दूतावास खोल देगा। उन्होंने … मांग की: the next sentence's
            # pronoun is the speaker, a person, not a place or country that the complement tells of.
            speaker = speaker_of(sa, sa.clauses[sa.clause_of[out[-1].start]])
            if speaker is not None and (speaker.actor_type == "person" or speaker.label == "PER") \
                    and not any(a.m.actor_type == "person" or a.m.label == "PER" for a in out[-1].actors):
                state.last_subject = [Arg(sa, speaker)]
        if not out:
            dateline = next((m for m in sa.mentions if m.start == 0 and m.place and m.kind == "named"), None)
            if dateline is not None and dateline.end < len(sa.gkeys) and sa.gkeys[dateline.end] == "," \
                    and sa.time_tokens:
                # कुआलालंपुर, 26 अक्टूबर (रॉयटर्स)। … ने रविवार को यहां …: the dateline's city is "here"
                state.last_place = Arg(sa, dateline)
            doers = [m for m in sa.mentions if m.case == "ERG" and m.kind == "named" and m.political]
            if doers and any(k in self.lexicon.attack_nouns for k in sa.ckeys):
                state.last_doer = [Arg(sa, doers[0])]
            # A sentence without an event still introduces who the next one's pronoun may stand for.
            subjects = [m for m in sa.mentions if m.case in ("ERG", None) and m.kind in ("named", "nominal")
                        and m.political and not m.place]
            # … पहुंचे। राज्य मंत्री ने उनका स्वागत किया। गुरुवार को वह …: one who does something to the one told of
            # (a pronoun object) does not take the story over if unnamed; if a named person, they received them
            on_last = any(m.kind == "pronoun" and m.case not in ("ERG", None) for m in sa.mentions)
            if subjects and not (on_last and subjects[0].kind == "nominal"):
                state.last_subject = [Arg(sa, subjects[0])]
            if subjects and on_last and subjects[0].kind == "named" \
                    and (subjects[0].actor_type == "person" or subjects[0].label == "PER"):
                state.receiver = Arg(sa, subjects[0])
        return out

    def _resolve_both(self, sa: SentenceAnalysis, state: PartState) -> None:
        """दोनों देशों ने …, दोनों नेताओं ने …: the phrase stands for the two parties of one of the story's
        last events (of the last two sentences); with a country head (देशों), for their two countries. It
        becomes two mentions."""
        lex = self.lexicon
        out: list[Mention] = []
        for m in sa.mentions:
            if m.kind == "nominal" and m.start > 0 and sa.gkeys[m.start - 1] in lex.both_words:
                # दोनों देशों, दोनों देशों के सैन्य कमांडरों: the countries.
                countries = sa.gkeys[m.end - 1] in lex.country_heads or sa.gkeys[m.start] in lex.country_heads
                # दोनों पक्षों after an event between two countries' officials nobody named: the countries.
                pair = self._welcomed_pair(sa, m.start, state, countries) \
                    or self._last_pair(state, countries) or self._last_pair(state, True) or (
                    _two_countries_before(sa, m.start) if countries else []) or self._between_pair(state, countries)
                if pair:
                    out.extend(replace(p, start=m.start - 1, end=m.end, case=m.case, case_end=m.case_end,
                                       clause=m.clause) for p in pair)
                    continue
            # (तीनों यूरोपीय देशों: one adjective may stand between)
            word = m.start - 2 if m.start > 1 and sa.gkeys[m.start - 2] in lex.these_words \
                and sa.gkeys[m.start - 1] not in lex.these_words and is_modifier(sa, m.start - 1, lex) else m.start - 1
            if m.kind == "nominal" and word >= 0 and sa.gkeys[word] in lex.these_words \
                    and (sa.gkeys[m.start] in lex.country_heads or sa.gkeys[m.start] in lex.leader_heads):
                # … मेक्सिको, कनाडा और चीन से आयात पर शुल्क … ये देश …: the countries the last event named;
                # … मैक्रों, मैर्त्स, स्टार्मर और टस्क कीव पहुंचे … चारों नेताओं ने …: the persons
                count = lex.these_words[sa.gkeys[word]]
                groups = (self._last_parties(state, "targets", "country"), state.last_coordinated) \
                    if sa.gkeys[m.start] in lex.country_heads \
                    else (self._last_parties(state, "actors", "person"), state.last_coordinated_persons)
                these = next((c for c in groups if c and count in (0, len(c))), [])
                if these:
                    out = [o for o in out if o.end <= word]  # (the adjective between is no mention of its own)
                    out.extend(replace(p, start=word, end=m.end, case=m.case, case_end=m.case_end,
                                       clause=m.clause) for p in these)
                    continue
            out.append(m)
        sa.mentions = out

    def _last_parties(self, state: PartState, role: str, actor_type: str) -> list[Mention]:
        """The ``actor_type`` mentions (two or more) in the ``role`` (actors, targets) of the story's last event,
        in this sentence or the one before."""
        last = next((d for d in reversed(state.drafts) if d.sa.index >= state.since(1)), None)
        found = [a.m for a in getattr(last, role)] if last is not None else []
        found = [m for m in found if m.actor_type == actor_type]
        return found if len(found) >= 2 else []

    def _resolve_state_governments(self, sa: SentenceAnalysis, state: PartState) -> None:
        """… कर्नाटक … राज्य सरकार ने: the government of the state or province the story named last (the tagger
        may have marked राज्य सरकार as a name of its own)."""
        lex = self.lexicon
        out: list[Mention] = []
        for m in sa.mentions:
            if m.kind == "named" and m.actor_type == "region" and m.country and m.canonical:
                state.last_state, state.last_state_at = (m.canonical, m.country), sa.index
            elif m.canonical and m.canonical.startswith("Government of ") and m.kb_id is None:
                state.last_state = (m.canonical.removeprefix("Government of "), m.country)
                state.last_state_at = sa.index
            if m.kind == "named" and m.political and m.country and not m.place:
                state.last_country = (m.country, sa.index)
                if self._holds_state_office(m):
                    state.last_state_at = sa.index  # a state's minister: its सरकार may be the state's
            if (centre := self._centre_of_bare_government(sa, m, state)) is not None:
                out.append(replace(from_actor(m.start, m.end, centre, False, None), case=m.case,
                                   case_end=m.case_end, clause=m.clause))
                continue
            start = m.start - 1 if m.kind == "nominal" and m.end - m.start == 1 else m.start
            if m.kind in ("nominal", "named") and not (m.kb_id and not m.kb_id.startswith("local:")) \
                    and m.end - start == 2 and start >= 0 and sa.gkeys[start] in lex.state_words \
                    and sa.gkeys[m.end - 1] in lex.government_heads and state.last_state is not None:
                name, country = state.last_state
                out.append(state_government(replace(m, start=start), name, country))
                continue
            out.append(m)
        sa.mentions = out

    def _holds_state_office(self, m: Mention) -> bool:
        """A person whose KB role is of a state or province (transport minister of Uttar Pradesh, leader of the
        opposition in Bihar). Read once per person: every sentence asks it of every politician it names."""
        if m.actor_type != "person" or m.kb_id is None:
            return False
        if m.kb_id not in self._state_office:
            places = (_ROLE_PLACE.search(r.title) for r in getattr(self.actors.get(m.kb_id), "roles", ()))
            self._state_office[m.kb_id] = any(self.actors.is_region(p.group(1)) for p in places if p is not None)
        return self._state_office[m.kb_id]

    def _centre_of_bare_government(self, sa: SentenceAnalysis, m: Mention, state: PartState) -> Any:
        """A bare सरकार (no owner, no राज्य before it) in a story whose last political actors are the Centre's
        country and that named no state lately: the Union government's actor (सर्वदलीय बैठक में विपक्ष ने सरकार
        से मांग की); so is a bare ministry the grammar lists, the Centre's ministry (विदेश मंत्रालय ने …).
        Elsewhere None: whose it is, the story does not say."""
        lex = self.lexicon
        body = lex.centre_bodies.get(" ".join(sa.ckeys[m.start:m.end]))
        if not (m.kind == "nominal" and m.kb_id is None and m.country is None and (
                body is not None or (m.end - m.start == 1 and sa.gkeys[m.start] in lex.government_heads))):
            return None
        before = sa.gkeys[m.start - 1] if m.start > 0 else ""
        described = m.start > 0 and is_modifier(sa, m.start - 1, lex) and before != "कि" \
            and before not in lex.coordinators
        if before in lex.state_words or before in GENITIVES or described:
            return None  # राज्य सरकार, X की सरकार, नई अंतरिम सरकार: another one, or one described
        centre = self.actors.get(lex.centre_actor)
        # (a state has no ministry of its own of those the grammar lists: a state named lately does not matter)
        national = centre is not None and state.last_country is not None \
            and state.last_country[0] == getattr(centre, "affiliation", None) \
            and sa.index - state.last_country[1] <= 2 and (body is not None or sa.index - state.last_state_at > 2)
        return (self.actors.get(body) if body is not None else centre) if national else None

    def _resolve_members(self, sa: SentenceAnalysis, state: PartState) -> None:
        """सदस्य देशों (के नेताओं) ने …: a member-states phrase without a genitive owner is the international organization
        named last before it, in the sentence or the story (आसियान शिखर सम्मेलन में सदस्य देशों ने …)."""
        lex = self.lexicon
        out: list[Mention] = []
        for m in sa.mentions:
            if m.kind == "named" and m.actor_type == "organization" and not m.country \
                    and (m.code or "").startswith("IGO"):
                state.last_organization = m
            elif m.kind == "nominal" and m.start > 0 and sa.gkeys[m.start - 1] in lex.member_words \
                    and (sa.gkeys[m.end - 1] in lex.country_heads or sa.gkeys[m.start] in lex.country_heads) \
                    and state.last_organization is not None \
                    and (m.start < 2 or sa.gkeys[m.start - 2] not in GENITIVES):
                out.append(replace(state.last_organization, start=m.start - 1, end=m.end, case=m.case,
                                   case_end=m.case_end, clause=m.clause))
                continue
            out.append(m)
        sa.mentions = out

    def _between_pair(self, state: PartState, countries: bool) -> list[Mention]:
        """… हुन मानेट और फुमथम वेचायाचाई के बीच हुई इस बैठक की मेज़बानी की। … दोनों नेताओं से बात की: the two
        of the story's last के बीच phrase, which told no event of its own; for a country head, their countries."""
        return self._countries_of_pair(state.last_between) if countries else list(state.last_between)

    def _countries_of_pair(self, pair: Sequence[Mention]) -> list[Mention]:
        """The two countries of a pair of parties (each a country or of one); none unless they are two."""
        found = [self.actors.get(p.kb_id if p.actor_type == "country" else p.country) for p in pair]
        if len(found) == 2 and all(found) and found[0].id != found[1].id:
            return [from_actor(0, 0, actor, False, None) for actor in found]
        return []

    def _welcomed_pair(self, sa: SentenceAnalysis, limit: int, state: PartState, countries: bool) -> list[Mention]:
        """… अबुजा पहुंचे। … टीनूबू ने उनका औपचारिक स्वागत किया, जिसके बाद दोनों नेताओं के बीच …: earlier in the
        sentence a named person acts on the visitor (a pronoun object); the two are that person and the visitor
        of the story's last visit."""
        if not any(m.kind == "pronoun" and m.case not in ("ERG", None) and m.end <= limit for m in sa.mentions):
            return []
        host = next((m for m in sa.mentions if m.end <= limit and m.case == "ERG" and m.kind == "named"
                     and (m.actor_type == "person" or m.label == "PER")), None)
        visit = next((d for d in reversed(state.drafts) if d.type == "VISIT"), None)
        visitors = [a.m for a in visit.actors if actor_phrase(a.m) and not a.m.place] if visit else []
        if host is None or len(visitors) != 1 or visitors[0].identity == host.identity:
            return []
        return self._countries_of_pair([visitors[0], host]) if countries else [visitors[0], host]

    def _last_pair(self, state: PartState, countries: bool) -> list[Mention]:
        # Only events of the last two sentences: farther back, "both" is more often a pair told in between.
        for d in reversed([d for d in state.drafts[-3:] if d.sa.index >= state.since(2)]):
            parts = [*d.participants(), *([d.destination] if d.destination else [])]
            if len(d.targets) == 2 and d.type not in MEETING_TYPES:
                # सर्बिया और कोसोवो से आग्रह किया। … दोनों पक्षों की बैठक: the two asked, not the one who asks
                parts = list(d.targets)
            if countries:
                ids = list(dict.fromkeys(
                    a.m.kb_id if a.m.actor_type == "country" else a.m.country for a in parts))
                found = [self.actors.get(i) for i in ids if i]
                if len(found) == 2 and all(found):
                    return [from_actor(0, 0, actor, False, None) for actor in found]
            else:
                # (a phrase without an identity, केंद्र सरकार के मंत्रियों, is a party by its place)
                people = list({a.identity or (a.sa.index, a.m.start): a.m for a in parts
                               if actor_phrase(a.m) and not a.m.place}.values())
                if len(people) == 1 and d.type == "VISIT":
                    # … ब्रासीलिया रवाना हो गए, जहां राष्ट्रपति लूला उनकी अगवानी करेंगे: the visitor and the one
                    # person named with the visit, its host.
                    others = {m.identity: m for m in d.sa.mentions if m.kind == "named" and m.identity
                              and (m.actor_type == "person" or m.label == "PER")
                              and m.identity != people[0].identity}
                    if len(others) == 1:
                        return [*people, *others.values()]
                if len(people) == 2:
                    return people
        receiver = state.receiver
        if not countries and receiver is not None and receiver.sa.index >= state.since(2):
            # … अक्रा पहुंचे। … राष्ट्रपति महामा ने उनकी अगवानी की। … दोनों नेताओं के बीच …: the visitor and the
            # one who received them
            visit = next((d for d in reversed(state.drafts) if d.type == "VISIT" and d.sa.index < receiver.sa.index),
                         None)
            people = [a.m for a in visit.actors if actor_phrase(a.m) and not a.m.place] if visit else []
            if len(people) == 1 and people[0].identity != receiver.identity:
                return [people[0], receiver.m]
        return []

    def _trigger(
        self, sa: SentenceAnalysis, start: int, end: int, pattern: TriggerPattern,
        times: list[TimeExpression], state: PartState, key_set: frozenset[str],
    ) -> Draft | None:
        lex = self.lexicon
        type_name = pattern.type
        held: Mention | None = None  # the organization whose meeting a participle says took place
        if pattern.kind == "noun":
            ref = self._back_reference(sa, start, end, type_name, state)
            if ref is not None:
                state.back_refs.append(ref)
                return None
            held = held_meeting(sa, start, type_name, self.lexicon)
            if not (self._is_predicate(sa, end) or self._first_telling(sa, start, end, type_name, state)
                    or held is not None) or self._described(sa, start, end) or self._reason_of_another(sa, end):
                return None
        elif self._complement_of_another(sa, end - 1) or (
                # व्यापार बहाल करने से इनकार: the phrase with its light verb is what is refused
                end < len(sa.gkeys) and self._complement_of_another(sa, end)) or (
                type_name == "MEET" and pattern.kind == "verb" and self._received(sa, start)):
            return None
        clause = sa.clause_of[start]
        if self._threatened(sa, clause) or (type_name != "ACCUSE" and self._accused_deed(sa, start, end)):
            return None
        if type_name == "AGREE" and start >= 2 and sa.gkeys[start - 1] == "पर" \
                and sa.ckeys[start - 2] in lex.signed_alone:
            return None  # आदेश पर हस्ताक्षर किए: an order signed, no agreement
        for retype in lex.retypes:
            window = range(end, min(len(sa.ckeys), end + retype.window)) if retype.after \
                else range(max(0, start - retype.window), start)
            if retype.source == type_name and any(
                    sa.ckeys[k] in retype.cues and sa.clause_of[k] == clause for k in window):
                type_name = retype.target
        # दोनों पक्ष 22 फ़रवरी को फिर से मिलने पर सहमत हुए: the spec keeps an agreed meeting a planned MEET (its
        # PLOVER code says AGREE), dated by the date of the meeting agreed on.
        meeting = agreed_meeting(sa, start, lex) if type_name == "AGREE" else None
        if meeting is not None:
            type_name = "MEET"
        elif "meeting" in pattern.needs:
            return None  # नए परमाणु समझौते के लिए राज़ी: agreeing to a deal is told by its own triggers
        if lex.context_vetoed(type_name, sa.ckeys, key_set):
            return None
        said_at: int | None = None  # where a threat by a condition's consequence is said
        if "guest" in pattern.needs:
            hosted = hosted_visit(sa, start, end, pattern, self.actors, lex)
            if hosted is None:
                return None
            if hosted.destination is not None:
                hosted.destination = venue_city(sa, hosted.destination, lex, state)
            draft = hosted
        else:
            draft = Draft(type_name, pattern, sa, start, end)
            said_at = threat_of_condition(draft, lex, state) if type_name == "THREATEN" else None
            if "condition" in pattern.needs and said_at is None:
                return None
            if said_at is None:
                assign_roles(draft, lex, state)
            if type_name in MEETING_TYPES and pattern.kind == "noun" and sa.gkeys[end:end + 2] in (
                    ["के", "बाद"], ["के", "दौरान"]) and not any(a.m.label == "PER" or a.m.actor_type in (
                    "person", "country") for a in draft.actors):
                # अल्बनीज़ के साथ बातचीत के बाद मारापे ने कहा …: who speaks after the talks held them
                speaker = next((m for m in sa.mentions if m.start > end and m.case == "ERG"
                                and m.clause == sa.clause_of[start] and actor_phrase(m)), None)
                if speaker is not None:  # (with its conjuncts: चारों नेताओं ने, X और Y ने)
                    draft.actors = [Arg(sa, m) for m in sa.mentions if m.case == "ERG" and m.start >= speaker.start
                                    and m.case_end == speaker.case_end and actor_phrase(m)]
                    # … के बाद चारों नेताओं ने रूस से … मांग की: past the speaker, the main clause's parties
                    draft.counterparts = [a for a in draft.counterparts if a.m.start < speaker.start]
                    draft.targets = [a for a in draft.targets if a.m.start < speaker.start]
            if type_name == "VISIT" and not draft.actors and pattern.kind == "verb":
                # भूटान की यात्रा पर पहुंचे प्रधानमंत्री मोदी ने …: a participle before its subject tells the visit;
                # so before a group whose leader the sentence names (दमिश्क पहुंचे रूसी प्रतिनिधिमंडल का नेतृत्व
                # नोवाक ने किया)
                after = [m for m in sa.mentions if m.start == end and actor_phrase(m) and not m.place]
                led = [m for m in after if m.case == "GEN"
                       and m.case_end < len(sa.ckeys) and sa.ckeys[m.case_end] in lex.leadership]
                # (… पहुँचे उप विदेश मंत्री लैंडो और … की मुलाक़ात: a person, whatever case the phrase then takes)
                subject = next((m for m in after if m.case != "GEN"), None) or next(iter(led), None) or next(
                    (m for m in after if m.kind == "named" and (m.actor_type == "person" or m.label == "PER")), None)
                if subject is not None:
                    draft.actors = [Arg(sa, subject)]
                if led:
                    draft.led_by = [Arg(sa, m) for m in sa.mentions if m.case == "ERG" and m.start > led[0].case_end
                                    and (m.actor_type == "person" or m.label == "PER")][:1]
            if "service" in pattern.needs:
                self._service_is_no_party(draft)
            if type_name in ("SANCTION", "COOPERATE") and draft.actors:
                self._mission_country_as_target(draft)
            if held is not None and not draft.actors:
                draft.actors = [Arg(sa, held)]  # the organization whose summit took place
            if not self._valid(draft):
                return None
        if type_name == "VISIT" and draft.end + 1 < len(sa.gkeys) and sa.gkeys[draft.end] == "का" \
                and sa.ckeys[draft.end + 1] in lex.invitation_nouns:
            # क्राउन प्रिंस ने अल-शरा को रियाद आने का न्योता दिया: the one invited is who would come
            invited = next((m for m in reversed(sa.mentions) if m.end <= start and m.case == "KO"
                            and m.clause == clause and actor_phrase(m)), None)
            if invited is not None:
                draft.actors = [Arg(sa, invited)]
        self._capitals_as_countries(draft)
        if type_name == "AID" and not draft.targets:
            self._aid_destination(draft)
        if type_name == "CALL":
            # the spec gives a call no location: it joins two places (जोहानिसबर्ग में होने वाले सम्मेलन से पहले
            # फोन पर बात की names the summit's); nor does an event told during it take one from it
            draft.location = None
        if type_name == "VISIT":
            self._host_country(draft)
        draft.modality = modality_of(sa, start, end, lex, verb=pattern.kind == "verb",
                                     refusal=type_name == "REJECT" or said_at is not None)
        if said_at is not None:
            if draft.modality == "negated":
                return None  # अगर … तो ईरान भी जवाबी कार्रवाई नहीं करेगा: restraint promised, no threat
            draft.modality = "asserted"  # the threat is made; what it promises is conditional
        if meeting is not None or pattern.planned:
            draft.modality = "planned" if draft.modality == "asserted" else draft.modality
        told_at = said_at if said_at is not None else meeting if meeting is not None else start
        draft.date = own_time(sa, told_at, times, lex.participle_auxiliaries,
                              attributed=type_name in SPEECH_TYPES and lex.ends_in_attribution(sa.gkeys)) \
            or self._date_of_governing_clause(draft, times)
        if pattern.planned:
            # बुधवार को … मदद का भरोसा दिलाया: the day dates the promise, not the aid still to come
            draft.date = None
        elif draft.date is None:
            told = self._referred_event(sa, start, state) or self._event_of_this_time(sa, start, state)
            if told is not None:
                # इस मुलाक़ात में …, इस दौरान …: the time and, with none of its own, the place of that event
                draft.date, draft.date_via_reference = told.date, True
                place = told.location or (told.destination if told.type == "VISIT" else None)
                if draft.location is None and draft.destination is None and type_name != "VISIT":
                    draft.location = place
        return draft

    def _date_of_governing_clause(self, d: Draft, times: list[TimeExpression]) -> TimeExpression | None:
        """The clause an event's clause hangs on dates it when the event is that clause's own occasion: what a
        speaker expresses by saying it (रुटे ने गुरुवार को कहा कि … यूक्रेन के साथ खड़ा है: support on Thursday),
        and what happened where the main clause arrived (सोमवार को दमिश्क पहुंचे, जहां उन्होंने … मुलाकात की)."""
        sa = d.sa
        clause = sa.clauses[sa.clause_of[d.start]]
        if clause.parent is None or clause.opener is None:
            return None
        parent = sa.clauses[clause.parent]
        said = clause.kind == OPENER and d.type in VERBAL_TYPES and any(
            sa.gkeys[i] in self.lexicon.speech_verbs for i in range(parent.start, clause.opener))
        arrived_there = clause.kind == REL_PLACE and d.modality == "asserted"
        if not (said or arrived_there):
            return None
        return own_time(sa, parent.start, times, self.lexicon.participle_auxiliaries) \
            if parent.start < len(sa.tokens) else None

    def _mission_country_as_target(self, d: Draft) -> None:
        """A sanction or cooperation aimed at a mission or envoy by where it sits (काबुल स्थित भारत के तकनीकी मिशन
        को दूतावास का दर्जा, केन्या में तैनात अपने राजदूत को वापस बुलाया): that place, not the actor's own country.
        Else a sanction with no recipient the KB knows, in a clause that names another country's mission or
        people by its adjective (… नई दिल्ली स्थित पाकिस्तानी उच्चायोग में तैनात सलाहकारों को निष्कासित), or what
        is linked to a country (ईरान के मिसाइल कार्यक्रम से जुड़ी कंपनियों पर प्रतिबंध): that country."""
        own = states_of(d.actors)
        clause = d.sa.clause_of[d.start]
        gkeys = d.sa.gkeys
        sited = next((m for m in d.sa.mentions if m.clause == clause and m.place and m.end < d.start and (
            gkeys[m.end] == "स्थित" or (m.case == "MEIN" and gkeys[m.case_end] in ("तैनात", "स्थित")))), None)
        if sited is not None and own and not {sited.kb_id, sited.country} & own and all(
                (a.m.kb_id or a.m.country) in own or (a.m.kind == "nominal" and not a.m.country) for a in d.targets):
            d.targets = [Arg(d.sa, sited)]
            if d.location is not None and d.location.m is sited:
                d.location = None
            return
        if d.type != "SANCTION" or any(a.m.kb_id or a.m.country for a in d.targets):
            return
        found: dict[str, Mention] = {}
        for m in d.sa.mentions:
            if m.clause != clause:
                continue
            country = m.kb_id if m.actor_type == "country" else m.country
            if country is None or country in own:
                continue
            linked = m.end <= d.start and m.case in ("GEN", "SE") and any(
                d.sa.gkeys[j] in self.lexicon.linking_participles for j in range(m.case_end, d.start))
            by_adjective = m.actor_type == "country" and m.case in ("MEIN", "GEN") \
                and self.actors.demonym(d.sa.tokens[m.start].norm) is not None
            actor = self.actors.get(country) if linked or by_adjective else None
            if actor is not None:
                found.setdefault(country, from_actor(m.start, m.end, actor, False, None))
        if len(found) == 1:
            d.targets = [Arg(d.sa, next(iter(found.values())))]  # (its diplomats nobody named stand for it)

    def _service_is_no_party(self, d: Draft) -> None:
        """रियाद अगले महीने दमिश्क में अपना दूतावास फिर खोल देगा: the embassy reopened belongs to the trigger, as
        in दूतावास फिर से खोला; the subject before it is the actor."""
        def service(a: Arg) -> bool:
            return a.sa is d.sa and a.m.end <= d.start and d.sa.ckeys[a.m.end - 1] in self.lexicon.service_words

        if not any(service(a) for a in d.actors):
            return
        d.actors = [a for a in d.actors if not service(a)]
        if not d.actors:
            clause = d.sa.clause_of[d.start]
            subject = next((m for m in d.sa.mentions if m.clause == clause and m.end <= d.start
                            and m.case in (None, "ERG") and m.political
                            and d.sa.ckeys[m.end - 1] not in self.lexicon.service_words), None)
            if subject is not None:
                d.actors = [Arg(d.sa, subject)]

    def _aid_destination(self, d: Draft) -> None:
        """राहत सामग्री यांगून भेजी: a place right after the goods, with no case marker, is where they go, and
        the country of the place aid goes to is the one helped."""
        sa = d.sa
        if d.location is None:
            goes_to = next((m for m in sa.mentions if m.case is None and m.place and m.kind == "named"
                            and d.start < m.start <= d.end and m.clause == sa.clause_of[d.start]), None)
            d.location = Arg(sa, goes_to) if goes_to is not None else None
        if d.location is None:
            return
        place = d.location.m
        if place.actor_type == "country":
            d.targets = [d.location]
        elif place.actor_type == "city" and (country := self.actors.get(place.country)) is not None:
            d.targets = [Arg(d.location.sa, _as_actor(place, country))]

    def _own_bodies(self, args: Sequence[Arg]) -> set[str]:
        """The organizations the arguments are, or hold (or held) a KB role in."""
        out: set[str] = set()
        for a in args:
            actor = self.actors.get(a.m.kb_id)
            if getattr(actor, "type", None) == "organization":
                out.add(actor.id)
            out.update(r.org for r in getattr(actor, "roles", ()) if r.org)
        return out

    def _state_voice(self, a: Arg) -> Any:
        """The country a named body speaks for (क्रेमलिन, व्हाइट हाउस, भारत के विदेश मंत्रालय, पाकिस्तानी विदेश
        कार्यालय): a KB body listed as a state's voice, or a name the KB does not know that ends in the words of
        a foreign ministry or a leader's office, of a known country."""
        m, lex = a.m, self.lexicon
        if m.kind != "named" or not m.country or m.actor_type not in ("organization", None):
            return None
        keys = a.sa.ckeys[m.start:m.end]
        voice = m.kb_id in lex.state_voices or ((m.kb_id is None or m.kb_id.startswith("local:")) and any(
            lex.state_voice_heads.longest(keys, j)[0] == len(keys) for j in range(len(keys))))
        return self.actors.get(m.country) if voice else None

    def _capitals_as_countries(self, d: Draft) -> None:
        """A capital named as a party stands for its government (वाशिंगटन की निंदा की, ढाका ने खारिज किया):
        the argument keeps the city's words and takes the country's identity. Not a place of the event. So
        does a body that speaks for its state (क्रेमलिन, भारत के विदेश मंत्रालय)."""
        for role in ("actors", "targets", "counterparts"):
            args: list[Arg] = getattr(d, role)
            for k, a in enumerate(args):
                state = self._state_voice(a)
                if state is not None and not (role == "targets" and d.type == "VISIT"):
                    m = from_actor(a.m.start, a.m.end, state, False, None)
                    args[k] = Arg(a.sa, replace(m, case=a.m.case, case_end=a.m.case_end, clause=a.m.clause,
                                                code=a.m.code or m.code))
                    continue
                if a.m.actor_type != "city" or a.m.sector is not None or a.m.kind != "named" \
                        or self.lexicon.nominals.longest(a.sa.ckeys, a.m.end - 1)[1]:
                    continue  # दिल्ली सरकार is the city's own government
                if role == "targets" and d.type == "VISIT":
                    continue  # the destination: its host comes from _host_country
                # (ढाका और कराची के बीच सीधी उड़ानें: the two ends of a link stand for their countries)
                country = self.actors.capital_of(a.m.kb_id) or (
                    self.actors.get(a.m.country) if d.type == "COOPERATE" else None)
                if country is not None:
                    args[k] = Arg(a.sa, _as_actor(a.m, country))
                elif role == "targets" and d.type == "AID" and d.location is None:
                    d.location = a  # राहत सामग्री नादी भेजी: another city is where the aid goes
            if role == "targets" and d.type == "AID":
                args = [a for a in args if a is not d.location]
            unique: dict[str, Arg] = {}
            for a in args:
                unique.setdefault(a.identity, a)
            setattr(d, role, list(unique.values()))
        actor_ids = {a.identity for a in d.actors}
        if d.type != "VISIT":  # दमिश्क और अबू धाबी के बीच उड़ानें: the actors' own capitals are no recipients
            d.targets = [a for a in d.targets if a.identity not in actor_ids] or d.targets[:0]
            # (उन्होंने सीरिया की संप्रभुता के लिए सऊदी अरब के समर्थन को दोहराया: the actor's own country is no
            # recipient beside another one)
            own = affiliations_of(d.actors)
            others = [a for a in d.targets if not (a.m.actor_type == "country" and a.m.kb_id in own)]
            if others:
                d.targets = others

    def _host_country(self, d: Draft) -> None:
        """PLOVER's recipient of a visit is its host. With none named, the host of a visit to a city is the
        city's country: मास्को पहुँचे → host and target Russia (on the city's words); destination Moscow."""
        dest = d.destination
        if d.host is not None or dest is None or [a.identity for a in d.targets] != [dest.identity]:
            return
        if dest.m.actor_type == "country" or not dest.m.country or not dest.m.place:
            return
        country = self.actors.get(dest.m.country)
        if country is None:
            return
        m = from_actor(dest.m.start, dest.m.end, country, False, None)
        d.host = Arg(dest.sa, replace(m, case=dest.m.case, case_end=dest.m.case_end, clause=dest.m.clause))
        # अमित शाह पटना पहुंचे: travel inside one's own country has no foreign recipient
        d.targets = [] if country.id in states_of(d.actors) else [d.host]

    def _described(self, sa: SentenceAnalysis, start: int, end: int) -> bool:
        """यह दोनों देशों के लिए फ़ायदेमंद समझौता है: "this is an agreement" describes one, it tells of none."""
        lex = self.lexicon
        if end >= len(sa.gkeys) or sa.gkeys[end] not in lex.copulas:
            return False
        lo = sa.clauses[sa.clause_of[start]].start
        return any(sa.gkeys[j] in lex.copula_subjects and not lex.postpositions.longest(sa.gkeys, j + 1)[1]
                   for j in range(lo, start))

    def _received(self, sa: SentenceAnalysis, start: int) -> bool:
        """मजबूती मिलेगी, सफलता मिली: मिलना right after a bare common noun is "to receive", not "to meet"
        (पुतिन से मिले, दोनों नेता मिले, फिर मिले are meetings); so is its participle before a noun with a
        case marker (तमिलनाडु से मिली सीटों का)."""
        after = start + 1
        if after + 1 < len(sa.gkeys) and open_word(sa, after, self.lexicon) and after not in sa.time_tokens \
                and self.lexicon.postpositions.longest(sa.gkeys, after + 1)[1]:
            return True
        j = start - 1
        if j > 0 and sa.gkeys[j] == "को" and j - 1 not in sa.time_tokens:
            return True  # दोनों पक्षों को मिल जाएंगी: X को मिलना is X receiving (गुरुवार को मिले is a date)
        if j < 0 or not open_word(sa, j, self.lexicon) or j in sa.time_tokens:
            return False
        g = sa.gkeys[j]
        if g in self.lexicon.not_names or g in self.lexicon.pronouns:
            return False
        return not any(m.start <= j < m.end for m in sa.mentions)

    def _back_reference(self, sa: SentenceAnalysis, start: int, end: int, type_name: str,
                        state: PartState) -> BackReference | None:
        lex = self.lexicon
        dating_end, _ = lex.dating_markers.longest(sa.gkeys, end)
        if dating_end > end and start - sa.clauses[sa.clause_of[start]].start <= 2 and any(
                retold_as(d.type, type_name) and d.sa.index < sa.index for d in state.drafts):
            # वार्ता के दौरान …, बैठकों में … opening a clause after the talks were told: those talks.
            return BackReference(type_name, sa.index, start, sa.clause_of[start], True)
        if type_name == "AGREE" and agreement_told_again(sa, start, state, lex):
            return BackReference(type_name, sa.index, start, sa.clause_of[start], False)
        for gap in range(lex.back_ref_gap + 1):
            d = start - 1 - gap
            if d < 0:
                break
            if sa.gkeys[d] in lex.demonstratives and all(
                    is_modifier(sa, j, lex) for j in range(d + 1, start)):
                if sa.gkeys[d] in lex.cataphoric and type_name in SPEECH_TYPES \
                        and any(sa.gkeys[j] == "," or sa.gkeys[j] in QUOTES for j in range(d)):
                    return None  # अगर … तो …, प्रधानमंत्री ने यह चेतावनी दी: the warning, its words told first
                dating_end, _ = lex.dating_markers.longest(sa.gkeys, end)
                return BackReference(type_name, sa.index, start, sa.clause_of[start], dating_end > end)
        return None

    def _is_predicate(self, sa: SentenceAnalysis, end: int) -> bool:
        """An event noun is a predicate unless what follows makes it another predicate's argument:
        a case marker (बैठक को संबोधित), a genitive (बातचीत की कड़ी), an instrument (कॉल्स के ज़रिए),
        a contrast (चर्चा नहीं, बल्कि), another trigger (अपील ख़ारिज), a compound head (युद्धविराम प्रस्ताव को),
        an infinitive complement (निंदा करने का आग्रह, वार्ता में लौटने का आग्रह), or a topic marker before
        another trigger (सहयोग पर समझौता)."""
        lex = self.lexicon
        n = len(sa.gkeys)
        if end < n and sa.gkeys[end] in QUOTES:
            # संयुक्त सैन्य अभ्यास 'फ्रीडम शील्ड' की निंदा: a quoted name after the noun is part of its phrase.
            close = next((j for j in range(end + 1, min(n, end + 8)) if sa.gkeys[j] in QUOTES), None)
            if close is not None:
                return self._is_predicate(sa, close + 1)
        for j in range(end, min(n - 1, end + 4)):
            if sa.gkeys[j].endswith("ने") and self._complement_of_another(sa, j) and all(
                    is_modifier(sa, k, lex) or self._adverb_word(sa, k) for k in range(end, j)):
                return False  # आचार संहिता पर बातचीत जल्द पूरी करने की अपील: the talks are what is asked for
        if end < n and end in sa.time_tokens:
            # बातचीत बुधवार को ढाका में होगी: a date after the noun is the clause's, read on past it.
            while end < n and end in sa.time_tokens:
                end += 1
            after, cases = lex.postpositions.longest(sa.gkeys, end)
            return self._is_predicate(sa, after if cases and cases[0] in ("KO", "MEIN", "SE", "TAK") else end)
        if lex.instrument_markers.longest(sa.gkeys, end)[0] > end:
            return False
        if end < n and sa.gkeys[end] in lex.venue_words:
            return False  # बैठक स्थल पर पहुँचे: the venue
        if lex.contrast_markers.longest(sa.gkeys, end)[0] > end:
            return False  # चर्चा नहीं, बल्कि जवाब चाहते हैं: what is not wanted did not happen either
        if end < n and any(p.type != VETO for p in lex.triggers.longest(sa.ckeys, end)[1]) \
                and sa.gkeys[end] not in lex.call_off:
            return False  # (दौरा रद्द कर दिया गया: the call-off word is this event's negation, not a trigger)
        if not self._not_argument(sa, end):
            return False
        after, cases = lex.postpositions.longest(sa.gkeys, end)
        if cases:
            # वार्ता में लौटने का आग्रह, बातचीत में शामिल होने की अपील: inside another trigger's complement.
            if any(self._complement_of_another(sa, j) for j in range(after, min(n - 1, after + 2))):
                return False
            # सहयोग पर समझौता: the noun is the topic of the trigger after पर; also past the subject of a
            # headline's clause (रूस को मदद पर अमेरिका ने जताई आपत्ति).
            subject = next((m for m in sa.mentions if m.start == after and m.case == "ERG"), None)
            if subject is not None:
                after = subject.case_end
            return not (cases[0] == "PAR" and any(lex.triggers.longest(sa.ckeys, j)[1]
                                                   for j in range(after, min(n, after + 3))))
        if end < n and (sa.gkeys[end] in lex.coordinators or sa.gkeys[end] == ","
                        or sa.gkeys[end] in lex.including_words):  # … साझेदारी समेत 13 समझौतों पर हस्ताक्षर
            # ऊर्जा सहयोग और कनेक्टिविटी परियोजनाओं पर चर्चा की: one of the topics listed before another trigger.
            marker = next((j for j in range(end + 1, min(n, end + 6)) if lex.postpositions.longest(sa.gkeys, j)[1]),
                          None)
            if marker is not None:
                # … हुए सभी समझौतों और प्रोटोकॉल के अनुरूप: the coordinated phrase is another's argument.
                if sa.gkeys[end] != "," and not self._not_argument(sa, marker):
                    return False  # (after a comma a new clause may start: रूस की नसीहत, अमेरिका … से …)
                after, cases = lex.postpositions.longest(sa.gkeys, marker)
                if cases[0] == "PAR" and any(lex.triggers.longest(sa.ckeys, j)[1]
                                             for j in range(after, min(n, after + 3))):
                    return False
        if end < n and sa.gkeys[end] in lex.agreement_nouns and sa.gkeys[end - 1] not in lex.agreement_nouns:
            return False  # सैन्य सहयोग समझौता, सहयोग प्रोटोकॉल पर हस्ताक्षर: the kind of agreement, told by its own trigger
        if end + 1 >= n or not open_word(sa, end, lex):
            return True
        # An infinitive, maybe after a word of its own (बातचीत पूरी करने पर सहमति): निंदा करने का आग्रह (the
        # content of another event) is none, समर्थन देने का वादा (a promise of support) is one.
        infinitive = next((j for j in (end, end + 1) if j < n and sa.gkeys[j].endswith("ने")), None)
        if infinitive is not None and (infinitive == end or open_word(sa, end, lex)):
            return not self._complement_of_another(sa, infinitive)
        # A compound head after the noun (युद्धविराम प्रस्ताव को) whose phrase is another's argument.
        return self._not_argument(sa, end + 1)

    def _subjunctive_complement(self, sa: SentenceAnalysis, end: int) -> bool:
        """After the trigger a कि complement whose verb is a subjunctive (वे … बसाएं, वह … न खरीदे): a request,
        not a statement (… कहा कि वह आएगा / यह ज़रूरी है)."""
        lex = self.lexicon
        n = len(sa.gkeys)
        k = next((j for j in range(end, min(n, end + 3)) if sa.gkeys[j] == "कि"), None)
        if k is None:
            return False
        last = next((j for j in range(k + 1, n) if sa.gkeys[j] in lex.sentence_marks or sa.gkeys[j] == ","), n)
        verb = last - 1
        if verb <= k:
            return False
        g = sa.gkeys[verb]
        return g.endswith(SUBJUNCTIVE_ENDINGS) and g not in lex.verb_forms and not g.endswith("ने") \
            and not g.endswith(lex.future_endings)

    def _first_telling(self, sa: SentenceAnalysis, start: int, end: int, type_name: str, state: PartState) -> bool:
        """ज़ेलेंस्की के साथ बातचीत के दौरान …, दोनों नेताओं की बातचीत के बाद …: with no such event told before,
        the noun tells that it happened."""
        _, cases = self.lexicon.postpositions.longest(sa.gkeys, end)
        if not cases or cases[0] not in ("DURING", "AFTER"):
            return False
        # its parties right before it (… के साथ, … के बीच, … की); not जी-7 शिखर सम्मेलन के दौरान, a setting
        party = any(m.case in ("WITH", "BETWEEN", "SE", "GEN") and 0 <= start - m.case_end <= 4 for m in sa.mentions)
        return party and not any(retold_as(d.type, type_name) and d.story == story_of(sa) for d in state.drafts)

    def _complement_of_another(self, sa: SentenceAnalysis, last: int) -> bool:
        """An oblique infinitive at ``last`` whose phrase is what another trigger asks, threatens or
        promises: वापस बुलाने को कहा, प्रतिबंध लगाने की धमकी, निंदा करने का आग्रह."""
        lex = self.lexicon
        if not sa.gkeys[last].endswith("ने"):
            return False
        if lex.triggers.longest(sa.ckeys, last)[0] > last + 1:
            return True  # a longer trigger starts at the infinitive itself (~ने को कहा)
        marker_end, markers = lex.postpositions.longest(sa.gkeys, last + 1)
        if not markers and last + 1 < len(sa.gkeys) and sa.gkeys[last + 1] in lex.coordinators:
            # सहयोग बढ़ाने तथा … उड़ानें शुरू करने पर सहमति: coordinated with the infinitive that is
            nxt = next((j for j in range(last + 2, min(len(sa.gkeys) - 1, last + 12))
                        if sa.gkeys[j].endswith("ने") and lex.postpositions.longest(sa.gkeys, j + 1)[1]), None)
            return nxt is not None and self._complement_of_another(sa, nxt)
        if not markers:
            return False
        def opens(j: int) -> bool:  # (not भेजे जाने का भरोसा दिलाया: an assurance leaves the event told)
            return any("assurance" not in p.needs for p in lex.triggers.longest(sa.ckeys, j)[1])

        if opens(marker_end):
            return True
        # टैरिफ लगाने के अमेरिकी फैसले की आलोचना: the decision to act is what another trigger is about;
        # पैकेज देने की अपनी पुरानी मांग: so is the act demanded.
        for noun in range(marker_end, min(len(sa.gkeys) - 1, marker_end + 3)):
            if opens(noun) and all(
                    is_modifier(sa, j, lex) or self._adverb_word(sa, j) for j in range(marker_end, noun)):
                return True  # (सहयोग बढ़ाने पर विस्तार से चर्चा: an adverb of the trigger may stand between)
            if sa.ckeys[noun] in lex.intention_nouns:
                # टैरिफ लगाने के फ़ैसले की आलोचना, बाहर निकलने के (अमेरिका के) फ़ैसले पर पुनर्विचार करने की अपील: a
                # decision that another trigger is about is its topic; not मिलने का फ़ैसला किया (a planned event)
                between = range(marker_end, noun)
                after, cases = lex.postpositions.longest(sa.gkeys, noun + 1)
                return bool(cases) and all(is_modifier(sa, j, lex) or sa.gkeys[j] in lex.own_possessives
                                           or any(m.start <= j < m.case_end for m in sa.mentions
                                                  if m.case == "GEN") for j in between) \
                    and (bool(lex.triggers.longest(sa.ckeys, after)[1]) or _reconsidered(sa, after, lex))
        return False

    def _accused_deed(self, sa: SentenceAnalysis, start: int, end: int) -> bool:
        """भारत पर सिंधु जल संधि को स्थगित कर पानी को हथियार बनाने का आरोप लगाया: between the accused (X पर) and
        the accusation's genitive (का आरोप) stands what X is accused of, no event told as fact."""
        clause = sa.clause_of[start]
        if not any(m.case == "PAR" and m.clause == clause and m.end <= start for m in sa.mentions):
            return False
        for j in range(end, len(sa.gkeys) - 1):
            if sa.clause_of[j] != clause or sa.gkeys[j] in self.lexicon.sentence_marks:
                return False
            if sa.gkeys[j] in GENITIVES and sa.ckeys[j + 1] in self.lexicon.accusation_nouns:
                return True
        return False

    def _adverb_word(self, sa: SentenceAnalysis, j: int) -> bool:
        """A word of an adverb of the verb: विस्तार से, खुलकर, एक बार फिर."""
        adverbs = self.lexicon.verb_adverbs
        return sa.ckeys[j] in adverbs or (sa.gkeys[j] == "से" and j > 0 and sa.ckeys[j - 1] in adverbs)

    def _threatened(self, sa: SentenceAnalysis, clause: int) -> bool:
        """A कि complement of a warning is what is threatened, no event of its own (चेतावनी दी कि कोलंबिया से
        आने वाले सामान पर शुल्क लगाया जाएगा): the threat is the event."""
        c = sa.clauses[clause]
        for _ in range(3):  # (चेतावनी दी कि अगर … तो अमेरिका … टैरिफ़ लगाएगा: the consequence, inside it)
            if c.parent is None:
                return False
            parent = sa.clauses[c.parent]
            if c.kind == OPENER and c.opener is not None and sa.gkeys[c.opener] == "कि":
                return any(p.type == "THREATEN" and p.kind != "verb"
                           for j in range(max(parent.start, c.opener - 3), c.opener)
                           for p in self.lexicon.triggers.longest(sa.ckeys, j)[1])
            c = parent
        return False

    def _reason_of_another(self, sa: SentenceAnalysis, end: int) -> bool:
        """A noun with its light verb's infinitive and के लिए before a condemnation, sanction or threat in the
        same clause is what that one is for: आतंकवाद को समर्थन देने के लिए पाकिस्तान की आलोचना की."""
        if end + 2 >= len(sa.gkeys) or not sa.gkeys[end].endswith("ने") or sa.gkeys[end + 1:end + 3] != ["के", "लिए"]:
            return False
        clause = sa.clause_of[end]
        return any(p.type in ("ACCUSE", "SANCTION", "THREATEN")
                   for j in range(end + 3, len(sa.gkeys)) if sa.clause_of[j] == clause
                   for p in self.lexicon.triggers.longest(sa.ckeys, j)[1])

    def _not_argument(self, sa: SentenceAnalysis, end: int) -> bool:
        """No case marker at ``end`` that makes the phrase before it another predicate's argument."""
        lex = self.lexicon
        after, cases = lex.postpositions.longest(sa.gkeys, end)
        if not cases:
            return True
        if cases[0] == "GEN":
            frame = next((j for j in range(after, min(len(sa.gkeys), after + 3))
                          if sa.gkeys[j] in lex.event_frames), None)
            if frame is not None and all(is_modifier(sa, j, lex) for j in range(after, frame)):
                return True  # वार्ता का अगला दौर, प्रतिबंधों के 16वें पैकेज: the round or package is the event's
            plan = next((j for j in range(after, min(len(sa.gkeys), after + 3))
                         if sa.ckeys[j] in lex.plan_nouns), None)
            if plan is not None and all(is_modifier(sa, j, lex) for j in range(after, plan)):
                return True  # बैठक की कोई योजना नहीं है, यात्रा का कार्यक्रम: a plan of the event (modality says which)
            return after >= len(sa.gkeys) or sa.gkeys[after] in lex.light_verb_followers
        if cases[0] == "KO":
            # (a date may stand between: कर्ज़ को मंगलवार को मंज़ूरी दी)
            while after < len(sa.ckeys) and (after in sa.time_tokens or (
                    sa.gkeys[after] == "को" and after - 1 in sa.time_tokens)):
                after += 1
            if after < len(sa.ckeys) and sa.gkeys[after] in lex.approval_words:
                return True  # सहायता पैकेज को मंज़ूरी दी: approving it is the event
        return cases[0] not in NOT_PREDICATE_CASES

    def _referred_event(self, sa: SentenceAnalysis, start: int, state: PartState) -> Draft | None:
        """The dated event a back-reference in the trigger's clause points to (उस यात्रा के दौरान …)."""
        clause = sa.clause_of[start]
        for ref in reversed(state.back_refs):
            if ref.sentence != sa.index or ref.clause != clause or not ref.dating or ref.token > start:
                continue
            for earlier in reversed(state.drafts):
                if retold_as(earlier.type, ref.type) and earlier.date is not None and earlier.sa.index < sa.index:
                    return earlier
            return None
        return None

    def _abstract_se(self, sa: SentenceAnalysis, m: Mention, start: int) -> bool:
        """A से phrase just before the trigger that ends in a thing, not a party (हितों से, राय से, सुरक्षा से
        कोई): with समझौता or सहमत it is a compromise or an opinion shared, not an accord."""
        lex = self.lexicon
        if m.case != "SE" or m.case_end > start or start - m.case_end > 2:
            return False
        if not all(is_modifier(sa, j, lex) for j in range(m.case_end, start)):
            return False
        # A phrase that ends in its owner's thing (ओबामा की इस राय) or in a word nobody tagged (सुरक्षा).
        owned = any(lex.postpositions.longest(sa.gkeys, j)[1] for j in range(m.start + 1, m.end))
        return (m.kind == "unknown" or owned) and not lex.nominals.longest(sa.ckeys, m.end - 1)[1]

    def _event_of_this_time(self, sa: SentenceAnalysis, start: int, state: PartState) -> Draft | None:
        """इस दौरान before the trigger in its clause: the story's last dated event before it."""
        clause = sa.clause_of[start]
        # From the first clause of its और-group: इस दौरान … संवेदना व्यक्त की और … एकजुटता जताई.
        lo = min(c.start for c in sa.clauses
                 if c.group == sa.clauses[clause].group and c.start <= sa.clauses[clause].start)
        if not any(self.lexicon.time_references.longest(sa.gkeys, j)[0] > j for j in range(lo, start)):
            return None
        return next((d for d in reversed(state.drafts) if d.date is not None and d.sa.index < sa.index), None)

    def _said_in_words(self, d: Draft) -> bool:
        """The clause goes on to a verb of saying, or ends, before any other event (पलटवार करते हुए कहा;
        not पलटवार करते हुए … हवाई क्षेत्र बंद कर दिया)."""
        sa, lex = d.sa, self.lexicon
        clause = sa.clause_of[d.start]
        for j in range(d.end, len(sa.gkeys)):
            if sa.clause_of[j] != clause or sa.gkeys[j] in lex.speech_verbs:
                return True
            if any(p.type != VETO for p in lex.triggers.longest(sa.ckeys, j)[1]):
                return False
        return True

    def _valid(self, d: Draft) -> bool:
        needs = d.pattern.needs
        if any(a.m.political is False for a in d.actors):
            return False
        if ("destination" in needs or "adjacent_destination" in needs) and d.destination is None \
                and d.host is None:
            return False
        clause = d.sa.clause_of[d.start]
        clause_tokens = d.sa.clause_tokens(clause)
        # A counterpart nobody knows makes a meeting only right before its trigger (पेलेग्रिनी से मुलाकात),
        # not from afar (… की तरफ़ से … राहत की बात).
        known = [a for a in d.counterparts if a.m.kind != "unknown" or a.m.case_end == d.start]
        if "counterpart" in needs and not known and len({a.identity for a in d.actors}) < 2 \
                and not any(d.sa.ckeys[i] in self.lexicon.multi_party for i in clause_tokens) \
                and not (d.type == "MEET" and any(is_igo(a) for a in d.actors)):
            return False  # (जी-20 विदेश मंत्रियों की बैठक: an organization's meeting has many parties)
        if "target" in needs and not any(a.m.political or a.m.country or a.m.kind == "named" for a in d.targets):
            return False  # a ban on victory processions (जीत के जुलूस पर पाबंदी) has no political target
        if "source" in needs and not any(a.m.political and a.m.case == "SE" for a in d.targets):
            # X से Y चाहते हैं asks X; वेनेज़ुएला को डराना चाहता है only wants
            return False
        if "said" in needs and not (speaker_of(d.sa, d.sa.clauses[clause]) is not None
                                    and any(a.m.case == "KO" for a in d.targets)
                                    and not any(d.sa.gkeys[a.m.start] in self.lexicon.both_words for a in d.targets)):
            # a कि complement of a speaker, on someone named with को; not on "both" (दोनों देशों को साझेदार होना
            # चाहिए: a view of one's own side too)
            return False
        if "subjunctive" in needs and not self._subjunctive_complement(d.sa, d.end):
            return False
        if "treaty" in needs and not any(self.lexicon.treaty_words.longest(d.sa.ckeys, i)[1]
                                         for i in clause_tokens if i < d.start):
            return False  # स्थगित alone puts off anything (बैठक स्थगित)
        if "service" in needs and not any(d.sa.ckeys[i] in self.lexicon.service_words
                                          for i in clause_tokens if i < d.start):
            return False  # फिर से शुरू alone resumes anything (हमले फिर से शुरू)
        if "tariff" in needs and not any(d.sa.ckeys[i] in self.lexicon.tariff_words for i in clause_tokens):
            return False  # बढ़ाकर alone raises anything
        if "goods" in needs and not any(d.sa.ckeys[i] in self.lexicon.aid_goods for i in clause_tokens):
            return False  # भेजा alone is any sending (संदेश भेजा, सेना भेजी)
        if "goods" in needs and any(key in self.lexicon.surrender_words for key in d.sa.ckeys):
            return False  # माओवादियों ने पुलिस को हथियार सौंपे … आत्मसमर्पण: arms laid down, not aid
        if "giver" in needs and not d.actors:
            return False
        if "speech" in needs and not self._said_in_words(d):
            return False
        if "body" in needs and not any(a.m.actor_type in ("organization", "group") or is_igo(a) for a in d.targets):
            return False
        if not d.actors and d.sa.gkeys[d.end - 1].endswith("ने") and not passive_after(d.sa, d.end - 1, self.lexicon) \
                and self.lexicon.postpositions.longest(d.sa.gkeys, d.end)[1]:
            return False  # संगठन से अलग होने के … फ़ैसले पर अफ़सोस: an infinitive nobody does here names a thing
        others, own = [*d.actors[1:], *d.counterparts], states_of(d.actors[:1])
        # (किसान नेताओं और अधिकारियों के बीच वार्ता: officials meeting those outside the state is no internal meeting)
        outsider = bool(d.actors) and (d.actors[0].m.sector in _OUTSIDE_SECTORS
                                       or (d.actors[0].m.code or "")[-3:] in _OUTSIDE_SECTORS) \
            and not any(a.m.sector == "PTY" for a in others)  # (not a party leader with its office-bearers)
        if d.type in MEETING_TYPES and others and not outsider and all(
                (a.m.kind in ("nominal", "unknown") or (a.m.kb_id or "").startswith("local:"))
                and (a.m.country is None or a.m.country in own)
                and a.sa.ckeys[a.m.end - 1] in self.lexicon.staff_heads for a in others):
            return False  # मुख्यमंत्री ने ज़िला कलेक्टरों और अधिकारियों के साथ समीक्षा बैठक की: an internal meeting
        if d.type in MEETING_TYPES and d.counterparts \
                and {c.identity for c in d.counterparts} <= self._own_bodies(d.actors):
            return False  # नीतीश कुमार ने जदयू के वरिष्ठ नेताओं के साथ बैठक की: a party meeting its own, no event
        if "assurance" in needs and d.start > 0 and d.sa.gkeys[d.start - 1] in GENITIVES:
            return False  # खेप भेजे जाने का भरोसा दिलाया: what is assured is the event
        if "partners" in needs and len(_parties(d)) < 2:
            return False  # चीन ने … थल सेना, नौसेना … का संयुक्त सैन्य अभ्यास: its own forces' drill, no cooperation
        if d.type == "AGREE" and any(self._abstract_se(d.sa, m, d.start) for m in d.sa.mentions):
            return False  # किसानों के हितों से समझौता किया, ओबामा की राय से सहमत: compromised, agreeing with a view
        if d.type == "AID" and d.targets and all(a.m.political is False for a in d.targets):
            # relief for a country's people (मोज़ाम्बिक के विस्थापित परिवारों के लिए): aid to that country
            owners = [self.actors.get(a.m.kb_id) for a in d.targets]
            d.targets = [Arg(d.sa, _as_actor(a.m, owner)) for a, owner in zip(d.targets, owners, strict=True)
                         if owner is not None and owner.type == "country"]
        elif d.targets and d.type != "SANCTION" and all(a.m.political is False for a in d.targets):
            return False  # praise of scientists, advice to players: no political recipient
        if d.actors and all(a.m.kind == "unknown" for a in d.actors):
            return False  # an actor nobody knows (दुकानदारों ने, पड़ोसियों ने) is not a political one
        if d.type == "VISIT" and not any(may_be_political(a) for a in d.actors):
            return False  # a visit needs a political visitor; the place alone does not make one
        if any(a.m.political is False for a in d.counterparts) and not any(a.m.political for a in d.actors):
            return False  # a singer meeting fans
        if not d.actors and any(d.sa.gkeys[i] in self.lexicon.first_person for i in clause_tokens):
            return False  # मैंने नीतीश कुमार से बात की: the reporter's interview
        if d.type in MEETING_TYPES and not self._valid_meeting(d, clause):
            return False
        return any(may_be_political(a) for a in d.participants())

    @staticmethod
    def _valid_meeting(d: Draft, clause: int) -> bool:
        """What a meeting or call needs beyond a counterpart: a party on each side that can meet."""
        if d.counterparts and all(a.m.political is False for a in d.counterparts):
            return False  # पत्रकारों से बातचीत में: an interview, not a meeting
        if d.pattern.kind == "verb" and all(a.m.place and a.m.actor_type != "country" for a in d.participants()):
            # छत्तीसगढ़ की सीमाएँ … से मिलती हैं: places do not meet (मॉस्को और वाशिंगटन के बीच बातचीत, a noun,
            # is the two capitals' talks).
            return False
        if not d.actors and len(d.counterparts) < 2 and not d.inherited:
            met = {id(a.m) for a in d.counterparts}
            # ज़ीनत अमान से कभी आपकी मुलाक़ात हुई?: met by nobody named
            return any(m.clause == clause and id(m) not in met and actor_phrase(m) for m in d.sa.mentions)
        return True

    def _leadership(self, sa: SentenceAnalysis, drafts: list[Draft], state: PartState) -> None:
        """जिसकी अगुवाई X ने की / इस प्रतिनिधिमंडल की अगुवाई X कर रहे हैं: X leads the visit or meeting."""
        lex = self.lexicon
        for index, clause in enumerate(sa.clauses):
            tokens = sa.clause_tokens(index)
            if not any(sa.ckeys[i] in lex.leadership for i in tokens):
                continue
            if any(d.sa is sa and sa.clause_of[d.start] == index for d in drafts):
                continue
            leaders = [m for m in sa.mentions if m.clause == index and m.kind == "named"
                       and m.actor_type in ("person", None) and m.label in ("PER", None) and m.case != "GEN"]
            if not leaders:
                continue
            candidates = [d for d in state.drafts if d.type in ("VISIT", "MEET")
                          and d.sa.index >= state.since(2)]
            if clause.kind == REL_GENITIVE:
                candidates = [d for d in candidates if d.sa is sa] or candidates
            if candidates:
                # A delegation is led on its visit: prefer the latest visit, else the latest meeting.
                target = next((d for d in reversed(candidates) if d.type == "VISIT"), candidates[-1])
                for m in leaders:
                    add_arg(target.led_by, Arg(sa, m))

    # ------------------------------------------------------------------------------------------ records

    def _record(self, doc: Document, d: Draft) -> Event:
        text = doc.text
        cls = EVENT_CLASSES[d.type]
        t_start, t_end = d.sa.char_span(d.start, d.end)
        fields: dict[str, Any] = {
            "trigger": Span(text=text[t_start:t_end], start=t_start, end=t_end),
            "actors": [a.argument(text) for a in d.actors],
            "targets": [a.argument(text) for a in d.targets],
            "location": d.location.argument(text) if d.location and d.type != "CALL" else None,
            "date": d.date.model_copy() if d.date else None,
            "modality": d.modality,
            "context": context_of(d),
            "sentence": d.sa.index,
            "confidence": confidence_of(d),
            "plover": self._plover(d),
        }
        if d.type == "VISIT":
            fields["destination"] = d.destination.argument(text) if d.destination else None
            fields["host"] = d.host.argument(text) if d.host else None
            fields["led_by"] = [a.argument(text) for a in d.led_by]
        elif d.type in MEETING_TYPES:
            fields["counterparts"] = [a.argument(text) for a in d.counterparts]
        elif d.topic is not None:
            s, e = d.sa.char_span(*d.topic)
            fields["topic"] = Span(text=text[s:e], start=s, end=e)
        return cls(**fields)  # type: ignore[return-value]

    def _plover(self, d: Draft) -> Plover:
        info = self.lexicon.types[d.type]
        if d.type in PLANNED_AS_AGREE and d.modality == "planned":
            return Plover(type="AGREE")
        mode = info.plover_mode
        if d.type == "MEET":
            countries = countries_of(d.participants())
            if len(countries) >= 3 or any(is_igo(a) for a in d.participants()):
                mode = "multilateral"
            elif d.location is not None and d.location.m.country and countries \
                    and d.location.m.country not in countries and len(countries) >= 2:
                mode = "third-party"
        return Plover(type=info.plover_type, mode=mode)


def _reconsidered(sa: SentenceAnalysis, after: int, lex: Lexicon) -> bool:
    """… फ़ैसले पर पुनर्विचार करने की अपील: a decision to be reconsidered, as another trigger asks."""
    return sa.ckeys[after] in lex.considering_words and any(
        lex.triggers.longest(sa.ckeys, j)[1] for j in range(after + 1, min(len(sa.gkeys), after + 4)))


def _is_country(m: Mention) -> bool:
    # (a country's phrase counts: नाइजर के सैन्य शासकों)
    return m.actor_type == "country" or bool(m.kb_id and m.kb_id == m.country)


def _is_person(m: Mention) -> bool:
    return m.actor_type == "person"


# The place a role title ends with (transport minister of Uttar Pradesh, leader of the opposition in Bihar).
_ROLE_PLACE = re.compile(r" (?:of|in) ([A-Z][a-z]+(?: [A-Z][a-z]+)*)$")
# Sectors of actors outside the state: officials meeting them meet a counterpart.
_OUTSIDE_SECTORS = frozenset({"AGR", "CVL", "OPP", "REB", "LAB"})


def _coordinated(sa: SentenceAnalysis, fits: Callable[[Mention], bool]) -> list[Mention]:
    """The longest run of two or more named mentions that ``fits`` takes, joined by commas and और in the
    sentence (माली, बुर्किना फ़ासो और नाइजर के …)."""
    best: list[Mention] = []
    run: list[Mention] = []
    for m in sa.mentions:
        if m.kind != "named" or not fits(m):
            run = []
            continue
        if run and sa.gkeys[run[-1].end:m.start] not in ([","], ["और"], ["तथा"], ["एवं"]):
            run = []
        run.append(m)
        if len(run) > len(best):
            best = list(run)
    return best if len(best) >= 2 else []


def _as_actor(m: Mention, actor: Any) -> Mention:
    """``m``'s words as the KB actor's mention, keeping where it stands in the sentence (its case and clause)."""
    return replace(from_actor(m.start, m.end, actor, False, None), case=m.case, case_end=m.case_end, clause=m.clause)


def _parties(d: Draft) -> set[str]:
    """The distinct parties of an event: the state each argument is or belongs to, else a name's identity (its
    forces nobody names a country of, थल सेना, नौसेना, are no parties of their own)."""
    args = (*d.actors, *d.targets, *d.counterparts)
    return states_of(args) | {a.identity for a in args if a.m.kb_id and not a.m.kb_id.startswith("local:")
                              and a.identity and not states_of([a])}


def _two_countries_before(sa: SentenceAnalysis, limit: int) -> list[Mention]:
    """भारत-पाकिस्तान सीमा पर तनाव के बीच दोनों देशों के …: the two countries named earlier in the sentence."""
    found: dict[str, Mention] = {}
    for o in sa.mentions:
        if o.end <= limit and o.actor_type == "country" and o.kb_id:
            found.setdefault(o.kb_id, o)
    return list(found.values()) if len(found) == 2 else []


# Types whose recipient a later event of the same actor in the same sentence may leave unsaid.
_SHARED_TARGET_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "REQUEST", "SANCTION", "SUPPORT"})


def _share_places(drafts: list[Draft]) -> None:
    """Clauses joined by और share their place as they share subject and time: बैंकॉक में मोदी से मुलाक़ात की और
    उनसे … प्रत्यर्पण का अनुरोध किया (the request made at that meeting, in Bangkok)."""
    for k, d in enumerate(drafts):
        if d.location is not None or d.destination is not None or d.type in ("CALL", "VISIT"):
            continue
        group = d.sa.clauses[d.sa.clause_of[d.start]].group
        before = next((o for o in reversed(drafts[:k]) if o.type != "CALL"
                       and o.sa.clauses[o.sa.clause_of[o.start]].group == group), None)
        if before is not None and before.location is not None:
            d.location = before.location


def _share_targets(drafts: list[Draft]) -> None:
    """… की निंदा करते हुए चेतावनी दी कि …: an event of the sentence with no recipient of its own, told after
    one by the same actors, is aimed at that one's recipients."""
    for k, d in enumerate(drafts):
        if d.targets or d.type not in _SHARED_TARGET_TYPES or not d.actors:
            continue
        ids = {a.identity for a in d.actors}
        earlier = next((e for e in reversed(drafts[:k]) if e.targets and e.type in _SHARED_TARGET_TYPES
                        and {a.identity for a in e.actors} == ids), None)
        if earlier is not None:
            d.targets = list(earlier.targets)
            d.inherited = True
