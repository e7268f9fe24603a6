"""Modality of an event from the verb group after its trigger and the clause around it.

* ``negated``: a negation word (नहीं, न, मत) next to the trigger or in its verb group;
* ``reported``: a word of possibility or hypothesis in the clause (संभावना, उम्मीद, सकता, अगर);
* ``planned``: a future ending in the verb group (करेगा, जाएँगे, होगी), a word of intention (वाले हैं, योजना),
  or a trigger verb's infinitive with a noun of intention (मिलने का समय मांगा). A future told in a कहा कि
  complement is planned too: it states what will happen (every outside annotator of the event sets codes
  "उन्होंने कहा कि वह ... मुलाक़ात करेंगे" so), unless the clause also holds a word of possibility;
* ``asserted`` otherwise (की थी, पहुँचा, कर रहे हैं, and headlines without a finite verb).
"""

from __future__ import annotations

from hindinews.events.analysis import (
    ADJECTIVAL_PARTICIPLES,
    INCLUSION,
    REL_GENITIVE,
    REL_OBJECT,
    REL_PLACE,
    REL_SUBJECT,
    SentenceAnalysis,
)
from hindinews.events.lexicon import Lexicon
from hindinews.schema import Modality

VERB_GROUP = 6  # tokens after a trigger that may still belong to its verb group (मुलाकात नहीं की थी)
# न केवल / न सिर्फ़ (not only) is no negation; compared by grammar key (nukta dropped).
_NEGATION_ADVERB_EXCEPTIONS = frozenset({"केवल", "सिर्फ"})
# हर संभव मदद, हर संभव कदम: "every possible", nothing hypothetical
_EVERY = "हर"
# Punctuation ends a verb group: in "… पर सहमति, तेजस्वी होंगे चेहरा" the future is the next predicate's.
_GROUP_ENDS = frozenset({",", ";", ":", "।", "?", "!"})


def verb_group(sa: SentenceAnalysis, start: int, end: int) -> range:
    """The trigger and the tokens after it up to the end of its clause, at most VERB_GROUP of them."""
    clause = sa.clause_of[start]
    stop = end
    while stop < len(sa.tokens) and stop - end < VERB_GROUP and sa.clause_of[stop] == clause \
            and sa.gkeys[stop] not in _GROUP_ENDS:
        stop += 1
    return range(start, stop)


def _is_future(gkey: str, lexicon: Lexicon) -> bool:
    return len(gkey) > 3 and gkey.endswith(lexicon.future_endings)


def modality_of(sa: SentenceAnalysis, start: int, end: int, lexicon: Lexicon, *, verb: bool = False,
                refusal: bool = False) -> Modality:
    """``verb``: the trigger is a verb (मिल+V), whose infinitive with a noun of intention is planned.
    ``refusal``: the trigger is a rejection, whose own negation is its meaning (स्वीकार नहीं)."""
    group = verb_group(sa, start, end)
    clause_index = sa.clause_of[start]
    clause_tokens = sa.clause_tokens(clause_index)
    before = range(max(clause_tokens[0], start - 2), start)
    for i in (*before, *group):
        g = sa.gkeys[i]
        # Inside the trigger a call-off word is its meaning (संधि को स्थगित: a sanction), and so is a rejection's
        # negation (स्वीकार नहीं); मदद नहीं मिली stays negated.
        if g in lexicon.negation and not (start <= i < end and (refusal or g in lexicon.call_off)):
            following = sa.gkeys[i + 1] if i + 1 < len(sa.gkeys) else ""
            if following not in _NEGATION_ADVERB_EXCEPTIONS:
                return "negated"
    if _denied(sa, clause_index, lexicon):
        return "negated"
    if any(sa.ckeys[i] in lexicon.reported_words and not (start <= i < end) and not (
            sa.ckeys[i] in lexicon.predicative_reported and not _predicate_follows(sa, i, lexicon))
           and not (i > 0 and sa.gkeys[i - 1] == _EVERY)
           for i in clause_tokens):  # (a trigger's own चाहिए is what it means: a demand)
        return "reported"
    after = end + 1 if end < len(sa.gkeys) and sa.gkeys[end].endswith("ने") else end  # its light verb
    if after + 1 < len(sa.gkeys) and sa.gkeys[after] == "पर" and sa.ckeys[after + 1] in lexicon.considering_words:
        return "reported"  # मान्यता देने पर विचार, प्रतिबंध लगाने पर विचार: considered, not done
    opener = sa.clauses[clause_index].opener
    if opener is not None and sa.gkeys[opener] in lexicon.consequents:
        return "reported"  # अगर … तो अमेरिका प्रतिबंध लगाएगा: the consequence of a condition
    if refusal and any(sa.gkeys[i] in lexicon.negation for i in range(start, end)):
        return "asserted"  # स्वीकार नहीं करेगा, मान्यता नहीं देंगे: a refusal stated now, whatever its tense
    # करेंगे मुलाक़ात, देगा मदद: a headline's future light verb before its noun
    headline_order = not verb and start > 0 and sa.clause_of[start - 1] == clause_index \
        and _is_future(sa.gkeys[start - 1], lexicon)
    future = headline_order or any(_is_future(sa.gkeys[i], lexicon) for i in group) or any(
        sa.ckeys[i] in lexicon.planned_words and not _describing(sa, i, lexicon) for i in group) \
        or (verb and _intended(sa, end, lexicon))
    return "planned" if future else "asserted"


