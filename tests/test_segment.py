from __future__ import annotations

from hindinews.normalize import normalize
from hindinews.segment import split_parts, split_sentences, tokenize

PAGE = """नेपाल के प्रधानमंत्री दिल्ली पहुँचे
नेपाल के प्रधानमंत्री बुधवार को चार दिन की यात्रा पर नई दिल्ली पहुँचे। उन्होंने हवाई अड्डे पर पत्रकारों से बात की।
दोनों देशों के बीच बिजली व्यापार पर समझौता होने की संभावना है।

यह भी पढ़ें
मुंबई में भारी बारिश से यातायात ठप
मुंबई में लगातार दूसरे दिन भारी बारिश हुई और कई इलाक़ों में
संसद का शीतकालीन सत्र अगले सप्ताह से
संसद का शीतकालीन सत्र अगले सप्ताह से शुरू होगा जिसमें
"""


def parts_of(text: str) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in split_parts(normalize(text))]


def test_headline_body_and_teasers_are_told_apart() -> None:
    parts = parts_of(PAGE)
    kinds = [k for k, _ in parts]
    assert kinds == ["headline", "body", "body", "boilerplate", "teaser", "teaser"]
    assert parts[0][1] == "नेपाल के प्रधानमंत्री दिल्ली पहुँचे"
    assert parts[3][1] == "यह भी पढ़ें"
    assert parts[4][1].startswith("मुंबई में भारी बारिश") and parts[4][1].endswith("कई इलाक़ों में")


def test_english_teaser_heading_and_blank_separated_stories() -> None:
    page = "सरकार ने नई नीति जारी की।\n\nAlso Read:\nपहली ख़बर का शीर्षक\nपहली ख़बर की पंक्ति\n\nदूसरी ख़बर\n"
    kinds = [k for k, _ in parts_of(page)]
    assert kinds == ["body", "boilerplate", "teaser", "teaser"]


def test_an_inline_also_read_line_is_a_teaser_and_the_article_goes_on() -> None:
    page = ("सरकार ने नई नीति जारी की।\n"
            "ये भी पढ़ें - बिहार में बाढ़ से हालात बिगड़े\n"
            "नीति अगले महीने से लागू होगी।\n"
            "नई दिल्ली: संसद में विधेयक पेश हुआ।\n")
    assert [k for k, _ in parts_of(page)] == ["body", "teaser", "body", "body"]


def test_menus_and_page_datelines_above_the_headline_are_boilerplate() -> None:
    page = ("होम | देश | विदेश | खेल\n"
            "अपडेटेड: 12 मार्च 2025, 10:30 AM IST\n"
            "श्रीलंका के राष्ट्रपति कोलंबो लौटे\n"
            "श्रीलंका के राष्ट्रपति तीन दिन की भारत यात्रा के बाद कोलंबो लौट आए।\n"
            "होम » विदेश » एशिया\n")
    assert [k for k, _ in parts_of(page)] == ["boilerplate", "boilerplate", "headline", "body", "boilerplate"]
    # A menu whose separators were images: its items stand between runs of spaces.
    page = ("होम  भारत  विश्व  एशिया  अमेरिका  बिज़नेस\n"
            "श्रीलंका के राष्ट्रपति कोलंबो लौटे, भारत यात्रा रही सफल\n"
            "श्रीलंका के राष्ट्रपति तीन दिन की भारत यात्रा के बाद कोलंबो लौट आए।\n")
    assert [k for k, _ in parts_of(page)] == ["boilerplate", "headline", "body"]


