"""Finding and normalizing time expressions in a Document (the ``times`` pipeline stage).

The compiled pattern (:mod:`hindinews.temporal.patterns`) runs once over the whole normalized text; each
match is turned into a value by the resolver of its branch. Relative expressions are anchored on the
publication date only (never the machine clock), and the tense of their clause decides the direction
of "कल", weekdays, and dates without a year.
"""

from __future__ import annotations

import datetime as dt
import itertools
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex

from hindinews.normalize import Normalized
from hindinews.schema import Document, Precision, Sentence, TimeExpression, TimeKind
from hindinews.temporal.calendar import (
    Tense,
    duration_value,
    expand_two_digit_year,
    infer_month_day,
    infer_month_year,
    infer_year,
    iso_month,
    safe_date,
    shift_period,
    weekday_date,
)
from hindinews.temporal.lexicon import Lexicon, Unit, load_lexicon, lookup_key
from hindinews.temporal.patterns import BRANCHES, Patterns, load_patterns

# Words and punctuation between two dates that let the first borrow the second's year.
_JOINERS = regex.compile(r"[ \t]*+(?:(?:और|व|तथा|एवं|से|तक|या|,|-|–)[ \t]*+)*+")
_MAX_CLAUSE_WORDS = 40
_LOOK_BACK_CHARS = 300
_AGAIN_PARTICLES = frozenset({"को", "फिर", "से", "दोबारा", "जल्द", "ही", "एक", "बार", "पुनः"})
_COPULAS = frozenset({"है", "हैं", "था", "थी", "थे"})
_GENITIVES = frozenset({"का", "की", "के"})
_CASE_MARKERS = frozenset({"का", "के", "की", "को", "में", "से", "पर", "ने"})
_NUMERAL = regex.compile(r"[0-9]{1,3}(?:\.[0-9])?")


@dataclass(slots=True)
class Found:
    """A time expression in the normalized view, before it is mapped to the original text."""

    start: int
    end: int
    sentence: int
    value: str | None = None
    precision: Precision | None = None
    anchored: bool = False
    kind: TimeKind = "date"
    # For a day and month without a year: they may borrow the year of a date that follows.
    month: int | None = None
    day: int | None = None
    year: int | None = None
    weekday: int | None = None  # ISO weekday of a weekday name (सोमवार = 1)


class _Context:
    """One document's text, sentence bounds (normalized offsets) and publication date."""

    def __init__(self, text: str, bounds: list[tuple[int, int]], published: dt.date | None) -> None:
        self.text = text
        self.bounds = bounds
        self.starts = [s for s, _ in bounds]
        self.published = published

    def sentence_of(self, pos: int) -> int:
        return max(bisect_right(self.starts, pos) - 1, 0)

    def sentence_bounds(self, index: int) -> tuple[int, int]:
        if not self.bounds:
            return 0, len(self.text)
        return self.bounds[index]


