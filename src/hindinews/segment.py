"""Page parts, sentences and tokens, with offsets into the original text.

A scraped news page is a headline, the article's paragraphs, and around them what is not the article: the
site's name, menus, login links, breadcrumbs, bylines and section labels above the story; read-also links,
captions and advertisements inside it; tags, labels and a "popular post" / "संबंधित खबरें" heading with
teaser stories (a headline and its first line each), share buttons and copyright lines after it. The story
starts at its first sentence and ends at its last; the headline is the first line above it with five words
or more. ``split_parts`` tells these apart so that later stages never take a teaser for the article;
``split_sentences`` and ``tokenize`` work inside them.

Everything here runs over the normalized view (see :mod:`hindinews.normalize`) and maps back, so spans
index the original text.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import regex

from hindinews.normalize import Normalized, match_key
from hindinews.schema import Part, PartKind, Sentence, Token

# Headings that open a block of links to other stories. Matched on the whole (short) line, folded.
TEASER_HEADINGS = tuple(
    match_key(h)
    for h in (
        "popular post", "popular posts", "popular", "also read", "read also", "read more", "related",
        "related news", "related stories", "related articles", "more stories", "trending", "recommended",
        "you may also like", "latest news", "top stories", "most read", "most popular",
        "यह भी पढ़ें", "ये भी पढ़ें", "यह भी पढ़े", "ये भी पढ़े", "इसे भी पढ़ें", "इन्हें भी पढ़ें", "और पढ़ें",
        "संबंधित खबरें", "संबंधित ख़बरें", "संबंधित समाचार", "संबंधित लेख", "संबंधित", "लोकप्रिय", "लोकप्रिय खबरें",
        "ताज़ा खबरें", "ताजा खबरें", "ताज़ा ख़बरें", "टॉप खबरें", "ज़्यादा पढ़ी गई", "सबसे ज़्यादा पढ़ी गई",
        "अन्य खबरें", "अन्य ख़बरें", "और खबरें", "ट्रेंडिंग", "ये खबरें भी पढ़ें", "यह खबरें भी पढ़ें",
        "ये खबर भी पढ़ें", "यह खबर भी पढ़ें", "रिलेटेड", "रिलेटेड खबरें", "रिलेटेड न्यूज़", "रिलेटेड वीडियो",
        "ट्रेंडिंग न्यूज़", "ट्रेंडिंग खबरें", "टॉप स्टोरीज़", "लेटेस्ट न्यूज़", "लेटेस्ट खबरें", "more news",
        "trending news", "also watch", "वीडियो", "अगला लेख", "पिछला लेख", "next story", "next article",
        "इससे जुड़ी ख़बरें", "इससे जुड़ी खबरें", "सबसे अधिक पढ़ी गईं", "टॉप स्टोरी", "ट्रेंडिंग टॉपिक्स",
    )
)
# Of those, the ones that link a story from inside the article (its text goes on after the link).
READ_ALSO_HEADINGS = tuple(
    match_key(h)
    for h in ("also read", "read also", "यह भी पढ़ें", "ये भी पढ़ें", "यह भी पढ़े", "ये भी पढ़े", "इसे भी पढ़ें",
              "ये खबर भी पढ़ें", "यह खबर भी पढ़ें")
)
# Lines that are page furniture wherever they stand.
_BOILERPLATE = regex.compile(
    r"^(?:share|tweet|whatsapp|facebook|twitter|email|print|advertisement|विज्ञापन|शेयर करें|"
    r"copyright|©|सर्वाधिकार सुरक्षित|all rights reserved|follow us|subscribe|सब्सक्राइब|"
    r"tags?\s*:|टैग्?स?\s*:|home\s*[|»>/]|होम\s*[|»>/›]|लॉग\s*इन|login|sign in|साइन इन|"
    r"(?:हमें\s*)?फ़?फ?ॉलो\s*करें|डाउनलोड\s*करें|.{0,30}ऐप\s*डाउनलोड|अपनी राय|कमेंट|comments?\b|"
    r"न्यूज़?लेटर|newsletter|disclaimer|हमसे संपर्क|contact us|privacy|get the latest|download|"
    # photo credits and captions (इमेज स्रोत, Getty Images / इमेज कैप्शन, … स्वागत करते … प्रधानमंत्री)
    r"इमेज\s*(?:स्रोत|कैप्शन)|image\s*(?:source|caption)|फ़ोटो\s*(?:साभार|:)|फोटो\s*(?:साभार|:)|तस्वीर\s*:|photo\s*:)",
    regex.IGNORECASE,
)
# A navigation menu or breadcrumb: three or more short items between separators (होम | देश | विदेश), or
# between runs of spaces where the page's separators were images (होम  भारत  विश्व).
_MENU_SEPARATOR = regex.compile(r"[ \t]*+[|»›>/•][ \t]*+|[ \t]{2,}+")
_MENU_ITEM_MAX = 25
# A dateline or byline of the page, not of the story (अपडेटेड: 29 अगस्त 2025, 10:30 AM IST; Written By …;
# न्यूज डेस्क, अमर उजाला, मॉस्को Published by: … Updated Tue, 18 Nov 2025 06:12 PM IST; अपडेटेड 1 घंटा पहले).
_PAGE_STAMP = regex.compile(
    r"(?:^|[\s|,])(?:(?:अपडेटेड|अपडेट किया गया|प्रकाशित|पब्लिश्ड|लास्ट अपडेटेड|updated|published|last updated|"
    r"posted|लेखक)[ \t]*+(?:on|by|at|:|-|–|\d)|edited by|written by|curated by|published by|एडिटेड बाय|"
    r"रिपोर्टेड बाय|reported by)|\d{1,2}:\d{2}[ \t]*+(?:AM|PM|IST|बजे)|\b(?:AM|PM) IST\b|\(IST\)",
    regex.IGNORECASE,
)
_PAGE_STAMP_MAX = 200
# A line that is only a date (1 नवंबर 2025, 3 July 2025): the page's, above or below the story.
_DATE_LINE = regex.compile(r"^[\d\p{L}]{1,12}[ \t,]++[\p{L}]{2,12}[ \t,]++\d{4}$|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$")
_SHORT_LABEL_WORDS = 3  # सार, विस्तार, अगला लेख: a line of so few words without a sentence end labels the page
_SENTENCE_END = regex.compile(r"[।॥?!]|\.(?=\s|$)|[।॥?!.][\"')\]]")
_HEADLINE_MAX = 200
# A story's dateline (काहिरा/यरूशलम, 10 अक्टूबर (रॉयटर्स)।, वॉशिंगटन:) and an advertisement's label.
_DATELINE = regex.compile(
    r"^(?:[^।:,\n]{2,40},[^।:\n]{2,30}?(?:\([^()\n]{1,30}\))?|[^।:,\n]{2,40}\([^()\n]{1,30}\)"
    r"|[^\s:।]++(?:[ /][^\s:।]++){0,2})[ \t]*+[।:]"
)
_AD = regex.compile(r"^\s*(?:advertisement|विज्ञापन)\s*$", regex.IGNORECASE)

# A token: a number with inner separators, a run of letters and marks (Devanagari words keep their
# vowel signs and nukta), or any other single non-space character. Hyphens are tokens of their own, as
# in the IL-NER and HiNER training data. Possessive quantifiers: linear on any input.
_TOKEN = regex.compile(r"\d++(?:[.,:/]\d++)++|[\p{L}\p{M}\p{Nd}]++|\S", regex.V1)
# Abbreviations whose period does not end a sentence: Latin letter names written in Devanagari ("एस.
# जयशंकर", "पी.एम.") and common short forms ("डॉ.", "प्रो.", "ई.पू."). Matched on the normalized text.
ABBREVIATIONS = (
    "ए", "बी", "सी", "डी", "ई", "एफ", "जी", "एच", "आई", "जे", "के", "एल", "एम", "एन", "ओ", "पी", "क्यू", "आर",
    "एस", "टी", "यू", "वी", "डब्ल्यू", "एक्स", "वाई", "ज़ेड", "जेड", "डॉ", "प्रो", "श्री", "मो", "पू", "सं", "लि",
    "मि", "कं", "रु", "नं", "क्र", "वि", "जन", "फ़र", "अग", "सित", "अक्टू", "नव", "दिस",
    "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Jr", "Sr", "Lt", "Col", "Gen", "No", "vs", "etc",
)
_INITIAL = regex.compile(
    r"(?<![\p{L}\p{M}])(?:" + "|".join(sorted(map(regex.escape, ABBREVIATIONS), key=len, reverse=True))
    + r")\.(?=[ \t]*+[^\s])"
)
_MAX_SENTENCE_CHARS = 2000
_LINE = regex.compile(r"[^\n\r]++")
# A line that ends a sentence: its last mark, maybe inside a closing quote or bracket (not a quote alone: a
# headline may end in a quoted phrase).
_LINE_END_MARK = regex.compile(r"[।॥?!.][\"'”’)\]]*+\s*+$")


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-like block of lines in the normalized view: [start, end)."""

    start: int
    end: int
    lines: tuple[tuple[int, int], ...]


