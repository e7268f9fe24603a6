"""Devanagari normalization that never loses the way back to the original text.

``normalize(text)`` returns a :class:`Normalized` view: the normalized string plus, for every normalized
character, the index of the original character it came from. Stages search the normalized string and map
what they find back with :meth:`Normalized.to_original`, so spans always index the ORIGINAL text.

What the normalized view folds (each change is local, so offsets stay exact):

* Unicode NFC, cluster by cluster (nukta letters such as U+0958 क़ are composition exclusions, so NFC
  leaves them *decomposed*: क + ़ — one form for both spellings);
* invisible characters are removed: ZWJ, ZWNJ, soft hyphen, BOM, word joiner, zero-width space;
* Devanagari digits become ASCII digits; a pipe used as a danda becomes ``।``;
* curly quotes and primes become straight quotes; non-breaking and other spaces become a plain space.

``match_key(s)`` folds further, for dictionary look-ups only (its output has no offsets): nukta removed,
chandrabindu to anusvara, a nasal consonant + virama before a consonant to anusvara, long vowels to short,
``ॉ`` to ``ा``, hyphens, spaces and punctuation dropped.
"""

from __future__ import annotations

import unicodedata
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

import regex

INVISIBLE = "\u200b\u200c\u200d\u00ad\ufeff\u2060\u200e\u200f"
_DIGITS = {chr(0x0966 + i): str(i) for i in range(10)}
_QUOTES = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
}
_SPACES = {c: " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"}
# One character to one character: these never move offsets.
_ONE_TO_ONE = str.maketrans({**_DIGITS, **_QUOTES, **_SPACES, "|": "।"})

_HAS_INVISIBLE = regex.compile("[" + INVISIBLE + "]")

# Where something may change: an invisible character, or a base character followed by combining marks
# (the only places NFC can change the text), or a precomposed nukta letter. Possessive quantifiers: no
# backtracking however long the run of marks.
_CHANGE = regex.compile(
    r"[" + INVISIBLE + r"]++|\P{M}(?>[" + INVISIBLE + r"]*+\p{M})++"
    r"|[\u0958-\u095f\u09dc\u09dd\u09df\u0a33\u0a36\u0a59-\u0a5b\u0a5e]"
    r"|[\uf900-\ufaff\u2126\u212a\u212b\u0340\u0341\u0343\u0344\u0374\u037e\u0387]"
)


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalized view of ``original``; ``index[i]`` is the original index of normalized character i.

    ``index`` has one more entry than ``text``: ``len(original)``, so that an end offset maps too.
    """

    original: str
    text: str
    index: array[int]
    aligned: bool = False  # True when index[i] == i everywhere (no character was added or removed)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized span [start, end) to the smallest original span that produced it."""
        if start >= end:
            pos = self.index[start]
            return pos, pos
        return self.index[start], self._end_of(end - 1)

    def _end_of(self, i: int) -> int:
        # The original end of normalized char i: the start of the next normalized char that comes from a
        # different original position, which also covers removed invisible characters inside a cluster.
        origin = self.index[i]
        j = i + 1
        while j < len(self.text) and self.index[j] == origin:
            j += 1
        return self.index[j]

    def to_normalized(self, pos: int) -> int:
        """The first normalized offset whose character comes from original offset ``pos`` or later."""
        if self.aligned:
            return pos
        return bisect_left(self.index, pos, 0, len(self.index) - 1)


def normalize(text: str) -> Normalized:
    """Normalize ``text`` and keep a map back to it. Linear in the length of the text."""
    if not isinstance(text, str):
        raise TypeError(f"normalize() expects str, got {type(text).__name__}")
    folded = text.translate(_ONE_TO_ONE)
    if _clean(folded):
        return Normalized(text, folded, array("l", range(len(text) + 1)), aligned=True)

    pieces: list[str] = []
    index = array("l")
    line_start = 0
    # Line by line: a scraped page is mostly clean, and only the lines that need it take the slow path.
    for line in folded.splitlines(keepends=True):
        if _clean(line):
            pieces.append(line)
            index.extend(range(line_start, line_start + len(line)))
        else:
            _normalize_line(line, line_start, pieces, index)
        line_start += len(line)
    index.append(len(text))
    return Normalized(text, "".join(pieces), index)


def _clean(s: str) -> bool:
    return unicodedata.is_normalized("NFC", s) and not _HAS_INVISIBLE.search(s)


def _normalize_line(line: str, offset: int, pieces: list[str], index: array[int]) -> None:
    pos = 0
    for m in _CHANGE.finditer(line):
        s, e = m.span()
        chunk = m.group()
        if chunk[0] not in INVISIBLE and unicodedata.is_normalized("NFC", chunk) and not any(
            c in INVISIBLE for c in chunk
        ):
            continue
        if s > pos:
            pieces.append(line[pos:s])
            index.extend(range(offset + pos, offset + s))
        pos = e
        if chunk[0] in INVISIBLE:
            continue
        # Every output character of a recomposed cluster maps to the cluster's first original character.
        out = unicodedata.normalize("NFC", "".join(c for c in chunk if c not in INVISIBLE))
        pieces.append(out)
        index.extend([offset + s] * len(out))
    if pos < len(line):
        pieces.append(line[pos:])
        index.extend(range(offset + pos, offset + len(line)))


def normalize_text(text: str) -> str:
    """The normalized string alone, for callers that need no offsets."""
    return normalize(text).text


# ---------------------------------------------------------------------------------------------- match keys

_NUKTA = "\u093c"
_VIRAMA = "\u094d"
_NASAL_CLUSTER = regex.compile(r"[ङञणनम]\u094d(?=[क-ह])")
_KEY_MAP = str.maketrans(
    {
        "\u0901": "\u0902",  # chandrabindu -> anusvara
        "\u0940": "\u093f",  # ी -> ि
        "\u0942": "\u0941",  # ू -> ु
        "\u0908": "\u0907",  # ई -> इ
        "\u090a": "\u0909",  # ऊ -> उ
        "\u0949": "\u093e",  # ॉ -> ा
        "\u0911": "\u0906",  # ऑ -> आ
        "\u0945": "\u0947",  # ॅ -> े
        "\u090d": "\u090f",  # ऍ -> ए
        _NUKTA: None,
        "\u0970": None,  # abbreviation sign
    }
)
_KEY_DROP = regex.compile(r"[\s\p{P}\p{S}\u200b-\u200d\ufeff\u00ad]+")


@lru_cache(maxsize=65536)
def match_key(text: str) -> str:
    """A lookup key that folds Hindi spelling variation.

    >>> match_key("दमिश्क़") == match_key("दमिश्क")
    True
    >>> match_key("लावरेन्तीयेव") == match_key("लावरेंतियेव")
    True
    >>> match_key("अल-असद") == match_key("अल असद")
    True
    """
    s = unicodedata.normalize("NFC", text.translate(_ONE_TO_ONE))
    s = unicodedata.normalize("NFD", s).translate(_KEY_MAP)
    s = _NASAL_CLUSTER.sub("\u0902", s)
    s = _KEY_DROP.sub("", s)
    return s.lower()
