"""Reading an event's arguments from its clause: Hindi marks a phrase's role with the case marker after it
(docs/events.md, "How arguments are found")."""

from __future__ import annotations

from hindinews.events.analysis import (
    GENITIVES,
    OPENER,
    PERFECTIVE_PARTICIPLES,
    REL_GENITIVE,
    REL_OBJECT,
    REL_PLACE,
    REL_SUBJECT,
    Clause,
    Mention,
    SentenceAnalysis,
    converb_at,
    inverted_subject,
    is_modifier,
)
from hindinews.events.draft import (
    MEETING_TYPES,
    Arg,
    Draft,
    PartState,
    add_arg,
    affiliations_of,
    states_of,
    story_of,
)
from hindinews.events.lexicon import QUOTES, Lexicon

# Event types whose recipient is marked with को (X को नसीहत दी, राजनयिकों को निष्कासित किया).
KO_TARGETS = frozenset({"REQUEST", "THREATEN", "AID", "COOPERATE", "SUPPORT", "SANCTION", "ACCUSE", "REJECT"})
OWNER_PASSES = frozenset({"SE", "WITH", "KO"})  # X की [Y से] मुलाकात: X still owns the noun


# Cases after a noun that make it a setting (तनाव के बीच, युद्ध के दौरान): a से phrase before that noun is its.
_SETTING_CASES = frozenset({"BETWEEN", "DURING", "TOPIC", "AFTER", "BEFORE"})

# Events that are things said: their place is rarely the story's.
SPEECH_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "REQUEST", "THREATEN"})


def may_be_political(a: Arg) -> bool:
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
        if m.case != "GEN" or m.case_end > start or m.kind == "proform":
            return None  # (वहां के विदेश मंत्री X से मुलाकात: "of there" owns the minister, not the meeting)
        # A date inside the phrase is no word of it (देउबा का 12 जनवरी से प्रस्तावित ढाका दौरा).
        dated = sa.time_tokens | {j + 1 for j in sa.time_tokens if j + 1 < len(sa.gkeys)
                                  and sa.gkeys[j + 1] in ("से", "तक") and j + 1 not in sa.time_tokens}
        gap = [j for j in range(m.case_end, skip.start if skip is not None and skip.start >= m.case_end else start)
               if j not in passed and j not in dated and not (passed and sa.gkeys[j] in lex.coordinators)]
        gap = _outside_quotes(sa, gap)  # अभ्यास 'फ्रीडम शील्ड' की निंदा: a quoted name is one word
        markers = [j for j in gap if lex.postpositions.longest(sa.gkeys, j)[1]]
        # … की दावेदारी का एक बार फिर पुरज़ोर समर्थन: adverbs of the verb stand between, not in the phrase
        words = [j for j in gap if j not in markers and sa.ckeys[j] not in lex.verb_adverbs]
        places = {j for o in sa.mentions if o.place for j in range(o.start, o.end)}  # देउबा का … ढाका दौरा
        if len(markers) > 1 or len([j for j in words if j not in places]) > (4 if markers else 3):
            return None
        if passed and any(j < min(passed) for j in words):
            return None  # म्यांमार के सैन्य शासन के प्रमुख [X से] बात: the words and the genitive describe X
        if markers and lex.postpositions.longest(sa.gkeys, markers[0])[1][0] != "GEN":
            return None
        if any(sa.gkeys[j].endswith("ने") and j + 1 in markers for j in words):
            return None  # बिहार की उपेक्षा करने का आरोप: the genitive is the infinitive's object
        # Through one more noun, itself maybe an event noun (संयुक्त सैन्य अभ्यास की निंदा: the exercise's owners).
        if all(is_modifier(sa, j, lex) or (markers and j < markers[0] and any(
                p.kind == "noun" for p in lex.triggers.longest(sa.ckeys, j)[1])) for j in words):
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
        # उनकी (honorific) is a person's: विदेश मंत्रालय ने कहा कि … उनकी कोई मुलाक़ात नहीं होगी is the leader's
        # meeting the story is about, not the ministry's.
        personal = sa.gkeys[m.start] in lex.personal_pronouns
        # पाकिस्तान ने कहा कि वह ...: the pronoun of a complement is the speaker.
        speaker = speaker_of(sa, clause)
        if speaker is not None and not (personal and _institution(speaker)):
            # (रूस और चीन ने कहा कि वे …: the speaker's conjuncts too)
            return [Arg(sa, o) for o in sa.mentions if o is speaker or (
                o.clause == speaker.clause and o.case == speaker.case == "ERG" and o.case_end == speaker.case_end
                and actor_phrase(o))]
        # An antecedent earlier in the sentence that is a subject or a possessor, not an object:
        # … दमिश्क़ पहुँचा, जहाँ वह …; किसानों का जवाब, हम … चाहते हैं.
        # A person or body before a place: in "रुबियो तुर्की पहुंचेंगे, जहां वह …" वह is Rubio, not Turkey.
        candidates = [o for o in reversed(sa.mentions) if o.end <= m.start and o.case in ("ERG", "GEN", None)
                      and actor_phrase(o) and not (personal and _institution(o))]
        antecedent = next((o for o in candidates if not o.place), candidates[0] if candidates else None)
        if antecedent is not None:
            return [Arg(sa, antecedent)]
    return list(state.last_subject)


def _institution(m: Mention) -> bool:
    """A body (विदेश मंत्रालय, सरकार, the Ministry of External Affairs): not a person or a country."""
    return (m.kind == "nominal" and m.actor_type not in ("person", "country") and m.label != "PER") \
        or (m.kind == "named" and m.actor_type == "organization")


def open_word(sa: SentenceAnalysis, i: int, lex: Lexicon) -> bool:
    """A content word: no verb form, negation, case marker, punctuation or coordinator."""
    g = sa.gkeys[i]
    return not (g in lex.verb_forms or g in lex.negation or g in lex.sentence_marks
                or g in lex.coordinators or g in lex.light_verb_followers
                or lex.postpositions.longest(sa.gkeys, i)[1])


def actor_phrase(m: Mention) -> bool:
    """A phrase that can stand for a political actor: named or nominal, political, a place only if a country."""
    return m.kind in ("named", "nominal") and bool(m.political) and (not m.place or m.actor_type == "country")


def speaker_of(sa: SentenceAnalysis, clause: Clause) -> Mention | None:
    """X in X ने कहा कि …: for a कि complement (or a clause joined to one by और), the first actor of the
    clause it hangs on."""
    if clause.kind != OPENER:
        # … कहा कि उनका स्वागत नहीं है और उन्हें … घोषित किया जाता है: the group's first clause
        clause = next((c for c in sa.clauses if c.group == clause.group and c.start <= clause.start), clause)
    if clause.kind != OPENER or clause.parent is None:
        return None
    return next((o for o in sa.mentions if o.clause == clause.parent and o.case in ("ERG", None)
                 and actor_phrase(o)), None)


def _object_antecedent(sa: SentenceAnalysis, m: Mention) -> Mention | None:
    """What an object pronoun (उसे) stands for: the nearest earlier actor in the sentence that is not a
    subject, i.e. one with a case marker other than ने / द्वारा."""
    return next((o for o in reversed(sa.mentions) if o.end <= m.start and o.case not in (None, "ERG", "AGENT")
                 and actor_phrase(o)), None)