def _lines(view: Normalized) -> list[tuple[int, int]]:
    """Non-empty lines as (start, end) in the normalized text, whitespace trimmed."""
    out = []
    for m in _LINE.finditer(view.text):
        s, e = m.span()
        line = m.group()
        stripped = line.strip()
        if not stripped:
            continue
        s += len(line) - len(line.lstrip())
        e -= len(line) - len(line.rstrip())
        out.append((s, e))
    return out


def _is_heading(line: str) -> bool:
    # Length first: folding every long body line for this look-up was most of split_parts' time.
    return len(line) <= 60 and match_key(line.strip(" :-–—|»>#*")) in TEASER_HEADINGS


# "यह भी पढ़ें: चीन ने …" — a heading and one linked story on the same line, inside the article.
_INLINE_HEADING = regex.compile(r"^[^:\-–—|»>\n]{2,30}?[ \t]*+[:\-–—|»>]++[ \t]*+(?=\S)")


def _is_read_also(line: str) -> bool:
    return match_key(line.strip(" :-–—|»>#*")) in READ_ALSO_HEADINGS


def _is_inline_teaser(line: str) -> bool:
    found = _INLINE_HEADING.match(line)
    return found is not None and _is_heading(found.group())


def _ends_sentence(line: str) -> bool:
    return bool(_LINE_END_MARK.search(line))


