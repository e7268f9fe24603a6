"""The event stage: triggers -> typed, dated event records with their arguments (../spec/events.md).

Per sentence: the analysis (:mod:`hindinews.events.analysis`) gives mentions with their case markers and
the clauses; every trigger of the lexicon that is a predicate becomes a draft whose roles are read from
its clause (:func:`assign_roles`), checked against what its type needs, given a modality and a date.
Per document, a headline event is merged into the body event it summarizes, and an event told twice in
adjacent sentences (… पहुँचा, जहाँ वह … मुलाक़ात करेगा। … जो … बातचीत करेगा।) becomes one record.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from hindinews.events.analysis import (
    OPENER,
    REL_GENITIVE,
    REL_OBJECT,
    REL_PLACE,
    REL_SUBJECT,
    ActorSource,
    Clause,
    Mention,
    SentenceAnalysis,
    analyse_sentence,
    from_actor,
    is_modifier,
)
from hindinews.events.dating import BackReference, own_time, starts_after, usable_times
from hindinews.events.lexicon import VETO, Lexicon, TriggerPattern, load_lexicon
from hindinews.events.modality import modality_of
from hindinews.normalize import Normalized
from hindinews.schema import (
    EVENT_CLASSES,
    Argument,
    Document,
    EntityLabel,
    Event,
    Modality,
    Plover,
    Span,
    TimeExpression,
    Token,
)

# Event types whose recipient is marked with को (X को नसीहत दी, राजनयिकों को निष्कासित किया).
KO_TARGETS = frozenset({"REQUEST", "THREATEN", "AID", "COOPERATE", "SUPPORT", "SANCTION", "ACCUSE", "REJECT"})
# Noun triggers followed by these cases are arguments of another predicate, not events themselves.
NOT_PREDICATE_CASES = frozenset({"KO", "SE", "FOR", "AGENT", "TAK", "SOURCE", "WITH", "BETWEEN", "TOWARD",
                                 "AGAINST", "LEADER", "HOST", "DURING", "TOPIC", "BEFORE", "AFTER"})
MEETING_TYPES = frozenset({"MEET", "CALL"})
OWNER_PASSES = frozenset({"SE", "WITH", "KO"})  # X की [Y से] मुलाकात: X still owns the noun
PLANNED_AS_AGREE = frozenset({"VISIT", "MEET"})


@dataclass
class Arg:
    """An argument: a mention and the sentence it stands in (antecedents may be in an earlier one)."""

    sa: SentenceAnalysis
    m: Mention

    @property
    def identity(self) -> str:
        """The actor's KB id or canonical name; an unlinked phrase is only itself."""
        return self.m.identity or f"text:{self.sa.index}:{self.m.start}"

    def argument(self, text: str) -> Argument:
        start, end = self.sa.char_span(self.m.start, self.m.end)
        label: EntityLabel | None = None
        if self.m.kind == "named" and self.m.label in ("PER", "LOC", "ORG"):
            label = self.m.label  # type: ignore[assignment]
        return Argument(text=text[start:end], start=start, end=end, kb_id=self.m.kb_id,
                        canonical=self.m.canonical, code=self.m.code, label=label)


@dataclass
class Draft:
    type: str
    pattern: TriggerPattern
    sa: SentenceAnalysis
    start: int
    end: int
    actors: list[Arg] = field(default_factory=list)
    targets: list[Arg] = field(default_factory=list)
    counterparts: list[Arg] = field(default_factory=list)
    location: Arg | None = None
    destination: Arg | None = None
    host: Arg | None = None
    led_by: list[Arg] = field(default_factory=list)
    topic: tuple[int, int] | None = None  # token span in the draft's sentence
    inherited: bool = False  # the actor came from a pronoun, a relative or an earlier sentence
    modality: Modality = "asserted"
    date: TimeExpression | None = None
    date_via_reference: bool = False

    @property
    def story(self) -> int:
        return story_of(self.sa)

    def participants(self) -> list[Arg]:
        out = [*self.actors, *self.targets, *self.counterparts]
        if self.host is not None:
            out.append(self.host)
        return out


def story_of(sa: SentenceAnalysis) -> int:
    """The headline and the body tell one story (-1); each teaser is a story of its own (its part)."""
    return -1 if sa.part_kind in ("headline", "body") else sa.part


@dataclass
class PartState:
    """What later sentences of the same story (the article, or one teaser) may refer back to."""

    drafts: list[Draft] = field(default_factory=list)
    back_refs: list[BackReference] = field(default_factory=list)
    last_subject: list[Arg] = field(default_factory=list)
    last_place: Arg | None = None


def _add(args: list[Arg], arg: Arg) -> None:
    """Append unless the list already holds that actor."""
    if all(a.identity != arg.identity for a in args):
        args.append(arg)


