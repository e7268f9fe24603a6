"""Readings of particular constructions that change what an event is or who takes part in it.

* an agreement to meet is that meeting, planned (the spec: PLOVER codes it AGREE);
* hosting a named guest is the guest's visit;
* a meeting named as a setting that a participle says took place is its organization's meeting;
* the story's agreement named again is no new agreement.
"""

from __future__ import annotations

from hindinews.events.analysis import (
    PERFECTIVE_PARTICIPLES,
    ActorSource,
    Mention,
    SentenceAnalysis,
    from_actor,
    is_modifier,
)
from hindinews.events.draft import Arg, Draft, PartState, story_of
from hindinews.events.lexicon import VETO, Lexicon, TriggerPattern

HELD_PARTICIPLES = PERFECTIVE_PARTICIPLES | {"आयोजित"}  # a meeting that took place
_SOON_AGAIN = frozenset({"जल्द", "फिर", "से", "दोबारा", "ही", "पुनः"})


def hosted_visit(
    sa: SentenceAnalysis, start: int, end: int, pattern: TriggerPattern, actors: ActorSource, lex: Lexicon,
) -> Draft | None:
    """X ने Y की मेज़बानी की: Y visits X's country, hosted by X, at the place the clause names. Only a named
    guest (a person or a country): सम्मेलन की मेज़बानी (hosting a summit) is no visit."""
    clause = sa.clause_of[start]
    # (a modifier may stand between: का रस्मी स्वागत, का भव्य स्वागत)
    guest = next((m for m in sa.mentions if m.case == "GEN" and m.kind == "named"
                  and m.case_end <= start and start - m.case_end <= 1
                  and all(is_modifier(sa, j, lex) for j in range(m.case_end, start))
                  and (m.actor_type in ("person", "country") or m.label == "PER")), None)
    host = next((m for m in sa.mentions if m.clause == clause and m.case == "ERG" and m.end <= start
                 and m.kind in ("named", "nominal")), None)
    if guest is None or host is None:
        return None
    d = Draft("VISIT", pattern, sa, start, end)
    d.actors = [Arg(sa, guest)]
    d.host = Arg(sa, host)
    country = host if host.actor_type == "country" else None
    if country is None and host.country and (actor := actors.get(host.country)) is not None:
        country = from_actor(host.start, host.end, actor, False, None)
    d.targets = [Arg(sa, country)] if country is not None else []
    place = next((m for m in sa.mentions if m.clause == clause and m.case == "MEIN" and m.place), None)
    d.destination = Arg(sa, place) if place is not None else None
    return d


def held_meeting(sa: SentenceAnalysis, start: int, type_name: str, lex: Lexicon) -> Mention | None:
    """बुधवार को हुए नाटो शिखर सम्मेलन में …, रविवार को शुरू हुए ब्रिक्स शिखर सम्मेलन के दूसरे दिन: a meeting
    named as a setting that a past participle says took place is itself told; of an international
    organization only, which is returned."""
    if type_name != "MEET":
        return None
    j = start - 1
    while j >= 0 and start - j <= 4 and sa.gkeys[j] not in HELD_PARTICIPLES:
        if not is_modifier(sa, j, lex) and not any(m.start <= j < m.end for m in sa.mentions) \
                and lex.triggers.longest(sa.ckeys, j)[0] <= start:  # (शिखर of शिखर सम्मेलन)
            return None
        j -= 1
    if j < 0 or sa.gkeys[j] not in HELD_PARTICIPLES:
        return None
    # An international organization's: a party's own meeting (सोमवार को हुई भाजपा की बैठक) is no event between
    # political actors.
    return next((m for m in sa.mentions if j < m.start < start and (m.code or "").startswith("IGO")), None)


def agreed_meeting(sa: SentenceAnalysis, start: int, lex: Lexicon) -> int | None:
    """Where the meeting agreed on starts: a meeting verb's infinitive (फिर से मिलने पर सहमत, वार्ता जल्द करने
    पर सहमति) or a meeting noun (बातचीत के लिए राज़ी) right before the agreement; else None."""
    g = sa.gkeys
    if g[start] == "पर" or g[start:start + 2] == ["के", "लिए"]:
        opening = start  # पर राज़ी, के लिए राज़ी: the marker is part of the trigger
    elif start >= 1 and g[start - 1] == "पर":
        opening = start - 1
    elif start >= 2 and g[start - 2:start] == ["के", "लिए"]:
        opening = start - 2
    else:
        return None
    last = opening - 1  # the infinitive (पर) or the noun (के लिए)
    if last < 0 or (g[opening] == "पर" and not g[last].endswith("ने")):
        return None
    for k in range(max(0, last - 2), last + 1):
        end, patterns = lex.triggers.longest(sa.ckeys, k)
        if any(p.type == VETO for p in patterns) or not any(p.type == "MEET" for p in patterns):
            continue
        if end == last + 1:
            return k  # मिलने पर, बातचीत के लिए
        if end <= last and sa.gkeys[last] == "करने" and any(p.kind == "noun" for p in patterns) \
                and all(word in _SOON_AGAIN for word in g[end:last]):
            # वार्ता जल्द करने पर; not मिलकर काम करने पर (working together) nor समझौते पर बातचीत शुरू
            # करने पर (negotiations on a deal: what is agreed is the deal's course)
            return k
    return None


def agreement_told_again(sa: SentenceAnalysis, start: int, state: PartState, lex: Lexicon) -> bool:
    """The agreement of the story told again (सुरक्षा कैबिनेट समझौते पर मतदान करेगी, समझौते की घोषणा के बाद
    भी): a bare agreement noun (समझौता, not सहमति जताई, which tells its own consent) after the body told an
    agreement in an earlier sentence, with no parties of its own (… के साथ / के बीच / से right before it)
    and nothing that makes it another (एक, नए)."""
    if sa.gkeys[start] not in lex.agreement_nouns or not any(
            d.type == "AGREE" and d.story == story_of(sa) and d.sa.index < sa.index
            and d.sa.part_kind != "headline" for d in state.drafts):
        return False  # (a headline's agreement is merged with the body's, which tells it first)
    if start > 0 and sa.gkeys[start - 1] in lex.new_agreement_words:
        return False
    return not any(m.case in ("WITH", "BETWEEN", "SE") and 0 <= start - m.case_end <= 3 for m in sa.mentions)