def _is_furniture(line: str) -> bool:
    """Page furniture wherever it stands: share and copyright lines, menus, breadcrumbs, page datelines."""
    if _BOILERPLATE.match(line):
        return True
    if len(line) <= _PAGE_STAMP_MAX and "।" not in line and (_PAGE_STAMP.search(line) or _DATE_LINE.match(line)):
        return True
    items = [item for item in _MENU_SEPARATOR.split(line) if item]
    return len(items) >= 3 and all(len(item) <= _MENU_ITEM_MAX for item in items) and not _ends_sentence(line)


def split_parts(view: Normalized) -> list[Part]:
    """Headline, body paragraphs, teaser stories and boilerplate of a page, in text order."""
    text = view.text
    lines = _lines(view)
    if not lines:
        return []

    def furniture(s: int, e: int) -> bool:
        # On the original line: normalization turns a menu's "|" into a danda.
        os_, oe = view.to_original(s, e)
        return _is_furniture(view.original[os_:oe])

    def words(s: int, e: int) -> int:
        return len(text[s:e].split())

    def sentence(i: int) -> bool:
        return _ends_sentence(text[slice(*lines[i])])

    kind_of: dict[int, PartKind] = {}
    # A read-also heading alone on its line inside the story (ये भी पढ़ें-) links one to four stories, lines
    # without a sentence end, and the story goes on at its next sentence. Any other heading, or one with
    # no story after it, opens the page's closing blocks of other stories.
    closing_at: int | None = None
    i = 0
    while i < len(lines):
        if not _is_heading(text[slice(*lines[i])]):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and j - i <= 4 and not sentence(j) and not _is_heading(text[slice(*lines[j])]):
            j += 1
        if _is_read_also(text[slice(*lines[i])]) and i + 1 < j < len(lines) and sentence(j):
            kind_of.update({k: "boilerplate" if k == i else "teaser" for k in range(i, j)})
            i = j
            continue
        closing_at = i
        break
    article = [k for k in range(closing_at if closing_at is not None else len(lines)) if k not in kind_of]
    # The story starts at its first sentence. Above it stand the headline and page furniture: the site's
    # name, login links, breadcrumbs, bylines, section labels (सार); the headline is the first of those
    # lines with five words or more (else the longest), the rest is furniture.
    first = next((n for n, k in enumerate(article) if sentence(k) and not furniture(*lines[k])
                  and not _is_inline_teaser(text[slice(*lines[k])])), None)
    above = article[:first] if first is not None else article[:1] if len(lines) > 1 else []
    candidates = [k for k in above if not furniture(*lines[k]) and words(*lines[k]) >= 1
                  and lines[k][1] - lines[k][0] <= _HEADLINE_MAX and not sentence(k)
                  and not _is_inline_teaser(text[slice(*lines[k])])]
    headline = next((k for k in candidates if words(*lines[k]) >= 5), None)
    if headline is None and candidates:
        headline = max(candidates, key=lambda k: lines[k][1] - lines[k][0])
    kind_of.update({k: "headline" if k == headline else "boilerplate" for k in above})
    body = article[len(above):]
    # The story ends at its last sentence: lines after it are links to other stories (a headline of five
    # words or more) or furniture.
    last = max((k for k in body if sentence(k)), default=-1)
    for k in body:
        s, e = lines[k]
        kind: PartKind = "body"
        if furniture(s, e):
            kind = "boilerplate"
        elif _is_inline_teaser(text[s:e]):
            kind = "teaser"
        elif not sentence(k) and words(s, e) <= _SHORT_LABEL_WORDS:
            kind = "boilerplate"
        elif k > last >= 0:
            kind = "teaser" if words(s, e) >= 5 else "boilerplate"
        kind_of[k] = kind
    kinds: list[tuple[PartKind, int, int]] = [(kind_of[k], *lines[k]) for k in sorted(kind_of)]
    if closing_at is not None:
        hs, he = lines[closing_at]
        kinds.append(("boilerplate", hs, he))
        for group in _teaser_groups(view, lines[closing_at + 1 :]):
            s, e = group[0][0], group[-1][1]
            if len(group) == 1 and (furniture(s, e) or _is_heading(text[s:e])):
                kinds.append(("boilerplate", s, e))
            else:
                kinds.append(("teaser", s, e))
    parts = []
    for kind, s, e in kinds:
        os_, oe = view.to_original(s, e)
        parts.append(Part.model_construct(text=view.original[os_:oe], start=os_, end=oe, kind=kind))
    return parts