def _describing(sa: SentenceAnalysis, i: int, lexicon: Lexicon) -> bool:
    """करने वाला before a noun describes it (योजना का समर्थन करने वाला प्रस्ताव पारित: the resolution supports
    the plan); only with a copula (मुलाक़ात करने वाले हैं) is it about to happen."""
    return i > 0 and sa.gkeys[i - 1] == "करने" and sa.gkeys[i] in ADJECTIVAL_PARTICIPLES \
        and not _predicate_follows(sa, i, lexicon)


def _intended(sa: SentenceAnalysis, end: int, lexicon: Lexicon) -> bool:
    """An oblique infinitive followed by का / की / के and a noun of intention (मिलने का समय
    मांगा: the meeting is still to come). Not a noun with its light verb (सहायता देने का वादा किया): the
    pledge or decision is itself the event, as the gold set codes it."""
    return (sa.gkeys[end - 1].endswith("ने") and end + 1 < len(sa.gkeys)
            and sa.gkeys[end] in ("का", "की", "के") and sa.ckeys[end + 1] in lexicon.intention_nouns)


def _predicate_follows(sa: SentenceAnalysis, i: int, lexicon: Lexicon) -> bool:
    """A copula or a form of होना after the word: it is the predicate (ज़रूरी है, आवश्यक होगा)."""
    following = sa.gkeys[i + 1] if i + 1 < len(sa.gkeys) else ""
    return following in lexicon.copulas or following.startswith("हो") or following in _GROUP_ENDS or not following


_RELATIVE_KINDS = frozenset({REL_SUBJECT, REL_GENITIVE, REL_OBJECT, REL_PLACE, INCLUSION})


def _denied(sa: SentenceAnalysis, clause_index: int, lexicon: Lexicon) -> bool:
    """A कि complement that a denial governs, directly (इन रिपोर्टों को ख़ारिज कर दिया कि …) or through the
    relative clause of the report (उन ख़बरों का खंडन किया जिनमें दावा किया गया था कि …).

    The denial must be the last predicate before the clause it governs: खारिज करते हुए कहा कि … is a
    statement made while rejecting something else, and इनकार नहीं किया कि … denies nothing.
    """
    child = sa.clauses[clause_index]
    if child.opener is None or sa.gkeys[child.opener] != "कि":
        return False
    for _ in range(3):
        if child.parent is None:
            return False
        parent_index = child.parent
        words = [i for i in range(sa.clauses[parent_index].start, child.start) if sa.clause_of[i] == parent_index]
        for d in reversed(words):
            if sa.ckeys[d] in lexicon.denial_words:
                between = range(d + 1, child.start)
                return not any(
                    sa.gkeys[i] in lexicon.negation or sa.gkeys[i] == "हुए"
                    or (sa.gkeys[i] in lexicon.speech_verbs and i > d + 1)  # ग़लत बताया कि: the denial itself
                    for i in between)
        child = sa.clauses[parent_index]
        if child.kind not in _RELATIVE_KINDS:
            return False
    return False