SCRAPED = """दैनिक समाचार
होम | देश | विदेश | राज्य | खेल | वीडियो
लॉगिन करें
Hindi News › विदेश
Nepal PM in Delhi: नेपाल के प्रधानमंत्री दिल्ली पहुंचे, बिजली व्यापार पर 'ऐतिहासिक' समझौता
न्यूज डेस्क, दैनिक समाचार, नई दिल्ली Published by: रमेश कुमार Updated Wed, 12 Mar 2025 06:12 PM IST
सार
नेपाल के प्रधानमंत्री बुधवार को चार दिन की यात्रा पर नई दिल्ली पहुंचे।
विस्तार
दोनों देशों ने बिजली व्यापार के एक समझौते पर हस्ताक्षर किए।
ये भी पढ़ें-
बांग्लादेश ने भारत से मांगा प्रत्यर्पण, ढाका में विरोध प्रदर्शन
दोनों प्रधानमंत्रियों ने सीमा पर व्यापार बढ़ाने पर भी चर्चा की।
रिलेटेड वीडियो
टैग्स: नेपाल, भारत, बिजली व्यापार
अगला लेख
चीन ने ताइवान के पास शुरू किया सैन्य अभ्यास, अमेरिका ने जताई चिंता
"""


def test_a_scraped_page_keeps_only_its_story() -> None:
    # The masthead, login link, breadcrumb, byline and section labels stand above the headline; a
    # read-also link interrupts the story, which goes on; after its last sentence come labels, tags and a
    # link to another story. A headline may end in a quoted word.
    parts = parts_of(SCRAPED)
    assert [text[:20] for kind, text in parts if kind == "headline"] == ["Nepal PM in Delhi: न"]
    body = [text for kind, text in parts if kind == "body"]
    assert len(body) == 3 and body[-1].startswith("दोनों प्रधानमंत्रियों")
    assert [kind for kind, text in parts if text.startswith(("बांग्लादेश", "चीन ने"))] == ["teaser", "teaser"]


def test_photo_credits_and_captions_are_boilerplate() -> None:
    # A caption tells what the photo shows (a welcome at the airport), not a further event of the story.
    page = ("ईरानी राष्ट्रपति बग़दाद पहुँचे\n"
            "इमेज स्रोत, Getty Images\n"
            "इमेज कैप्शन, बग़दाद हवाई अड्डे पर ईरानी राष्ट्रपति का स्वागत करते इराक़ी प्रधानमंत्री\n"
            "ईरान के राष्ट्रपति बुधवार को बग़दाद पहुँचे।\n"
            "फ़ोटो: रॉयटर्स\n")
    assert [k for k, _ in parts_of(page)] == ["headline", "boilerplate", "boilerplate", "body", "boilerplate"]


def test_single_paragraph_is_body() -> None:
    assert [k for k, _ in parts_of("भारत और चीन के बीच सीमा पर बातचीत हुई।")] == ["body"]


def test_sentences_split_on_danda_question_and_period_but_not_initials() -> None:
    text = "एस. जयशंकर ने कहा कि बातचीत अच्छी रही। क्या समझौता होगा? हाँ! अगली बैठक दिल्ली में होगी."
    view = normalize(text)
    parts = split_parts(view)
    sentences = [s.text for s in split_sentences(view, parts)]
    assert sentences == [
        "एस. जयशंकर ने कहा कि बातचीत अच्छी रही।",
        "क्या समझौता होगा?",
        "हाँ!",
        "अगली बैठक दिल्ली में होगी.",
    ]


def test_tokens_keep_offsets_and_split_hyphens() -> None:
    text = "अबू अल-जूलानी ने १२.०२.२०२५ को ३ बसें भेजीं।"
    view = normalize(text)
    parts = split_parts(view)
    sentences = split_sentences(view, parts)
    tokens = tokenize(view, sentences)
    assert [t.text for t in tokens] == ["अबू", "अल", "-", "जूलानी", "ने", "१२.०२.२०२५", "को", "३", "बसें", "भेजीं", "।"]
    assert tokens[5].norm == "12.02.2025"
    for token in tokens:
        assert text[token.start : token.end] == token.text


def test_very_long_line_without_end_mark_is_cut_into_bounded_sentences() -> None:
    text = "शब्द " * 5000
    view = normalize(text)
    sentences = split_sentences(view, split_parts(view))
    assert len(sentences) > 1
    assert all(len(s.text) <= 2000 for s in sentences)
