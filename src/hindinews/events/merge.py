"""One record per event: a headline's event merges into the body event it summarizes, and an event told
again in the next sentence of its story merges into the first telling."""

from __future__ import annotations

from collections.abc import Sequence

from hindinews.events.draft import MEETING_TYPES, Arg, Draft, countries_of
from hindinews.events.lexicon import Lexicon


def _same_actor(a: Sequence[Arg], b: Sequence[Arg]) -> bool:
    """One actor on both sides: the same identity, or a state (or an unnamed official of it) on one side and
    anyone of that state on the other. Two named people of one country are not one actor (ममता बनर्जी and
    शुभेंदु अधिकारी accuse each other)."""
    return bool(_actor_keys(a) & _actor_keys(b)) or bool(_state_keys(a) & countries_of(b)) \
        or bool(_state_keys(b) & countries_of(a))


def _actor_keys(args: Sequence[Arg]) -> set[str]:
    """Identities; a nominal with none by its words (किसान संगठनों in a headline and the body)."""
    keys = {x.identity for x in args}
    keys |= {"words:" + " ".join(x.sa.ckeys[x.m.start:x.m.end]) for x in args
             if x.m.kind == "nominal" and x.m.identity is None and not x.m.country}
    return keys


def _state_keys(args: Sequence[Arg]) -> set[str]:
    """The countries of the arguments that stand for their state: a country, or a phrase that is no name."""
    return {x.m.country for x in args if x.m.country and (x.m.actor_type == "country" or x.m.kind != "named")}


def _governments(args: Sequence[Arg]) -> set[str]:
    """The countries whose government an argument is (केंद्र, the Government of India)."""
    return {x.m.country for x in args if x.m.country and x.m.actor_type == "organization"
            and (x.m.code or "").endswith("GOV")}


def _merge_keys(a: Arg) -> set[str]:
    """When an argument of a merged record is already there: its identity, and for a phrase the KB does not
    know or an organization, also its head word (सरकार in a headline is केंद्र सरकार in the body)."""
    if ((a.m.kb_id is None or a.m.kb_id.startswith("local:")) and not a.m.country) \
            or a.m.actor_type == "organization":
        return {a.identity, "head:" + a.sa.ckeys[a.m.end - 1]}
    return {a.identity}


# Acts of states: told again by the leaders who did them, the parties stay the states.
_STATE_ACTS = frozenset({"AGREE", "COOPERATE", "SANCTION", "AID"})


def _absorb(into: Draft, other: Draft) -> None:
    # A meeting told again as "दोनों नेताओं ने …" names as actors the parties already met: they keep their roles.
    symmetric = into.type in MEETING_TYPES
    for name in ("actors", "counterparts", "targets", "led_by"):
        target: list[Arg] = getattr(into, name)
        placed = set().union(*(_merge_keys(x) for x in target))
        if name in ("counterparts", "targets"):
            placed |= {x.identity for x in into.actors}  # an actor is not its own recipient
        if symmetric:
            placed |= set().union(*(_merge_keys(x) for x in (
                into.participants() if name == "actors" else into.actors)))
        known = into.participants() if symmetric and name == "actors" else target
        countries = {x.m.country for x in known if x.m.country and x.m.actor_type != "country"}
        states = {x.m.kb_id for x in known if x.m.actor_type == "country"} if into.type in _STATE_ACTS else set()
        for a in getattr(other, name):
            if (a.m.kind == "nominal" or a.m.actor_type == "country") and a.m.country in countries:
                continue  # सऊदी विदेश मंत्री in the headline is the named Saudi minister of the body
            if a.m.country in states:
                continue  # ऑस्ट्रेलिया और पापुआ न्यू गिनी ने संधि पर हस्ताक्षर किए। … अल्बनीज़ और मारापे ने …: the states signed
            if not _merge_keys(a) & placed:
                target.append(a)
                placed |= _merge_keys(a)
    for name in ("location", "destination", "host"):
        if getattr(into, name) is None:
            setattr(into, name, getattr(other, name))
    if into.date is None and other.date is not None:
        into.date = other.date