class TimeTagger:
    """Fills ``Document.times``. ``lexicon_path`` replaces the shipped ``lexicon.yaml``."""

    name = "times"

    def __init__(self, lexicon_path: str | None = None) -> None:
        self.lexicon: Lexicon = load_lexicon(lexicon_path)
        self.patterns: Patterns = load_patterns(lexicon_path)
        self._resolvers: dict[str, Callable[[regex.Match[str], _Context, Found], Found | None]] = {
            name: getattr(self, f"_resolve_{name}") for name in BRANCHES
        }

    def process(self, docs: list[Document], views: list[Normalized]) -> None:
        for doc, view in zip(docs, views, strict=True):
            times = self.find(view, doc.sentences, doc.published)
            if doc.published is None and (anchor := _dateline_date(doc, times)) is not None:
                # No publication date given: a dateline with a full date (नई दिल्ली, 14 अक्टूबर 2025।) is
                # when the story was filed; relative expressions are anchored on it instead of left open.
                times = self.find(view, doc.sentences, anchor)
            doc.times = times

    def find(
        self, view: Normalized, sentences: Sequence[Sentence], published: dt.date | None
    ) -> list[TimeExpression]:
        """Time expressions of one text; ``sentences`` are the Document's (original offsets)."""
        bounds = [(view.to_normalized(s.start), view.to_normalized(s.end)) for s in sentences]
        context = _Context(view.text, bounds, published)
        found: list[Found] = []
        for branch, match in self.patterns.scan(view.text):
            start, end = match.span()
            candidate = Found(start, end, context.sentence_of(start))
            result = self._resolvers[branch](match, context, candidate)
            if result is not None:
                found.append(result)
        self._borrow_years(found, context)
        for join in (_year_and_month, _namely, _weekday_and_date, _month_and_day, _week_and_weekday):
            found = _join_adjacent(found, context, join)
        out = []
        original = view.original
        for item in found:
            start, end = view.to_original(item.start, item.end)
            out.append(
                TimeExpression(
                    text=original[start:end], start=start, end=end, value=item.value,
                    precision=item.precision, anchored=item.anchored, kind=item.kind,
                    sentence=item.sentence,
                )
            )
        return out

    # ------------------------------------------------------------------------------------------ tense

    def tense(self, context: _Context, found: Found) -> Tense:
        """Past or future, from the verb group of the clause that holds the expression, or None.

        Hindi is verb-final: the words after the expression up to the clause's end are read first; only
        when they carry no tense are the words before it (back to the clause's start) read.
        """
        text = context.text
        s_start, s_end = context.sentence_bounds(found.sentence)
        after = self._clause_words(text, found.end, s_end)
        if self._agreed_on(after):
            return "future"
        tense = self._first_tense(after)
        if tense is not None:
            return tense
        before = self._clause_words(text, s_start, found.start, from_end=True)
        return self._first_tense(before, last=True)

    def _clause_words(self, text: str, start: int, end: int, from_end: bool = False) -> list[str]:
        """The words of the clause from ``start`` (or, ``from_end``, back from ``end``), in reading order.

        Going forward, a boundary found is kept as a final "।" so that a clause-final "की" can be seen.
        At most :data:`_MAX_CLAUSE_WORDS` words are read, so the work per expression is bounded.
        """
        boundaries = self.lexicon.clause_boundaries
        if from_end:
            window = max(start, end - _LOOK_BACK_CHARS)
            words = [m.group() for m in self.patterns.word.finditer(text, window, max(window, end))]
            if window > start and words and _is_word_char(text[window - 1]):
                words = words[1:]  # the window cut a word in two
            cut = max((i for i, w in enumerate(words) if _is_boundary(w, boundaries)), default=-1)
            return words[cut + 1 :][-_MAX_CLAUSE_WORDS:]
        out: list[str] = []
        for match in self.patterns.word.finditer(text, start, max(start, end)):
            word = match.group()
            if _is_boundary(word, boundaries):
                out.append("।")
                return out
            out.append(word)
            if len(out) >= _MAX_CLAUSE_WORDS:
                return out
        out.append("।")
        return out

    def _dates_a_genitive_noun(self, context: _Context, found: Found) -> bool:
        """A genitive comes before the clause's first tense marker after the expression: the date is of a noun
        that the verb governs (26 नवंबर को प्रदर्शन का ऐलान किया), not of the verb."""
        _, s_end = context.sentence_bounds(found.sentence)
        words = self._clause_words(context.text, found.end, s_end)
        for i, word in enumerate(words):
            if self._marker(words, i) is not None:
                return False
            if word in _GENITIVES:
                return True
        return False

    def _agreed_on(self, words: list[str]) -> bool:
        """The expression dates what is agreed on: an infinitive and पर, or a noun and के लिए, within its first
        words, then a word of agreeing (… को फिर से मिलने पर सहमत, … फिर बातचीत के लिए राज़ी)."""
        agreed = self.lexicon.agreed_words
        for i, word in enumerate(words[:5]):
            # Only particles between (को फिर से): मंगलवार को दोनों देश … बढ़ाने पर सहमत हुए dates the agreeing.
            if word.endswith("ने") and words[i + 1:i + 2] == ["पर"] and words[i + 2:i + 3] \
                    and words[i + 2] in agreed and all(w in _AGAIN_PARTICLES for w in words[:i]):
                return True
            if word == "के" and i > 0 and words[i + 1:i + 2] == ["लिए"] and words[i + 2:i + 3] \
                    and words[i + 2] in agreed and all(w in _AGAIN_PARTICLES for w in words[:i - 1]):
                return True
        return False

    def _first_tense(self, words: list[str], last: bool = False) -> Tense:
        """The tense of the first (or ``last``) tense marker among ``words``."""
        hits = [t for i in range(len(words)) if (t := self._marker(words, i)) is not None]
        if not hits:
            return None
        return hits[-1] if last else hits[0]

    def _marker(self, words: list[str], i: int) -> Tense:
        lx = self.lexicon
        word = words[i]
        pair, triple = tuple(words[i : i + 2]), tuple(words[i : i + 3])
        if word in lx.attributive_future and i > 1 and not (i + 1 < len(words) and words[i + 1] in _COPULAS):
            return None
        if (word,) in lx.future_phrases or pair in lx.future_phrases or triple in lx.future_phrases:
            return "future"
        if word.endswith(lx.future_endings) and word not in lx.future_exceptions \
                and not (i + 1 < len(words) and words[i + 1] in _CASE_MARKERS):
            return "future"  # (a noun before a case marker is no verb: मनरेगा के तहत)
        if word in lx.past_words or pair in lx.past_phrases:
            # A participle before a future auxiliary is a future passive: घोषित किए जाएंगे, भेजा जाएगा.
            if i + 1 < len(words) and self._marker(words, i + 1) == "future":
                return "future"
            return "past"
        at_clause_end = i + 1 == len(words) or words[i + 1] == "।"
        if word in lx.past_clause_final and at_clause_end:
            return "past"
        return None

    # ------------------------------------------------------------------------------------------ helpers

    def _count(self, text: str) -> float | None:
        """The number of a count ("9", "तीन", "डेढ़"); None for a vague one ("कुछ") or a range ("5-6")."""
        text = text.strip()
        if _NUMERAL.fullmatch(text):
            return float(text)
        return self.lexicon.numbers.get(lookup_key(text))

    def _month(self, text: str) -> int:
        return self.lexicon.months[lookup_key(text)]

    def _unit(self, text: str) -> Unit:
        return self.lexicon.units[lookup_key(text)]

    def _anchored_elsewhere(self, context: _Context, start: int) -> bool:
        """Whether the word before ``start`` ties a relative expression to another event."""
        s_start, _ = context.sentence_bounds(context.sentence_of(start))
        window = max(s_start, start - 40)
        words = [m.group() for m in self.patterns.word.finditer(context.text, window, start)]
        return bool(words) and lookup_key(words[-1]) in self.lexicon.other_anchor_words

    @staticmethod
    def _day(found: Found, value: dt.date | None, anchored: bool) -> Found:
        found.value = value.isoformat() if value else None
        found.precision = "day"
        found.anchored = anchored and value is not None
        return found

    # ---------------------------------------------------------------------------------------- resolvers

    def _resolve_num(self, m: regex.Match[str], c: _Context, f: Found) -> Found | None:
        year = int(m["num_y"]) if len(m["num_y"]) == 4 else 2000 + int(m["num_y"])
        day = safe_date(year, int(m["num_m"]), int(m["num_d"]))
        return self._day(f, day, False) if day else None

    def _resolve_iso(self, m: regex.Match[str], c: _Context, f: Found) -> Found | None:
        day = safe_date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
        return self._day(f, day, False) if day else None

    def _resolve_dr(self, m: regex.Match[str], c: _Context, f: Found) -> Found | None:
        month, first, last = self._month(m["dr_m"]), int(m["dr_d1"]), int(m["dr_d2"])
        f.precision = "day"
        if first >= last:
            return f
        if m["dr_y"]:
            year, f.anchored = int(m["dr_y"]), False
        elif c.published is not None:
            start = infer_year(month, first, c.published, self.tense(c, f))
            if start is None:
                return f
            year, f.anchored = start.year, True
        else:
            return f
        a, b = safe_date(year, month, first), safe_date(year, month, last)
        if a and b:
            f.value = f"{a.isoformat()}/{b.isoformat()}"
        else:
            f.anchored = False
        return f

    def _day_month(self, f: Found, c: _Context, day: int, month: int, year: str | None) -> Found:
        f.month, f.day = month, day
        if year:
            f.year = int(year)
            return self._day(f, safe_date(int(year), month, day), False)
        if c.published is None:
            return self._day(f, None, False)
        tense = self.tense(c, f)
        of_noun = tense is not None and self._dates_a_genitive_noun(c, f)  # (no tense: the nearest date anyway)
        return self._day(f, infer_year(month, day, c.published, tense, of_noun=of_noun), True)

    def _resolve_dmy(self, m: regex.Match[str], c: _Context, f: Found) -> Found | None:
        return self._day_month(f, c, int(m["dmy_d"]), self._month(m["dmy_m"]), m["dmy_y"])

    def _resolve_mdy(self, m: regex.Match[str], c: _Context, f: Found) -> Found | None:
        return self._day_month(f, c, int(m["mdy_d"]), self._month(m["mdy_m"]), m["mdy_y"])

    def _resolve_mr(self, m: regex.Match[str], c: _Context, f: Found) -> Found | None:
        first, last, year = self._month(m["mr_m1"]), self._month(m["mr_m2"]), int(m["mr_y"])
        f.precision = "month"
        if first < last:
            f.value = f"{iso_month(year, first)}/{iso_month(year, last)}"
        return f

    def _resolve_my(self, m: regex.Match[str], c: _Context, f: Found) -> Found | None:
        month, year = self._month(m["my_m"]), int(m["my_y"])
        f.value, f.precision, f.month, f.year = iso_month(year, month), "month", month, year
        return f

    def _resolve_yr(self, m: regex.Match[str], c: _Context, f: Found) -> Found | None:
        if not m["yr_pre"] and m["yr_ctx"] is None:
            return None  # "1800-2000 रुपये": a range of amounts, not of years
        first = int(m["yr_y1"])
        last = expand_two_digit_year(first, m["yr_y2"])
        if not 0 < last - first <= 100:
            return None
        f.value, f.precision = f"{first:04d}/{last:04d}", "year"
        return f

    def _resolve_dec(self, m: regex.Match[str], c: _Context, f: Found) -> Found | None:
        f.precision = "decade"
        if m["dec_w"]:
            f.value = f"{self.lexicon.decade_words[lookup_key(m['dec_w'])]:03d}"
        elif len(m["dec_n"]) == 4:
            f.value = f"{int(m['dec_n']) // 10:03d}"
        elif int(m["dec_n"]) >= 30:
            f.value = f"19{int(m['dec_n']) // 10}"
        return f

    def _resolve_cen(self, m: regex.Match[str], c: _Context, f: Found) -> Found | None:
        number = int(m["cen_n"]) if m["cen_n"] else self.lexicon.century_ordinals[lookup_key(m["cen_w"])]
        if not 1 <= number <= 21:
            return None
        f.precision = "century"
        if not m["cen_bce"]:
            f.value = f"{number - 1:02d}"
        return f

    def _year_with_era(self, f: Found, year: int, era: str | None) -> Found:
        f.precision = "year"
        if era is None or lookup_key(era) not in self.lexicon.era_bce:
            f.value = f"{year:04d}"
        return f

    def _resolve_yp(self, m: regex.Match[str], c: _Context, f: Found) -> Found | None:
        return self._year_with_era(f, int(m["yp_y"]), m["yp_era"])

    def _resolve_ye(self, m: regex.Match[str], c: _Context, f: Found) -> Found | None:
        return self._year_with_era(f, int(m["ye_y"]), m["ye_era"])

    def _resolve_by(self, m: regex.Match[str], c: _Context, f: Found) -> Found | None:
        return self._year_with_era(f, int(m["by_y"]), None)

    def _resolve_rel(self, m: regex.Match[str], c: _Context, f: Found) -> Found | None:
        count, unit = self._count(m["rel_n"]), self._unit(m["rel_u"])
        direction = -1 if lookup_key(m["rel_dir"]) in self.lexicon.before_words else 1
        if not unit.time:
            f.precision = unit.name  # type: ignore[assignment]
        if unit.time or c.published is None or count is None or count != int(count):
            return f
        if self._anchored_elsewhere(c, f.start):
            return f
        # "सात साल बाद" in a past clause ("... ने सात साल बाद संबंध बहाल किए") counts from an earlier event
        # the text leaves implicit, not forward from publication; likewise "दो दिन पहले" in a future clause.
        if self.tense(c, f) == ("past" if direction > 0 else "future"):
            return f
        shifted = shift_period(unit.name, direction * int(count), c.published)
        if shifted is not None:
            f.value, precision = shifted
            f.precision = precision  # type: ignore[assignment]
            f.anchored = True
        return f

    def _resolve_dur(self, m: regex.Match[str], c: _Context, f: Found) -> Found | None:
        unit = self._unit(m["dur_u"])
        f.kind = "duration"
        f.value = duration_value(self._count(m["dur_n"]), unit.iso, unit.factor, unit.time)
        return f

    def _resolve_ru(self, m: regex.Match[str], c: _Context, f: Found) -> Found | None:
        direction = self.lexicon.modifiers[lookup_key(m["ru_mod"])]
        published = c.published
        if m["ru_wd"]:
            f.precision = "day"
            if published is None:
                return f
            weekday = self.lexicon.weekdays[lookup_key(m["ru_wd"])]
            # "इस मंगलवार" goes by the tense; "पिछले" is strictly before publication, "अगले" strictly after.
            forced = {-1: -2, 1: 2}.get(direction)
            direction = forced if forced is not None else (1 if self.tense(c, f) == "future" else -1)
            return self._day(f, weekday_date(weekday, published, direction), True)
        if m["ru_mon"]:
            f.precision = "month"
            if published is None:
                return f
            month = self._month(m["ru_mon"])
            year = published.year
            if direction < 0 and month >= published.month:
                year -= 1
            elif direction > 0 and month <= published.month:
                year += 1
            f.value, f.anchored = iso_month(year, month), True
            return f
        key = lookup_key(m["ru_u"])
        if key not in self.lexicon.units:  # वित्त वर्ष: fiscal years are not calendar years
            f.precision = "year"
            return f
        unit = self.lexicon.units[key]
        if key in self.lexicon.plural_unit_forms:  # "पिछले वर्षों में": a stretch of time, vague
            f.kind = "duration"
            return f
        if unit.name == "day":  # "पिछले दिनों", "अगले दिन": recent days or the narrative's next day
            return f
        f.precision = unit.name  # type: ignore[assignment]
        if published is not None:
            shifted = shift_period(unit.name, direction, published)
            if shifted is not None:
                f.value, f.anchored = shifted[0], True
                if unit.name == "year":
                    f.year = int(shifted[0])
        return f

    def _resolve_dw(self, m: regex.Match[str], c: _Context, f: Found) -> Found | None:
        key = lookup_key(m["dw_w"])
        f.precision = "day"
        if c.published is None:
            return f
        if key in self.lexicon.day_words:
            offset, by_tense = self.lexicon.day_words[key]
            if by_tense and self.tense(c, f) != "future":
                offset = -offset
            return self._day(f, c.published + dt.timedelta(days=offset), True)
        weekday = f.weekday = self.lexicon.weekdays[key]
        direction = 1 if self.tense(c, f) == "future" else -1
        return self._day(f, weekday_date(weekday, c.published, direction), True)

    def _resolve_bm(self, m: regex.Match[str], c: _Context, f: Found) -> Found | None:
        f.precision = "month"
        if c.published is None:
            return f
        f.month = self._month(m["bm_m"])
        year, month = infer_month_year(f.month, c.published, self.tense(c, f))
        f.value, f.anchored = iso_month(year, month), True
        return f

    def _resolve_tk(self, m: regex.Match[str], c: _Context, f: Found) -> Found | None:
        f.day = int(m["tk_d"])
        if c.published is None:
            return self._day(f, None, False)
        return self._day(f, infer_month_day(f.day, c.published, self.tense(c, f)), True)

    # --------------------------------------------------------------------------------------- borrowing

    def _borrow_years(self, found: list[Found], context: _Context) -> None:
        """"28 जनवरी और 12 फ़रवरी 2025": the first date takes the year of the second."""
        for first, second in itertools.pairwise(found):
            if (
                first.month is not None and first.day is not None and first.year is None
                and second.year is not None and second.month is not None
                and first.sentence == second.sentence
                and _JOINERS.fullmatch(context.text, first.end, second.start)
            ):
                year = second.year - 1 if first.month > second.month else second.year
                first.year = year
                self._day(first, safe_date(year, first.month, first.day), False)


