"""The time-expression stage: detection with offsets, ISO values, anchoring on the publication date."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hindinews import Pipeline
from hindinews.schema import TimeExpression
from hindinews.temporal import TimeTagger, find_times
from hindinews.temporal.calendar import infer_year, weekday_date
from hindinews.temporal.lexicon import load_lexicon, spellings

WEDNESDAY = "2025-09-10"  # a Wednesday


def values(text: str, published: str | dt.date | None = WEDNESDAY) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_times(text, published)]


def one(text: str, published: str | dt.date | None = WEDNESDAY) -> TimeExpression:
    found = find_times(text, published)
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------------------------------------ full dates


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("समझौते पर 14 जनवरी 2023 को हस्ताक्षर हुए।", "14 जनवरी 2023", "2023-01-14"),
        ("समझौते पर 14 जनवरी, 2023 को हस्ताक्षर हुए।", "14 जनवरी, 2023", "2023-01-14"),
        ("आयोग का गठन 3 अगस्त , 2019 को किया गया।", "3 अगस्त , 2019", "2019-08-03"),
        ("वार्ता मार्च 7, 2024 को शुरू हुई।", "मार्च 7, 2024", "2024-03-07"),
        ("राजदूत ने १७ नवंबर २०२२ को पदभार संभाला।", "१७ नवंबर २०२२", "2022-11-17"),
        ("अधिसूचना 05-06-2021 को जारी हुई।", "05-06-2021", "2021-06-05"),
        ("अधिसूचना 05/06/2021 को जारी हुई।", "05/06/2021", "2021-06-05"),
        ("अधिसूचना 05.06.2021 को जारी हुई।", "05.06.2021", "2021-06-05"),
        ("रिपोर्ट 2021-06-05 को छपी।", "2021-06-05", "2021-06-05"),
        ("मंत्री 9 July 2024 को लौटे।", "9 July 2024", "2024-07-09"),
    ],
)
def test_full_dates(text: str, span: str, value: str) -> None:
    found = one(text)
    assert (found.text, found.value, found.precision, found.anchored, found.kind) == (
        span, value, "day", False, "date"
    )


@pytest.mark.parametrize(
    ("spelling", "month"),
    [
        ("फ़रवरी", 2), ("फरवरी", 2), ("सितंबर", 9), ("सितम्बर", 9), ("अक्टूबर", 10), ("अक्तूबर", 10),
        ("अप्रैल", 4), ("अप्रेल", 4), ("नवंबर", 11), ("नवम्बर", 11), ("दिसंबर", 12), ("दिसम्बर", 12),
        ("जनवरी", 1), ("मार्च", 3), ("मई", 5), ("जून", 6), ("जुलाई", 7), ("अगस्त", 8),
    ],
)
def test_every_month_spelling(spelling: str, month: int) -> None:
    assert one(f"सम्मेलन 2 {spelling} 2022 को हुआ।").value == f"2022-{month:02d}-02"


def test_nukta_typed_either_way_is_one_month() -> None:
    precomposed = "\u095e\u0930\u0935\u0930\u0940"  # फ़ as one code point
    decomposed = "\u092b\u093c\u0930\u0935\u0930\u0940"
    text = f"सम्मेलन 2 {precomposed} और 3 {decomposed} 2022 को हुआ।"
    assert [t.value for t in find_times(text, None)] == ["2022-02-02", "2022-02-03"]
    for t in find_times(text, None):
        assert text[t.start : t.end] == t.text


def test_invalid_day_is_not_a_date() -> None:
    assert values("31-02-2021 को", None) == []


# ------------------------------------------------------------------------------- months, years, eras


@pytest.mark.parametrize(
    ("text", "span", "value", "precision"),
    [
        ("सरकार अक्टूबर 2023 में गिर गई।", "अक्टूबर 2023", "2023-10", "month"),
        ("सरकार अक्तूबर, 2023 में गिर गई।", "अक्तूबर, 2023", "2023-10", "month"),
        ("संसद ने 2016 में कानून बनाया।", "2016", "2016", "year"),
        ("संसद ने वर्ष 2016 में कानून बनाया।", "वर्ष 2016", "2016", "year"),
        ("विद्रोह सन् 1857 में हुआ था।", "सन् 1857", "1857", "year"),
        ("मंदिर 1206 ई. में बना।", "1206 ई.", "1206", "year"),
        ("उदारीकरण 1990 के दशक में शुरू हुआ।", "1990 के दशक", "199", "decade"),
        ("उदारीकरण नब्बे के दशक में शुरू हुआ।", "नब्बे के दशक", "199", "decade"),
        ("छापाखाना 19वीं शताब्दी में आया।", "19वीं शताब्दी", "18", "century"),
        ("छापाखाना उन्नीसवीं सदी में आया।", "उन्नीसवीं सदी", "18", "century"),
        ("बजट 2023-24 के लिए पास हुआ।", "2023-24", "2023/2024", "year"),
        ("युद्ध 1939 से 1945 तक चला।", "1939 से 1945", "1939/1945", "year"),
        ("उत्सव 12 से 14 मार्च 2022 तक चला।", "12 से 14 मार्च 2022", "2022-03-12/2022-03-14", "day"),
    ],
)
def test_months_years_decades_centuries(text: str, span: str, value: str, precision: str) -> None:
    found = one(text)
    assert (found.text, found.value, found.precision, found.anchored) == (span, value, precision, False)


def test_month_and_year_never_invent_a_day() -> None:
    found = one("सरकार दिसंबर 2022 में बनी।")
    assert found.value == "2022-12" and found.precision == "month"


def test_bce_years_and_centuries_are_found_without_a_value() -> None:
    assert values("यह स्तूप 250 ईसा पूर्व बना।") == [("250 ईसा पूर्व", None)]
    assert values("यह लिपि दूसरी शताब्दी ईसा पूर्व की है।") == [("दूसरी शताब्दी ईसा पूर्व", None)]


def test_year_borrowed_from_the_next_date() -> None:
    assert values("दौरा 28 जनवरी और 3 फ़रवरी 2024 को हुआ।", None) == [
        ("28 जनवरी", "2024-01-28"), ("3 फ़रवरी 2024", "2024-02-03")
    ]
    # Across a year boundary the first date belongs to the year before.
    assert values("दौरा 29 दिसंबर से 4 जनवरी 2024 तक चला।", None) == [
        ("29 दिसंबर", "2023-12-29"), ("4 जनवरी 2024", "2024-01-04")
    ]


# ---------------------------------------------------------------------- day + month: year from tense


def test_day_month_past_clause_takes_latest_date_not_after_publication() -> None:
    found = one("विदेश मंत्री 5 मार्च को ढाका पहुंचे थे।")
    assert (found.value, found.anchored) == ("2025-03-05", True)


def test_day_month_future_clause_takes_next_date() -> None:
    assert one("विदेश मंत्री 5 मार्च को ढाका जाएंगे।").value == "2026-03-05"


def test_year_inference_across_the_year_boundary() -> None:
    # Published early in January: a past December is last year's, a coming one this year's.
    assert one("सम्मेलन 28 दिसंबर को हुआ था।", "2025-01-03").value == "2024-12-28"
    assert one("सम्मेलन 28 दिसंबर को होगा।", "2025-01-03").value == "2025-12-28"
    # Published in late December: a coming January is next year's.
    assert one("शिखर वार्ता 4 जनवरी को होगी।", "2024-12-20").value == "2025-01-04"
    assert one("शिखर वार्ता 4 जनवरी को हुई थी।", "2024-12-20").value == "2024-01-04"


def test_day_month_without_tense_takes_the_nearest() -> None:
    assert one("15 अगस्त स्वतंत्रता दिवस", "2025-09-10").value == "2025-08-15"
    assert one("15 अगस्त स्वतंत्रता दिवस", "2025-05-10").value == "2025-08-15"
    assert one("15 अगस्त स्वतंत्रता दिवस", "2025-02-10").value == "2024-08-15"


def test_infer_year_handles_february_29() -> None:
    assert infer_year(2, 29, dt.date(2025, 3, 1), "past") == dt.date(2024, 2, 29)
    assert infer_year(2, 29, dt.date(2025, 3, 1), "future") is None


# ------------------------------------------------------------------------------- relative expressions


def test_kal_past_clause_is_yesterday() -> None:
    found = one("कल विदेश मंत्री ने अपने समकक्ष से मुलाक़ात की।")
    assert (found.text, found.value, found.anchored) == ("कल", "2025-09-09", True)


def test_kal_future_clause_is_tomorrow() -> None:
    assert one("कल विदेश मंत्री अपने समकक्ष से मुलाक़ात करेंगे।").value == "2025-09-11"


def test_future_passive_is_future_though_its_participle_looks_past() -> None:
    # किया / किए are past participles, but before जाएगा / जाएंगे the verb group is a future passive.
    assert one("कल समझौते पर हस्ताक्षर किया जाएगा।").value == "2025-09-11"
    assert one("कल समझौते पर हस्ताक्षर किया गया।").value == "2025-09-09"
    assert one("एक हफ़्ते बाद नतीजे घोषित किए जाएंगे।").value == "2025-W38"


def test_infinitive_with_hai_is_what_is_to_happen() -> None:
    assert one("गुरुवार को बैठक होनी है।").value == "2025-09-11"
    assert one("गुरुवार को बैठक होनी थी लेकिन टल गई।").value == "2025-09-04"


def test_tense_is_read_in_the_clause_of_the_expression() -> None:
    # The first clause is past; the future verb after "जहाँ" belongs to another clause.
    text = "सोमवार को प्रतिनिधिमंडल काठमांडू पहुंचा, जहाँ वह नेताओं से बातचीत करेगा।"
    assert one(text).value == "2025-09-08"
    assert one("उन्होंने कहा कि कल वे संसद में बयान देंगे।").value == "2025-09-11"


def test_parson_and_aaj() -> None:
    assert values("परसों दोनों नेता साझा बयान जारी करेंगे।") == [("परसों", "2025-09-12")]
    assert values("आज सुबह संसद में हंगामा हुआ।") == [("आज सुबह", "2025-09-10")]
    assert values("बीती रात सीमा पर गोलीबारी हुई।") == [("बीती रात", "2025-09-09")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("सोमवार को मंत्री ने इस्तीफ़ा दिया।", "2025-09-08"),
        ("बुधवार को मंत्री ने इस्तीफ़ा दिया।", "2025-09-10"),  # the publication day itself
        ("बृहस्पतिवार को मंत्री ने इस्तीफ़ा दिया।", "2025-09-04"),
        ("गुरुवार को मंत्री इस्तीफ़ा देंगे।", "2025-09-11"),
        ("रविवार को मतदान होगा।", "2025-09-14"),
        ("मंगलवार को मतदान होगा।", "2025-09-16"),
        ("इतवार को रैली हुई थी।", "2025-09-07"),
        ("पिछले बुधवार को बैठक हुई।", "2025-09-03"),
        ("अगले सोमवार को बैठक है।", "2025-09-15"),
    ],
)
def test_weekdays_on_both_sides_of_publication(text: str, value: str) -> None:
    found = one(text)
    assert (found.value, found.precision, found.anchored) == (value, "day", True)


def test_weekday_arithmetic() -> None:
    wednesday = dt.date(2025, 9, 10)
    assert weekday_date(3, wednesday, -1) == wednesday
    assert weekday_date(3, wednesday, -2) == dt.date(2025, 9, 3)
    assert weekday_date(3, wednesday, 1) == wednesday
    assert weekday_date(3, wednesday, 2) == dt.date(2025, 9, 17)
    assert weekday_date(4, wednesday, 1) == dt.date(2025, 9, 11)


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("पिछले हफ़्ते संसद में बहस हुई।", "2025-W36", "week"),
        ("पिछले सप्ताह संसद में बहस हुई।", "2025-W36", "week"),
        ("इस हफ्ते संसद में बहस होगी।", "2025-W37", "week"),
        ("अगले सप्ताह संसद में बहस होगी।", "2025-W38", "week"),
        ("पिछले महीने चुनाव हुए।", "2025-08", "month"),
        ("अगले माह चुनाव होंगे।", "2025-10", "month"),
        ("बीते साल चुनाव हुए।", "2024", "year"),
        ("गत वर्ष चुनाव हुए।", "2024", "year"),
        ("आगामी वर्ष चुनाव होंगे।", "2026", "year"),
        ("इस साल चुनाव होंगे।", "2025", "year"),
        ("तीन दिन पहले हमला हुआ।", "2025-09-07", "day"),
        ("दो हफ़्ते पहले हमला हुआ।", "2025-W35", "week"),
        ("छह महीने पहले हमला हुआ।", "2025-03", "month"),
        ("दो साल बाद चुनाव होंगे।", "2027", "year"),
        ("पिछले दशक में विकास हुआ।", "201", "decade"),
    ],
)
def test_relative_periods(text: str, value: str, precision: str) -> None:
    found = one(text)
    assert (found.value, found.precision, found.anchored, found.kind) == (value, precision, True, "date")


def test_year_end_week_and_month_arithmetic() -> None:
    assert one("पिछले महीने चुनाव हुए।", "2025-01-15").value == "2024-12"
    assert one("अगले हफ़्ते चुनाव होंगे।", "2025-12-29").value == "2026-W02"


def test_relative_to_another_event_is_not_anchored_on_publication() -> None:
    found = one("चुनाव के दो साल बाद सरकार गिर गई।")
    assert (found.text, found.value, found.anchored, found.precision) == ("दो साल बाद", None, False, "year")


@pytest.mark.parametrize(
    "text",
    [
        "ईरान और सऊदी अरब ने सात साल बाद राजनयिक संबंध बहाल किए।",
        "दोनों नेता दस साल बाद मिले थे।",
        "टीम दो दिन पहले ही रवाना हो जाएगी।",
    ],
)
def test_relative_period_against_the_clause_tense_is_not_anchored_on_publication(text: str) -> None:
    found = one(text)
    assert (found.value, found.anchored) == (None, False)


def test_without_publication_date_relative_expressions_have_no_value() -> None:
    text = "कल मंत्री ने बताया कि पिछले हफ़्ते 5 मार्च को सोमवार सुबह बैठक हुई।"
    found = find_times(text)
    assert [t.text for t in found] == ["कल", "पिछले हफ़्ते", "5 मार्च", "सोमवार सुबह"]
    assert all(t.value is None and not t.anchored for t in found)


def test_nothing_reads_the_machine_clock() -> None:
    import hindinews.temporal as temporal

    for source in Path(temporal.__file__).parent.glob("*.py"):
        code = source.read_text(encoding="utf-8")
        assert "today(" not in code and ".now(" not in code and "time.time" not in code, source


# ---------------------------------------------------------------------------------------- durations


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("किसान पिछले 9 दिनों से धरने पर बैठे हैं।", "पिछले 9 दिनों से", "P9D"),
        ("समझौता तीन साल के लिए हुआ।", "तीन साल", "P3Y"),
        ("टीका कुछ हफ़्तों में आ सकता है।", "कुछ हफ़्तों", None),
        ("बैठक दो घंटे चली।", "दो घंटे", "PT2H"),
        ("मुकदमा डेढ़ साल चला।", "डेढ़ साल", "P1.5Y"),
        ("पिछले तीन दशकों में बहुत बदला।", "पिछले तीन दशकों", "P30Y"),
        ("जांच 90 दिनों के भीतर पूरी होगी।", "90 दिनों के भीतर", "P90D"),
    ],
)
def test_durations_are_not_dates(text: str, span: str, value: str | None) -> None:
    found = one(text)
    assert (found.text, found.value, found.kind, found.precision, found.anchored) == (
        span, value, "duration", None, False
    )


# ---------------------------------------------------------------------------------- no false dates


@pytest.mark.parametrize(
    "text",
    [
        "भाजपा को 272 सीटें मिलीं।",
        "1700 से ज़्यादा लोग गिरफ़्तार हुए।",
        "2000 से अधिक लोग पहुंचे।",
        "5वें दौर की बैठक बेनतीजा रही।",
        "3 बसों में आग लगा दी गई।",
        "सरकार ने 2020 करोड़ रुपये दिए।",
        "उन्हें ₹1999 का जुर्माना भरना पड़ा।",
        "महंगाई 2.5% बढ़ी, यानी 18 प्रतिशत।",
        "हेल्पलाइन 1800-2345-6789 और 9876543210 पर फ़ोन करें।",
        "अबू मोहम्मद अल-जूलानी ने बयान दिया।",
        "अब वह पार्टी के अध्यक्ष हैं।",
        "आजकल कल-कारखाने बंद हैं।",
        "किसानों ने राजधानी तक मार्च निकाला।",
        "किसानों का मार्च के बाद धरना जारी रहा।",
        "प्रति वर्ष 6000 रुपये की सहायता मिलेगी।",
        "गरीब परिवार दो जून की रोटी को तरसते हैं।",
        "योगी सरकार ने आदेश दिया।",
        "2000 के नोट बंद हो गए।",
        "उसे 1,700 वोट मिले।",
    ],
)
def test_no_false_dates(text: str) -> None:
    assert find_times(text, WEDNESDAY) == []


def test_march_with_a_part_of_the_month_is_the_month() -> None:
    # मार्च is also a protest march; "के पहले सप्ताह" / "के अंत में" after it make it the month.
    found = one("मार्च के पहले सप्ताह में प्रतिनिधिमंडल दिल्ली पहुंचेगा।")
    assert (found.text, found.value, found.precision) == ("मार्च", "2026-03", "month")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("पिछले महीने की 20 तारीख को वार्ता हुई।", "पिछले महीने की 20 तारीख", "2025-08-20"),
        ("मार्च की 5 तारीख को समझौता हुआ था।", "मार्च की 5 तारीख", "2025-03-05"),
        ("प्रधानमंत्री 20 तारीख को पहुंचेंगे।", "20 तारीख", "2025-09-20"),
        ("बैठक 5 तारीख को हुई थी।", "5 तारीख", "2025-09-05"),
    ],
)
def test_the_nth_of_a_month(text: str, span: str, value: str) -> None:
    # Published Wednesday 10 September 2025: the 20th to come is this month's, the 5th gone also.
    found = one(text)
    assert (found.text, found.value, found.precision, found.anchored) == (span, value, "day", True)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("बैठक मंगलवार, 2 सितंबर को हुई।", "मंगलवार, 2 सितंबर", "2025-09-02"),
        ("समझौता 2 सितंबर 2025 (मंगलवार) को हुआ।", "2 सितंबर 2025", "2025-09-02"),
        ("2 सितंबर, मंगलवार को प्रधानमंत्री पहुंचे।", "2 सितंबर, मंगलवार", "2025-09-02"),
    ],
)
def test_a_weekday_beside_a_date_is_part_of_it(text: str, span: str, value: str) -> None:
    # Alone, मंगलवार in an article of Wednesday 10 September would be 9 September.
    found = one(text)
    assert (found.text, found.value) == (span, value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("पिछले साल मार्च के अंत में बातचीत हुई थी।", "पिछले साल मार्च", "2024-03"),
        ("गत वर्ष 12 मई को समझौता हुआ था।", "गत वर्ष 12 मई", "2024-05-12"),
        ("अगले साल जनवरी में चुनाव होंगे।", "अगले साल जनवरी", "2026-01"),
        ("पिछले वर्ष मार्च में चुनाव हुए थे।", "पिछले वर्ष मार्च", "2024-03"),
        ("इस साल मार्च में दोनों नेता मिले थे।", "इस साल मार्च", "2025-03"),
    ],
)
def test_a_relative_year_and_the_month_after_it_are_one_date(text: str, span: str, value: str) -> None:
    # Published in June 2025: the month alone would be March 2025, last year's March is March 2024.
    found = one(text, "2025-06-01")
    assert (found.text, found.value, found.anchored) == (span, value, True)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("पिछले सप्ताह सोमवार को हमला हुआ।", "पिछले सप्ताह सोमवार", "2025-09-01"),
        ("पिछले हफ़्ते के मंगलवार को बैठक हुई थी।", "पिछले हफ़्ते के मंगलवार", "2025-09-02"),
        ("अगले हफ़्ते बुधवार को प्रधानमंत्री पहुंचेंगे।", "अगले हफ़्ते बुधवार", "2025-09-17"),
    ],
)
def test_a_weekday_after_a_relative_week_is_a_day_of_that_week(text: str, span: str, value: str) -> None:
    # Published Wednesday 10 September 2025: सोमवार alone in a past clause would be 8 September.
    found = one(text)
    assert (found.text, found.value, found.precision, found.anchored) == (span, value, "day", True)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("आज यानी बुधवार को प्रधानमंत्री रवाना होंगे।", "आज यानी बुधवार", "2025-09-10"),
        ("कल यानी 11 सितंबर को बैठक होगी।", "कल यानी 11 सितंबर", "2025-09-11"),
        ("कल यानी मंगलवार को वार्ता हुई।", "कल यानी मंगलवार", "2025-09-09"),
    ],
)
def test_a_day_word_and_the_day_it_names_are_one_date(text: str, span: str, value: str) -> None:
    # The day word and the weekday name one date (Wednesday 10 September).
    found = one(text)
    assert (found.text, found.value) == (span, value)


def test_a_range_of_months_without_a_year() -> None:
    assert values("मार्च-अप्रैल में चुनाव होंगे।", "2025-01-12") == [("मार्च", "2025-03"), ("अप्रैल", "2025-04")]


def test_without_a_publication_date_a_full_dateline_anchors_relative_expressions() -> None:
    text = "पटना, 14 अक्टूबर 2025। मुख्यमंत्री मंगलवार को दिल्ली गए और कल लौटेंगे।"
    assert values(text, None) == [("14 अक्टूबर 2025", "2025-10-14"), ("मंगलवार", "2025-10-14"),
                                  ("कल", "2025-10-15")]
    # A dateline without a year anchors nothing; a given publication date always wins.
    assert values("पटना, 14 अक्टूबर। मुख्यमंत्री मंगलवार को दिल्ली गए।", None) == [
        ("14 अक्टूबर", None), ("मंगलवार", None)]
    assert values(text)[1] == ("मंगलवार", "2025-09-09")


# ---------------------------------------------------------------------------- offsets and the stage


def test_offsets_index_the_original_text_with_invisible_characters() -> None:
    text = "बैठक\u200c 28 जन\u200dवरी 2025 को हुई।\n२ मार्च २०२४ को भी।"
    found = find_times(text, WEDNESDAY)
    assert [t.value for t in found] == ["2025-01-28", "2024-03-02"]
    for t in found:
        assert text[t.start : t.end] == t.text
    assert [t.sentence for t in found] == [0, 1]


def test_find_times_equals_the_pipeline_stage() -> None:
    text = (
        "पड़ोसी देशों के विदेश मंत्रियों की बैठक\n"
        "मंगलवार को प्रतिनिधिमंडल राजधानी पहुंचा, जहाँ वह कल वार्ता करेगा। अक्तूबर 2023 में पिछली वार्ता हुई थी।\n"
        "दोनों देशों ने 14 फ़रवरी 2024 को समझौता किया था और पिछले 9 दिनों से बातचीत चल रही है।"
    )
    doc = Pipeline(components=["segment", "times"])(text, published=WEDNESDAY)
    assert doc.times == find_times(text, WEDNESDAY)
    assert [(t.text, t.value, t.sentence) for t in doc.times] == [
        ("मंगलवार", "2025-09-09", 1), ("कल", "2025-09-11", 1), ("अक्तूबर 2023", "2023-10", 2),
        ("14 फ़रवरी 2024", "2024-02-14", 3), ("पिछले 9 दिनों से", "P9D", 3),
    ]


def test_tagger_is_a_component() -> None:
    tagger = TimeTagger()
    assert tagger.name == "times"


def test_published_is_coerced_or_rejected() -> None:
    assert one("कल बैठक हुई।", dt.date(2025, 9, 10)).value == "2025-09-09"
    assert one("कल बैठक हुई।", dt.datetime(2025, 9, 10, 23, 0)).value == "2025-09-09"
    assert one("कल बैठक हुई।", "2025-09-10T08:00:00Z").value == "2025-09-09"
    with pytest.raises(ValueError, match="ISO 8601"):
        find_times("कल बैठक हुई।", "10 सितंबर")
    with pytest.raises(TypeError):
        find_times(b"bytes", None)  # type: ignore[arg-type]


def test_lexicon_spelling_variants() -> None:
    assert {"सितंबर", "सितम्बर"} <= spellings("सितंबर")
    lexicon = load_lexicon()
    assert lexicon.weekdays["बृहस्पतिवार"] == lexicon.weekdays["गुरुवार"] == 4


_FRAGMENTS = [
    "28 जनवरी 2025", "कल", "आज सुबह", "मंगलवार", "पिछले 9 दिनों से", "2019 में", "272 सीटें", "अबू", " ",
    "\u200c", "।", ",", "-", "१२", "5", "मार्च", "फ़रवरी", "फ\u093cरवरी", "\n", "पिछले", "के दशक", "वीं", "सदी",
]


@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=25), st.sampled_from([None, WEDNESDAY]))
def test_offsets_always_hold(parts: list[str], published: str | None) -> None:
    text = "".join(parts)
    for t in find_times(text, published):
        assert text[t.start : t.end] == t.text
        assert t.value is None or t.kind == "duration" or t.value[:1].isdigit()


def test_adversarial_input_runs_in_linear_time() -> None:
    unit = "1 1 - 2 22 से 22 से पिछले पिछले 1, 2, 12-12-12-1 जनवरी जनवरी कल कल 2019 2019 "
    small = unit * 200
    large = unit * 2000
    started = time.perf_counter()
    find_times(small, WEDNESDAY)
    small_s = time.perf_counter() - started
    started = time.perf_counter()
    find_times(large, WEDNESDAY)
    large_s = time.perf_counter() - started
    assert large_s < 30 * max(small_s, 0.01)  # 10x the input: ~10x the time, with room for noise


def test_a_date_right_before_what_is_agreed_on_is_future() -> None:
    assert values("दोनों पक्ष 22 जून को फिर से मिलने पर सहमत हुए हैं।", "2025-06-18") == [("22 जून", "2025-06-22")]
    # With a subject between, the date is the agreeing's: Tuesday before publication.
    assert values("मंगलवार को दोनों देश व्यापार बढ़ाने पर सहमत हुए।", "2025-06-18") == [("मंगलवार", "2025-06-17")]


def test_what_is_starting_on_a_date_is_to_come() -> None:
    # the clause's verb (किया) is past, but the summit that is starting has its start ahead
    assert values("अमेरिका ने 22 नवंबर से शुरू हो रहे शिखर सम्मेलन के बहिष्कार का ऐलान किया।", "2025-11-20") == [
        ("22 नवंबर", "2025-11-22")]


def test_a_proposed_thing_farther_on_does_not_make_the_clause_future() -> None:
    assert values("ट्रंप ने बुधवार को बुडापेस्ट में पुतिन के साथ होने वाली प्रस्तावित शिखर बैठक रद्द कर दी।",
                  "2025-10-23") == [("बुधवार", "2025-10-22")]
    # right after the expression it is the proposed thing's date
    assert values("बुधवार को प्रस्तावित बैठक की तैयारी शुरू हो गई।", "2025-10-20") == [("बुधवार", "2025-10-22")]


def test_the_date_of_a_noun_weeks_ahead_of_a_past_clause_is_ahead() -> None:
    # The protest announced (past) is on 26 November, two weeks after publication, not a year before.
    assert values("किसान संगठनों ने 26 नवंबर को देशभर में प्रदर्शन का ऐलान किया है।", "2024-11-12") == [
        ("26 नवंबर", "2024-11-26")]
    # A date of the verb itself, or more than three weeks ahead, keeps the clause's tense.
    assert values("भारत ने 20 नवंबर को पाकिस्तान पर आरोप लगाया।", "2024-11-12") == [("20 नवंबर", "2023-11-20")]
    assert values("किसानों ने 28 दिसंबर को प्रदर्शन का ऐलान किया।", "2024-11-12") == [("28 दिसंबर", "2023-12-28")]
    assert infer_year(11, 26, dt.date(2024, 11, 12), "past", of_noun=True) == dt.date(2024, 11, 26)
    assert infer_year(11, 26, dt.date(2024, 11, 12), "past") == dt.date(2023, 11, 26)


def test_a_noun_with_a_future_ending_before_a_case_marker_is_no_verb() -> None:
    # मनरेगा, सेगा end like करेगा; before के they are nouns, and the clause's verb (लगाया, किया) is past.
    assert values("ममता बनर्जी ने मंगलवार को केंद्र सरकार पर मनरेगा के तहत बकाया रोकने का आरोप लगाया।",
                  "2025-11-19") == [("मंगलवार", "2025-11-18")]
    assert values("कंपनी ने मंगलवार को सेगा के साथ करार किया।", "2025-11-19") == [("मंगलवार", "2025-11-18")]