def assign_roles(d: Draft, lex: Lexicon, state: PartState) -> None:
    """Fill the draft's roles from the case markers of the mentions in its clause (see module doc)."""
    sa, t = d.sa, d.type
    clause_index = sa.clause_of[d.start]
    clause = sa.clauses[clause_index]
    local = [m for m in sa.mentions if m.clause == clause_index]
    # … जहाज़ पर हमले की निंदा करते हुए चेतावनी दी: a पर phrase that a noun owns before a converb is that noun's
    # (not भाजपा पर हमला बोलते हुए आरोप लगाया, रूस पर दबाव बढ़ाते हुए … प्रतिबंध: shared)
    converb = max((j for j in range(clause.start + 1, d.start) if converb_at(sa.gkeys, j)), default=None)
    if converb is not None:
        local = [m for m in local if m.start > converb or m.case != "PAR"
                 or not any(sa.gkeys[j] in GENITIVES for j in range(m.case_end, converb))]
    quoted = _quoted(sa)
    if d.start not in quoted:
        # नतीजों को 'लोकतंत्र के साथ धोखा' बताते हुए ख़ारिज किया: words quoted are what is said, no parties
        # (not a quoted name whose phrase goes on outside: 'इंडिया' गठबंधन के सांसदों ने)
        local = [m for m in local if not (m.start in quoted and max(m.end, m.case_end) - 1 in quoted)]
    participle = _participle_arguments(sa, local, d.start, lex)
    local = [m for m in local if m not in participle]
    before = [m for m in local if m.end <= d.start]
    used: set[int] = set()

    # Destination of a visit: the place right before the verb (दमिश्क़ पहुँचा), or after के लिए.
    if t == "VISIT":
        for m in reversed(before):
            gap = d.start - m.end
            # पाकिस्तान नहीं जाएंगे, कोस्टा रिका भी जाएंगे: a negation or a focus particle between the place and
            # the verb keeps it adjacent.
            adjacent_ok = m.case is None and all(sa.gkeys[j] in lex.negation or sa.gkeys[j] in _FOCUS_PARTICLES
                                                 for j in range(m.end, d.start))
            if m.place and (adjacent_ok or ("adjacent_destination" not in d.pattern.needs and gap <= 1
                                            and m.case in (None, "MEIN"))):
                d.destination = Arg(sa, m)
                used.add(id(m))
            elif d.pattern.kind == "verb" and m.actor_type == "country" and m.case == "GEN" \
                    and open_word(sa, d.start - 1, lex) and (d.start - m.case_end == 1 or (
                        d.start - m.case_end <= 5 and sa.ckeys[d.start - 2] in lex.place_nouns
                        and all(open_word(sa, j, lex) for j in range(m.case_end, d.start - 1)))):
                # कनाडा के कैलगरी पहुंचे, उत्तर कोरिया के पूर्वी तटीय शहर वोनसान पहुंचे: a city the KB does not
                # know, of a country it does; the visit is to it
                d.destination = Arg(sa, m)
                used.add(id(m))
            break

    owner = _gen_owner(sa, d.start, lex, d.destination.m if d.destination else None) \
        if d.pattern.kind in ("noun", "phrase") and sa.ckeys[d.start] not in lex.breach_nouns else None
    if owner is None and d.pattern.kind == "phrase" and d.end - d.start >= 3 and sa.gkeys[d.start + 1] in GENITIVES:
        # अमेरिकी प्रस्ताव का स्वागत: the demonym owns the thing welcomed, as अमेरिका के प्रस्ताव का would.
        owner = next((m for m in before if m.end == d.start and m.demonym), None)
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
                    add_arg(d.targets, a)
            owner_pronoun = []
    has_explicit_target = any(m.case in ("TOWARD", "AGAINST") or (
        m.case == "GEN" and (_governed_case(sa, m, lex, d.start) or ("", 0))[0] in ("TOWARD", "AGAINST"))
        for m in before)
    if owner is None and info.gen_owner == "target" and d.pattern.kind in ("noun", "phrase") and any(
            sa.gkeys[j] in lex.demonstrative_genitives for j in range(max(clause.start, d.start - 3), d.start)):
        # … आरोप लगाया, जबकि चीन ने इसका खंडन किया: "of this" is the clause (or sentence) before.
        for a in (_clause_subject(sa, clause.parent) if clause.parent is not None else state.last_subject):
            add_arg(d.targets, a)
    if owner is None and clause.kind == REL_GENITIVE and info.gen_owner == "target" and clause.parent is not None \
            and d.pattern.kind in ("noun", "phrase"):
        # … परीक्षण किया, जिसकी जापान ने निंदा की: जिसकी stands for the clause before; its actor is the target.
        for a in _clause_subject(sa, clause.parent):
            add_arg(d.targets, a)
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
        if role == "target" and owner.kind == "unknown" and owner.case_end < d.start - 1:
            role = "topic"  # राष्ट्रगान के 'अपमान' का आरोप: a thing nobody knows, through a noun, is what it is of
        elif role == "target" and sa.ckeys[d.start] in lex.accusation_nouns and any(
                m.case == "PAR" and m.end <= owner.start and not m.place and m.kind in ("named", "nominal")
                for m in before):
            role = "topic"  # केंद्र पर बंगाल की अनदेखी का आरोप: the पर phrase is the accused; the genitive, what of
        elif role == "target" and has_explicit_target:
            role = "actor"
        if role == "destination" and d.destination is None:
            d.destination = Arg(sa, owner)
        elif role == "counterpart":
            add_arg(d.counterparts, Arg(sa, owner))
        elif role == "target":
            for m in (*owner_conjuncts, owner):
                add_arg(d.targets, Arg(sa, m))
        used.add(id(owner))
        used.update(id(m) for m in owner_conjuncts)
        owner_role = role
    else:
        owner_role = None

    subjects: list[Arg] = []
    first_ergative = next((m.start for m in before if m.case == "ERG"), None)
    # भारत ने अमेरिका द्वारा टैरिफ़ लगाए जाने के फ़ैसले को अनुचित क़रार दिया: a passive trigger's actor is its
    # द्वारा phrase; the ने subject is the main verb's.
    passive = any(m.case == "AGENT" for m in before) and passive_after(sa, d.end, lex)
    for m in before:
        if m.case == "ERG" and passive and id(m) not in used:
            used.add(id(m))
            continue
        if m.case == "AGENT" and not passive and id(m) not in used and any(
                o.case == "ERG" and o.start > m.start for o in before):
            # अमेरिका द्वारा … बमबारी किए जाने के कुछ घंटों बाद मोदी ने … बात की: the द्वारा phrase is the
            # passive phrase's own, before the clause's subject
            used.add(id(m))
            continue
        if m.case == "AGENT" and first_ergative is not None and m.start > first_ergative and id(m) not in used \
                and not passive:
            # क़ासिम ने अमेरिका की ओर से … की मांग को खारिज किया: whose demand it was, not a second actor
            if info.gen_owner == "target" and m.kind in ("named", "nominal"):
                add_arg(d.targets, Arg(sa, m))
            used.add(id(m))
            continue
        if m.case == "ERG" and any(o.case == "ERG" and o.case_end > m.case_end for o in before):
            # अमेरिका ने जताई आपत्ति, चीन ने … दी चेतावनी: a headline's clauses without a boundary; one clause
            # has one ने, and the nearer one is this event's (X और Y ने share theirs).
            continue
        if m.case in ("ERG", "AGENT") and id(m) not in used:
            subjects.extend(_resolve(sa, m, state, lex) if m.kind in ("pronoun", "relative") else [Arg(sa, m)])
            d.inherited = d.inherited or m.kind in ("pronoun", "relative")
            used.add(id(m))
    if not subjects and (owner_of_intent := _intending_genitive(sa, d, before, used, lex)) is not None:
        subjects.append(Arg(sa, owner_of_intent))  # पुतिन का ज़ेलेंस्की से मिलने का कोई इरादा नहीं
        used.add(id(owner_of_intent))
    if not subjects:
        for m in before:
            if m.case is None and id(m) not in used and m.kind in ("named", "nominal", "pronoun", "relative"):
                if m.start > 0 and sa.gkeys[m.start - 1] == "(" and m.end < len(sa.gkeys) and sa.gkeys[m.end] == ")":
                    used.add(id(m))  # बीजिंग, 4 सितंबर (यूएनआई) उत्तर कोरिया के …: a dateline's agency, no subject
                    continue
                if m.kind in ("pronoun", "relative"):
                    subjects.extend(_resolve(sa, m, state, lex))
                    d.inherited = True
                elif m.place and m.actor_type != "country" and (t in MEETING_TYPES or t == "AGREE") and any(
                        p.kind != "verb" for p in lex.triggers.longest(sa.ckeys, m.end)[1]):
                    # पेरिस समझौता, दोहा वार्ता: a city right before an event noun names it or places it.
                    if t in MEETING_TYPES and d.location is None and m.end == d.start:
                        d.location = Arg(sa, m)
                    used.add(id(m))
                    continue
                elif m.kind == "named" and _names_a_setting(sa, m, d.start, lex) \
                        and any(o.case == "BETWEEN" for o in before):
                    # जी-7 शिखर सम्मेलन से इतर … के बीच मुलाक़ात: the summit's name, the parties are named
                    used.add(id(m))
                    continue
                elif m.place and m.end < d.start and not any(o.start == m.end for o in sa.mentions) \
                        and m.end not in sa.time_tokens and open_word(sa, m.end, lex) \
                        and sa.gkeys[m.end] not in lex.demonstratives \
                        and (m.actor_type != "country" or lex.compound_heads.longest(sa.ckeys, m.end)[1]):
                    # गंगा जल बंटवारे पर बातचीत, यूक्रेन युद्ध खत्म करने पर चर्चा: a place modifying the noun after it
                    used.add(id(m))
                    continue
                elif not (t == "VISIT" and m.place):
                    subjects.append(Arg(sa, m))
                used.add(id(m))
                if subjects:
                    # Only the first nominative phrase and those coordinated with it.
                    rest = [o for o in before if o.start >= m.start and o is not m and o.case is None
                            and id(o) not in used]
                    last = m  # X, Y और Z: each conjunct joins the one before it
                    for o in rest:
                        joint = sa.gkeys[last.end:o.start]  # nothing between is a modifier, not a conjunct
                        both = o.start == m.start  # दोनों देश: two parties in one phrase
                        hyphened = joint == ["-"] and m.kind == o.kind == "named"  # मोदी-पुतिन मुलाक़ात
                        if both or hyphened or (joint and all(g in lex.coordinators for g in joint)
                                                and o.kind != "proform"):
                            subjects.append(Arg(sa, o))
                            used.add(id(o))
                            last = o if o.end > last.end else last
                    break
    if not subjects and owner_pronoun:
        subjects = owner_pronoun
        d.inherited = True
    if d.inherited and len(subjects) > 1:
        # उन्होंने ट्रंप से आग्रह किया after "दोनों नेताओं" (Zelensky, Trump): not the one named in the clause
        named_here = {m.identity for m in local if m.case not in (None, "ERG") and m.identity}
        subjects = [a for a in subjects if a.identity not in named_here] or subjects
    if len(subjects) == 1 and (subjects[0].m.kb_id or "local:").startswith("local:"):
        # दोनों देशों के डीजीएमओ ने …: officials nobody knows, of the two countries "both" stands for.
        pair = [m for m in before if m.case == "GEN" and m.case_end == subjects[0].m.start
                and sa.gkeys[m.start] in lex.both_words]
        if len(pair) == 2:
            subjects = [Arg(sa, m) for m in pair]
            used.update(id(m) for m in pair)
    if not subjects and clause.kind == REL_SUBJECT:
        rel = Mention(clause.start, clause.start + 1, "relative", clause=clause_index)
        subjects = _resolve(sa, rel, state, lex)
        d.inherited = bool(subjects)
    if not subjects:
        subjects = _group_subject(sa, clause_index, state, lex)
    if owner_role == "actor" and owner is not None:
        if subjects and info.gen_owner == "actor" and owner.case_end < d.start - 1:
            # किसानों ने मंत्री के इस्तीफ़े की मांग की: with a subject of its own, a noun's farther
            # genitive names whom the event is about; unless a से phrase before it names whom it is asked
            # of (भारत से शेख हसीना के प्रत्यर्पण की मांग: India is the target, Hasina only the topic). A thing
            # (मामले की जांच की मांग) is neither.
            if owner.political and not any(m.case == "SE" and m.end <= owner.start
                                           and (actor_phrase(m) or m.kind == "pronoun") for m in before):
                for m in (*owner_conjuncts, owner):
                    add_arg(d.targets, Arg(sa, m))
        elif not any(a.m.country and a.m.country == owner.kb_id for a in subjects):
            # फिदान ने … तुर्की के समर्थन को दोहराया: the subject's own country adds no second actor
            subjects.extend(Arg(sa, m) for m in (*owner_conjuncts, owner))
    if not subjects and (inverted := inverted_subject(sa, d.end, lex, verbal=d.pattern.kind == "verb")) \
            is not None and id(inverted) not in used and not (t == "VISIT" and inverted.place):
        subjects = [Arg(sa, inverted)]  # मोदी से मिले ट्रंप, …: the verb first, its subject right after it
        used.add(id(inverted))
    if not subjects and d.pattern.kind in ("noun", "phrase"):
        # बैठक की मेज़बानी अनवर इब्राहिम ने की: the event's noun fronted, its subject right after it, then the
        # light verb
        fronted = [m for m in local if m.start >= d.end and m.case == "ERG" and m.kind in ("named", "nominal")
                   and id(m) not in used]
        # (पलटवार करते हुए X ने कहा, आरोप लगाते हुए X ने, आरोप लगाकर X ने …: past the converb, its subject)
        after, n = d.end, len(sa.gkeys)
        if after < n and converb_at(sa.gkeys, after):
            after += 1
        elif after + 1 < n and converb_at(sa.gkeys, after + 1):
            after += 2
        elif after < n and sa.gkeys[after].endswith("कर") and len(sa.gkeys[after]) > 2:
            after += 1
        slack = 2 if after > d.end else 0  # (… करते हुए केंद्रीय मंत्री X ने कहा: a modifier after the converb)
        if fronted and after <= fronted[0].start <= after + slack and fronted[0].case_end < n \
                and all(is_modifier(sa, j, lex) for j in range(after, fronted[0].start)) \
                and (after > d.end or sa.gkeys[fronted[0].case_end] in lex.verb_forms):
            subjects = [Arg(sa, m) for m in fronted if m.case_end == fronted[0].case_end]
            used.update(id(m) for m in fronted if m.case_end == fronted[0].case_end)
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
        add_arg(d.actors, a)
    if info.gen_owner == "target":
        # … द्वारा लगाए गए प्रतिबंधों की चीन ने आलोचना की: who imposed what is criticized is the target.
        for m in participle:
            if m.case == "AGENT":
                add_arg(d.targets, Arg(sa, m))

    between: list[Arg] = []
    recipients: list[Arg] = []  # को-phrases: targets only when nothing stronger names one
    aid_places: list[Arg] = []  # countries whose places aid goes to: its recipients when nothing else is
    for m in local:
        if m.kind == "pronoun" and m.case in ("KO", "PAR") and id(m) not in used:
            # उसे / उन्हें: the object it stands for receives the event (… की निंदा की और उसे चेतावनी दी).
            antecedent = _object_antecedent(sa, m)
            slot = _role_of(m.case, t, antecedent, m.start >= d.end) if antecedent is not None else None
            if antecedent is not None and slot == "recipients":
                recipients.append(Arg(sa, antecedent))
                d.inherited = True
            elif antecedent is not None and slot == "targets":  # उस पर आरोप लगाया
                add_arg(d.targets, Arg(sa, antecedent))
                d.inherited = True
            continue
        if m.kind == "pronoun" and m.case == "SE" and id(m) not in used:
            # उनसे आग्रह किया, उनसे मुलाकात की: the phrase told before, in this sentence or the last subject.
            antecedent = _object_antecedent(sa, m)
            subject_ids = {a.identity for a in d.actors}
            found = [Arg(sa, antecedent)] if antecedent is not None else [
                a for a in state.last_subject if a.identity not in subject_ids]
            slot = _role_of("SE", t, found[0].m, m.start >= d.end) if found else None
            if slot in ("counterparts", "targets"):
                for a in found:
                    add_arg(getattr(d, slot), a)
                d.inherited = True
            continue
        if id(m) in used or m.kind in ("pronoun", "relative"):
            continue
        case: str | None = m.case
        arg = Arg(sa, m)
        after_trigger = m.start >= d.end
        if m.kind == "proform":
            # यहां, वहां: the place told before (or the dateline's). Not for what is said: उन्होंने यहां
            # संवाददाताओं से कहा places the press conference, not the accusation made there.
            if state.last_place is not None and d.location is None and t not in SPEECH_TYPES:
                d.location = state.last_place
            continue
        if case == "GEN" and not after_trigger:
            governed = _governed_case(sa, m, lex, d.start)
            if governed is None:
                continue
            case = governed[0]
            if case == "FOR" and owner is not None and m.end <= owner.start and any(
                    lex.postpositions.longest(sa.gkeys, j)[1] for j in range(owner.case_end, d.start)):
                after, _ = lex.postpositions.longest(sa.gkeys, governed[1])
                if after == owner.start:
                    # सुरक्षा परिषद की सदस्यता के लिए भारत की दावेदारी का समर्थन: the bid's purpose, not the
                    # support's (सीरिया की संप्रभुता के लिए सऊदी अरब के समर्थन: the support's own)
                    continue
            if case in ("TOWARD", "AGAINST") and d.topic is None and governed[1] > m.case_end:
                d.topic = (m.case_end, governed[1])
            if case == "MEIN" and t == "AID" and m.actor_type == "country":
                aid_places.append(Arg(sa, m))  # नाइजीरिया के उत्तरी राज्यों में … के लिए कर्ज़: the country, if no other
            if case in ("MEIN", "HOST", "LEADER"):
                continue  # रूस के दौरे में: the place is the phrase's head, not the genitive
        if m.kind == "unknown" and case not in ("SE", "WITH", "BETWEEN"):
            continue  # untagged words before को / पर / के लिए are mostly things, not recipients
        if case == "KO" and t == "ACCUSE" and any(sa.gkeys[j] in lex.sending_converbs
                                                   for j in range(m.case_end, d.start)):
            continue  # चुनाव आयोग को पत्र लिखकर आरोप लगाया कि भाजपा …: whom the letter went to, not the accused
        if m.kind == "unknown" and sa.gkeys[m.end - 1].endswith("ने"):
            continue  # बादल फटने से आई तबाही: an oblique infinitive names a deed, no party
        if case == "BETWEEN" and m.place and m.actor_type is None and t not in MEETING_TYPES:
            continue  # नागपट्टिनम और कांकेसंतुरै के बीच नौका सेवा: towns a service runs between, no parties
        if case == "BETWEEN" and (m.political is False or m.kind != "nominal") and not any(
                o is not m and o.case == m.case and o.case_end == m.case_end for o in local):
            continue  # तनाव के बीच, गृहयुद्ध के बीच: amid a thing, not between parties (X और कंपनी के बीच is)
        if case == "PAR" and t != "ACCUSE" and not after_trigger and _owned_by_other_noun(sa, m, d.start, lex):
            continue  # यूक्रेन पर रूसी हमले की बरसी पर … प्रतिबंध: the attack's object, not the sanction's
        if case == "PAR" and sa.ckeys[d.start] in lex.genitive_object_triggers and not after_trigger and any(
                lex.postpositions.longest(sa.gkeys, j)[1][:1] == ["GEN"] for j in range(m.case_end, d.start)):
            continue  # जहाज़ पर हमले की निंदा: a condemnation's object is its genitive; the पर phrase is the attack's
        if case == "SE" and (sa.ckeys[m.end - 1] in lex.manner_heads
                             or any(lex.manner_nouns.longest(sa.ckeys, j)[0] == m.end for j in range(m.start, m.end))):
            continue  # विस्तार से चर्चा की: a manner, not a counterpart
        if m.case == "SE" and m.case_end < len(sa.gkeys) and sa.gkeys[m.case_end] in lex.linking_participles:
            continue  # … से जुड़ी ईरानी कंपनियों पर: the phrase modifies the noun after it
        if m.case == "SE" and m.case_end + 1 < d.start and open_word(sa, m.case_end, lex) \
                and not lex.triggers.longest(sa.ckeys, m.case_end)[1] \
                and (cases := lex.postpositions.longest(sa.gkeys, m.case_end + 1)[1]) and cases[0] in _SETTING_CASES:
            continue  # इजराइल से तनाव के बीच … मुलाक़ात: the tension's other side, no counterpart
        if m.demonym and case == "MEIN":
            continue  # इस्राइली हमलों में: the demonym is its noun's, not a place
        if case == "MEIN" and m.case_end < d.start and sa.gkeys[m.case_end] in PERFECTIVE_PARTICIPLES and not any(
                lex.triggers.longest(sa.ckeys, j)[1] for j in range(m.case_end + 1, min(d.start, m.case_end + 3))):
            # पहलगाम में हुए हमले पर …: the place is the participle's, not the event's (ब्रसेल्स में हुई आपात बैठक
            # के बाद … मंज़ूरी दी: the meeting where it was decided, so the event's)
            continue
        if case == "BETWEEN" and m.case_end < d.start and sa.gkeys[m.case_end] in PERFECTIVE_PARTICIPLES and any(
                (cases := lex.postpositions.longest(sa.gkeys, j)[1]) and cases[0] in ("AFTER", "BEFORE", "DURING")
                for j in range(m.case_end + 1, d.start)):
            continue  # दोनों नेताओं के बीच हुई वार्ता के बाद भारत ने … घोषणा की: the parties of the talks before it
        if case in ("WITH", "SE") and t not in MEETING_TYPES and m.case_end < d.start \
                and _meeting_in_a_setting(sa, m.case_end, lex):
            continue  # जयशंकर के साथ बैठक के बाद दोनों देशों ने … सहमति: the counterpart of the meeting before it
        if case == "MEIN" and not after_trigger and _modifies_next_noun(sa, m, d.start, lex):
            continue  # बांग्लादेश में अल्पसंख्यकों की सुरक्षा पर चर्चा: the minorities' place, not the talks'
        slot = _role_of(case, t, m, after_trigger)
        if slot == "targets" and case in ("TOWARD", "AGAINST") and t == "REQUEST" and not after_trigger \
                and _object_of_infinitive(sa, m, d.start, lex):
            slot = None  # प्रदर्शनकारियों के ख़िलाफ़ बल प्रयोग न करने का आग्रह: the infinitive's, not whom it asks
        if slot in ("destination", "host") and "adjacent_destination" in d.pattern.needs:
            # २८ मार्च को आए भूकंप से प्रभावित म्यांमार के लिए: आए goes only to the place right before it; क़तर की
            # मध्यस्थता में … सहमति बन गई: nor does a host make गई a visit
            slot = None
        if t == "SUPPORT" and case == "WITH" and (m.case_end == d.start + 1 or (
                not after_trigger and all(is_modifier(sa, j, lex) and not sa.gkeys[j].endswith("कर")
                                          for j in range(m.case_end, d.start)))):
            # यूक्रेन के साथ खड़ा है (the trigger opens at the postposition's साथ), भारत के साथ पूरी एकजुटता
            # जताई; not भारत के साथ मिलकर … समर्थन (a partner).
            slot = "targets"
        if case == "MEIN" and t == "AGREE" and not after_trigger and actor_phrase(m) and not m.place and any(
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
            add_arg(getattr(d, slot), arg)
        elif slot == "between":
            between.append(arg)
        elif slot == "recipients":
            recipients.append(arg)
        elif slot in ("location", "destination", "host") and getattr(d, slot) is None:
            setattr(d, slot, venue_city(sa, arg, lex, state))

    if t == "SANCTION" and len(d.targets) > 1:
        # व्हाइट हाउस के रोज़ गार्डन से … देशों पर टैरिफ़: beside whom it hits, a से place nobody knows is where it
        # was announced from
        d.targets = [a for a in d.targets if not (a.m.case == "SE" and a.sa is sa and (
            a.m.kind == "unknown" or (a.m.place and a.m.actor_type is None)))] or d.targets
    if len(recipients) > 1:
        # चीन ने ताइवान को हथियार बेचने के लिए अमेरिका को चेतावनी दी: ताइवान को is the infinitive's object.
        recipients = [a for a in recipients if not _object_of_infinitive(sa, a.m, d.start, lex)] or recipients
    # इज़राइल को लेबनान पर हमले जारी रखने पर … धमकी, ब्राज़ीली उत्पादों पर टैरिफ लगाने के फैसले की आलोचना,
    # अमेरिका से संगठन से बाहर निकलने के फैसले पर पुनर्विचार की अपील: these belong to the infinitive.
    inner = [a for a in d.targets if a.sa is sa and a.m.case in ("PAR", "SE") and a.m.end <= d.start
             and _object_of_infinitive(sa, a.m, d.start, lex)]
    if inner and (recipients or len(inner) < len(d.targets)):
        d.targets = [a for a in d.targets if a not in inner]
    own_countries = affiliations_of(d.actors)
    if recipients and d.targets and all(a.m.actor_type == "country" and a.m.kb_id in own_countries
                                        for a in d.targets):
        d.targets = []  # लूला ने दक्षिण अफ़्रीका को ब्राज़ील के समर्थन का भरोसा दिलाया: the supporter's own country
    if not d.targets:
        for a in recipients or aid_places:
            add_arg(d.targets, a)
    if between:
        if not d.actors:
            for a in between:
                add_arg(d.actors, a)
        elif t in MEETING_TYPES:
            for a in between:
                add_arg(d.counterparts, a)
        else:
            for a in between:
                add_arg(d.targets if t != "AGREE" else d.actors, a)

    speaker = speaker_of(sa, clause) if not d.actors else None
    if speaker is not None:
        # ईरान ने कहा कि अमेरिका के साथ कोई बातचीत नहीं होगी: a complement with no party of its own
        # (no subject, no के बीच) speaks of the speaker.
        add_arg(d.actors, Arg(sa, speaker))
        d.inherited = True

    if info.gen_owner == "target" and not d.targets:
        # ईरान ने इन प्रतिबंधों को … खारिज कर दिया: an event told before, rejected; its actor is the target.
        ref = next((r for r in reversed(state.back_refs) if r.sentence == sa.index
                    and r.clause == sa.clause_of[d.start] and r.token < d.start), None)
        earlier = next((e for e in reversed(state.drafts) if ref is not None and e.type == ref.type), None)
        actor_ids = {a.identity for a in d.actors}
        doers: list[Arg] = list(earlier.actors) if earlier is not None else []
        if earlier is None and _deed_told_before(sa, d.start, lex, lex.deed_nouns):
            # पेरिस ने इस क़दम की कड़ी निंदा की: the deed is the story's last event, of another actor
            earlier = next((e for e in reversed(state.drafts) if e.story == d.story and e.sa.index < sa.index
                            and not {a.identity for a in e.actors} & actor_ids), None)
            doers = list(earlier.actors) if earlier is not None else []
        elif earlier is None and _deed_told_before(sa, d.start, lex, lex.attack_nouns):
            # सऊदी अरब ने इस हमले की निंदा की: whoever a sentence told made the attack (इज़राइल ने … हमले किए)
            doers = [a for a in state.last_doer if a.identity not in actor_ids and a.sa.index >= state.since(3)]
            if not doers:
                # … ने इस हमले के लिए इस्लामिक स्टेट को ज़िम्मेदार ठहराया। गुटेरेस ने इस हमले की निंदा की: the one blamed
                blamed = next((e for e in reversed(state.drafts) if e.type == "ACCUSE" and e.story == d.story
                               and e.sa.index >= state.since(3) and e.targets
                               and any(k in lex.attack_nouns for k in e.sa.ckeys)), None)
                doers = [a for a in blamed.targets if a.identity not in actor_ids] if blamed is not None else []
        elif earlier is None and t == "REJECT" and any(
                sa.ckeys[j] in lex.accusation_nouns for j in range(max(clause.start, d.start - 3), d.start)):
            # … की कड़ी निंदा की। लिन जियान ने आरोपों को ख़ारिज करते हुए …: the story's last accuser
            doers = _last_accusers(d, state, 2)
        for a in doers:
            add_arg(d.targets, a)
    if not d.targets and t in SPEECH_TYPES | {"SANCTION"} and d.actors and all(a.sa is sa for a in d.actors) and any(
            a.m.case_end < len(sa.gkeys) and sa.gkeys[a.m.case_end] == "भी" for a in d.actors):
        # संयुक्त अरब अमीरात और क़तर ने भी … हमले की निंदा की: the story's last such event named whom
        actor_ids = {a.identity for a in d.actors}
        earlier = next((e for e in reversed(state.drafts) if e.type == t and e.story == d.story
                        and e.sa.index < sa.index and e.targets), None)
        for a in earlier.targets if earlier is not None else ():
            if a.identity not in actor_ids:
                add_arg(d.targets, a)
    # A complement after the trigger (रूस की नसीहत, … से बचे इस्राईल): its subject is the addressee; of an
    # accusation, the accused (आरोप लगाया कि भाजपा … दुरुपयोग कर रही है). A city there may be a capital
    # standing for its government (चेतावनी दी कि जब तक मॉस्को …).
    if t in ("REQUEST", "THREATEN", "ACCUSE") and not d.targets:
        own_states = states_of(d.actors)
        actor_ids = {a.identity for a in d.actors}
        for m in sa.mentions:
            if Arg(sa, m).identity in actor_ids:
                continue  # (पलटवार करते हुए फडणवीस ने कहा कि …: the actor named after the trigger)
            words = sa.gkeys[d.end:m.start]
            if m.start >= d.end and m.case == "ERG" and "," in words and "कि" not in words \
                    and not any(lex.relative_kind(g) for g in words):
                # … की आलोचना की, ट्रंप ने दी … धमकी: a headline's next clause, with its own subject (not
                # … आपत्ति जताई, जिसे भारत ने अस्वीकार किया: the one who answers it)
                break
            # (चेतावनी दी कि स्पेन को इसकी क़ीमत चुकानी पड़ेगी: a dative subject too)
            dative = m.case == "KO" and m.kind == "named" and t in ("THREATEN", "REQUEST") and "कि" in words
            if m.start >= d.end and (m.case in (None, "ERG") or dative) and (actor_phrase(m) or (
                    m.kind == "named" and m.actor_type == "city" and m.sector is None)):
                state_of = m.kb_id if m.actor_type == "country" else m.country if m.actor_type == "city" else None
                if not (state_of and state_of in own_states):
                    # (चेतावनी दी कि मॉस्को कड़ा जवाब देगा, of a Russian speaker: her own state, no addressee; a
                    # party of her own country is one)
                    add_arg(d.targets, Arg(sa, m))
                    for o in sa.mentions:  # (… कि ये देश / दोनों देश …: each country the phrase stands for)
                        if o is not m and o.start == m.start and o.end == m.end:
                            add_arg(d.targets, Arg(sa, o))
                break
    if t == "ACCUSE" and not d.targets and sa.ckeys[d.start] in lex.retort_words \
            and not (d.start > 1 and sa.gkeys[d.start - 1] == "पर" and sa.gkeys[d.start - 2] not in lex.demonstratives):
        # … ने पलटवार करते हुए कहा … with no one named, or इस पर पलटवार: the retort answers the story's last
        # accuser (not प्रतिबंधों पर पलटवार: a retort at a deed)
        for a in _last_accusers(d, state, 3):
            add_arg(d.targets, a)
    if clause.kind == REL_OBJECT and not d.targets and t in KO_TARGETS and clause.parent is not None:
        # … आरोप लगाया, जिसे लेबनान ने नकार दिया: जिसे stands for the clause before; its actor is the target.
        for a in _clause_subject(sa, clause.parent):
            add_arg(d.targets, a)
    if clause.kind == REL_PLACE and d.location is None and state.last_place is not None:
        d.location = state.last_place
    if t == "VISIT" and d.destination is None and d.location is not None and d.location.m.start >= d.end \
            and d.location.sa is sa:
        d.destination, d.location = d.location, None  # तीन दिन की यात्रा पर पाकिस्तान में हैं
    if t == "COOPERATE" and not d.targets and d.location is not None and d.location.m.actor_type == "country":
        d.targets.append(d.location)  # सऊदी अरब ने सीरिया में दूतावास खोला: Syria
    if t == "SANCTION" and not d.targets and d.actors and any(
            lex.treaty_words.longest(sa.ckeys, j)[1] for j in range(clause.start, d.end)):
        # … भारत ने संधि को स्थगित रखने का फ़ैसला किया था: a treaty suspended with nobody named is suspended
        # towards the party the actor last dealt with in the story
        for a in _last_counterparts(d, state):
            add_arg(d.targets, a)
    if "handover" in d.pattern.needs and not d.counterparts:
        # … ने राष्ट्रपति X को अपना परिचय पत्र सौंपा: whom it is handed to is met
        for m in before:
            if m.case == "KO" and actor_phrase(m):
                add_arg(d.counterparts, Arg(sa, m))
    if t in MEETING_TYPES:
        for a in d.counterparts:
            add_arg(d.targets, a)
    elif t == "VISIT" and not d.targets:
        recipient = d.host or d.destination
        if recipient is not None:
            d.targets.append(recipient)
            if recipient is d.destination and recipient.m.actor_type == "country":
                # मोदी त्रिनिदाद एवं टोबैगो, अर्जेंटीना, ब्राज़ील और नामीबिया जाएंगे: a tour's countries before the last
                d.targets[:0] = [Arg(sa, m) for m in reversed(_coordinated_before(sa, recipient.m, lex))]
    actor_ids = {a.identity for a in d.actors}
    d.counterparts = [a for a in d.counterparts if a.identity not in actor_ids]
    d.targets = [a for a in d.targets if a.identity not in actor_ids or t == "VISIT"]
    # आर्थिक संकट के समय … भारत का आभार: a thing beside the parties is none (alone, it makes the event invalid).
    for role in ("targets", "counterparts"):
        parties = [a for a in getattr(d, role) if a.m.political is not False]
        if parties:
            setattr(d, role, parties)


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
        # (… जयशंकर को पत्र लिखकर श्रीलंकाई नौसेना द्वारा … गिरफ़्तार किए गए मछुआरों: the phrase opens at its agent)
        floor = min((m.start for m in local if m.case == "AGENT" and floor <= m.start < p), default=floor)
        inside = [m for m in local if m.start >= floor and m.end <= p and m.case not in (None, "ERG", "GEN")]
        has_subject = any(m.case == "ERG" for m in local if m not in inside)
        return inside if has_subject else []
    return []


def _quoted(sa: SentenceAnalysis) -> set[int]:
    """The positions inside pairs of quote marks; none when the marks do not pair up."""
    marks = [j for j, g in enumerate(sa.gkeys) if g in QUOTES]
    if len(marks) % 2:
        return set()
    return {j for a, b in zip(marks[::2], marks[1::2], strict=True) for j in range(a + 1, b)}


def _outside_quotes(sa: SentenceAnalysis, positions: list[int]) -> list[int]:
    """The positions that are not quote marks or inside a pair of them."""
    out, inside = [], False
    for j in positions:
        if sa.gkeys[j] in QUOTES:
            inside = not inside
        elif not inside:
            out.append(j)
    return out


def _owned_by_other_noun(sa: SentenceAnalysis, m: Mention, limit: int, lex: Lexicon) -> bool:
    """X पर N की … M पर …: the पर phrase is the object of a noun N whose genitive phrase is itself another
    case's argument (यूक्रेन पर रूसी हमले की बरसी के मौके पर … प्रतिबंध), not the trigger's. Through genitives
    and infinitives alone it reaches the trigger (भाजपा पर किसानों की अनदेखी करने का आरोप: BJP is accused)."""
    seen_genitive = False
    k = m.case_end
    while k < limit:
        end, cases = lex.postpositions.longest(sa.gkeys, k)
        if not cases:
            k += 1
            continue
        if cases[0] in ("BETWEEN", "DURING", "AFTER", "BEFORE") and k > m.case_end:
            return True  # यूक्रेन पर हो रहे हमलों के बीच … प्रतिबंध: the attacks' object, amid which it happens
        if cases[0] == "SE" and end < limit and sa.gkeys[end] in lex.linking_participles:
            k = end + 1  # ईरान पर हथियारों की खरीद से जुड़े प्रतिबंध: a modifier of the trigger noun, no other case
            continue
        if cases[0] != "GEN":
            # … के नाम पर वोट की राजनीति करने का आरोप: through an infinitive it is still the content
            return seen_genitive and not any(sa.gkeys[j].endswith("ने") for j in range(end, limit))
        seen_genitive = True
        k = end
    return False


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


def _deed_told_before(sa: SentenceAnalysis, start: int, lex: Lexicon, nouns: frozenset[str]) -> bool:
    """इस क़दम की (कड़ी) निंदा, इस फ़ैसले को ख़ारिज: a demonstrative and a deed noun whose case marker is the
    trigger's, maybe with one adjective of the trigger between, and up to two quoted adjectives after the
    demonstrative (इस 'जघन्य' हमले की); or a trigger that begins with the deed noun (इस [फ़ैसले का स्वागत])."""
    def demonstrative_before(noun: int) -> bool:
        j = noun - 1
        while j >= 0 and noun - j <= 4 and (sa.gkeys[j] in QUOTES or (
                is_modifier(sa, j, lex) and sa.gkeys[j] not in lex.demonstratives and sa.gkeys[j] not in GENITIVES)):
            j -= 1
        return j >= 0 and sa.gkeys[j] in lex.demonstratives and (noun - j == 1 or any(
            sa.gkeys[k] in QUOTES for k in range(j + 1, noun)))

    if start >= 1 and sa.ckeys[start] in nouns and demonstrative_before(start):
        return True
    for marker in (start - 1, start - 2):
        if marker >= 2 and sa.gkeys[marker] in GENITIVES | {"को"} and sa.ckeys[marker - 1] in nouns \
                and demonstrative_before(marker - 1):
            return True
    return False


def venue_city(sa: SentenceAnalysis, arg: Arg, lex: Lexicon, state: PartState) -> Arg:
    """नई दिल्ली के हैदराबाद हाउस में: the city a venue belongs to is the event's place; with none named, the
    city the story last placed itself in (… मैड्रिड पहुंचे। … मोनक्लोआ पैलेस में … मुलाकात की)."""
    m = arg.m
    if (m.kb_id is None or m.kb_id.startswith("local:")) and sa.gkeys[m.end - 1] in lex.venue_heads:
        # (the rest of the venue's name may stand between, untagged: कुवैत सिटी के [बयान] पैलेस में)
        owner = next((o for o in sa.mentions if o.case == "GEN" and o.place and o.kb_id is not None
                      and o.case_end <= m.start and m.start - o.case_end <= 2), None)
        if owner is not None:
            return Arg(sa, owner)
        last = state.last_place
        if last is not None and last.m.actor_type == "city" and story_of(last.sa) == story_of(sa):
            return last
    return arg


def _intending_genitive(sa: SentenceAnalysis, d: Draft, before: list[Mention], used: set[int],
                        lex: Lexicon) -> Mention | None:
    """X का (Y से) मिलने का इरादा / फ़ैसला: the genitive before a trigger verb's infinitive that an intention
    noun follows is whose intention it is, so the event's actor."""
    n = len(sa.gkeys)
    if d.pattern.kind != "verb" or not sa.gkeys[d.end - 1].endswith("ने") or d.end >= n \
            or sa.gkeys[d.end] not in GENITIVES:
        return None
    if not any(sa.ckeys[j] in lex.intending_nouns for j in range(d.end + 1, min(n, d.end + 3))):
        return None
    return next((m for m in reversed(before) if m.case == "GEN" and id(m) not in used
                 and m.kind in ("named", "nominal") and not m.place), None)


def _names_a_setting(sa: SentenceAnalysis, m: Mention, limit: int, lex: Lexicon) -> bool:
    """A name right before another event noun with a case marker of its own, before the trigger (जी-7 शिखर
    सम्मेलन से इतर …): it names that event, the setting of this one."""
    end, patterns = lex.triggers.longest(sa.ckeys, m.end)
    if not patterns or end >= limit or not any(p.kind == "noun" for p in patterns):
        return False
    return bool(lex.postpositions.longest(sa.gkeys, end)[1])


def _modifies_next_noun(sa: SentenceAnalysis, m: Mention, limit: int, lex: Lexicon) -> bool:
    """X में N की/के/का …: the place phrase describes the noun N after it (one or two untagged words that
    are no trigger), which a genitive ties into a longer phrase."""
    starts = {o.start for o in sa.mentions}
    for k in (1, 2):
        j = m.case_end + k
        words = range(m.case_end, j)
        if j >= limit or any(w in starts or not is_modifier(sa, w, lex) for w in words):
            return False
        end, cases = lex.postpositions.longest(sa.gkeys, j)
        if cases:
            # (… पैलेस में प्रतिनिधिमंडल स्तर की वार्ता: the noun phrase is the trigger's own, the place is its)
            return cases[0] == "GEN" and end == j + 1 and end < limit
    return False


def _last_counterparts(d: Draft, state: PartState) -> list[Arg]:
    """The other side of the story's last event (in its last three sentences) that the draft's actors, or their
    states, took part in."""
    own = states_of(d.actors) | {a.identity for a in d.actors}
    for e in reversed(state.drafts):
        if e.story != d.story or e.sa.index < state.since(3):
            continue
        if states_of(e.actors) & own or {a.identity for a in e.actors} & own:
            others = [a for a in e.targets if a.identity not in own and not (states_of([a]) & own)]
        elif states_of(e.targets) & own or {a.identity for a in e.targets} & own:
            others = [a for a in e.actors if a.identity not in own and not (states_of([a]) & own)]
        else:
            continue
        if others:
            return others
    return []


_FOCUS_PARTICLES = frozenset({"भी", "ही"})


def _meeting_in_a_setting(sa: SentenceAnalysis, i: int, lex: Lexicon) -> bool:
    """Whether a meeting noun at ``i`` is a time setting: बैठक के बाद, वार्ता से पहले, मुलाक़ात के दौरान."""
    end, patterns = lex.triggers.longest(sa.ckeys, i)
    cases = lex.postpositions.longest(sa.gkeys, end)[1] if patterns else []
    return bool(cases) and cases[0] in ("AFTER", "BEFORE", "DURING") and any(
        p.kind == "noun" and p.type in MEETING_TYPES for p in patterns)


def _role_of(case: str | None, t: str, m: Mention, after_trigger: bool) -> str | None:
    """The role a phrase with case marker ``case`` plays for an event of type ``t``."""
    actor_like = not m.place or m.actor_type == "country"  # a country is both a place and an actor
    if t == "AID" and m.actor_type == "region":
        actor_like = True  # केंद्र ने बाढ़ प्रभावित पंजाब के लिए राहत जारी की: a state is given aid, as a country is
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
        # (कोलंबो को … खेप भेजी: a city sent aid is its recipient; a capital then stands for its country)
        return "recipients" if t in KO_TARGETS and (actor_like or (t == "AID" and m.actor_type == "city")) else None
    if case == "PAR":
        return "targets" if t in ("ACCUSE", "SANCTION", "THREATEN") and not after_trigger else None
    if case == "AGAINST" and t == "SUPPORT":
        return None  # किसी देश के ख़िलाफ़ कार्रवाई का समर्थन: whom the supported deed is against, not the supported
    if case in ("TOWARD", "AGAINST"):
        return "targets"
    if case == "FOR":
        if t == "VISIT" and m.place:
            return "destination"
        return "targets" if t in ("COOPERATE", "AID", "SUPPORT", "SANCTION") and actor_like else None
    if case in ("MEIN", "NEAR"):
        return "location" if m.place else None
    if case == "HOST":
        return "host" if t == "VISIT" else None
    if case == "LEADER":
        return "led_by"
    return None


def _last_accusers(d: Draft, state: PartState, sentences: int) -> list[Arg]:
    """The actors of the story's last accusation by others, in its last ``sentences`` sentences: whom a
    rejection of "the charges" or a retort answers."""
    actor_ids = {a.identity for a in d.actors}
    accusation = next((e for e in reversed(state.drafts) if e.type == "ACCUSE" and e.story == d.story
                       and e.sa.index >= state.since(sentences) and not {a.identity for a in e.actors} & actor_ids),
                      None)
    return list(accusation.actors) if accusation is not None else []


def _clause_subject(sa: SentenceAnalysis, index: int) -> list[Arg]:
    """The named or nominal subject of clause ``index``: its ने / द्वारा phrases, else its first political
    nominative phrase that is not a place."""
    ergative = [m for m in sa.mentions if m.clause == index and m.case in ("ERG", "AGENT")
                and m.kind in ("named", "nominal")]
    # ब्लिंकन ने … चीन की ओर से की जा रही आपूर्ति पर, अल्जीरिया द्वारा … निष्कासित किए जाने के जवाब में फ़्रांस ने:
    # beside a ने subject, an agent is a participle's, not the clause's
    if any(m.case == "ERG" for m in ergative):
        ergative = [m for m in ergative if m.case == "ERG"]
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


def threat_of_condition(d: Draft, lex: Lexicon, state: PartState) -> int | None:
    """X ने कहा कि अगर Y ने … तो Z मुंहतोड़ जवाब देगा: harm promised as the consequence of a condition, in
    someone's words, is the speaker's threat against the condition's subject (else against whom the words
    were said to). Fills the draft's actors and targets and returns the token where the threat is said (the
    word before कि); None, with nothing filled, where the trigger stands in no such consequence."""
    sa = d.sa
    consequence = sa.clauses[sa.clause_of[d.start]]
    if consequence.opener is None or consequence.parent is None:
        return None
    then = sa.gkeys[consequence.opener]
    condition_index = consequence.parent
    condition = sa.clauses[condition_index]
    if then not in lex.consequents or condition.opener is None or condition.parent is None \
            or sa.gkeys[condition.opener] not in lex.consequents[then]:
        return None
    complement = sa.clauses[condition.parent]
    if complement.kind != OPENER or complement.opener is None or sa.gkeys[complement.opener] != "कि" \
            or complement.parent is None:
        return None  # (सूत्रों के मुताबिक़, अगर … तो: a forecast, nobody's threat)
    speakers = _clause_subject(sa, complement.parent)
    if not speakers:
        pronoun = next((m for m in sa.mentions if m.clause == complement.parent and m.kind == "pronoun"
                        and m.case in ("ERG", None)), None)
        speakers = _resolve(sa, pronoun, state, lex) if pronoun is not None else []
    speakers = [a for a in speakers if actor_phrase(a.m) or a.m.kind == "named"]
    if not speakers:
        return None
    d.actors = speakers
    d.inherited = any(a.sa is not sa for a in speakers)
    own = {a.identity for a in speakers} | states_of(speakers)
    # the condition's subject; a capital there stands for its government (अगर वॉशिंगटन … अड़ा रहा)
    subject = next((m for m in sa.mentions if m.clause == condition_index and m.case in ("ERG", "AGENT", None)
                    and (actor_phrase(m) or (m.kind == "named" and m.actor_type == "city"))), None)
    if subject is None:  # (सरकार से कहा कि अगर मांगें नहीं मानी गईं तो …)
        subject = next((m for m in sa.mentions if m.clause == complement.parent and m.case in ("KO", "SE")
                        and actor_phrase(m)), None)
    if subject is not None and subject.identity not in own and subject.kb_id not in own:
        d.targets = [Arg(sa, subject)]
    elif subject is None:
        # (ममता ने केंद्र पर … आरोप लगाया। उन्होंने कहा कि अगर राशि जारी नहीं की गई तो …: whom she accused)
        speaker_ids = {a.identity for a in speakers}
        told = next((t for t in reversed(state.drafts) if t.story == d.story
                     and speaker_ids & {a.identity for a in t.actors}), None)
        d.targets = list(told.targets) if told is not None else []
    return complement.opener - 1 if complement.opener > 0 else complement.opener


def passive_after(sa: SentenceAnalysis, end: int, lex: Lexicon) -> bool:
    """The trigger verb goes on as a passive (लगाए जाने, लगाए गए): its agent is a द्वारा phrase."""
    def passive_word(k: int) -> bool:
        g = sa.gkeys[k] if k < len(sa.gkeys) else ""
        return g in lex.participle_auxiliaries or g in ("जाने", "जाना") or g.startswith("जाए")

    # a light verb's participle may come first (निष्कासित किए जाने, आयात पर रोक लगाए जाने)
    return passive_word(end) or (end < len(sa.gkeys) and sa.gkeys[end].endswith(("ए", "ये"))
                                 and passive_word(end + 1))


def _coordinated_before(sa: SentenceAnalysis, m: Mention, lex: Lexicon) -> list[Mention]:
    """The countries coordinated before ``m`` (X, Y और m), nearest first: only coordinators between them."""
    out: list[Mention] = []
    current = m
    for o in reversed([o for o in sa.mentions if o.end <= m.start]):
        between = sa.gkeys[o.end:current.start]
        if o.actor_type != "country" or o.case is not None or not between \
                or not all(g in lex.coordinators for g in between):
            break
        out.append(o)
        current = o
    return out