# The place of a dateline before its date: one to four words and a comma (नई दिल्ली, / वॉशिंगटन डीसी,).
_DATELINE_PLACE = regex.compile(r"[\p{L}\p{M}.]++(?:[ \t]++[\p{L}\p{M}.]++){0,3}[ \t]*+,[ \t]*+")


def _dateline_date(doc: Document, times: Sequence[TimeExpression]) -> dt.date | None:
    """The full date of the dateline that opens the first body part, if it has one."""
    body = next((p for p in doc.parts if p.kind == "body"), None)
    if body is None:
        return None
    first = next((t for t in times if body.start <= t.start < body.end), None)
    if first is None or first.precision != "day" or first.value is None or first.anchored:
        return None
    if not _DATELINE_PLACE.fullmatch(doc.text, body.start, first.start):
        return None
    return dt.date.fromisoformat(first.value)


def _join_adjacent(
    found: list[Found], context: _Context, join: Callable[[Found, Found, _Context], Found | None]
) -> list[Found]:
    """Each expression with the one before it in the same sentence, where ``join`` makes them one."""
    out: list[Found] = []
    for item in found:
        joined = join(out[-1], item, context) if out and out[-1].sentence == item.sentence else None
        if joined is None:
            out.append(item)
        else:
            out[-1] = joined
    return out