def merge_drafts(drafts: list[Draft], lex: Lexicon, standfirst: frozenset[int] = frozenset()) -> list[Draft]:
    """One record per event: headline events (and those of a standfirst, the parts ``standfirst`` names)
    into the body event they summarize, and the same event told again in the next sentence of a part
    (same type and modality, shared actor, no other date)."""
    out: list[Draft] = []
    headline = [d for d in drafts if d.sa.part_kind == "headline" or d.sa.part in standfirst]
    rest = [d for d in drafts if d.sa.part_kind != "headline" and d.sa.part not in standfirst]
    for d in rest:
        prev = next((o for o in reversed(out) if o.story == d.story and retold_as(o.type, d.type)), None)
        if prev is not None and d.sa.index - prev.sa.index <= 1 and prev.modality == d.modality \
                and not _another_measure(prev, d) \
                and (_same_actor(prev.actors, d.actors) or _told_again_without_actor(prev, d, lex)) and (
                    d.date is None or prev.date is None or d.date.value == prev.date.value):
            _absorb(prev, d)
            continue
        out.append(d)
    for h in headline:
        def summarized(d: Draft, h: Draft = h) -> bool:
            # (किसान नेताओं और केंद्र के बीच बैठक in a headline: the body's meeting with a Union minister)
            return d.sa.part_kind == "body" and (_same_actor(d.actors, h.actors) or _same_actor(
                [x for x in (d.destination,) if x], [x for x in (h.destination,) if x])
                or bool(_governments(h.actors) & countries_of(d.participants())))

        # मोदी ने पेज़ेश्कियान से की बात (a headline's talks) is the body's call between them.
        # (of two meetings of the body, the one with the headline's counterpart)
        recipients = _actor_keys([*h.targets, *h.counterparts])
        same = [d for d in out if d.type == h.type and summarized(d)]
        body = next((d for d in same if recipients & _actor_keys([*d.targets, *d.counterparts])), None) \
            or (same[0] if same else None) \
            or next((d for d in out if retold_as(d.type, h.type) and summarized(d)), None)
        if body is None and (h.type in MEETING_TYPES or h.type == "AGREE"):
            # नाटो शिखर सम्मेलन: … / … हुए नाटो शिखर सम्मेलन में: the meeting the headline names by its noun;
            # … के साथ की संधि / … संधि पर हस्ताक्षर किए: so the agreement
            words = set(h.sa.gkeys[h.start:h.end])
            body = next((d for d in out if d.sa.part_kind == "body" and d.type == h.type
                         and words & set(d.sa.gkeys[d.start:d.end])), None)
        if body is None and ((h.inherited and not h.targets and not h.counterparts)
                             or not any(a.m.kb_id or a.m.country for a in h.actors)):
            # … फिर तैनात होंगे उच्चायुक्त, व्यापार वार्ता बहाल: a headline's event with no party the KB knows is
            # the body's event of its type (and its unknown words add no party to it); so is one whose actor
            # a headline's clause took from the clause before (…, एक ही कार में पहुंचे; घोषणापत्र में … निंदा)
            body = next((d for d in out if d.sa.part_kind == "body" and d.type == h.type), None)
            if body is not None:
                h.actors = []
        if body is None and h.date is not None:
            # अगली बैठक 22 फ़रवरी को / … 22 फ़रवरी को फिर से मिलने पर सहमत: one meeting on one day
            body = next((d for d in out if d.sa.part_kind == "body" and d.type == h.type
                         and d.modality == h.modality and d.date is not None and d.date.value == h.date.value), None)
        if body is not None:
            if h.type == "VISIT" and not _same_actor(body.actors, h.actors):
                h.actors = []  # one visit to one place: the body names its visitor (… आएंगे पुतिन)
            date = body.date
            _absorb(body, h)
            body.date = date
        else:
            out.append(h)
    out.sort(key=lambda d: (d.sa.index, d.start))
    return out


def retold_as(first: str, again: str) -> bool:
    """Whether an event of type ``first`` may be told again as ``again``: the same type, or a call told
    again as talks (फोन पर बात की। दोनों नेताओं के बीच … चर्चा हुई।)."""
    return first == again or (first == "CALL" and again == "MEET")


def _told_again_without_actor(prev: Draft, d: Draft, lex: Lexicon) -> bool:
    """इसके तहत रूसी एल्युमिनियम के आयात पर रोक लगाई गई: a passive with no actor that says it details the
    event before (not इसके साथ ही … भी: another measure), on the same recipient."""
    if d.actors or not d.targets or not _same_actor(prev.targets, d.targets):
        return False
    keys = d.sa.gkeys
    return any(lex.detail_markers.longest(keys, j)[1] for j in range(d.start))


def _another_measure(prev: Draft, d: Draft) -> bool:
    """टैरिफ़ लगाने और वीज़ा प्रतिबंध लगाने का आदेश: two sanctions (or aids) of one sentence joined by a
    coordinator are two measures, not one told twice (राहत सामग्री से लदे ट्रक भेजे is one); an accord with
    more parties than the one before is another accord."""
    if d.type == "AGREE" and d.sa.index != prev.sa.index:
        # दोनों देशों ने सात समझौतों पर हस्ताक्षर किए। … भारत, श्रीलंका और यूएई ने त्रिपक्षीय समझौते पर …: a party
        # the first accord did not have makes another one.
        def states(args: Sequence[Arg]) -> set[str]:
            return {(x.m.kb_id if x.m.actor_type == "country" else x.m.country) or x.identity or "" for x in args}

        return bool(states(d.actors) - states(prev.actors)) and len(d.actors) > len(prev.actors)
    if d.type not in ("SANCTION", "AID") or d.sa.index != prev.sa.index:
        return False
    between = d.sa.gkeys[prev.end:d.start]
    return any(g in ("और", "तथा", "एवं", ",") for g in between)
