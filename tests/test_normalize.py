from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hindinews.normalize import match_key, normalize


def test_clean_text_is_identity() -> None:
    view = normalize("भारत और नेपाल के बीच बातचीत हुई।")
    assert view.aligned
    assert view.text == view.original


def test_invisible_characters_removed_and_offsets_kept() -> None:
    text = "भारत\u200cीय \u200dसेना\u00ad ने\ufeff कहा"
    view = normalize(text)
    assert "\u200c" not in view.text and "\u200d" not in view.text and "\ufeff" not in view.text
    start = view.text.index("सेना")
    s, e = view.to_original(start, start + len("सेना"))
    assert text[s:e].replace("\u00ad", "") == "सेना"


def test_nukta_letters_fold_to_one_form() -> None:
    precomposed = "\u095b"  # ज़ as one code point
    decomposed = "\u091c\u093c"
    assert normalize(f"इ{precomposed}रायल").text == normalize(f"इ{decomposed}रायल").text


def test_digits_danda_and_quotes() -> None:
    view = normalize("२८ जनवरी २०२५ | “बयान”")
    assert view.text == '28 जनवरी 2025 । "बयान"'
    assert view.aligned  # one-to-one replacements keep every offset


def test_to_original_covers_a_recomposed_cluster() -> None:
    text = "a\u0301b"  # á decomposed: NFC makes one character of two
    view = normalize(text)
    assert view.text == "\u00e1b"
    assert view.to_original(0, 1) == (0, 2)
    assert view.to_original(1, 2) == (2, 3)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("दमिश्क़", "दमिश्क"),
        ("फ़रवरी", "फरवरी"),
        ("इज़रायल", "इजरायल"),
        ("लावरेन्तीयेव", "लावरेंतियेव"),
        ("अल-असद", "अल असद"),
        ("पहुँचा", "पहुंचा"),
        ("सम्बन्ध", "संबंध"),
        ("मॉस्को", "मास्को"),
    ],
)
def test_match_key_folds_spelling_variants(a: str, b: str) -> None:
    assert match_key(a) == match_key(b)


def test_match_key_keeps_different_words_apart() -> None:
    assert match_key("असद") != match_key("असअद")
    assert match_key("रूस") != match_key("रूसी")


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_offset_map_is_monotone_and_complete(text: str) -> None:
    view = normalize(text)
    assert len(view.index) == len(view.text) + 1
    assert list(view.index) == sorted(view.index)
    assert view.index[-1] == len(text)
    for i in range(len(view.text)):
        s, e = view.to_original(i, i + 1)
        assert 0 <= s < e <= len(text)


@given(st.text(alphabet=st.sampled_from(list("कखगज़ड़िीुूेैोौंँः़्\u200c\u200d\u0958\u095b।॥०१२ \n\r-\"“”")), max_size=80))
def test_normalized_text_is_nfc_without_invisibles(text: str) -> None:
    view = normalize(text)
    assert unicodedata.is_normalized("NFC", view.text)
    assert "\u200c" not in view.text and "\u200d" not in view.text