def _year_and_month(prev: Found, item: Found, context: _Context) -> Found | None:
    """"पिछले साल मार्च", "पिछले साल 5 मार्च": a relative year and the month or day right after it (with no
    year of its own) are one date in that year."""
    if not (prev.precision == "year" and prev.anchored and prev.year is not None and item.month is not None
            and item.year is None and not context.text[prev.end:item.start].strip()):
        return None
    joined = Found(prev.start, item.end, prev.sentence, iso_month(prev.year, item.month), "month", True,
                   month=item.month, day=item.day, year=prev.year)
    if item.day is None:
        return joined
    return TimeTagger._day(joined, safe_date(prev.year, item.month, item.day), True)


_OF = regex.compile(r"[ \t]*+(?:की|के)[ \t]*+")


def _month_and_day(prev: Found, item: Found, context: _Context) -> Found | None:
    """"पिछले महीने की 20 तारीख": a month that was resolved and the day of it named after it are one date."""
    if not (prev.precision == "month" and prev.value and len(prev.value) == 7 and item.day is not None
            and item.month is None and _OF.fullmatch(context.text, prev.end, item.start)):
        return None
    year, month = int(prev.value[:4]), int(prev.value[5:7])
    joined = Found(prev.start, item.end, prev.sentence, month=month, day=item.day, year=year)
    return TimeTagger._day(joined, safe_date(year, month, item.day), prev.anchored)