def standfirst(parts: Sequence[Part]) -> frozenset[int]:
    """The standfirst of a page: one or two body lines right under the headline that page furniture (a
    byline, share buttons, a section label such as विस्तार) separates from the rest of the story. It
    summarizes the story, as the headline does."""
    kinds = [p.kind for p in parts]
    if "headline" not in kinds or "body" not in kinds:
        return frozenset()
    first = kinds.index("body")
    end = first
    while end < len(kinds) and kinds[end] == "body":
        end += 1
    after = end
    while after < len(kinds) and kinds[after] == "boilerplate":
        after += 1
    if kinds.index("headline") > first or after >= len(kinds) or kinds[after] != "body" or end - first > 2 \
            or _DATELINE.match(parts[first].text) or all(_AD.match(p.text) for p in parts[end:after]):
        return frozenset()  # (the story's lead under its dateline; a paragraph before an advertisement)
    return frozenset(range(first, end))


def _teaser_groups(view: Normalized, lines: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Group the lines after a teaser heading into stories.

    Blank lines separate stories where the page has them; otherwise each story is a headline followed by
    its first line (the usual "title + snippet" card), recognized as a pair of lines.
    """
    text = view.text
    groups: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    previous_end = None
    blank_separated = False
    for s, e in lines:
        if previous_end is not None and text.count("\n", previous_end, s) >= 2:
            blank_separated = True
        previous_end = e
    if blank_separated:
        previous_end = None
        for s, e in lines:
            if previous_end is not None and text.count("\n", previous_end, s) >= 2 and current:
                groups.append(current)
                current = []
            current.append((s, e))
            previous_end = e
        if current:
            groups.append(current)
        return groups
    i = 0
    while i < len(lines):
        s, e = lines[i]
        if _is_heading(text[s:e]) or _BOILERPLATE.match(text[s:e]):
            groups.append([lines[i]])
            i += 1
            continue
        if i + 1 < len(lines) and not _is_heading(text[slice(*lines[i + 1])]):
            groups.append([lines[i], lines[i + 1]])
            i += 2
        else:
            groups.append([lines[i]])
            i += 1
    return groups


def _sentence_bounds(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence (start, end) pairs inside [start, end) of the normalized text: line breaks always end one."""
    protected = {m.end() - 1 for m in _INITIAL.finditer(text, start, end)}
    for line in _LINE.finditer(text, start, end):
        ls, le = line.span()
        cursor = ls
        for m in _SENTENCE_END.finditer(text, ls, le):
            if m.start() in protected:
                continue
            stop = m.end()
            yield from _trimmed_chunks(text, cursor, stop)
            cursor = stop
        yield from _trimmed_chunks(text, cursor, le)


def _trimmed_chunks(text: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    """Trim whitespace; cut very long runs without an end mark at whitespace so no sentence is unbounded."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    while e - s > _MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", s + _MAX_SENTENCE_CHARS // 2, s + _MAX_SENTENCE_CHARS)
        if cut <= s:
            cut = s + _MAX_SENTENCE_CHARS
        yield s, cut
        s = cut
        while s < e and text[s].isspace():
            s += 1
    if e > s:
        yield s, e


def split_sentences(view: Normalized, parts: list[Part]) -> list[Sentence]:
    """Sentences inside each part, in order, never crossing a part boundary."""
    sentences = []
    for part_index, part in enumerate(parts):
        ns, ne = view.to_normalized(part.start), view.to_normalized(part.end)
        for s, e in _sentence_bounds(view.text, ns, ne):
            os_, oe = view.to_original(s, e)
            sentences.append(
                Sentence.model_construct(text=view.original[os_:oe], start=os_, end=oe, part=part_index)
            )
    return sentences


def tokenize(view: Normalized, sentences: list[Sentence]) -> list[Token]:
    """Tokens of every sentence, with their normalized form."""
    tokens = []
    original = view.original
    norm_text = view.text
    for sentence_index, sentence in enumerate(sentences):
        ns, ne = view.to_normalized(sentence.start), view.to_normalized(sentence.end)
        for m in _TOKEN.finditer(norm_text, ns, ne):
            s, e = m.span()
            if not view.aligned:
                s, e = view.to_original(s, e)
            # Validated construction: pydantic-core is faster at it than model_construct, and it checks.
            tokens.append(Token(text=original[s:e], start=s, end=e, norm=m.group(), sentence=sentence_index))
    return tokens
