"""Which time expression dates an event (../spec/events.md, "Dates").

1. A time expression in the event's own clause (nearest before the trigger, else nearest after it); a
   clause joined by और to the one before shares that clause's time (… ने बात की थी और … घोषणा की थी).
2. Else an explicit back-reference in the clause (उस यात्रा के दौरान) takes the date of the event it names:
   the latest earlier event of that type in the same story that has a date.
3. Else None: the publication date stays on the Document, never copied into an event.

Teasers are separate stories printed on the page: their relative expressions (आज, कल) were anchored on
the page's publication date, not the story's, so they never date a teaser event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from hindinews.events.analysis import GENITIVES, PERFECTIVE_PARTICIPLES, SentenceAnalysis, converb_at
from hindinews.schema import TimeExpression


@dataclass(frozen=True, slots=True)
class BackReference:
    """An event noun after a demonstrative (उस यात्रा): a pointer to an event already told."""

    type: str
    sentence: int
    token: int
    clause: int
    dating: bool  # followed by के दौरान / में ...: it dates the clause it stands in


def usable_times(sa: SentenceAnalysis, times: Sequence[TimeExpression]) -> list[TimeExpression]:
    s_start, s_end = sa.tokens[0].start, sa.tokens[-1].end
    out = []
    for t in times:
        if t.kind != "date" or t.value is None or not (s_start <= t.start < s_end):
            continue
        if sa.part_kind == "teaser" and t.anchored:
            continue
        out.append(t)
    return out


def _clause_of_char(sa: SentenceAnalysis, pos: int) -> int | None:
    for i, tok in enumerate(sa.tokens):
        if tok.start <= pos < tok.end or pos < tok.start:
            return sa.clause_of[i]
    return None


# After a date and a genitive, a part of it: the phrase still dates the clause (इस साल के अंत में, मंगलवार की रात).
_TIME_PARTS = frozenset({"सुबह", "शाम", "दोपहर", "रात", "रात्रि", "तड़के", "देर", "अंत", "आखिर", "शुरुआत", "शुरू",
                         "मध्य", "आरंभ", "पहले", "दूसरे", "तीसरे", "चौथे", "अंतिम", "उत्तरार्ध", "पूर्वार्ध",
                         "दौरान", "बाद"})


def _modifies_a_noun(sa: SentenceAnalysis, t: TimeExpression) -> bool:
    """1971 के मुक्ति संग्राम, 2019 के चुनाव, 2020 में हुई झड़प: a date with a genitive, or with में and a
    participle, after it dates that noun, not the clause (मंगलवार की रात still dates it)."""
    after = next((i for i, tok in enumerate(sa.tokens) if tok.start >= t.end), None)
    if after is None or after + 1 >= len(sa.gkeys):
        return False
    if sa.gkeys[after] == "में" and sa.gkeys[after + 1] in PERFECTIVE_PARTICIPLES:
        return True
    return sa.gkeys[after] in GENITIVES and sa.gkeys[after + 1] not in _TIME_PARTS


# What closes the noun phrase after "X को हुई …": a case marker, or a genitive with a relational noun (के बाद,
# के मद्देनज़र); other genitives stay inside it (गुरुवार को हुई सुरक्षा परिषद की बैठक में).
_RELATIONAL = frozenset({"बाद", "दौरान", "मद्देनजर", "चलते", "कारण", "खिलाफ", "बावजूद", "लिए", "जवाब", "विरोध",
                         "बीच", "इतर", "मौके", "बारे", "संबंध", "सिलसिले"})
# The closers that make that phrase the event's setting (or its occasion: के बाद), so its date the event's.
_SETTING_AFTER = frozenset({"में", "बाद", "दौरान", "इतर", "मौके"})


def _date_of_a_deed_before(sa: SentenceAnalysis, t: TimeExpression, trigger_start: int) -> bool:
    """22 अप्रैल को हुए पहलगाम हमले के मद्देनज़र … एकजुटता जताई: a date with को and a participle dates the noun
    after it, not the event, unless that noun is the trigger (मंगलवार को हुई बैठक) or the event's setting
    (सोमवार को हुई बैठक में … फ़ैसला किया, … वार्ता के बाद)."""
    after = _token_at(sa, t.end)
    if after + 1 >= trigger_start or sa.gkeys[after] != "को" \
            or sa.gkeys[after + 1] not in PERFECTIVE_PARTICIPLES:
        return False
    for j in range(after + 2, trigger_start):
        g = sa.gkeys[j]
        if g in GENITIVES and j + 1 < len(sa.gkeys) and sa.gkeys[j + 1] in _RELATIONAL:
            return sa.gkeys[j + 1] not in _SETTING_AFTER
        if g in ("में", "पर", "से", "को", ",", "।"):
            return g != "में" and not (g == "से" and j + 1 < len(sa.gkeys) and sa.gkeys[j + 1] == "इतर")
    return False  # the trigger is the participle's noun


_CLAUSE_ENDS = frozenset({"और", "तथा", "एवं", ",", "।", "है", "हैं", "था", "थे", "थी"})
_CASE_MARKERS = GENITIVES | {"को", "से", "में", "पर"}


def _date_of_an_agent_participle(sa: SentenceAnalysis, t: TimeExpression, trigger_start: int,
                                 auxiliaries: frozenset[str]) -> bool:
    """श्रीलंकाई नौसेना द्वारा मंगलवार रात गिरफ़्तार किए गए मछुआरों की रिहाई का आग्रह: a date right after a
    द्वारा agent, before the passive participle it belongs to (``auxiliaries``: the grammar's participle
    auxiliaries, गए …), dates that participle."""
    first, after = _token_at(sa, t.start), _token_at(sa, t.end)
    if after >= trigger_start or not any(sa.gkeys[j] == "द्वारा" for j in range(max(0, first - 2), first)):
        return False
    # The auxiliary must make a participle before a noun and its case marker (किए गए मछुआरों की), not end a
    # passive verb (घोषित कर दिया गया और …).
    return any(sa.gkeys[j] in auxiliaries and j + 2 < trigger_start
               and sa.gkeys[j + 1] not in _CLAUSE_ENDS
               and any(sa.gkeys[k] in _CASE_MARKERS for k in range(j + 2, min(j + 5, trigger_start)))
               for j in range(after, trigger_start))


_AFTER_INFINITIVE = frozenset({"के", "की", "का", "को", "पर", "से", "में", "और", "तथा", "एवं"})


def _infinitive(sa: SentenceAnalysis, j: int) -> bool:
    """An oblique infinitive (मिलने पर, पहुंचाने और): -ने with a case marker or a conjunction after it (not अपने)."""
    return sa.gkeys[j].endswith("ने") and j + 1 < len(sa.gkeys) and sa.gkeys[j + 1] in _AFTER_INFINITIVE \
        and sa.gkeys[j] not in ("अपने", "सामने", "उन्होंने", "इन्होंने")


def _deadline_of_content(sa: SentenceAnalysis, t: TimeExpression, trigger_start: int) -> bool:
    """2030 तक व्यापार को … पहुंचाने पर सहमति: a deadline (… तक) inside an infinitive, or a date right before one,
    is the content's, not the event's date. (22 फ़रवरी को फिर से मिलने पर सहमत is the meeting's date: the
    extractor makes that agreement a planned meeting and dates it from the infinitive.)"""
    after = next((i for i, tok in enumerate(sa.tokens) if tok.start >= t.end), None)
    if after is None or after >= trigger_start:
        return False
    infinitives = [j for j in range(after, trigger_start) if _infinitive(sa, j)]
    if sa.gkeys[after] == "तक":
        return bool(infinitives)
    # … को फिर से मिलने पर: the infinitive within three words, nothing told between (no ने, no subject)
    return bool(infinitives) and infinitives[0] - after <= 3 and not any(
        sa.gkeys[j] == "ने" for j in range(after, infinitives[0]))


def own_time(sa: SentenceAnalysis, trigger_start: int, times: list[TimeExpression],
             participle_auxiliaries: frozenset[str], attributed: bool = False) -> TimeExpression | None:
    """``participle_auxiliaries``: the grammar's (गए, गई …), which make a passive participle. ``attributed``: the
    sentence ends in its attribution (…, मंत्रालय ने रविवार को यह बात कही), whose date past the comma is when
    the thing was said."""
    clause = sa.clause_of[trigger_start]
    # A date carries forward to the conjuncts after it (मंगलवार को पहुंचे और … मिले), not back to those before.
    group = {i for i, c in enumerate(sa.clauses)
             if c.group == sa.clauses[clause].group and c.start <= sa.clauses[clause].start}
    anchor = sa.tokens[trigger_start].start
    times = [t for t in times if not _modifies_a_noun(sa, t) and not _deadline_of_content(sa, t, trigger_start)
             and not _date_of_a_deed_before(sa, t, trigger_start)
             and not _date_of_an_agent_participle(sa, t, trigger_start, participle_auxiliaries)]
    for scope in ({clause}, group):
        found = [t for t in times if _clause_of_char(sa, t.start) in scope]
        before = [t for t in found if t.end <= anchor]
        if before:
            return max(before, key=lambda t: t.end)
        # After the trigger, not past a comma (… चली बैठक, अगली बैठक 22 फ़रवरी को: the next one's date) or a
        # converb (माँग दोहराते हुए 26 नवंबर को प्रदर्शन का ऐलान किया: the date of what follows it)
        after = [t for t in found if t.start >= anchor
                 and (attributed or not _comma_or_converb(sa.gkeys[trigger_start:_token_at(sa, t.start)]))]
        if after:
            return min(after, key=lambda t: t.start)
    return None


def _comma_or_converb(keys: list[str]) -> bool:
    return "," in keys or any(converb_at(keys, j) for j in range(len(keys)))


def _token_at(sa: SentenceAnalysis, pos: int) -> int:
    return next((i for i, tok in enumerate(sa.tokens) if tok.start >= pos), len(sa.tokens))


def starts_after(value: str, day: dt.date) -> bool:
    """Whether a time value (2025-12-11, 2025-W51, 2025-12, 2025, or an interval a/b) begins after ``day``."""
    first = value.split("/")[0]
    try:
        if "-W" in first:
            year, week = first.split("-W")
            return dt.date.fromisocalendar(int(year), int(week[:2]), 1) > day
        parts = [int(p) for p in first.split("-")]
    except ValueError:
        return False  # a decade (199) or a duration: no start to compare
    if len(parts) == 1 and len(first) == 4:
        return dt.date(parts[0], 1, 1) > day
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], 1) > day
    if len(parts) == 3:
        return dt.date(parts[0], parts[1], parts[2]) > day
    return False
