"""The compiled patterns that find time expressions in the normalized view.

Every expression starts with a digit or with a trigger word of the lexicon (a month, a weekday, a count,
a modifier such as "पिछले" ...). :meth:`Patterns.scan` finds those starts with C-speed string operations
(a set intersection over the text's words, ``str.find``), and only there tries the alternation of the
branches that can start with that word: each branch is a named group (:data:`BRANCHES`, in priority order:
where two branches match at the same place the earlier, more specific one wins). The result is the same
as ``master.finditer`` over the whole text, many times faster. Every repetition is possessive or bounded,
and each start is tried once, so the scan is linear in the length of the text whatever the input.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache

import regex

from hindinews.temporal.lexicon import Lexicon, alternation, load_lexicon, nfc, spellings

# Branch names, in priority order.
BRANCHES = (
    "num", "iso", "dr", "dmy", "mdy", "mr", "my", "yr", "dec", "cen", "yp", "ye",
    "rel", "dur", "ru", "dw", "bm", "tk", "by",
)

_SP = r"[ \t]++"
_SP0 = r"[ \t]*+"
_WS = r"(?<![\p{L}\p{M}\p{Nd}])"  # a word starts here
_WE = r"(?![\p{L}\p{M}\p{Nd}])"  # a word ends here
# A number starts here: not inside another number ("1,700", "2.5", "12/3"), not after a currency sign.
_NS = r"(?<![\p{L}\p{M}\p{Nd}]|[0-9][.,:/\-]|[₹$€£][ \t]?+|Rs\.?[ \t]?+)"
_NE = r"(?![0-9\p{L}\p{M}]|[.,:/][0-9])"  # a number ends here
_SEP = r"(?:[ \t]*+[,\-–/.][ \t]*+|[ \t]++)"
_DAY = r"(?:0?[1-9]|[12][0-9]|3[01])(?![0-9])"
_MONTH_NUM = r"(?:0?[1-9]|1[0-2])(?![0-9])"
_YEAR4 = r"(?:1[0-9]|20)[0-9]{2}(?![0-9])"
_YEARISH = r"(?:1[5-9]|20)[0-9]{2}(?![0-9])"  # a year without a marker: 1500-2099
_BARE_YEAR = r"(?:1[89]|20)[0-9]{2}"  # a bare number read as a year: 1800-2099


# Which branches can start with which kind of word.
CLASS_BRANCHES: dict[str, tuple[str, ...]] = {
    "digit": ("num", "iso", "dr", "dmy", "yr", "dec", "cen", "ye", "rel", "dur", "tk", "by"),
    "month": ("mdy", "mr", "my", "bm"),
    "prefix": ("yr", "yp"),
    "count": ("rel", "dur"),
    "modifier": ("dur", "ru"),
    "dayword": ("dw",),
    "decade": ("dec",),
    "century": ("cen",),
}
_DIGIT = frozenset({"digit"})
# A number that may start an expression (not the tail of "1,700", "8.33", "12/3"), what touches it, and
# where the next word starts.
_NUMBER = re.compile(r"(?<![0-9.,:/])([0-9]+)([ \t]*)")
# A word, as far as trigger look-ups go: a run of anything but spaces and punctuation.
_WORD = re.compile(r"[^\s।॥,.;:!?()\[\]{}\"'“”‘’\-–—/|*#«»<>]+")
# Trigger classes whose word must be followed by a digit ("वर्ष 2019", "सन् 1857").
_BEFORE_DIGIT = "before-digit"


def _is_word_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LMN"


class Patterns:
    """The branch patterns of a lexicon, the trigger words that start them, and what must follow those.

    ``followers[kind]`` is the set of words that may come next after a trigger word of that kind (None:
    anything may; :data:`_BEFORE_DIGIT`: a number must). ``followers["digit"]`` filters numbers the same
    way, except four-digit years and numbers touching a separator or a letter, which are always tried.
    A start that no branch could use is never handed to the regex engine: that is where the speed is.
    """

    def __init__(
        self,
        branches: Mapping[str, str],
        triggers: Mapping[str, frozenset[str]],
        followers: Mapping[str, frozenset[str] | str | None],
        phrase_heads: frozenset[str],
    ) -> None:
        self.branches = dict(branches)
        self.triggers = dict(triggers)
        self.followers = dict(followers)
        self.phrase_heads = phrase_heads  # first words of multi-word triggers: never filtered
        self._trigger_words = frozenset(triggers)
        # Compiled on first use and cached: compiling every combination up front cost 0.4 s of start-up,
        # and a typical text needs only a few of them.
        self._compiled: dict[frozenset[str], tuple[regex.Pattern[str], tuple[str, ...]]] = {}
        self.word = regex.compile(r"[\p{L}\p{M}]++|[,;:।?!]")  # words and clause punctuation

    def _compile(self, names: tuple[str, ...]) -> regex.Pattern[str]:
        body = "|".join(f"(?P<{name}>{self.branches[name]})" for name in names)
        return regex.compile(rf"{_WS}(?:{body})", regex.V1)

    def matcher(self, classes: frozenset[str]) -> tuple[regex.Pattern[str], tuple[str, ...]]:
        """The alternation of the branches that can start with a word of ``classes``, in priority order."""
        entry = self._compiled.get(classes)
        if entry is None:
            wanted = {b for c in classes for b in CLASS_BRANCHES[c]}
            names = tuple(b for b in BRANCHES if b in wanted)
            entry = self._compiled[classes] = (self._compile(names), names)
        return entry

    def _next_word(self, text: str, pos: int) -> str:
        match = _WORD.match(text, pos)
        return match.group() if match else ""

    def _number_worth_trying(self, text: str, match: re.Match[str]) -> bool:
        digits, space = match.group(1), match.group(2)
        if len(digits) == 4 and "10" <= digits[:2] <= "20":
            return True  # a possible year
        after = match.end()
        if after == len(text):
            return False
        if not space:
            return not text[after].isspace()  # "22-24", "28.01.2025", "19वीं", "28जनवरी"
        if text[after] in "-–,":
            return True
        follows = self.followers["digit"]
        return isinstance(follows, frozenset) and self._next_word(text, after) in follows

    def _word_classes(self, text: str, word: str, end: int, classes: frozenset[str]) -> frozenset[str]:
        """The classes of a trigger word whose condition on the next word holds."""
        if word in self.phrase_heads:
            return classes
        space = end
        while space < len(text) and text[space] in " \t":
            space += 1
        nxt_char = text[space] if space < len(text) else ""
        nxt: str | None = None
        kept = []
        for kind in classes:
            follows = self.followers.get(kind)
            if follows is None:
                kept.append(kind)
            elif follows == _BEFORE_DIGIT:
                if nxt_char.isdigit():
                    kept.append(kind)
            elif nxt_char in "-–" or nxt_char.isdigit():
                kept.append(kind)
            else:
                if nxt is None:
                    nxt = self._next_word(text, space)
                if nxt in follows:
                    kept.append(kind)
        return frozenset(kept) if len(kept) != len(classes) else classes

    def starts(self, text: str) -> dict[int, frozenset[str]]:
        """Offsets where an expression may start, with the classes of the word there."""
        found: dict[int, frozenset[str]] = {
            m.start(): _DIGIT for m in _NUMBER.finditer(text) if self._number_worth_trying(text, m)
        }
        present = self._trigger_words.intersection(_WORD.findall(text))
        for word in present:
            classes = self.triggers[word]
            size = len(word)
            at = text.find(word)
            while at >= 0:
                end = at + size
                if (at == 0 or not _is_word_char(text[at - 1])) and (
                    end == len(text) or not _is_word_char(text[end])
                ):
                    kept = self._word_classes(text, word, end, classes)
                    if kept:
                        found[at] = found[at] | kept if at in found else kept
                at = text.find(word, at + 1)
        return found

    def scan(self, text: str) -> Iterator[tuple[str, regex.Match[str]]]:
        """(branch, match) for each expression, left to right, without overlaps."""
        starts = self.starts(text)
        resume = 0
        for at in sorted(starts):
            if at < resume:
                continue
            pattern, names = self.matcher(starts[at])
            match = pattern.match(text, at)
            if match is not None and match.end() > at:
                resume = match.end()
                yield next(name for name in names if match.start(name) >= 0), match


def _words(lexicon: Lexicon, key: str) -> str:
    return alternation(lexicon.words(key))


def build_patterns(lexicon: Lexicon) -> Patterns:
    lx = lexicon
    month_dev = alternation(lx.month_names)
    month_any = f"(?:{month_dev}|{alternation(lx.latin_month_names, ignore_case=True)})"
    ambiguous = set()
    for name in lx.ambiguous_month_names:
        ambiguous |= spellings(name)
    month_plain = alternation([m for m in lx.month_names if not (spellings(m) & ambiguous)])
    month_ambiguous = alternation(lx.ambiguous_month_names)
    month_word = alternation(["महीने", "महीना", "माह", "मास"])
    year_word = alternation(["साल", "वर्ष", "बरस"])  # इस साल मार्च: the month of a year named before it
    month_part = alternation(lx.words("month_part_words"))
    weekday = alternation(lx.weekdays)
    day_word = alternation(lx.day_words)
    modifier = alternation(lx.modifiers)
    past_or_next = alternation(
        lx.data["relative_modifiers"]["past"] + lx.data["relative_modifiers"]["next"]
    )
    unit = alternation(lx.units)
    relative_unit = alternation(
        [u for u in lx.units if not lx.units[u].time] + ["वित्त वर्ष", "वित्तीय वर्ष"]
    )
    number_word = alternation(lx.numbers)
    vague = alternation(lx.vague_counts)
    count_one = rf"(?:{_NS}[0-9]{{1,3}}+(?:\.[0-9])?+{_NE}|{_WS}(?:{number_word}|{vague}){_WE})"
    count = rf"{count_one}(?:{_SP0}[-–]{_SP0}{count_one}|{_SP}(?:से(?:{_SP}लेकर)?|या){_SP}{count_one})?+"
    before_after = alternation(lx.data["before_words"] + lx.data["after_words"])
    day_parts = _words(lx, "day_parts")
    clock = rf"{_SP}[0-9]{{1,2}}(?:[:.][0-9]{{2}})?{_SP}{alternation([lx.data['clock_word']])}{_WE}"
    day_part_tail = rf"(?:{_SP}(?:की{_SP})?{day_parts}{_WE}(?:{clock})?)?"
    year_prefix = _words(lx, "year_prefixes")
    era_ce = alternation(lx.data["era_marks"]["ce"])
    era_bce = alternation(lx.data["era_marks"]["bce"])
    era = rf"(?:{era_bce}|{era_ce})(?:(?<=\.)|{_WE})(?!-)"
    ordinal_suffix = _words(lx, "ordinal_suffixes")
    century_unit = alternation(["सदी", "शताब्दी", "शती"])
    century_ordinal = alternation(lx.century_ordinals)
    decade_word = alternation(lx.decade_words)
    decade_link = _words(lx, "decade_links")
    conjunction = _words(lx, "conjunctions")
    year_follower = _words(lx, "year_followers")
    quantity = _words(lx, "quantity_after_se")
    not_quantity = (
        rf"(?!{_SP0}से{_SP}{quantity}{_WE})"
        rf"(?!{_SP}{decade_link}{_SP}{_words(lx, 'not_years_before')}{_WE})"
    )
    # What may follow a year that has no marker: punctuation, the end of a line, a postposition, or a
    # conjunction and another year.
    year_context = (
        rf"(?={_SP0}(?:[)\]।,;:!?\"'.]|\r|\n|\Z)|{_SP}{year_follower}{_WE}"
        rf"|{_SP}{conjunction}{_SP}(?:सन्?{_SP0})?(?:1[89]|20)[0-9]{{2}}(?![0-9]))"
    )
    not_per = rf"(?<!{_WS}{_words(lx, 'per_words')}{_SP})"
    range_join = rf"(?:{_SP0}[-–/]{_SP0}|{_SP}(?:से){_SP})"
    postpositions = alternation(["के अंदर", "के अन्दर", "के भीतर"])

    branches = {
        "num": rf"{_NS}(?P<num_d>{_DAY})(?P<num_s>[-/.])(?P<num_m>{_MONTH_NUM})(?P=num_s)"
               rf"(?P<num_y>[0-9]{{4}}|(?<=[-/][0-9]{{1,2}}[-/])[0-9]{{2}})(?![0-9]|[.,/:\-][0-9])",
        "iso": rf"{_NS}(?P<iso_y>{_YEAR4})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12][0-9]|3[01])"
               rf"(?![0-9]|[.,/:\-][0-9])",
        "dr": rf"{_NS}(?P<dr_d1>{_DAY})(?:{_SP0}[-–]{_SP0}|{_SP}(?:से|और|व|तथा|एवं){_SP})(?P<dr_d2>{_DAY})"
              rf"{_SP0}(?P<dr_m>{month_any}){_WE}(?:{_SEP}(?:सन्?{_SP0})?(?P<dr_y>{_YEAR4}))?",
        "dmy": rf"{_NS}(?P<dmy_d>{_DAY})(?:{_SEP})?(?P<dmy_m>{month_any}){_WE}"
               rf"(?:{_SEP}(?:सन्?{_SP0})?(?P<dmy_y>{_YEAR4}))?",
        "mdy": rf"(?P<mdy_m>{month_any}){_WE}{_SP}(?P<mdy_d>{_DAY})(?:{_SP0},{_SP0}|{_SP})"
               rf"(?P<mdy_y>{_YEAR4})",
        "mr": rf"(?P<mr_m1>{month_any}){_WE}(?:{_SP0}[-–]{_SP0}|{_SP}(?:से|और|व|तथा){_SP})"
              rf"(?P<mr_m2>{month_any}){_WE}{_SEP}(?P<mr_y>{_YEAR4})",
        "my": rf"(?P<my_m>{month_any}){_WE}{_SEP}(?:सन्?{_SP0})?(?P<my_y>{_YEAR4})",
        "yr": rf"(?:{not_per}(?P<yr_pre>{year_prefix}){_SP0})?{_NS}(?P<yr_y1>{_YEARISH}){range_join}"
              rf"(?P<yr_y2>[0-9]{{4}}|[0-9]{{2}})(?![0-9]|[.,/:][0-9])(?P<yr_ctx>{year_context})?",
        "dec": rf"(?:{_NS}(?P<dec_n>[0-9]{{4}}|[0-9]{{2}})(?:'?s)?|(?P<dec_w>{decade_word}))"
               rf"{_SP}{decade_link}{_SP}(?:दशक|दशकों){_WE}",
        "cen": rf"(?:{_NS}(?P<cen_n>[0-9]{{1,2}}){_SP0}{ordinal_suffix}|(?P<cen_w>{century_ordinal}))"
               rf"{_SP}{century_unit}{_WE}(?:{_SP}(?P<cen_bce>{era_bce})(?:(?<=\.)|{_WE}))?",
        "yp": rf"{not_per}(?P<yp_pre>{year_prefix}){_SP0}{_NS}(?P<yp_y>[0-9]{{3,4}}){_NE}"
              rf"(?:{_SP0}(?P<yp_era>{era}))?",
        "ye": rf"{_NS}(?P<ye_y>[0-9]{{1,4}}){_SP0}(?P<ye_era>{era})",
        "rel": rf"(?P<rel_n>{count}){_SP}(?P<rel_u>{unit}){_WE}{_SP}(?P<rel_dir>{before_after}){_WE}",
        "dur": rf"(?:(?P<dur_mod>{past_or_next}){_SP})?(?P<dur_n>{count}){_SP}(?P<dur_u>{unit}){_WE}"
               rf"(?:{_SP}(?P<dur_post>{postpositions}){_WE}"
               rf"|(?(dur_mod){_SP}(?P<dur_since>से){_WE}{not_quantity}))?",
        "ru": rf"(?P<ru_mod>{modifier}){_SP}(?:(?P<ru_wd>{weekday})|(?P<ru_mon>{month_dev})"
              rf"|(?P<ru_u>{relative_unit})){_WE}(?:{_SP}{month_word}{_WE})?{day_part_tail}",
        "dw": rf"(?<![-])(?P<dw_w>{day_word}|{weekday}){_WE}(?!-){day_part_tail}",
        "bm": rf"(?<!{_WS}{number_word}{_SP})"
              rf"(?P<bm_m>{month_plain}"
              # मार्च alone is a protest march; these make it the month: a year before it (इस साल मार्च),
              # a month after it (मार्च-अप्रैल), महीने, a part of the month, or the nth of it.
              rf"|(?<={year_word}{_SP}){month_ambiguous}(?!{_SP}निकाल)"
              rf"|{month_ambiguous}(?=[ \t]*+[-–][ \t]*+{month_dev}{_WE}|{_SP}{month_word}{_WE}"
              rf"|{_SP}के{_SP}{month_part}{_WE}|{_SP}(?:की|के){_SP}[0-9]{{1,2}}{_SP}तारी))"
              rf"{_WE}"
              rf"(?:{_SP}{month_word}{_WE})?",
        # 20 तारीख को: a day of a month the text or the publication date gives.
        "tk": rf"{_NS}(?P<tk_d>{_DAY}){_SP}(?:तारीख़|तारीख){_WE}",
        "by": rf"{_NS}(?P<by_y>{_BARE_YEAR}){_NE}{year_context}{not_quantity}",
    }
    trigger_lists = {
        "month": [*lx.month_names, *(v for n in lx.latin_month_names for v in (n, n.lower(), n.upper()))],
        "prefix": lx.words("year_prefixes"),
        "count": [*lx.numbers, *lx.vague_counts],
        "modifier": list(lx.modifiers),
        "dayword": [*lx.day_words, *lx.weekdays],
        "decade": list(lx.decade_words),
        "century": list(lx.century_ordinals),
    }
    triggers: dict[str, frozenset[str]] = {}
    phrase_heads: set[str] = set()
    for kind, words in trigger_lists.items():
        for word in words:
            for form in spellings(word) if not word.isascii() else {word}:
                first, *rest = nfc(form).split()
                triggers[first] = triggers.get(first, frozenset()) | {kind}
                if rest:
                    phrase_heads.add(first)

    def forms(*groups: Iterable[object]) -> frozenset[str]:
        """First words of every spelling of the words in ``groups``."""
        out: set[str] = set()
        for group in groups:
            for word in map(str, group):
                out |= {f.split()[0] for f in spellings(word)} if not word.isascii() else {word}
        return frozenset(out)

    units = forms(lx.units)
    counts = forms(lx.numbers, lx.vague_counts)
    latin = [v for n in lx.latin_month_names for v in (n, n.lower(), n.upper())]
    eras = [*lx.data["era_marks"]["ce"], *lx.data["era_marks"]["bce"]]
    followers: dict[str, frozenset[str] | str | None] = {
        "digit": forms(lx.month_names, latin, lx.units, lx.words("decade_links"), eras,
                       lx.words("ordinal_suffixes"), ["से", "और", "व", "तथा", "एवं", "या", "तारीख़"]),
        "month": None,
        "dayword": None,
        "prefix": _BEFORE_DIGIT,
        "count": units | counts | {"से", "या"},
        "modifier": units | counts | forms(lx.weekdays, lx.month_names, ["वित्त", "वित्तीय"]),
        "decade": forms(lx.words("decade_links")),
        "century": forms(["सदी", "शताब्दी", "शती"]),
    }
    return Patterns(branches, triggers, followers, frozenset(phrase_heads))


@lru_cache(maxsize=4)
def load_patterns(path: str | None = None) -> Patterns:
    return build_patterns(load_lexicon(path))