_OF_OR_NOTHING = regex.compile(r"[ \t]*+(?:(?:की|के)[ \t]*+)?")


def _week_and_weekday(prev: Found, item: Found, context: _Context) -> Found | None:
    """"पिछले हफ़्ते सोमवार को": a weekday right after a resolved week is that week's day; alone it would
    resolve to the nearest such weekday, often in another week."""
    if not (prev.precision == "week" and prev.anchored and prev.value and item.weekday is not None
            and _OF_OR_NOTHING.fullmatch(context.text, prev.end, item.start)):
        return None
    year, week = int(prev.value[:4]), int(prev.value[6:])
    joined = Found(prev.start, item.end, prev.sentence)
    return TimeTagger._day(joined, dt.date.fromisocalendar(year, week, item.weekday), True)


_NAMELY = regex.compile(r"[ \t,]*+(?:यानी|यानि|यानिकि|अर्थात्?|मतलब)[ \t,]*+")


def _namely(prev: Found, item: Found, context: _Context) -> Found | None:
    """"आज यानी बुधवार", "कल यानी 13 मार्च": a day word and the day it names are one date, the day word's
    (or the explicit date's); resolved alone, the weekday would be another day."""
    if not (_is_weekday(prev) and prev.weekday is None and (item.weekday is not None or item.day is not None)
            and _NAMELY.fullmatch(context.text, prev.end, item.start)):
        return None
    named = item if item.day is not None and item.month is not None else prev
    named.start, named.end = prev.start, item.end
    return named


_WEEKDAY_DATE_GAP = regex.compile(r"[\s,()]*+")


def _weekday_and_date(prev: Found, item: Found, context: _Context) -> Found | None:
    """"मंगलवार, 28 जनवरी", "28 जनवरी 2025 (मंगलवार)": a weekday that names the date beside it is part of it;
    resolved alone against the publication date it would give another day."""
    if not _WEEKDAY_DATE_GAP.fullmatch(context.text, prev.end, item.start):
        return None
    weekday, date = (prev, item) if _is_weekday(prev) else (item, prev)
    if not _is_weekday(weekday) or date.day is None or date.month is None:
        return None
    if "(" not in context.text[prev.end:item.start]:  # "(मंगलवार)" stays outside the span
        date.start, date.end = prev.start, item.end
    return date


def _is_weekday(f: Found) -> bool:
    """A day resolved from a weekday or a day word (मंगलवार, आज) alone: no day of month of its own."""
    return f.precision == "day" and f.day is None and f.month is None and f.kind == "date"


def _is_word_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LMN"


def _is_boundary(word: str, boundaries: frozenset[str]) -> bool:
    return word in ",;:।?!" or word in boundaries