class EventExtractor:
    """Pipeline component ``events``: fills ``Document.events``.

    ``kb`` is the actor knowledge base (:func:`hindinews.kb.load_kb`); without one the stage still finds
    events whose actors the NER stage or the nominal lexicon (सरकार, प्रतिनिधिमंडल ...) provide.
    """

    name = "events"

    def __init__(self, kb: Any = None, lexicon: Lexicon | None = None) -> None:
        self.kb = kb
        self.actors = ActorSource(kb)
        self.lexicon = lexicon or load_lexicon()

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
        for index, sentence in enumerate(doc.sentences):
            part_kind = doc.parts[sentence.part].kind if sentence.part < len(doc.parts) else "body"
            if part_kind == "boilerplate" or not tokens_of[index]:
                continue
            sa = analyse_sentence(index, sentence.part, part_kind, tokens_of[index], entities_of[index],
                                  times_of[index], self.lexicon, self.actors, year, names)
            state = states.setdefault(story_of(sa), PartState())
            drafts.extend(self._sentence(sa, usable_times(sa, times_of[index]), state))
        drafts = merge_drafts(drafts)
        if doc.published is not None:
            for d in drafts:
                if d.modality == "asserted" and d.date is not None and d.date.value \
                        and starts_after(d.date.value, doc.published):
                    d.modality = "planned"  # कल रूस जा रहे हैं, published today: still to come
        return [self._record(doc, d) for d in drafts]

    # ------------------------------------------------------------------------------------------ sentence

    def _sentence(self, sa: SentenceAnalysis, times: list[TimeExpression], state: PartState) -> list[Draft]:
        lex = self.lexicon
        key_set = frozenset(sa.ckeys)
        if lex.context_vetoed("all", sa.ckeys, key_set):
            return []
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
                    place = draft.destination or draft.location
                    if place is not None:
                        state.last_place = place
                    if draft.actors:
                        state.last_subject = draft.actors
                elif end - 1 > i and lex.triggers.longest(sa.ckeys, end - 1)[0] > end:
                    i = end - 1  # वापस बुलाने को कहा: the request starts at the infinitive
                    continue
            i = end
        self._leadership(sa, out, state)
        if not out:
            # A sentence without an event still introduces who the next one's pronoun may stand for.
            subjects = [m for m in sa.mentions if m.case in ("ERG", None) and m.kind in ("named", "nominal")
                        and m.political and not m.place]
            if subjects:
                state.last_subject = [Arg(sa, subjects[0])]
        return out

    def _resolve_both(self, sa: SentenceAnalysis, state: PartState) -> None:
        """दोनों देशों ने …, दोनों नेताओं ने …: the phrase stands for the two parties of one of the story's
        last events (of the last two sentences); with a country head (देशों), for their two countries. It
        becomes two mentions."""
        lex = self.lexicon
        out: list[Mention] = []
        for m in sa.mentions:
            if m.kind == "nominal" and m.start > 0 and sa.gkeys[m.start - 1] in lex.both_words:
                pair = self._last_pair(state, sa.index, countries=sa.gkeys[m.end - 1] in lex.country_heads)
                if pair:
                    out.extend(replace(p, start=m.start - 1, end=m.end, case=m.case, case_end=m.case_end,
                                       clause=m.clause) for p in pair)
                    continue
            out.append(m)
        sa.mentions = out

    def _last_pair(self, state: PartState, sentence: int, countries: bool) -> list[Mention]:
        # Only events of the last two sentences: farther back, "both" is more often a pair told in between.
        for d in reversed([d for d in state.drafts[-3:] if d.sa.index >= sentence - 2]):
            parts = [*d.participants(), *([d.destination] if d.destination else [])]
            if countries:
                ids = list(dict.fromkeys(
                    a.m.kb_id if a.m.actor_type == "country" else a.m.country for a in parts))
                found = [self.actors.get(i) for i in ids if i]
                if len(found) == 2 and all(found):
                    return [from_actor(0, 0, actor, False, None) for actor in found]
            else:
                people = list({a.identity: a.m for a in parts if _actor_phrase(a.m) and not a.m.place}.values())
                if len(people) == 2:
                    return people
        return []

    def _trigger(
        self, sa: SentenceAnalysis, start: int, end: int, pattern: TriggerPattern,
        times: list[TimeExpression], state: PartState, key_set: frozenset[str],
    ) -> Draft | None:
        lex = self.lexicon
        type_name = pattern.type
        if pattern.kind == "noun":
            ref = self._back_reference(sa, start, end, type_name)
            if ref is not None:
                state.back_refs.append(ref)
                return None
            if not self._is_predicate(sa, end) or self._described(sa, start, end):
                return None
        elif self._complement_of_another(sa, end - 1) or (
                # व्यापार बहाल करने से इनकार: the phrase with its light verb is what is refused
                end < len(sa.gkeys) and self._complement_of_another(sa, end)) or (
                type_name == "MEET" and pattern.kind == "verb" and self._received(sa, start)):
            return None
        clause = sa.clause_of[start]
        for retype in lex.retypes:
            if retype.source == type_name and any(
                    sa.ckeys[k] in retype.cues and sa.clause_of[k] == clause
                    for k in range(max(0, start - retype.window), start)):
                type_name = retype.target
        if lex.context_vetoed(type_name, sa.ckeys, key_set):
            return None
        draft = Draft(type_name, pattern, sa, start, end)
        assign_roles(draft, lex, state)
        if not self._valid(draft):
            return None
        draft.modality = modality_of(sa, start, end, lex, verb=pattern.kind == "verb")
        draft.date = own_time(sa, start, times)
        if draft.date is None:
            draft.date = self._date_by_reference(sa, start, state) or self._date_of_this_time(sa, start, state)
            draft.date_via_reference = draft.date is not None
        return draft

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
        if after + 1 < len(sa.gkeys) and _open_word(sa, after, self.lexicon) and after not in sa.time_tokens \
                and self.lexicon.postpositions.longest(sa.gkeys, after + 1)[1]:
            return True
        j = start - 1
        if j > 0 and sa.gkeys[j] == "को" and j - 1 not in sa.time_tokens:
            return True  # दोनों पक्षों को मिल जाएंगी: X को मिलना is X receiving (गुरुवार को मिले is a date)
        if j < 0 or not _open_word(sa, j, self.lexicon) or j in sa.time_tokens:
            return False
        g = sa.gkeys[j]
        if g in self.lexicon.not_names or g in self.lexicon.pronouns:
            return False
        return not any(m.start <= j < m.end for m in sa.mentions)

    def _back_reference(self, sa: SentenceAnalysis, start: int, end: int, type_name: str) -> BackReference | None:
        lex = self.lexicon
        for gap in range(lex.back_ref_gap + 1):
            d = start - 1 - gap
            if d < 0:
                break
            if sa.gkeys[d] in lex.demonstratives and all(
                    is_modifier(sa, j, lex) for j in range(d + 1, start)):
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
        if end < n and end in sa.time_tokens:
            # बातचीत बुधवार को ढाका में होगी: a date after the noun is the clause's, read on past it.
            while end < n and end in sa.time_tokens:
                end += 1
            after, cases = lex.postpositions.longest(sa.gkeys, end)
            return self._is_predicate(sa, after if cases and cases[0] in ("KO", "MEIN") else end)
        if lex.instrument_markers.longest(sa.gkeys, end)[0] > end:
            return False
        if lex.contrast_markers.longest(sa.gkeys, end)[0] > end:
            return False  # चर्चा नहीं, बल्कि जवाब चाहते हैं: what is not wanted did not happen either
        if end < n and lex.triggers.longest(sa.ckeys, end)[1]:
            return False
        if not self._not_argument(sa, end):
            return False
        after, cases = lex.postpositions.longest(sa.gkeys, end)
        if cases:
            # वार्ता में लौटने का आग्रह, बातचीत में शामिल होने की अपील: inside another trigger's complement.
            if any(self._complement_of_another(sa, j) for j in range(after, min(n - 1, after + 2))):
                return False
            # सहयोग पर समझौता: the noun is the topic of the trigger after पर.
            return not (cases[0] == "PAR" and any(lex.triggers.longest(sa.ckeys, j)[1]
                                                   for j in range(after, min(n, after + 3))))
        if end + 1 >= n or not _open_word(sa, end, lex):
            return True
        if sa.gkeys[end].endswith("ने"):
            # An infinitive: निंदा करने का आग्रह (the content of another event) is none, समर्थन देने का
            # वादा (a promise of support) is one.
            return not self._complement_of_another(sa, end)
        # A compound head after the noun (युद्धविराम प्रस्ताव को) whose phrase is another's argument.
        return self._not_argument(sa, end + 1)

    def _complement_of_another(self, sa: SentenceAnalysis, last: int) -> bool:
        """An oblique infinitive at ``last`` whose phrase is what another trigger asks, threatens or
        promises: वापस बुलाने को कहा, प्रतिबंध लगाने की धमकी, निंदा करने का आग्रह."""
        lex = self.lexicon
        if not sa.gkeys[last].endswith("ने"):
            return False
        if lex.triggers.longest(sa.ckeys, last)[0] > last + 1:
            return True  # a longer trigger starts at the infinitive itself (~ने को कहा)
        marker_end, markers = lex.postpositions.longest(sa.gkeys, last + 1)
        return bool(markers) and bool(lex.triggers.longest(sa.ckeys, marker_end)[1])

    def _not_argument(self, sa: SentenceAnalysis, end: int) -> bool:
        """No case marker at ``end`` that makes the phrase before it another predicate's argument."""
        lex = self.lexicon
        after, cases = lex.postpositions.longest(sa.gkeys, end)
        if not cases:
            return True
        if cases[0] == "GEN":
            return after >= len(sa.gkeys) or sa.gkeys[after] in lex.light_verb_followers
        if cases[0] == "KO" and after < len(sa.ckeys) and sa.gkeys[after] in lex.approval_words:
            return True  # सहायता पैकेज को मंज़ूरी दी: approving it is the event
        return cases[0] not in NOT_PREDICATE_CASES

    def _date_by_reference(self, sa: SentenceAnalysis, start: int, state: PartState) -> TimeExpression | None:
        clause = sa.clause_of[start]
        for ref in reversed(state.back_refs):
            if ref.sentence != sa.index or ref.clause != clause or not ref.dating or ref.token > start:
                continue
            for earlier in reversed(state.drafts):
                if earlier.type == ref.type and earlier.date is not None and earlier.sa.index < sa.index:
                    return earlier.date
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

    def _date_of_this_time(self, sa: SentenceAnalysis, start: int, state: PartState) -> TimeExpression | None:
        """इस दौरान before the trigger in its clause: the date of the story's last dated event before it."""
        clause = sa.clause_of[start]
        lo = sa.clauses[clause].start
        if not any(self.lexicon.time_references.longest(sa.gkeys, j)[0] > j for j in range(lo, start)):
            return None
        return next((d.date for d in reversed(state.drafts) if d.date is not None and d.sa.index < sa.index), None)

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
                and not any(d.sa.ckeys[i] in self.lexicon.multi_party for i in clause_tokens):
            return False
        if "target" in needs and not any(a.m.political or a.m.country or a.m.kind == "named" for a in d.targets):
            return False  # a ban on victory processions (जीत के जुलूस पर पाबंदी) has no political target
        if "source" in needs and not any(a.m.political for a in d.targets):
            return False
        if "giver" in needs and not d.actors:
            return False
        if d.type == "AGREE" and any(self._abstract_se(d.sa, m, d.start) for m in d.sa.mentions):
            return False  # किसानों के हितों से समझौता किया, ओबामा की राय से सहमत: compromised, agreeing with a view
        if d.targets and d.type != "SANCTION" and all(a.m.political is False for a in d.targets):
            return False  # praise of scientists, advice to players: no political recipient
        if d.actors and all(a.m.kind == "unknown" for a in d.actors):
            return False  # an actor nobody knows (दुकानदारों ने, पड़ोसियों ने) is not a political one
        if d.type == "VISIT" and not any(_may_be_political(a) for a in d.actors):
            return False  # a visit needs a political visitor; the place alone does not make one
        if any(a.m.political is False for a in d.counterparts) and not any(a.m.political for a in d.actors):
            return False  # a singer meeting fans
        if not d.actors and any(d.sa.gkeys[i] in self.lexicon.first_person for i in clause_tokens):
            return False  # मैंने नीतीश कुमार से बात की: the reporter's interview
        if d.type in MEETING_TYPES and not self._valid_meeting(d, clause):
            return False
        return any(_may_be_political(a) for a in d.participants())

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
            return any(m.clause == clause and id(m) not in met and _actor_phrase(m) for m in d.sa.mentions)
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
            candidates = [d for d in state.drafts if d.type in ("VISIT", "MEET") and sa.index - d.sa.index <= 2]
            if clause.kind == REL_GENITIVE:
                candidates = [d for d in candidates if d.sa is sa] or candidates
            if candidates:
                # A delegation is led on its visit: prefer the latest visit, else the latest meeting.
                target = next((d for d in reversed(candidates) if d.type == "VISIT"), candidates[-1])
                for m in leaders:
                    _add(target.led_by, Arg(sa, m))

    # ------------------------------------------------------------------------------------------ records

    def _record(self, doc: Document, d: Draft) -> Event:
        text = doc.text
        cls = EVENT_CLASSES[d.type]
        t_start, t_end = d.sa.char_span(d.start, d.end)
        fields: dict[str, Any] = {
            "trigger": Span(text=text[t_start:t_end], start=t_start, end=t_end),
            "actors": [a.argument(text) for a in d.actors],
            "targets": [a.argument(text) for a in d.targets],
            "location": d.location.argument(text) if d.location else None,
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
            countries = _countries(d.participants())
            if len(countries) >= 3 or any(_is_igo(a) for a in d.participants()):
                mode = "multilateral"
            elif d.location is not None and d.location.m.country and countries \
                    and d.location.m.country not in countries and len(countries) >= 2:
                mode = "third-party"
        return Plover(type=info.plover_type, mode=mode)


# ---------------------------------------------------------------------------------------------- roles


def _may_be_political(a: Arg) -> bool:
    """A political actor, or a named one (an entity, a KB name) nothing says is not."""
    return bool(a.m.political) or (a.m.political is None and a.m.kind == "named")


def _gen_owner(sa: SentenceAnalysis, start: int, lex: Lexicon, skip: Mention | None = None) -> Mention | None:
    """The genitive phrase before a noun trigger (रूस की नसीहत, मोदी की यात्रा), also through one more
    genitive noun (जापान के फ़ैसले की आलोचना), past the visit's destination (शॉल्त्स की भारत यात्रा) and
    past the phrases of whom it is with or for (मोदी की शी जिनपिंग और पुतिन से मुलाकात, अमेरिका की रूस को
    चेतावनी)."""
    passed: set[int] = set()
    for m in reversed(sa.mentions):
        if m.end > start or m is skip:
            continue
        if m.case in OWNER_PASSES and m.case_end <= start and m.kind in ("named", "nominal"):
            passed.update(range(m.start, m.case_end))
            continue
        if m.case != "GEN" or m.case_end > start:
            return None
        gap = [j for j in range(m.case_end, skip.start if skip is not None and skip.start >= m.case_end else start)
               if j not in passed and not (passed and sa.gkeys[j] in lex.coordinators)]
        markers = [j for j in gap if lex.postpositions.longest(sa.gkeys, j)[1]]
        words = [j for j in gap if j not in markers]
        if len(markers) > 1 or len(words) > (3 if markers else 2):
            return None
        if markers and lex.postpositions.longest(sa.gkeys, markers[0])[1][0] != "GEN":
            return None
        if any(sa.gkeys[j].endswith("ने") and j + 1 in markers for j in words):
            return None  # बिहार की उपेक्षा करने का आरोप: the genitive is the infinitive's object
        if all(is_modifier(sa, j, lex) for j in words):
            return m
        return None
    return None


def _governed_case(sa: SentenceAnalysis, m: Mention, lex: Lexicon, limit: int) -> tuple[str, int] | None:
    """For X का/की/के N ... P: the case P of the noun phrase X's genitive modifies, and P's position."""
    j = m.case_end
    starts = {o.start for o in sa.mentions if o.kind != "unknown"}
    while j < limit and j - m.case_end <= 6:
        end, cases = lex.postpositions.longest(sa.gkeys, j)
        if cases and j > m.case_end and cases[0] != "GEN":
            return cases[0], j
        if cases and cases[0] == "GEN":
            j = end  # through a nested genitive: दक्षिण कोरिया के बातचीत के प्रस्ताव को
            continue
        g = sa.gkeys[j]
        if j in starts or g in lex.sentence_marks or g in lex.verb_forms or g in lex.clause_openers \
                or g in lex.negation or lex.relative_kind(g) is not None:
            return None
        j += 1
    return None


def _resolve(sa: SentenceAnalysis, m: Mention, state: PartState, lex: Lexicon) -> list[Arg]:
    """A pronoun or relative pronoun: the actor it stands for."""
    clause = sa.clauses[m.clause]
    if m.kind == "relative" and clause.kind == REL_SUBJECT and clause.opener is not None:
        antecedent = next((o for o in reversed(sa.mentions) if o.end <= clause.opener
                           and o.kind in ("named", "nominal") and o.political and not o.place), None)
        if antecedent is not None:
            return [Arg(sa, antecedent)]
    if m.kind == "pronoun":
        # पाकिस्तान ने कहा कि वह ...: the pronoun of a complement is the speaker.
        speaker = _speaker(sa, clause)
        if speaker is not None:
            return [Arg(sa, speaker)]
        # An antecedent earlier in the sentence that is a subject or a possessor, not an object:
        # … दमिश्क़ पहुँचा, जहाँ वह …; किसानों का जवाब, हम … चाहते हैं.
        # A person or body before a place: in "रुबियो तुर्की पहुंचेंगे, जहां वह …" वह is Rubio, not Turkey.
        candidates = [o for o in reversed(sa.mentions) if o.end <= m.start and o.case in ("ERG", "GEN", None)
                      and _actor_phrase(o)]
        antecedent = next((o for o in candidates if not o.place), candidates[0] if candidates else None)
        if antecedent is not None:
            return [Arg(sa, antecedent)]
    return list(state.last_subject)


def _open_word(sa: SentenceAnalysis, i: int, lex: Lexicon) -> bool:
    """A content word: no verb form, negation, case marker, punctuation or coordinator."""
    g = sa.gkeys[i]
    return not (g in lex.verb_forms or g in lex.negation or g in lex.sentence_marks
                or g in lex.coordinators or g in lex.light_verb_followers
                or lex.postpositions.longest(sa.gkeys, i)[1])


def _actor_phrase(m: Mention) -> bool:
    """A phrase that can stand for a political actor: named or nominal, political, a place only if a country."""
    return m.kind in ("named", "nominal") and bool(m.political) and (not m.place or m.actor_type == "country")


def _speaker(sa: SentenceAnalysis, clause: Clause) -> Mention | None:
    """X in X ने कहा कि …: for a कि complement, the first actor of the clause it hangs on."""
    if clause.kind != OPENER or clause.parent is None:
        return None
    return next((o for o in sa.mentions if o.clause == clause.parent and o.case in ("ERG", None)
                 and _actor_phrase(o)), None)


def _object_antecedent(sa: SentenceAnalysis, m: Mention) -> Mention | None:
    """What an object pronoun (उसे) stands for: the nearest earlier actor in the sentence that is not a
    subject, i.e. one with a case marker other than ने / द्वारा."""
    return next((o for o in reversed(sa.mentions) if o.end <= m.start and o.case not in (None, "ERG", "AGENT")
                 and _actor_phrase(o)), None)


def assign_roles(d: Draft, lex: Lexicon, state: PartState) -> None:
    """Fill the draft's roles from the case markers of the mentions in its clause (see module doc)."""
    sa, t = d.sa, d.type
    clause_index = sa.clause_of[d.start]
    clause = sa.clauses[clause_index]
    local = [m for m in sa.mentions if m.clause == clause_index]
    participle = _participle_arguments(sa, local, d.start, lex)
    local = [m for m in local if m not in participle]
    before = [m for m in local if m.end <= d.start]
    used: set[int] = set()

    # Destination of a visit: the place right before the verb (दमिश्क़ पहुँचा), or after के लिए.
    if t == "VISIT":
        for m in reversed(before):
            gap = d.start - m.end
            adjacent_ok = gap == 0 and m.case is None
            if m.place and (adjacent_ok or ("adjacent_destination" not in d.pattern.needs and gap <= 1
                                            and m.case in (None, "MEIN"))):
                d.destination = Arg(sa, m)
                used.add(id(m))
            break

    owner = _gen_owner(sa, d.start, lex, d.destination.m if d.destination else None) \
        if d.pattern.kind in ("noun", "phrase") else None
    info = lex.types[t]
    owner_pronoun: list[Arg] = []
    if owner is not None and owner.kind == "pronoun":
        # वहां उनकी शी जिनपिंग से मुलाकात: the pronoun's antecedent owns the noun.
        pronoun, owner = owner, None
        owner_pronoun = _resolve(sa, pronoun, state, lex)
        used.add(id(pronoun))
        if info.gen_owner == "target":
            # ईरान ने उनकी निंदा की: whom the subject condemns is someone else, told before.
            antecedent = _object_antecedent(sa, pronoun)
            subject_ids = {o.identity for o in sa.mentions if o.clause == pronoun.clause and o.case == "ERG"}
            for a in [Arg(sa, antecedent)] if antecedent is not None else state.last_subject:
                if a.identity not in subject_ids:
                    _add(d.targets, a)
            owner_pronoun = []
    has_explicit_target = any(m.case in ("TOWARD", "AGAINST") or (
        m.case == "GEN" and (_governed_case(sa, m, lex, d.start) or ("", 0))[0] in ("TOWARD", "AGAINST"))
        for m in before)
    if owner is None and info.gen_owner == "target" and d.pattern.kind in ("noun", "phrase") and any(
            sa.gkeys[j] in lex.demonstrative_genitives for j in range(max(clause.start, d.start - 3), d.start)):
        # … आरोप लगाया, जबकि चीन ने इसका खंडन किया: "of this" is the clause (or sentence) before.
        for a in (_clause_subject(sa, clause.parent) if clause.parent is not None else state.last_subject):
            _add(d.targets, a)
    if owner is None and clause.kind == REL_GENITIVE and info.gen_owner == "target" and clause.parent is not None \
            and d.pattern.kind in ("noun", "phrase"):
        # … परीक्षण किया, जिसकी जापान ने निंदा की: जिसकी stands for the clause before; its actor is the target.
        for a in _clause_subject(sa, clause.parent):
            _add(d.targets, a)
    # मिस्र और अमेरिका के प्रयासों की सराहना: the owner's conjuncts share its case and its role.
    owner_conjuncts = [m for m in before if owner is not None and m is not owner and m.case == "GEN"
                       and m.case_end == owner.case_end and m.kind in ("named", "nominal")]
    if owner is not None and id(owner) not in used:
        role = info.gen_owner
        if t == "MEET" and sa.gkeys[d.end - 1] in lex.taking_part and (
                owner.label == "ORG" or owner.actor_type in ("organization", "group")):
            role = "counterpart"  # शंघाई सहयोग संगठन के शिखर सम्मेलन में भाग: the host, not a participant
        if role == "actor_or_destination":
            role = "destination" if owner.place else "actor"
        if role == "target" and has_explicit_target:
            role = "actor"
        if role == "destination" and d.destination is None:
            d.destination = Arg(sa, owner)
        elif role == "counterpart":
            _add(d.counterparts, Arg(sa, owner))
        elif role == "target":
            for m in (*owner_conjuncts, owner):
                _add(d.targets, Arg(sa, m))
        used.add(id(owner))
        used.update(id(m) for m in owner_conjuncts)
        owner_role = role
    else:
        owner_role = None

    subjects: list[Arg] = []
    for m in before:
        if m.case in ("ERG", "AGENT") and id(m) not in used:
            subjects.extend(_resolve(sa, m, state, lex) if m.kind in ("pronoun", "relative") else [Arg(sa, m)])
            d.inherited = d.inherited or m.kind in ("pronoun", "relative")
            used.add(id(m))
    if not subjects:
        for m in before:
            if m.case is None and id(m) not in used and m.kind in ("named", "nominal", "pronoun", "relative"):
                if m.kind in ("pronoun", "relative"):
                    subjects.extend(_resolve(sa, m, state, lex))
                    d.inherited = True
                elif m.place and m.actor_type != "country" and any(
                        p.kind != "verb" for p in lex.triggers.longest(sa.ckeys, m.end)[1]):
                    # पेरिस समझौता, दोहा वार्ता: a city right before an event noun names it or places it.
                    if t in MEETING_TYPES and d.location is None and m.end == d.start:
                        d.location = Arg(sa, m)
                    used.add(id(m))
                    continue
                elif m.place and m.actor_type != "country" and m.end < d.start \
                        and not any(o.start == m.end for o in sa.mentions) and _open_word(sa, m.end, lex):
                    used.add(id(m))  # गंगा जल बंटवारे पर बातचीत: a place modifying the noun after it
                    continue
                elif not (t == "VISIT" and m.place):
                    subjects.append(Arg(sa, m))
                used.add(id(m))
                if subjects:
                    # Only the first nominative phrase and those coordinated with it.
                    rest = [o for o in before if o.start >= m.start and o is not m and o.case is None
                            and id(o) not in used]
                    for o in rest:
                        joint = sa.gkeys[m.end:o.start]  # nothing between is a modifier, not a conjunct
                        both = o.start == m.start  # दोनों देश: two parties in one phrase
                        if both or (joint and all(g in lex.coordinators for g in joint) and o.kind != "proform"):
                            subjects.append(Arg(sa, o))
                            used.add(id(o))
                    break
    if not subjects and owner_pronoun:
        subjects = owner_pronoun
        d.inherited = True
    if not subjects and clause.kind == REL_SUBJECT:
        rel = Mention(clause.start, clause.start + 1, "relative", clause=clause_index)
        subjects = _resolve(sa, rel, state, lex)
        d.inherited = bool(subjects)
    if not subjects:
        subjects = _group_subject(sa, clause_index, state, lex)
    if owner_role == "actor" and owner is not None:
        if subjects and info.gen_owner == "actor" and owner.political and owner.case_end < d.start - 1:
            # किसानों ने मंत्री के इस्तीफ़े की मांग की: with a subject of its own, a noun's farther
            # genitive names whom the event is about; unless a से phrase before it names whom it is asked
            # of (भारत से शेख हसीना के प्रत्यर्पण की मांग: India is the target, Hasina only the topic).
            if not any(m.case == "SE" and m.end <= owner.start and _actor_phrase(m) for m in before):
                for m in (*owner_conjuncts, owner):
                    _add(d.targets, Arg(sa, m))
        else:
            subjects.extend(Arg(sa, m) for m in (*owner_conjuncts, owner))
    if not subjects and sa.part_kind in ("teaser", "headline") and d.pattern.kind in ("noun", "verb"):
        # A headline opens with its event (बैठक: किसानों का जवाब …, मोदी से मिले ट्रंप): its actor may follow.
        later = next((m for m in sa.mentions if m.start >= d.end and m.case in ("ERG", "GEN", None)
                      and "," not in sa.gkeys[d.end:m.start]  # …पर सहमति, तेजस्वी होंगे …: the next predicate's
                      and m.kind in ("named", "nominal") and m.political and not m.place), None)
        if later is not None:
            subjects = [Arg(sa, later)]
            used.add(id(later))
            d.inherited = True
    if not subjects and sa.part_kind in ("teaser", "headline") and state.last_subject:
        subjects = list(state.last_subject)
        d.inherited = True
    for a in subjects:
        _add(d.actors, a)
    if info.gen_owner == "target":
        # … द्वारा लगाए गए प्रतिबंधों की चीन ने आलोचना की: who imposed what is criticized is the target.
        for m in participle:
            if m.case == "AGENT":
                _add(d.targets, Arg(sa, m))

    between: list[Arg] = []
    recipients: list[Arg] = []  # को-phrases: targets only when nothing stronger names one
    for m in local:
        if m.kind == "pronoun" and m.case == "KO" and id(m) not in used:
            # उसे / उन्हें: the object it stands for receives the event (… की निंदा की और उसे चेतावनी दी).
            antecedent = _object_antecedent(sa, m)
            if antecedent is not None and _role_of("KO", t, antecedent, m.start >= d.end) == "recipients":
                recipients.append(Arg(sa, antecedent))
                d.inherited = True
            continue
        if id(m) in used or m.kind in ("pronoun", "relative"):
            continue
        case: str | None = m.case
        arg = Arg(sa, m)
        after_trigger = m.start >= d.end
        if m.kind == "proform":
            if state.last_place is not None and d.location is None:
                d.location = state.last_place
            continue
        if case == "GEN" and not after_trigger:
            governed = _governed_case(sa, m, lex, d.start)
            if governed is None:
                continue
            case = governed[0]
            if case in ("TOWARD", "AGAINST") and d.topic is None and governed[1] > m.case_end:
                d.topic = (m.case_end, governed[1])
            if case in ("MEIN", "HOST", "LEADER"):
                continue  # रूस के दौरे में: the place is the phrase's head, not the genitive
        if m.kind == "unknown" and case not in ("SE", "WITH", "BETWEEN"):
            continue  # untagged words before को / पर / के लिए are mostly things, not recipients
        slot = _role_of(case, t, m, after_trigger)
        if case == "MEIN" and t == "AGREE" and not after_trigger and _actor_phrase(m) and not m.place and any(
                o.case_end == m.case_end and o is not m for o in local):
            slot = "between"  # राजद और कांग्रेस में सीट बंटवारे पर सहमति: the accord is between them
        if slot and t == "AGREE" and case == "SE" and (m.kind == "unknown" or not all(
                is_modifier(sa, j, lex) for j in range(m.case_end, d.start))):
            slot = None  # ईंधन से दूर जाने पर सहमति: the से phrase belongs to the infinitive, it is no party
        if slot and case == "WITH" and t == "REJECT" and sum(
                1 for j in range(m.case_end, d.start) if lex.postpositions.longest(sa.gkeys, j)[1]) > 1:
            slot = None  # अमेरिका के साथ बातचीत के प्रस्ताव को ठुकराया: whose proposal it was is not said
        if m.case == "SE" and "giver" in d.pattern.needs and not after_trigger and m.kind in ("named", "nominal") \
                and not any(lex.postpositions.longest(sa.gkeys, j)[1] for j in range(m.start + 1, m.end)):
            # यूक्रेन को अमेरिका से मदद मिली: the giver. Not भारत के इस कदम से (a step of India's helps).
            slot = "actors"
        if slot in ("counterparts", "targets", "actors", "led_by"):
            _add(getattr(d, slot), arg)
        elif slot == "between":
            between.append(arg)
        elif slot == "recipients":
            recipients.append(arg)
        elif slot in ("location", "destination", "host") and getattr(d, slot) is None:
            setattr(d, slot, arg)

    if len(recipients) > 1:
        # चीन ने ताइवान को हथियार बेचने के लिए अमेरिका को चेतावनी दी: ताइवान को is the infinitive's object.
        recipients = [a for a in recipients if not _object_of_infinitive(sa, a.m, d.start, lex)] or recipients
    if recipients and t in ("THREATEN", "REQUEST"):
        # इज़राइल को लेबनान पर हमले जारी रखने पर … धमकी: लेबनान पर belongs to the infinitive, इज़राइल is warned.
        d.targets = [a for a in d.targets if a.m.case != "PAR" or not _object_of_infinitive(sa, a.m, d.start, lex)]
    if not d.targets:
        for a in recipients:
            _add(d.targets, a)
    if between:
        if not d.actors:
            for a in between:
                _add(d.actors, a)
        elif t in MEETING_TYPES:
            for a in between:
                _add(d.counterparts, a)
        else:
            for a in between:
                _add(d.targets if t != "AGREE" else d.actors, a)

    speaker = _speaker(sa, clause) if not d.actors else None
    if speaker is not None:
        # ईरान ने कहा कि अमेरिका के साथ कोई बातचीत नहीं होगी: a complement with no party of its own
        # (no subject, no के बीच) speaks of the speaker.
        _add(d.actors, Arg(sa, speaker))
        d.inherited = True

    # A complement after the trigger (रूस की नसीहत, … से बचे इस्राईल): its subject is the addressee.
    if t in ("REQUEST", "THREATEN") and not d.targets:
        for m in sa.mentions:
            if m.start >= d.end and m.case in (None, "ERG") and _actor_phrase(m):
                _add(d.targets, Arg(sa, m))
                break
    if clause.kind == REL_OBJECT and not d.targets and t in KO_TARGETS and clause.parent is not None:
        # … आरोप लगाया, जिसे लेबनान ने नकार दिया: जिसे stands for the clause before; its actor is the target.
        for a in _clause_subject(sa, clause.parent):
            _add(d.targets, a)
    if clause.kind == REL_PLACE and d.location is None and state.last_place is not None:
        d.location = state.last_place
    if t == "VISIT" and d.destination is None and d.location is not None and d.location.m.start >= d.end \
            and d.location.sa is sa:
        d.destination, d.location = d.location, None  # तीन दिन की यात्रा पर पाकिस्तान में हैं
    if t == "COOPERATE" and not d.targets and d.location is not None and d.location.m.actor_type == "country":
        d.targets.append(d.location)  # सऊदी अरब ने सीरिया में दूतावास खोला: Syria
    if t in MEETING_TYPES:
        for a in d.counterparts:
            _add(d.targets, a)
    elif t == "VISIT" and not d.targets:
        recipient = d.host or d.destination
        if recipient is not None:
            d.targets.append(recipient)
    actor_ids = {a.identity for a in d.actors}
    d.counterparts = [a for a in d.counterparts if a.identity not in actor_ids]
    d.targets = [a for a in d.targets if a.identity not in actor_ids or t == "VISIT"]


def _participle_arguments(sa: SentenceAnalysis, local: list[Mention], limit: int, lex: Lexicon) -> list[Mention]:
    """The phrases of a passive participle that modifies a noun before the trigger, in a clause with a
    subject of its own: अमेरिका द्वारा ईरान पर in "अमेरिका द्वारा ईरान पर लगाए गए प्रतिबंधों की चीन ने आलोचना की"."""
    for p in range(limit - 2, 0, -1):
        if sa.gkeys[p] not in lex.participle_auxiliaries:
            continue
        nxt = sa.gkeys[p + 1]
        if nxt in lex.verb_forms or nxt in lex.negation or lex.postpositions.longest(sa.gkeys, p + 1)[1]:
            return []  # a finite verb group (लगाए गए हैं), not a modifier
        if not any(lex.postpositions.longest(sa.gkeys, j)[1] for j in range(p + 2, limit)):
            return []  # the participle's noun is the trigger itself (… लगाए गए प्रतिबंध)
        floor = max((m.end for m in local if m.case == "ERG" and m.end <= p), default=0)
        inside = [m for m in local if m.start >= floor and m.end <= p and m.case not in (None, "ERG", "GEN")]
        has_subject = any(m.case == "ERG" for m in local if m not in inside)
        return inside if has_subject else []
    return []


def _object_of_infinitive(sa: SentenceAnalysis, m: Mention, limit: int, lex: Lexicon) -> bool:
    """Whether an oblique infinitive with a case marker (बेचने के लिए, देने की) follows ``m`` before
    ``limit`` and before any other mention: ``m`` is that infinitive's object."""
    starts = {o.start for o in sa.mentions}
    for j in range(m.case_end, min(limit, len(sa.gkeys) - 1)):
        if j in starts:
            return False
        if sa.gkeys[j].endswith("ने") and lex.postpositions.longest(sa.gkeys, j + 1)[1]:
            return True
    return False


def _role_of(case: str | None, t: str, m: Mention, after_trigger: bool) -> str | None:
    """The role a phrase with case marker ``case`` plays for an event of type ``t``."""
    actor_like = not m.place or m.actor_type == "country"  # a country is both a place and an actor
    if (case in ("SE", "WITH") and t in MEETING_TYPES) or (case == "KO" and t == "CALL"):
        return "counterparts"
    if case == "BETWEEN":
        return "between"
    if case == "WITH":
        # उत्तर कोरिया ने अमेरिका के साथ बातचीत से इनकार किया: the talks rejected are with the target.
        return {"AGREE": "actors", "COOPERATE": "targets", "SANCTION": "targets", "REJECT": "targets"}.get(t)
    if case == "SE":
        if t == "AGREE" and not after_trigger:
            return "actors"  # भारत ने रूस से समझौता किया: Russia is a party
        return "targets" if t in ("REQUEST", "SANCTION") and not after_trigger else None
    if case == "KO":
        return "recipients" if t in KO_TARGETS and actor_like else None
    if case == "PAR":
        return "targets" if t in ("ACCUSE", "SANCTION", "THREATEN") and not after_trigger else None
    if case in ("TOWARD", "AGAINST"):
        return "targets"
    if case == "FOR":
        if t == "VISIT" and m.place:
            return "destination"
        return "targets" if t in ("COOPERATE", "AID", "SUPPORT", "SANCTION") and actor_like else None
    if case == "MEIN":
        return "location" if m.place else None
    if case == "HOST":
        return "host" if t == "VISIT" else None
    if case == "LEADER":
        return "led_by"
    return None


def _clause_subject(sa: SentenceAnalysis, index: int) -> list[Arg]:
    """The named or nominal subject of clause ``index``: its ने / द्वारा phrases, else its first political
    nominative phrase that is not a place."""
    ergative = [m for m in sa.mentions if m.clause == index and m.case in ("ERG", "AGENT")
                and m.kind in ("named", "nominal")]
    if ergative:
        return [Arg(sa, m) for m in ergative]
    nominative = [m for m in sa.mentions if m.clause == index and m.case is None
                  and m.kind in ("named", "nominal") and m.political and not m.place]
    return [Arg(sa, nominative[0])] if nominative else []


def _group_subject(sa: SentenceAnalysis, clause_index: int, state: PartState, lex: Lexicon) -> list[Arg]:
    """The subject a clause joined by और shares with the clause before it; a pronoun there (… कि वह अपने
    देश की रक्षा करेगा और इज़राइल को चेतावनी दी) stands for its antecedent."""
    group = sa.clauses[clause_index].group
    for index in range(clause_index - 1, -1, -1):
        if sa.clauses[index].group != group:
            continue
        if subject := _clause_subject(sa, index):
            return subject
        pronoun = next((m for m in sa.mentions if m.clause == index and m.kind == "pronoun"
                        and m.case in ("ERG", None)), None)
        if pronoun is not None:
            return _resolve(sa, pronoun, state, lex)
    return []


# ---------------------------------------------------------------------------------------------- merging


def _same_actor(a: Sequence[Arg], b: Sequence[Arg]) -> bool:
    return bool(_actor_keys(a) & _actor_keys(b))


def _merge_keys(a: Arg) -> set[str]:
    """When an argument of a merged record is already there: its identity, and for a phrase the KB does not
    know, also its head word (सरकार in a headline is केंद्र सरकार in the body)."""
    if (a.m.kb_id is None or a.m.kb_id.startswith("local:")) and not a.m.country:
        return {a.identity, "head:" + a.sa.ckeys[a.m.end - 1]}
    return {a.identity}


def _actor_keys(args: Sequence[Arg]) -> set[str]:
    """Identities and countries; a nominal with neither by its words (किसान संगठनों in a headline and the body)."""
    keys = {x.identity for x in args} | {x.m.country for x in args if x.m.country}
    keys |= {"words:" + " ".join(x.sa.ckeys[x.m.start:x.m.end]) for x in args
             if x.m.kind == "nominal" and x.m.identity is None and not x.m.country}
    return keys


def _absorb(into: Draft, other: Draft) -> None:
    # A meeting told again as "दोनों नेताओं ने …" names as actors the parties already met: they keep their roles.
    symmetric = into.type in MEETING_TYPES
    for name in ("actors", "counterparts", "targets", "led_by"):
        target: list[Arg] = getattr(into, name)
        placed = set().union(*(_merge_keys(x) for x in target))
        if symmetric:
            placed |= set().union(*(_merge_keys(x) for x in (
                into.participants() if name == "actors" else into.actors)))
        known = into.participants() if symmetric and name == "actors" else target
        countries = {x.m.country for x in known if x.m.country and x.m.actor_type != "country"}
        for a in getattr(other, name):
            if (a.m.kind == "nominal" or a.m.actor_type == "country") and a.m.country in countries:
                continue  # सऊदी विदेश मंत्री in the headline is the named Saudi minister of the body
            if not _merge_keys(a) & placed:
                target.append(a)
                placed |= _merge_keys(a)
    for name in ("location", "destination", "host"):
        if getattr(into, name) is None:
            setattr(into, name, getattr(other, name))
    if into.date is None and other.date is not None:
        into.date = other.date


def merge_drafts(drafts: list[Draft]) -> list[Draft]:
    """One record per event: headline events into the body event they summarize, and the same event
    told again in the next sentence of a part (same type and modality, shared actor, no other date)."""
    out: list[Draft] = []
    headline = [d for d in drafts if d.sa.part_kind == "headline"]
    rest = [d for d in drafts if d.sa.part_kind != "headline"]
    for d in rest:
        prev = next((o for o in reversed(out) if o.story == d.story and o.type == d.type), None)
        if prev is not None and d.sa.index - prev.sa.index <= 1 and prev.modality == d.modality \
                and _same_actor(prev.actors, d.actors) and (
                    d.date is None or prev.date is None or d.date.value == prev.date.value):
            _absorb(prev, d)
            continue
        out.append(d)
    for h in headline:
        body = next((d for d in out if d.sa.part_kind == "body" and d.type == h.type and (
            _same_actor(d.actors, h.actors) or _same_actor(
                [x for x in (d.destination,) if x], [x for x in (h.destination,) if x]))), None)
        if body is not None:
            date = body.date
            _absorb(body, h)
            body.date = date
        else:
            out.append(h)
    out.sort(key=lambda d: (d.sa.index, d.start))
    return out


# ---------------------------------------------------------------------------------------------- scoring


def _countries(args: Sequence[Arg]) -> set[str]:
    return {a.m.country for a in args if a.m.country}


def _is_igo(a: Arg) -> bool:
    return (a.m.code or "").startswith("IGO") or a.m.sector == "IGO"


def context_of(d: Draft) -> str:
    """Diplomatic when the participants belong to two or more countries or one is an international
    organization; domestic otherwise."""
    args = d.participants() + ([d.destination] if d.destination else [])
    if len(_countries(args)) >= 2 or any(_is_igo(a) for a in args):
        return "diplomatic"
    return "domestic"


TRIGGER_BASE = {"phrase": 0.45, "verb": 0.4, "noun": 0.35}


def confidence_of(d: Draft) -> float:
    """Trigger strength plus evidence (docs/events.md, "Confidence")."""
    score = TRIGGER_BASE.get(d.pattern.kind, 0.35)
    if d.actors:
        score += 0.2
        if any(a.m.kb_id and not a.m.kb_id.startswith("local:") for a in d.actors):
            score += 0.1
    if d.targets or d.counterparts or d.destination:
        score += 0.1
    if d.date is not None:
        score += 0.1 if not d.date_via_reference else 0.05
    if d.inherited:
        score -= 0.15
    return round(min(0.95, max(0.05, score)), 2)
