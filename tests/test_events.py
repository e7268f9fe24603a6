"""The event stage: types, roles, modality, dating, merging, confidence, the lexicon and the harness.

Sentences are the project's own, news style. The pipeline runs without the NER model (segment, times,
events): actors come from the knowledge base gazetteer and the nominal lexicon, which the stage reads
itself so that it works on whatever entities exist.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hindinews.events import EventExtractor, LexiconError
from hindinews.events.evaluate import arg_matches, evaluate_events, read_gold, score
from hindinews.events.lexicon import build_lexicon, load_lexicon
from hindinews.pipeline import Pipeline
from hindinews.schema import Argument, Document, EventBase, TimeExpression

DATA = Path(__file__).parent / "data"
PUBLISHED = "2025-06-18"  # a Wednesday


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(components=["segment", "times", "events"])


def events(nlp: Pipeline, text: str, published: str | None = PUBLISHED) -> list[EventBase]:
    doc = nlp(text, published)
    doc.check_offsets()
    return list(doc.events)


def only(nlp: Pipeline, text: str, published: str | None = PUBLISHED) -> EventBase:
    found = events(nlp, text, published)
    assert len(found) == 1, [(e.type, e.trigger.text) for e in found]
    return found[0]


def names(args: list[Argument]) -> list[str]:
    return [a.canonical or a.text for a in args]


# ------------------------------------------------------------------------------------------------ types


@pytest.mark.parametrize(
    ("text", "etype", "actor", "target"),
    [
        ("कनाडा के प्रधानमंत्री 3 जून 2025 को लंदन पहुँचे।", "VISIT", "Canada", "United Kingdom"),
        ("ब्रिटेन के विदेश मंत्री ने जॉर्डन के विदेश मंत्री से अम्मान में मुलाकात की।", "MEET", "United Kingdom",
         "Jordan"),
        ("फ्रांस के राष्ट्रपति ने मिस्र के राष्ट्रपति से फ़ोन पर बात की।", "CALL", "France", "Egypt"),
        ("भारत और पाकिस्तान के सैन्य अधिकारियों के बीच हॉटलाइन पर बातचीत हुई।", "CALL", "Pakistan", None),
        ("भारत और पाकिस्तान के सैन्य अभियान महानिदेशकों के बीच सोमवार शाम हॉटलाइन पर बातचीत हुई।", "CALL",
         "Pakistan", None),
        ("स्पेन ने फ़लस्तीन के प्रति अपना समर्थन दोहराया।", "SUPPORT", "Spain", "Palestinian Territory"),
        ("आर्मेनिया और अज़रबैजान ने शांति समझौते पर हस्ताक्षर किए।", "AGREE", "Armenia", None),
        ("मिस्र ने इसराइल के साथ राजनयिक संबंध बहाल किए।", "COOPERATE", "Egypt", "Israel"),
        ("जापान ने फ़िलीपींस को राहत सामग्री भेजी।", "AID", "Japan", "Philippines"),
        ("ब्रिटेन ने यूक्रेन को हथियारों की नई खेप भेजी।", "AID", "United Kingdom", "Ukraine"),
        ("जर्मनी ने ईरान से संयम बरतने की अपील की।", "REQUEST", "Germany", "Iran"),
        ("भारत ने चीन पर घुसपैठ का आरोप लगाया।", "ACCUSE", "India", "China"),
        ("वेनेज़ुएला ने अमेरिका के प्रस्ताव को ख़ारिज कर दिया।", "REJECT", "Venezuela", "United States"),
        ("रूस ने फ़िनलैंड को गंभीर परिणाम भुगतने की धमकी दी।", "THREATEN", "Russia", "Finland"),
        ("ब्रिटेन ने ईरान पर नए प्रतिबंध लगाए।", "SANCTION", "United Kingdom", "Iran"),
        ("ईरान ने ब्रिटेन के साथ किसी भी वार्ता से इनकार किया।", "REJECT", "Iran", "United Kingdom"),
        ("नेपाल और चीन ने सीधी उड़ानें फिर से शुरू कीं।", "COOPERATE", "Nepal", None),
        ("क़तर ने सीरिया में अपना दूतावास फिर से खोल दिया।", "COOPERATE", "Qatar", "Syria"),
        ("चीनी विदेश मंत्री तीन दिन की यात्रा पर पाकिस्तान में हैं।", "VISIT", "China", "Pakistan"),
        ("ब्राज़ील ने यूरोपीय संघ के फ़ैसले को अस्वीकार्य बताया।", "ACCUSE", "Brazil", None),
        ("फ़्रांस, जर्मनी और इटली के नेताओं ने शिखर सम्मेलन में हिस्सा लिया।", "MEET", "France", None),
        ("कनाडा ने अमेरिका के फ़ैसले का स्वागत किया।", "SUPPORT", "Canada", "United States"),
        ("राजद और झामुमो ने झारखंड चुनाव के लिए गठबंधन का ऐलान किया।", "AGREE", "Jharkhand Mukti Morcha", None),
        ("भारत ने श्रीलंका को दवाइयां भेजीं।", "AID", "India", "Sri Lanka"),
        ("रूस ने ब्रिटिश दूतावास के दो अधिकारियों को निष्कासित किया।", "SANCTION", "Russia", "United Kingdom"),
        ("जदयू ने भाजपा से समर्थन वापस ले लिया।", "SANCTION", "Janata Dal (United)", "Bharatiya Janata Party"),
        ("चीन ने विश्व व्यापार संगठन में अमेरिका के ख़िलाफ़ शिकायत दर्ज कराई।", "ACCUSE", "China", "United States"),
        ("नेपाल ने भारत से बिजली व्यापार समझौता किया।", "AGREE", "India", None),  # से names the other party
        ("चीन ने जापान को आगाह किया कि वह ताइवान मामले में दखल न दे।", "THREATEN", "China", "Japan"),
        ("फ्रांस ने इज़राइल से संयम बरतने की गुज़ारिश की।", "REQUEST", "France", "Israel"),
        ("ब्राज़ील ने भारत के प्रयासों को सराहा।", "SUPPORT", "Brazil", "India"),
        ("चीन ने संयुक्त राष्ट्र में रूस के पक्ष में वोट किया।", "SUPPORT", "China", "Russia"),
        ("भारत और वियतनाम ने संयुक्त नौसैनिक अभ्यास शुरू किया।", "COOPERATE", "Vietnam", None),
        ("भारत ने नेपाल के साथ व्यापार संधि का नवीनीकरण किया।", "AGREE", "Nepal", None),
        ("पाकिस्तान ने भारत के साथ शिमला समझौते को स्थगित कर दिया।", "SANCTION", "Pakistan", "India"),
        ("नीदरलैंड ने इज़राइल को हथियारों का निर्यात रोक दिया।", "SANCTION", "The Netherlands", "Israel"),
        ("ब्रिटेन ने सऊदी अरब को हथियारों की आपूर्ति रोक दी।", "SANCTION", "United Kingdom", "Saudi Arabia"),
        ("चीन ने जापान के इस कदम को अनुचित बताया।", "ACCUSE", "China", "Japan"),
        ("निकारागुआ ने अंतरराष्ट्रीय न्यायालय में जर्मनी के ख़िलाफ़ मामला दायर किया।", "ACCUSE", "Nicaragua",
         "Germany"),
        ("श्रीलंका ने भारत के आरोपों को बेबुनियाद बताया।", "REJECT", "Sri Lanka", "India"),
        ("तुर्की ने सीरिया में राहत सामग्री से लदे 50 ट्रक भेजे।", "AID", "Turkey", None),
        ("नेपाल के प्रधानमंत्री अगले हफ़्ते भारत आ सकते हैं।", "VISIT", "Nepal", "India"),
        ("जापान ने फ़िलीपींस के लिए कंबल, टेंट और दवाइयों से भरे दो विमान भेजे।", "AID", "Japan", None),
        ("भारत इस कठिन समय में श्रीलंका के साथ पूरी मज़बूती से खड़ा है।", "SUPPORT", "India", "Sri Lanka"),
        ("मिस्र ने फ़लस्तीनियों के प्रति अपने समर्थन को दोहराया।", "SUPPORT", "Egypt", None),
        ("यूरोपीय संघ ने ईरान के खिलाफ प्रतिबंधों के नए पैकेज को मंज़ूरी दी।", "SANCTION", "European Union", "Iran"),
        ("भारत और कनाडा ने नए उच्चायुक्तों की नियुक्ति की घोषणा की।", "COOPERATE", "Canada", None),
        ("भारत और चीन के बीच सीधी उड़ान सेवा फिर शुरू हो गई।", "COOPERATE", "China", None),
        ("आईएमएफ ने पाकिस्तान के लिए एक अरब डॉलर की नई किस्त जारी की।", "AID", "International Monetary Fund",
         None),
        ("चीन ने अमेरिका से आयात होने वाले सामानों पर शुल्क 34 से बढ़ाकर 84 प्रतिशत कर दिया।", "SANCTION", "China",
         "United States"),
        ("पुतिन ऊर्जा ढांचे पर हमले रोकने पर राज़ी हो गए।", "AGREE", "Vladimir Putin", None),
        ("अमेरिका ने यूक्रेन को दी जा रही सैन्य सहायता पर अस्थायी रोक लगा दी।", "SANCTION", "United States",
         "Ukraine"),
        ("भारत ने पाकिस्तान के साथ सिंधु जल संधि को तत्काल प्रभाव से स्थगित कर दिया।", "SANCTION", "India",
         "Pakistan"),
        ("भारत ने पाकिस्तान के साथ व्यापार के लिए अटारी चेक पोस्ट को तत्काल बंद कर दिया।", "SANCTION", "India",
         "Pakistan"),
    ],
)
def test_each_type(nlp: Pipeline, text: str, etype: str, actor: str, target: str | None) -> None:
    event = only(nlp, text)
    assert event.type == etype
    assert actor in names(event.actors)
    if target is not None:
        recipients = names(event.targets) + names(getattr(event, "counterparts", []))
        assert target in recipients


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("मलेशिया ने म्यांमार के साथ व्यापार निलंबित कर दिया।", "Malaysia", "Myanmar"),
        ("इथियोपिया ने मिस्र के साथ जल संधि को निलंबित कर दिया।", "Ethiopia", "Egypt"),
        ("पोलैंड ने बेलारूसी नागरिकों के लिए वीज़ा सेवाएं निलंबित कर दीं।", "Poland", "Belarus"),
        ("कनाडा ने चीन पर 25 प्रतिशत टैरिफ लगाया।", "Canada", "China"),
        ("अफ़्रीकी संघ ने माली की सदस्यता निलंबित कर दी।", "African Union", "Mali"),
        ("रूस ने एस्टोनिया के राजनयिक को अवांछित व्यक्ति घोषित कर दिया।", "Russia", "Estonia"),
        ("भारत ने कनाडा के दो राजनयिकों को देश छोड़ने को कहा।", "India", "Canada"),
    ],
)
def test_suspending_trade_treaties_or_visas_and_tariffs_are_sanctions(
    nlp: Pipeline, text: str, actor: str, target: str
) -> None:
    event = only(nlp, text)
    assert (event.type, names(event.actors), names(event.targets)) == ("SANCTION", [actor], [target])


def test_every_type_has_a_lexicon_entry_and_plover_code() -> None:
    lexicon = load_lexicon()
    assert set(lexicon.types) == {"VISIT", "MEET", "CALL", "SUPPORT", "AGREE", "COOPERATE", "AID", "REQUEST",
                                  "ACCUSE", "REJECT", "THREATEN", "SANCTION"}
    assert lexicon.types["VISIT"].plover_type == "CONSULT" and lexicon.types["VISIT"].plover_mode == "visit"
    assert lexicon.types["CALL"].plover_mode == "phone"


@pytest.mark.parametrize("form", ["पहुँचा", "पहुँची", "पहुँचे", "पहुंचे", "पहुँचेंगे"])
def test_visit_verb_inflections_and_spellings(nlp: Pipeline, form: str) -> None:
    event = only(nlp, f"ईरान का प्रतिनिधिमंडल बग़दाद {form}।")
    assert event.type == "VISIT"
    assert event.destination is not None and event.destination.canonical == "Baghdad"


@pytest.mark.parametrize("form", ["आईं", "आएंगी"])
def test_feminine_forms_of_aana_before_a_place(nlp: Pipeline, form: str) -> None:
    event = only(nlp, f"ईरान की उपराष्ट्रपति बग़दाद {form}।")
    assert event.type == "VISIT"
    assert event.destination is not None and event.destination.canonical == "Baghdad"


def test_an_infinitive_asked_for_is_the_request_not_its_content(nlp: Pipeline) -> None:
    event = only(nlp, "इराक़ ने तुर्की से अपने सैनिक वापस बुलाने को कहा।")
    assert event.type == "REQUEST" and names(event.targets) == ["Turkey"]
    threat = only(nlp, "अमेरिका ने क्यूबा पर प्रतिबंध लगाने की धमकी दी।")
    assert threat.type == "THREATEN"
    # A meeting noun inside the asked-for phrase is no meeting either.
    request = only(nlp, "यूरोपीय संघ ने ईरान से परमाणु वार्ता में लौटने का आग्रह किया।")
    assert request.type == "REQUEST" and names(request.targets) == ["Iran"]


def test_approving_a_package_is_the_event(nlp: Pipeline) -> None:
    event = only(nlp, "जापान ने वियतनाम के लिए सहायता पैकेज को मंज़ूरी दी।")
    assert event.type == "AID" and names(event.targets) == ["Vietnam"]


def test_initial_with_a_period_does_not_cut_the_clause(nlp: Pipeline) -> None:
    event = only(nlp, "विदेश मंत्री एस. जयशंकर ने अबू धाबी में अमीरात के विदेश मंत्री से मुलाकात की।")
    assert names(event.actors) == ["S. Jaishankar"]


def test_headline_style_without_a_finite_verb(nlp: Pipeline) -> None:
    event = only(nlp, "चीन की नसीहत, ताइवान से दूर रहे अमेरिका")
    assert event.type == "REQUEST"
    assert names(event.actors) == ["China"] and names(event.targets) == ["United States"]
    assert event.modality == "asserted"


# ------------------------------------------------------------------------------------------------ roles


def test_ergative_subject_and_se_counterparts_with_coordination(nlp: Pipeline) -> None:
    event = only(nlp, "तुर्की के विदेश मंत्री ने सऊदी अरब और क़तर के विदेश मंत्रियों से मुलाकात की।")
    assert event.type == "MEET"
    assert names(event.actors) == ["Turkey"]
    assert set(names(event.counterparts)) == {"Saudi Arabia", "Qatar"}


def test_ko_recipient(nlp: Pipeline) -> None:
    event = only(nlp, "अमेरिका ने इराक़ को सैन्य सहायता दी।")
    assert event.type == "AID" and names(event.targets) == ["Iraq"]


@pytest.mark.parametrize(
    ("text", "second", "actor", "target"),
    [
        ("अमेरिका ने रूस की कड़ी निंदा की और उसे चेतावनी दी।", "THREATEN", "United States", "Russia"),
        ("भारत ने पाकिस्तान की आलोचना की और उसे आतंकवाद पर कार्रवाई करने की सलाह दी।", "REQUEST", "India",
         "Pakistan"),
    ],
)
def test_object_pronoun_stands_for_the_earlier_object_not_the_actor(
    nlp: Pipeline, text: str, second: str, actor: str, target: str
) -> None:
    found = events(nlp, text)
    assert [e.type for e in found] == ["ACCUSE", second]
    assert names(found[1].actors) == [actor] and names(found[1].targets) == [target]


def test_ergative_pronoun_is_the_actor_and_a_bare_neighbour_is_not_a_conjunct(nlp: Pipeline) -> None:
    # उन्होंने has ने fused in; सऊदी right after it modifies the counterpart, it is no second actor.
    text = "मार्को रुबियो रियाद पहुंचे जहां उन्होंने सऊदी क्राउन प्रिंस मोहम्मद बिन सलमान से मुलाकात की।"
    visit, meeting = events(nlp, text)
    assert (visit.type, meeting.type) == ("VISIT", "MEET")
    assert names(meeting.actors) == ["Marco Rubio"]
    assert names(meeting.counterparts) == ["Mohammed bin Salman"]


@pytest.mark.parametrize(
    ("text", "etype", "actor", "target"),
    [
        ("उत्तर कोरिया ने एक और मिसाइल परीक्षण किया जिसकी जापान ने निंदा की।", "ACCUSE", "Japan", "North Korea"),
        ("फ्रांस ने एक प्रस्ताव रखा जिसका भारत ने समर्थन किया।", "SUPPORT", "India", "France"),
    ],
)
def test_relative_genitive_object_is_the_actor_of_the_clause_before(
    nlp: Pipeline, text: str, etype: str, actor: str, target: str
) -> None:
    event = only(nlp, text)
    assert (event.type, names(event.actors), names(event.targets)) == (etype, [actor], [target])


@pytest.mark.parametrize(
    ("text", "etype", "actor", "target"),
    [
        ("भारत ने पाकिस्तान पर घुसपैठ कराने का आरोप लगाया, जिसे पाकिस्तान ने खारिज कर दिया।", "REJECT",
         "Pakistan", "India"),
        ("जापान ने एक नया प्रस्ताव रखा जिसे ऑस्ट्रेलिया ने समर्थन दिया।", "SUPPORT", "Australia", "Japan"),
        ("भारत ने सिंधु जल संधि निलंबित कर दी, जिस पर पाकिस्तान ने कड़ी नाराज़गी जताई।", "ACCUSE", "Pakistan",
         "India"),
    ],
)
def test_relative_object_stands_for_the_clause_before(
    nlp: Pipeline, text: str, etype: str, actor: str, target: str
) -> None:
    event = next(e for e in events(nlp, text) if e.type == etype)
    assert (names(event.actors), names(event.targets)) == ([actor], [target])


def test_coordinated_owners_of_a_noun_share_its_role(nlp: Pipeline) -> None:
    event = only(nlp, "ब्रिटेन ने फ्रांस और जर्मनी के प्रयासों की सराहना की।")
    assert event.type == "SUPPORT" and names(event.actors) == ["United Kingdom"]
    assert names(event.targets) == ["France", "Germany"]


def test_object_of_an_infinitive_is_not_the_recipient(nlp: Pipeline) -> None:
    event = only(nlp, "रूस ने यूक्रेन को मिसाइलें देने के लिए ब्रिटेन को चेतावनी दी।")
    assert event.type == "THREATEN" and names(event.targets) == ["United Kingdom"]
    event = only(nlp, "ईरान ने अमेरिका को इराक़ पर हमले जारी रखने पर गंभीर परिणाम की धमकी दी।")
    assert event.type == "THREATEN" and names(event.targets) == ["United States"]


def test_a_demonstrative_genitive_stands_for_the_clause_before(nlp: Pipeline) -> None:
    found = events(nlp, "जापान ने रूस पर हवाई सीमा के उल्लंघन का आरोप लगाया, लेकिन रूस ने इसका खंडन किया।")
    rejection = next(e for e in found if e.type == "REJECT")
    assert names(rejection.actors) == ["Russia"] and names(rejection.targets) == ["Japan"]


def test_phrases_of_a_participle_belong_to_it_not_to_the_trigger(nlp: Pipeline) -> None:
    # Who imposed the sanctions that Turkey criticizes is the target; Syria, on whom they were imposed, is not.
    event = only(nlp, "ब्रिटेन द्वारा सीरिया पर लगाए गए प्रतिबंधों की तुर्की ने आलोचना की।")
    assert (event.type, names(event.actors), names(event.targets)) == ("ACCUSE", ["Turkey"], ["United Kingdom"])
    event = only(nlp, "ईरान ने इज़राइल द्वारा लेबनान पर किए गए हमलों का विरोध किया।")
    assert (event.type, names(event.actors), names(event.targets)) == ("ACCUSE", ["Iran"], ["Israel"])


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("नेपाल को जापान से आर्थिक सहायता मिली।", "asserted"),
        ("नेपाल को जापान की ओर से मदद मिलेगी।", "planned"),
        ("नेपाल को जापान से कोई मदद नहीं मिली।", "negated"),
    ],
)
def test_aid_received_names_the_giver(nlp: Pipeline, text: str, modality: str) -> None:
    event = only(nlp, text)
    assert (event.type, event.modality) == ("AID", modality)
    assert (names(event.actors), names(event.targets)) == (["Japan"], ["Nepal"])


@pytest.mark.parametrize(
    "text",
    [
        "इस फ़ैसले से छोटे व्यापारियों को मदद मिलेगी।",  # "this will help": no giver
        "चीन के इस क़दम से रूस को मदद मिलेगी।",  # China's step helps; China gives nothing
    ],
)
def test_help_without_a_giver_is_no_aid(nlp: Pipeline, text: str) -> None:
    assert [e.type for e in events(nlp, text)] == []


def test_two_nominal_actors_side_by_side_stay_two(nlp: Pipeline) -> None:
    event = only(nlp, "किसान यूनियन सरकार के नए क़ानून का विरोध कर रही है।")
    assert event.type == "ACCUSE"
    assert [a.text for a in event.actors] == ["किसान यूनियन"] and [a.text for a in event.targets] == ["सरकार"]


def test_a_title_before_a_rank_word_is_no_party(nlp: Pipeline) -> None:
    # विदेश सचिव स्तर की वार्ता: talks at the rank of foreign secretaries, between the two countries.
    event = only(nlp, "भारत और नेपाल के बीच काठमांडू में विदेश सचिव स्तर की वार्ता हुई।")
    assert event.type == "MEET" and names(event.actors) == ["India", "Nepal"]


def test_complement_without_a_party_of_its_own_speaks_of_the_speaker(nlp: Pipeline) -> None:
    talks = only(nlp, "ईरान के विदेश मंत्री ने कहा कि अमेरिका के साथ कोई बातचीत नहीं होगी।")
    assert (talks.type, talks.modality, names(talks.actors)) == ("MEET", "negated", ["Iran"])
    assert names(talks.targets) == ["United States"]
    deal = only(nlp, "मंत्री ने कहा कि भारत और अमेरिका के बीच समझौता हो गया है।")
    assert names(deal.actors) == ["India", "United States"]  # the parties, not the speaker


def test_ko_after_a_date_is_time_not_recipient(nlp: Pipeline) -> None:
    event = only(nlp, "भारत ने 5 मार्च 2025 को नेपाल को राहत सामग्री भेजी।")
    assert names(event.targets) == ["Nepal"]
    assert event.date is not None and event.date.value == "2025-03-05"


def test_mein_place_is_location(nlp: Pipeline) -> None:
    event = only(nlp, "भारत और चीन के अधिकारियों ने बीजिंग में बातचीत की।")
    assert event.location is not None and event.location.canonical == "Beijing"
    assert set(names(event.actors)) == {"India", "China"}


def test_genitive_delegation_is_its_country(nlp: Pipeline) -> None:
    event = only(nlp, "मिस्र का एक उच्चस्तरीय प्रतिनिधिमंडल अंकारा पहुँचा।")
    [actor] = event.actors
    assert actor.canonical == "Egypt" and actor.code == "EGYGOV"
    assert actor.text == "मिस्र का एक उच्चस्तरीय प्रतिनिधिमंडल"


def test_demonym_with_nominal_head(nlp: Pipeline) -> None:
    event = only(nlp, "रूसी अधिकारियों ने तुर्की के अधिकारियों से वार्ता की।")
    assert names(event.actors) == ["Russia"] and names(event.counterparts) == ["Turkey"]


def test_relative_place_and_pronoun(nlp: Pipeline) -> None:
    visit, meet = events(nlp, "जापान का प्रतिनिधिमंडल सोमवार को सियोल पहुँचा, जहाँ वह दक्षिण कोरिया के अधिकारियों "
                              "से मुलाकात करेगा।")
    assert visit.type == "VISIT" and meet.type == "MEET"
    assert names(meet.actors) == ["Japan"]
    assert meet.location is not None and meet.location.canonical == "Seoul"
    assert meet.modality == "planned" and meet.date is None  # the relative clause has no time of its own


def test_place_proform_and_pronoun_in_next_clause(nlp: Pipeline) -> None:
    visit, meet = events(nlp, "पाकिस्तान के प्रधानमंत्री 2 जून 2025 को अंकारा पहुँचे और वहाँ उन्होंने तुर्की के "
                              "राष्ट्रपति से मुलाकात की।")
    assert visit.date is not None and visit.date.value == "2025-06-02"
    assert names(meet.actors) == ["Pakistan"] and names(meet.counterparts) == ["Turkey"]
    assert meet.location is not None and meet.location.canonical == "Ankara"
    assert meet.date is not None and meet.date.value == "2025-06-02"  # और-joined clauses share their time


def test_led_by_relative_genitive(nlp: Pipeline) -> None:
    [visit] = events(nlp, "अमेरिका का प्रतिनिधिमंडल 10 जून 2025 को काहिरा पहुँचा, जिसकी अगुवाई विदेश मंत्री मार्को "
                          "रुबियो ने की।")
    assert visit.type == "VISIT"
    assert [a.canonical for a in visit.led_by] == ["Marco Rubio"]
    assert visit.date is not None and visit.date.value == "2025-06-10"


def test_led_by_in_a_later_sentence(nlp: Pipeline) -> None:
    [visit] = events(nlp, "चीन का प्रतिनिधिमंडल इस्लामाबाद पहुँचा। इस प्रतिनिधिमंडल की अगुवाई विदेश मंत्री वांग यी कर "
                          "रहे हैं।")
    assert [a.canonical for a in visit.led_by] == ["Wang Yi"]


def test_between_gives_all_parties(nlp: Pipeline) -> None:
    event = only(nlp, "सर्बिया और कोसोवो के बीच ब्रसेल्स में वार्ता हुई।")
    assert set(names(event.actors)) == {"Serbia", "Kosovo"}


def test_against_and_genitive_topic_target(nlp: Pipeline) -> None:
    event = only(nlp, "भारत ने यूक्रेन की संप्रभुता के प्रति समर्थन जताया।")
    assert event.type == "SUPPORT" and names(event.targets) == ["Ukraine"]
    assert event.topic is not None and "संप्रभुता" in event.topic.text  # type: ignore[attr-defined]


def test_short_name_takes_the_identity_of_an_earlier_full_name(nlp: Pipeline) -> None:
    found = events(nlp, "सीरिया के राष्ट्रपति अहमद अल-शरा ने 1 मई 2025 को पेरिस का दौरा किया। "
                        "फ्रांस के राष्ट्रपति ने अल-शरा से फ़ोन पर बात की।")
    call = next(e for e in found if e.type == "CALL")
    assert call.counterparts and call.counterparts[0].canonical == "Ahmed al-Sharaa"


def test_a_short_name_is_the_person_the_story_named_not_a_namesake_in_the_kb(nlp: Pipeline) -> None:
    # देउबा is also Sher Bahadur Deuba's short name in the KB; the story named Arzu Rana Deuba.
    text = ("नेपाल की विदेश मंत्री डॉ. आरज़ू राणा देउबा बुधवार को नई दिल्ली पहुँचीं। देउबा गुरुवार को राष्ट्रपति "
            "द्रौपदी मुर्मू से भेंट करेंगी।")
    found = events(nlp, text)
    assert [(e.type, names(e.actors)) for e in found] == [
        ("VISIT", ["Arzu Rana Deuba"]), ("MEET", ["Arzu Rana Deuba"])]  # the title and डॉ. before the name too


def test_a_party_of_another_country_is_not_the_kb_party_inside_its_name(nlp: Pipeline) -> None:
    event = only(nlp, "विपक्षी सेशेल्स डेमोक्रेटिक पार्टी ने राष्ट्रपति से दस्तावेज़ सार्वजनिक करने की माँग की।")
    assert "Democratic Party (US)" not in names(event.actors)


def test_a_sea_is_not_the_city_spelled_like_its_noun(nlp: Pipeline) -> None:
    # सागर is also Sagar (Saugor), a city in the KB; बाल्टिक सागर is the Baltic Sea.
    event = only(nlp, "स्वीडन और फ़िनलैंड की नौसेनाओं ने सोमवार को बाल्टिक सागर में संयुक्त युद्धाभ्यास शुरू किया।")
    assert event.type == "COOPERATE" and (event.location is None or event.location.canonical != "Saugor")


def test_an_edition_of_a_joint_exercise_is_the_exercise(nlp: Pipeline) -> None:
    event = only(nlp, "भारत और उज़्बेकिस्तान की सेनाओं के बीच संयुक्त सैन्य अभ्यास 'डस्टलिक' का छठा संस्करण बुधवार को "
                      "शुरू हुआ।")
    assert (event.type, names(event.actors)) == ("COOPERATE", ["India", "Uzbekistan"])


def test_a_mediator_is_no_party_of_the_talks(nlp: Pipeline) -> None:
    event = only(nlp, "इथियोपिया और सोमालिया के बीच रविवार को नैरोबी में केन्या की मध्यस्थता से वार्ता हुई।")
    assert (event.type, names(event.actors), names(event.targets)) == ("MEET", ["Ethiopia", "Somalia"], [])


def test_a_headline_told_again_adds_no_actor_as_its_own_recipient(nlp: Pipeline) -> None:
    text = ("फ़िलीपींस का आरोप- चीनी जहाज़ों ने अनुसंधान पोत पर की पानी की बौछार\n"
            "मनीला: फ़िलीपींस ने मंगलवार को आरोप लगाया कि चीनी जहाज़ों ने उसके एक अनुसंधान पोत पर पानी की बौछार की।")
    accusation = next(e for e in events(nlp, text) if e.type == "ACCUSE")
    assert (names(accusation.actors), names(accusation.targets)) == (["Philippines"], ["China"])


def test_a_trigger_reads_across_quote_marks_and_a_ministry_is_its_countrys(nlp: Pipeline) -> None:
    event = only(nlp, "म्यांमार के विदेश मंत्रालय ने बांग्लादेश के आरोपों को 'पूरी तरह बेबुनियाद' बताया।")
    assert (event.type, names(event.actors), names(event.targets)) == ("REJECT", ["Myanmar"], ["Bangladesh"])
    assert event.trigger.text == "बेबुनियाद' बताया"  # the closing quote is inside, the opening one is not


def test_what_a_warning_threatens_after_a_condition_is_no_event_of_its_own(nlp: Pipeline) -> None:
    event = only(nlp, "ट्रंप ने रूस को चेतावनी दी कि अगर युद्ध नहीं रुका तो अमेरिका रूस पर सेकेंडरी टैरिफ़ लगाएगा।")
    assert (event.type, names(event.actors), names(event.targets)) == ("THREATEN", ["Donald Trump"], ["Russia"])


def test_harm_promised_on_a_condition_in_someones_words_is_their_threat(nlp: Pipeline) -> None:
    text = "ईरान के विदेश मंत्री अब्बास अराघची ने मंगलवार को कहा कि अगर इस्राइल ने हमले बंद नहीं किए तो तेहरान 'निर्णायक जवाब' देगा।"
    event = only(nlp, text)
    assert (event.type, event.modality) == ("THREATEN", "asserted")
    assert (names(event.actors), names(event.targets)) == (["Abbas Araghchi"], ["Israel"])
    assert event.date is not None and event.date.value == "2025-06-17"  # when it was said


def test_a_conditional_threat_without_a_subject_is_against_whom_the_speaker_accused(nlp: Pipeline) -> None:
    text = ("ममता बनर्जी ने केंद्र सरकार पर बकाया रोकने का आरोप लगाया। उन्होंने कहा कि अगर राशि जारी नहीं की गई तो "
            "तृणमूल कांग्रेस दिल्ली में धरना देगी।")
    threat = next(e for e in events(nlp, text) if e.type == "THREATEN")
    assert (names(threat.actors), names(threat.targets)) == (["Mamata Banerjee"], ["Government of India"])


@pytest.mark.parametrize(
    "text",
    [
        # restraint promised on a condition
        "अराघची ने कहा कि अगर इस्राइल हमले रोक देता है तो ईरान भी जवाबी कार्रवाई नहीं करेगा।",
        # a forecast, in nobody's words
        "सूत्रों के मुताबिक, अगर वार्ता विफल रही तो सेना कड़ी कार्रवाई करेगी।",
        # no condition: a reply
        "अराघची ने कहा कि ईरान ने इस्राइल को करारा जवाब दिया है।",
    ],
)
def test_harm_without_a_speakers_condition_is_no_threat(nlp: Pipeline, text: str) -> None:
    assert not [e for e in events(nlp, text) if e.type == "THREATEN"]


def test_relief_for_a_countrys_people_is_aid_to_that_country(nlp: Pipeline) -> None:
    event = only(nlp, "यूएनएचसीआर ने मोज़ाम्बिक के विस्थापित परिवारों के लिए राहत सामग्री भेजी है।")
    assert (event.type, names(event.actors), names(event.targets)) == ("AID", ["UNHCR"], ["Mozambique"])


def test_welcoming_this_decision_welcomes_whoever_took_it(nlp: Pipeline) -> None:
    text = ("ग्रीस ने सोमवार को तुर्की नागरिकों के लिए वीज़ा सुविधा फिर शुरू करने की घोषणा की। तुर्की के विदेश "
            "मंत्रालय ने इस फ़ैसले का स्वागत किया।")
    support = next(e for e in events(nlp, text) if e.type == "SUPPORT")
    assert (names(support.actors), names(support.targets)) == (["Turkey"], ["Greece"])


def test_a_participle_before_its_subject_tells_the_visit(nlp: Pipeline) -> None:
    text = ("भूटान की दो दिवसीय यात्रा पर पहुंचे प्रधानमंत्री नरेंद्र मोदी ने शुक्रवार को थिम्पू में भूटानी प्रधानमंत्री "
            "शेरिंग तोबगे से मुलाकात की।")
    visit, meeting = events(nlp, text)
    assert (visit.type, names(visit.actors), names(visit.targets)) == ("VISIT", ["Narendra Modi"], ["Bhutan"])
    assert meeting.type == "MEET"


def test_what_the_accused_is_accused_of_is_no_event(nlp: Pipeline) -> None:
    text = "शहबाज़ शरीफ़ ने भारत पर सिंधु जल संधि को एकतरफ़ा तरीक़े से स्थगित कर पानी को हथियार बनाने का आरोप लगाया।"
    assert [(e.type, names(e.targets)) for e in events(nlp, text)] == [("ACCUSE", ["India"])]


def test_aid_sent_to_a_city_helps_its_country(nlp: Pipeline) -> None:
    event = only(nlp, "भारत ने शनिवार को 15 टन राहत सामग्री यांगून भेजी।")
    assert (names(event.targets), event.location.canonical if event.location else None) == (["Myanmar"], "Yangon")


def test_a_verbal_attack_is_an_accusation(nlp: Pipeline) -> None:
    event = only(nlp, "राजद नेता तेजस्वी यादव ने मुख्यमंत्री नीतीश कुमार पर तीखा हमला बोला।")
    assert (event.type, names(event.actors), names(event.targets)) == ("ACCUSE", ["Tejashwi Yadav"], ["Nitish Kumar"])


@pytest.mark.parametrize(
    ("text", "etype", "actors"),
    [
        ("अमेरिकी वाणिज्य विभाग ने सोमवार को कनाडा की लकड़ी पर शुल्क बढ़ाकर 35 प्रतिशत करने का ऐलान किया।", "SANCTION",
         ["United States"]),
        ("विश्व स्वास्थ्य संगठन के सदस्य देशों ने मंगलवार को महामारी समझौते को अपनाया।", "AGREE",
         ["World Health Organization"]),
        ("भारत और कनाडा ने उच्चायुक्तों की बहाली की घोषणा की।", "COOPERATE", ["India", "Canada"]),
        ("स्पेन और पुर्तगाल ने एक संयुक्त कार्यबल गठित करने का फ़ैसला किया है।", "COOPERATE", ["Spain", "Portugal"]),
    ],
)
def test_ministries_adoption_envoys_and_joint_bodies(nlp: Pipeline, text: str, etype: str, actors: list[str]) -> None:
    event = only(nlp, text)
    assert (event.type, names(event.actors)) == (etype, actors)


def test_who_speaks_after_the_talks_held_them(nlp: Pipeline) -> None:
    text = "संसद भवन में ऑस्ट्रेलियाई प्रधानमंत्री एंथनी अल्बनीज़ के साथ बातचीत के बाद जेम्स मारापे ने कहा कि संधि ऐतिहासिक है।"
    meeting = next(e for e in events(nlp, text) if e.type == "MEET")
    assert (names(meeting.actors), names(meeting.targets)) == (["James Marape"], ["Anthony Albanese"])


def test_member_states_leaders_are_the_organization(nlp: Pipeline) -> None:
    text = ("द हेग में बुधवार को हुए नाटो शिखर सम्मेलन में सदस्य देशों के नेताओं ने 2035 तक रक्षा पर पांच प्रतिशत ख़र्च "
            "करने के लक्ष्य पर सहमति जताई।")
    agreement = next(e for e in events(nlp, text, "2025-06-26") if e.type == "AGREE")
    assert names(agreement.actors) == ["NATO"]
    assert agreement.date is not None and agreement.date.value == "2025-06-25"


def test_an_honorific_possessive_is_a_persons_not_the_ministrys(nlp: Pipeline) -> None:
    text = ("प्रधानमंत्री नरेंद्र मोदी मंगलवार को न्यूयॉर्क पहुंचे। विदेश मंत्रालय ने साफ़ कर दिया है कि पाकिस्तान के "
            "प्रधानमंत्री शहबाज़ शरीफ़ से उनकी कोई मुलाक़ात नहीं होगी।")
    meeting = next(e for e in events(nlp, text) if e.type == "MEET")
    assert (meeting.modality, names(meeting.actors)) == ("negated", ["Narendra Modi"])


def test_a_capital_sent_aid_is_its_country(nlp: Pipeline) -> None:
    event = only(nlp, "भारत ने पिछले महीने कोलंबो को दवाइयों की खेप भेजी थी।")
    assert (event.type, names(event.actors), names(event.targets)) == ("AID", ["India"], ["Sri Lanka"])


def test_the_centre_is_the_government_of_india(nlp: Pipeline) -> None:
    event = only(nlp, "किसान संगठनों ने केंद्र सरकार से एमएसपी पर क़ानूनी गारंटी की माँग की।")
    assert (event.type, names(event.targets)) == ("REQUEST", ["Government of India"])


def test_a_date_past_a_converb_dates_what_follows_it(nlp: Pipeline) -> None:
    event = only(nlp, "किसान संगठनों ने केंद्र सरकार से क़ानूनी गारंटी की माँग दोहराते हुए 26 नवंबर को प्रदर्शन का ऐलान किया।")
    assert (event.type, event.modality, event.date) == ("REQUEST", "asserted", None)


def test_a_condemned_attack_on_something_names_the_attacker_not_the_thing(nlp: Pipeline) -> None:
    # जहाज़ पर is the attack's object: the condemnation and the warning after it still stand
    found = events(nlp, "सऊदी अरब ने जहाज़ पर हूती विद्रोहियों के हमले की निंदा करते हुए चेतावनी दी है कि जवाब दिया जाएगा।")
    assert [(e.type, names(e.targets)) for e in found] == [
        ("ACCUSE", ["Houthis (Ansar Allah)"]), ("THREATEN", ["Houthis (Ansar Allah)"])]
    event = only(nlp, "फ्रांस ने यूक्रेन पर रूस के हमलों की निंदा की।")
    assert names(event.targets) == ["Russia"]
    event = only(nlp, "भारत ने पाकिस्तान पर आतंकवाद के समर्थन का आरोप लगाया।")  # आरोप: the पर phrase is accused
    assert names(event.targets) == ["Pakistan"]


def test_name_keys_keep_words_with_vowel_signs() -> None:
    from hindinews.events.analysis import _name_key

    # str.isalnum is False for अराग़ची (its vowel signs are marks): the key must still hold the word.
    assert _name_key(["अब्बास", "अराग़ची"]) == "अब्बासअराग़ची" and _name_key(["अल", "-", "शरा"]) == "अलशरा"


# --------------------------------------------------------------------------------------------- modality


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("ईरान ने सऊदी अरब से मुलाकात की थी।", "asserted"),
        ("ईरान सऊदी अरब से मुलाकात करेगा।", "planned"),
        ("ईरान ने सऊदी अरब से मुलाकात नहीं की।", "negated"),
        ("ईरान के सऊदी अरब से मुलाकात करने की संभावना है।", "reported"),
        ("अधिकारियों ने कहा कि ईरान सऊदी अरब से मुलाकात करेगा।", "planned"),
        ("अधिकारियों ने कहा कि ईरान सऊदी अरब से मुलाकात कर सकता है।", "reported"),
        ("ईरान और सऊदी अरब के बीच बातचीत हो सकती है।", "reported"),
        ("ईरान ने कहा कि सऊदी अरब के साथ बातचीत ज़रूरी है।", "reported"),  # what should happen has not
        ("ईरान सऊदी अरब से मिलने के लिए तैयार है।", "planned"),  # ready to: not yet
        ("ईरान ने सऊदी अरब से मिलने का फ़ैसला किया।", "planned"),  # an infinitive and a noun of intention
        ("ईरान ने सऊदी अरब से मिलने के बाद बयान दिया।", "asserted"),
        ("ईरान सऊदी अरब से बातचीत करने पर विचार कर रहा है।", "reported"),  # considered, not done
    ],
)
def test_modality(nlp: Pipeline, text: str, modality: str) -> None:
    event = only(nlp, text)
    assert event.type == "MEET" and event.modality == modality


def test_an_event_dated_after_publication_is_planned(nlp: Pipeline) -> None:
    event = only(nlp, "विदेश मंत्री कल मॉस्को जा रहे हैं।")  # published Wednesday 18 June 2025
    assert (event.type, event.modality) == ("VISIT", "planned")
    assert event.date is not None and event.date.value == "2025-06-19"


def test_starts_after() -> None:
    import datetime as dt

    from hindinews.events.dating import starts_after

    day = dt.date(2025, 6, 18)
    assert starts_after("2025-06-19", day) and starts_after("2025-W26", day) and starts_after("2025-07", day)
    assert not starts_after("2025-06", day) and not starts_after("2025", day) and not starts_after("199", day)
    assert starts_after("2025-06-20/2025-06-22", day) and not starts_after("P3D", day)


def test_planned_visit_is_plover_agree(nlp: Pipeline) -> None:
    event = only(nlp, "भारत के प्रधानमंत्री अगले महीने जापान जाएंगे।")
    assert event.type == "VISIT" and event.modality == "planned"
    assert event.plover.type == "AGREE"
    asserted = only(nlp, "भारत के प्रधानमंत्री 2 जून 2025 को जापान पहुँचे।")
    assert asserted.plover.type == "CONSULT" and asserted.plover.mode == "visit"


# ----------------------------------------------------------------------------------------------- dating


def test_date_from_the_clause_anchored_on_publication(nlp: Pipeline) -> None:
    event = only(nlp, "मंगलवार को इटली का प्रतिनिधिमंडल ट्यूनिस पहुँचा।", "2025-06-18")
    assert event.date is not None and event.date.value == "2025-06-17" and event.date.anchored


def test_no_date_without_a_time_expression_and_no_publication_fallback(nlp: Pipeline) -> None:
    event = only(nlp, "इटली का प्रतिनिधिमंडल ट्यूनिस पहुँचा।", "2025-06-18")
    assert event.date is None


def test_back_reference_dates_the_clause(nlp: Pipeline) -> None:
    visit, meet = events(nlp, "ब्रिटेन के विदेश मंत्री 14 मई 2025 को रियाद पहुँचे। उस यात्रा के दौरान उन्होंने सऊदी "
                              "विदेश मंत्री से मुलाकात की।")
    assert visit.type == "VISIT" and meet.type == "MEET"
    assert meet.date is not None and meet.date.value == "2025-05-14"
    assert visit.confidence > meet.confidence  # a date through a back-reference counts less


def test_during_this_dates_the_clause_by_the_last_dated_event(nlp: Pipeline) -> None:
    _visit, deal = events(nlp, "जर्मन चांसलर 3 जून 2025 को नई दिल्ली पहुँचे। इस दौरान दोनों देशों ने हरित "
                               "ऊर्जा पर एक समझौते पर हस्ताक्षर किए।")
    assert deal.type == "AGREE" and set(names(deal.actors)) == {"Germany", "India"}
    assert deal.date is not None and deal.date.value == "2025-06-03"
    meanwhile = events(nlp, "जर्मन चांसलर 3 जून 2025 को नई दिल्ली पहुँचे। इस बीच फ्रांस ने इटली की आलोचना की।")
    assert meanwhile[1].date is None  # इस बीच (meanwhile) names no time


def test_back_reference_makes_no_new_event(nlp: Pipeline) -> None:
    found = events(nlp, "नॉर्वे के विदेश मंत्री 3 मई 2025 को दोहा पहुँचे। यह यात्रा दोनों देशों के रिश्तों में अहम मानी "
                        "जा रही है।")
    assert [e.type for e in found] == ["VISIT"]


def test_headline_merges_into_body_and_takes_its_date(nlp: Pipeline) -> None:
    text = ("इंडोनेशिया के राष्ट्रपति दिल्ली पहुँचे\n"
            "इंडोनेशिया के राष्ट्रपति सोमवार को चार दिन की यात्रा पर नई दिल्ली पहुँचे।")
    [visit] = events(nlp, text, "2025-06-18")
    assert visit.date is not None and visit.date.value == "2025-06-16"
    assert visit.sentence == 1  # the body's record


def test_a_headlines_country_adds_nothing_to_the_bodys_named_person_of_it(nlp: Pipeline) -> None:
    # सऊदी विदेश मंत्री / ईरानी राष्ट्रपति in the headline are the named minister and president of the body.
    text = ("सऊदी विदेश मंत्री तेहरान पहुंचे, ईरानी राष्ट्रपति से की मुलाकात\n"
            "सऊदी अरब के विदेश मंत्री फ़ैसल बिन फ़रहान मंगलवार को तेहरान पहुंचे। उन्होंने ईरान के राष्ट्रपति मसूद "
            "पेज़ेशकियान से मुलाकात की।")
    found = {e.type: e for e in events(nlp, text)}
    assert names(found["VISIT"].actors) == ["Faisal bin Farhan"]
    assert (names(found["MEET"].actors), names(found["MEET"].targets)) == (
        ["Faisal bin Farhan"], ["Masoud Pezeshkian"])


def test_both_countries_after_a_coordinated_genitive(nlp: Pipeline) -> None:
    # "दोनों" opens a phrase of its own: गाज़ा की स्थिति और दोनों देशों is two phrases, दोनों देश one.
    text = ("मिस्र के विदेश मंत्री अंकारा में तुर्की के विदेश मंत्री से मिले। प्रवक्ता ने कहा कि बैठक में गाज़ा की "
            "स्थिति और दोनों देशों के बीच व्यापार पर चर्चा हुई। दोनों देश सीधी उड़ानें बढ़ाने पर सहमत हुए।")
    agree = next(e for e in events(nlp, text) if e.type == "AGREE")
    assert set(names(agree.actors)) == {"Egypt", "Turkey"}
    assert all("Gaza Strip" not in names(e.actors) for e in events(nlp, text))


def test_both_countries_and_both_leaders_stand_for_the_last_events_parties(nlp: Pipeline) -> None:
    text = ("मंगलवार को जापान के प्रधानमंत्री ने ऑस्ट्रेलिया के प्रधानमंत्री एंथनी अल्बनीज़ से मुलाकात की। "
            "दोनों देशों ने रक्षा सहयोग पर एक समझौते पर हस्ताक्षर किए।")
    _meeting, deal = events(nlp, text)
    assert deal.type == "AGREE" and set(names(deal.actors)) == {"Japan", "Australia"}
    assert deal.context == "diplomatic"
    assert [a.text for a in deal.actors] == ["दोनों देशों", "दोनों देशों"]  # the phrase in the text
    retold = events(nlp, "फ्रांस के राष्ट्रपति मैक्रों ने मोदी से मुलाकात की। दोनों नेताओं ने व्यापार पर चर्चा की।")
    assert len(retold) == 1  # the same meeting told again: one record, each party in its role
    assert names(retold[0].actors) == ["Emmanuel Macron"] and names(retold[0].counterparts) == ["Narendra Modi"]


def test_a_bare_delegation_is_the_one_introduced_before(nlp: Pipeline) -> None:
    text = ("तुर्की का एक प्रतिनिधिमंडल सोमवार को बगदाद पहुंचा। इस प्रतिनिधिमंडल की अगुवाई तुर्की के विशेष दूत "
            "अहमत यिल्दिज़ कर रहे हैं। प्रतिनिधिमंडल ने इराक़ी प्रधानमंत्री से मुलाकात की।")
    visit, meeting = events(nlp, text)
    assert [a.text for a in visit.led_by] == ["तुर्की के विशेष दूत अहमत यिल्दिज़"]  # a name nobody tagged
    assert names(meeting.actors) == ["Turkey"] and names(meeting.counterparts) == ["Iraq"]


def test_an_event_noun_inside_an_organizations_name_is_part_of_the_name(nlp: Pipeline) -> None:
    text = "विदेश मंत्री यहाँ शंघाई सहयोग संगठन यानी एससीओ के सम्मेलन में भाग लेंगे।"
    assert [e.type for e in events(nlp, text)] == ["MEET"]  # no COOPERATE from सहयोग


def test_a_bare_title_is_the_one_person_introduced_with_it(nlp: Pipeline) -> None:
    text = ("प्रधानमंत्री मोदी ने कतर के अमीर तमीम बिन हमद से मुलाकात की। अमीर सोमवार को मुंबई पहुंचे थे।")
    _meeting, visit = events(nlp, text)
    assert visit.type == "VISIT" and names(visit.actors) == ["Tamim bin Hamad Al Thani"]
    two = events(nlp, "भारत के प्रधानमंत्री मोदी ने जापान के प्रधानमंत्री इशिबा से बात की। प्रधानमंत्री कल ओसाका पहुंचेंगे।")
    assert [a.canonical for a in two[-1].actors] == [None]  # two prime ministers: the title stays a title


def test_a_pronoun_prefers_a_person_to_the_place_before_it(nlp: Pipeline) -> None:
    text = "मार्को रुबियो इस सप्ताह तुर्की पहुंचेंगे, जहां वह नाटो की बैठक में हिस्सा लेंगे।"
    _visit, meeting = events(nlp, text)
    assert meeting.type == "MEET" and names(meeting.actors)[0] == "Marco Rubio"


def test_a_se_phrase_of_an_infinitive_is_no_party_to_an_accord(nlp: Pipeline) -> None:
    event = only(nlp, "भारत और जापान ने कोयले से दूर जाने पर सहमति जताई।")
    assert event.type == "AGREE" and names(event.actors) == ["India", "Japan"]


SCRAPED_PAGE = """समाचार दर्पण
होम | देश | विदेश | खेल
SCO समिट: पुतिन से मिले पीएम मोदी; घोषणापत्र में पहलगाम हमले की निंदा, अगले महीने भारत आएंगे पुतिन
प्रधानमंत्री मोदी सात साल बाद चीन पहुंचे हैं। रविवार को उनकी राष्ट्रपति शी चिनफिंग से मुलाकात हुई थी।
शेयर करें: फेसबुक | एक्स | व्हाट्सएप
तियानजिन, 1 सितंबर (भाषा)। प्रधानमंत्री नरेंद्र मोदी ने सोमवार को तियानजिन में रूसी राष्ट्रपति व्लादिमीर पुतिन के साथ बैठक की।
मोदी शनिवार शाम तियानजिन पहुंचे थे। रविवार को उन्होंने चीनी राष्ट्रपति शी चिनफिंग से मुलाकात की।
सोमवार को जारी घोषणापत्र में एससीओ ने पहलगाम आतंकी हमले की कड़ी निंदा की।
विदेश मंत्रालय के अनुसार, राष्ट्रपति पुतिन अगले महीने नई दिल्ली आएंगे।
"""


def test_a_pages_headline_and_standfirst_tell_the_bodys_events_once(nlp: Pipeline) -> None:
    # The standfirst under the headline, above the share line, summarizes what the body tells in full; the
    # headline's condemnation takes no actor from its clause before, and its visitor is the body's.
    found = events(nlp, SCRAPED_PAGE, "2025-09-01")
    told = sorted((e.type, tuple(names(e.actors))) for e in found)
    assert told == sorted([
        ("MEET", ("Narendra Modi",)), ("VISIT", ("Narendra Modi",)), ("MEET", ("Narendra Modi",)),
        ("ACCUSE", ("Shanghai Cooperation Organisation",)), ("VISIT", ("Vladimir Putin",)),
    ])
    visit = next(e for e in found if e.type == "VISIT" and names(e.actors) == ["Narendra Modi"])
    assert visit.date is not None and visit.date.value == "2025-08-30"


def test_a_headline_colon_ends_a_clause(nlp: Pipeline) -> None:
    # जयशंकर की मॉस्को यात्रा: रूस के साथ बात — Moscow belongs to the visit, not to the talks.
    text = "मोदी की टोक्यो यात्रा: जापान के साथ व्यापार पर बातचीत\nप्रधानमंत्री मोदी शनिवार को टोक्यो पहुंचे।"
    kinds = {e.type: e for e in events(nlp, text)}
    assert "Tokyo" not in names(kinds["MEET"].actors)


def test_headline_with_nominal_parties_merges_into_the_body(nlp: Pipeline) -> None:
    text = ("किसान संगठनों और सरकार के बीच बातचीत\n"
            "किसान संगठनों और केंद्र सरकार के बीच मंगलवार को पांचवें दौर की वार्ता हुई।")
    [talks] = events(nlp, text)
    assert talks.sentence == 1 and talks.date is not None and talks.date.value == "2025-06-17"
    assert [a.text for a in talks.actors] == ["किसान संगठनों", "केंद्र सरकार"]  # सरकार is केंद्र सरकार


TEASER_PAGE = ("मलेशिया के प्रधानमंत्री 2 जून 2025 को बैंकॉक पहुँचे।\n\n"
               "यह भी पढ़ें\n"
               "आज ब्रिटेन ने ईरान पर नए प्रतिबंध लगाए\n"
               "ब्रिटिश विदेश मंत्री ने इसकी घोषणा की")


def test_a_teaser_is_another_articles_headline_and_holds_no_event(nlp: Pipeline) -> None:
    assert [(e.type, e.date.value if e.date else None) for e in events(nlp, TEASER_PAGE)] == [("VISIT", "2025-06-02")]


def test_teaser_events_on_request_are_their_own_story_and_never_take_anchored_dates() -> None:
    nlp = Pipeline(components=["segment", "times", "events"], teaser_events=True)
    doc = nlp(TEASER_PAGE, "2025-06-18")
    by_type = {e.type: e for e in doc.events}
    assert by_type["VISIT"].date is not None and by_type["VISIT"].date.value == "2025-06-02"
    sanction = by_type["SANCTION"]
    assert doc.parts[doc.sentences[sanction.sentence].part].kind == "teaser"
    assert sanction.date is None


def test_dating_uses_doc_times_only() -> None:
    """With a hand-made time expression and no temporal stage the clause's time still dates the event."""
    nlp = Pipeline(components=["segment"])
    doc = nlp("उस दिन इराक़ का प्रतिनिधिमंडल तेहरान पहुँचा।")
    start = doc.text.index("पहुँचा")
    doc.times = [TimeExpression(text="उस दिन", start=0, end=len("उस दिन"), value="2025-01-01", precision="day")]
    doc.events = EventExtractor(kb=Pipeline(components=["segment", "events"]).config.kb()).extract(doc)  # type: ignore[assignment]
    [visit] = doc.events
    assert visit.trigger.start == start and visit.date is not None and visit.date.value == "2025-01-01"


# ------------------------------------------------------------------------------------- context, scoring


def test_context_diplomatic_and_domestic(nlp: Pipeline) -> None:
    assert only(nlp, "भारत ने चीन पर घुसपैठ का आरोप लगाया।").context == "diplomatic"
    domestic = only(nlp, "किसान नेताओं ने सरकार से बातचीत की।")
    assert domestic.type == "MEET" and domestic.context == "domestic"


def test_confidence_grows_with_evidence(nlp: Pipeline) -> None:
    full = only(nlp, "अमेरिका ने 2 जून 2025 को ईरान पर प्रतिबंध लगाए।")
    bare = only(nlp, "सरकार ने ईरानी कंपनियों पर प्रतिबंध लगाए।")
    assert 0 < bare.confidence < full.confidence <= 1


def test_a_date_after_an_event_noun_leaves_it_the_predicate(nlp: Pipeline) -> None:
    # बातचीत, then a date, then the light verb: the noun is still the predicate; the river before the topic
    # (सिंधु जल बंटवारे पर) is no party.
    event = only(nlp, "भारत और पाकिस्तान के बीच सिंधु जल बंटवारे पर वार्ता सोमवार को इस्लामाबाद में होगी।")
    assert (event.type, event.modality) == ("MEET", "planned")
    assert names(event.actors) == ["India", "Pakistan"]
    assert event.location is not None and event.location.canonical == "Islamabad"
    assert event.date is not None and event.date.value == "2025-06-23"


def test_a_request_asked_of_someone_about_a_third_party(nlp: Pipeline) -> None:
    # The से phrase is whom it is asked of; the genitive after it (the person to be extradited) is the topic.
    event = only(nlp, "पाकिस्तान ने ब्रिटेन से नवाज़ शरीफ़ के प्रत्यर्पण की मांग की।")
    assert (event.type, names(event.actors), names(event.targets)) == ("REQUEST", ["Pakistan"], ["United Kingdom"])


def test_his_country_is_the_speakers_country(nlp: Pipeline) -> None:
    event = only(nlp, "अर्जेंटीना के राष्ट्रपति ने कहा कि उनका देश यूक्रेन का समर्थन करता रहेगा।")
    assert (event.type, names(event.actors), names(event.targets)) == ("SUPPORT", ["Argentina"], ["Ukraine"])
    event = only(nlp, "बांग्लादेश के विदेश सलाहकार ने कहा कि उनकी सरकार भारत के साथ हुए समझौते को एकतरफ़ा ढंग से रद्द "
                      "नहीं करेगी।")
    assert (event.type, event.modality, names(event.actors), names(event.targets)) == (
        "SANCTION", "negated", ["Bangladesh"], ["India"])


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("ईरान ने कहा कि उसके विदेश मंत्री अगले हफ़्ते वॉशिंगटन जाएंगे।", "Iran"),
        ("चीन ने बताया कि उसका एक प्रतिनिधिमंडल अगले हफ़्ते नेपाल जाएगा।", "China"),
    ],
)
def test_its_minister_or_delegation_is_the_speakers_state(nlp: Pipeline, text: str, actor: str) -> None:
    # as "ईरान के विदेश मंत्री" names Iran
    event = only(nlp, text)
    assert (event.type, names(event.actors)) == ("VISIT", [actor])


def test_a_pronoun_subject_is_shared_with_the_clause_joined_to_it(nlp: Pipeline) -> None:
    event = only(nlp, "चीन ने कहा कि वह अपनी संप्रभुता की रक्षा करेगा और फ़िलीपींस को चेतावनी दी।")
    assert (event.type, names(event.actors), names(event.targets)) == ("THREATEN", ["China"], ["Philippines"])


def test_a_bare_title_is_the_person_introduced_with_it_bare(nlp: Pipeline) -> None:
    # Two prime ministers: the one the story introduced with the bare title is the one it now calls so.
    text = ("प्रधानमंत्री नरेंद्र मोदी मंगलवार को सिंगापुर पहुंचे और सिंगापुर के प्रधानमंत्री लॉरेंस वोंग से मिले। "
            "प्रधानमंत्री गुरुवार को ब्रुनेई जाएंगे।")
    visits = [e for e in events(nlp, text) if e.type == "VISIT"]
    assert [names(e.actors) for e in visits] == [["Narendra Modi"], ["Narendra Modi"]]


def test_a_genitive_pronoun_owns_the_meeting_and_the_phrases_between(nlp: Pipeline) -> None:
    # उनकी … से मुलाकात: the pronoun (Modi) owns the noun past the से phrases; two persons do not merge.
    text = ("प्रधानमंत्री नरेंद्र मोदी रविवार को कज़ान पहुंचेंगे। वहां उनकी चीनी राष्ट्रपति शी जिनपिंग और ईरानी "
            "राष्ट्रपति मसूद पेज़ेशकियान से मुलाकात होगी।")
    meet = next(e for e in events(nlp, text) if e.type == "MEET")
    assert names(meet.actors) == ["Narendra Modi"]
    assert {"Xi Jinping", "Masoud Pezeshkian"} <= set(names(meet.targets))
    meet = only(nlp, "जयशंकर की वांग यी के साथ बैठक हुई।")
    assert (names(meet.actors), names(meet.targets)) == (["S. Jaishankar"], ["Wang Yi"])


def test_a_genitive_pronoun_condemned_is_the_one_told_before(nlp: Pipeline) -> None:
    found = events(nlp, "उत्तर कोरिया ने जापान को धमकी दी। जापान ने उनकी कड़ी निंदा की।")
    accuse = next(e for e in found if e.type == "ACCUSE")
    assert (names(accuse.actors), names(accuse.targets)) == (["Japan"], ["North Korea"])


def test_taking_part_in_an_organizations_summit(nlp: Pipeline) -> None:
    # The organization that holds the summit is a counterpart, not a second participant.
    event = only(nlp, "मोदी अगले महीने दक्षिण एशियाई क्षेत्रीय सहयोग संगठन के शिखर सम्मेलन में भाग लेंगे।")
    assert names(event.actors) == ["Narendra Modi"]
    assert names(event.targets) == ["SAARC"]


def test_both_leaders_as_a_nominative_subject(nlp: Pipeline) -> None:
    text = ("शुक्रवार को प्रधानमंत्री मोदी ने ऑस्ट्रेलियाई प्रधानमंत्री एंथनी अल्बनीज़ से मुलाकात की। "
            "दोनों नेता रक्षा, व्यापार और शिक्षा पर सहयोग बढ़ाने पर सहमत हुए।")
    agree = next(e for e in events(nlp, text) if e.type == "AGREE")
    assert set(names(agree.actors)) == {"Narendra Modi", "Anthony Albanese"}


def test_the_consequence_of_a_condition_is_its_own_clause(nlp: Pipeline) -> None:
    # अगर … तो: the actor is the consequence's subject, and what would follow a condition is reported.
    event = only(nlp, "यदि ईरान ने परमाणु परीक्षण किया तो जापान ईरान पर प्रतिबंध लगाएगा।")
    assert (event.type, event.modality) == ("SANCTION", "reported")
    assert (names(event.actors), names(event.targets)) == (["Japan"], ["Iran"])


def test_a_phrase_ending_in_a_verb_closes_its_clause_before_aur(nlp: Pipeline) -> None:
    found = events(nlp, "मालदीव ने चीन से मदद मांगी और भारत ने तुरंत दवाइयां भेजीं।")
    assert [(e.type, names(e.actors)) for e in found] == [("REQUEST", ["Maldives"]), ("AID", ["India"])]


def test_what_is_refused_is_no_event_of_its_own(nlp: Pipeline) -> None:
    event = only(nlp, "ईरान ने अमेरिका के साथ संबंध बहाल करने से इनकार कर दिया।")
    assert (event.type, names(event.actors), names(event.targets)) == ("REJECT", ["Iran"], ["United States"])


def test_a_headline_accord_between_parties_and_the_next_predicate(nlp: Pipeline) -> None:
    # X और Y में … सहमति: between them; the future after the comma is the next predicate's, and so is its subject.
    text = "झारखंड चुनाव: झामुमो और कांग्रेस में सीट बंटवारे पर सहमति, हेमंत सोरेन होंगे चेहरा\nरांची में बैठक हुई।"
    agree = next(e for e in events(nlp, text) if e.type == "AGREE")
    assert set(names(agree.actors)) == {"Jharkhand Mukti Morcha", "Indian National Congress"}
    assert agree.modality == "asserted"


def test_the_genitive_of_an_infinitive_is_not_the_accused(nlp: Pipeline) -> None:
    event = only(nlp, "कांग्रेस ने भाजपा पर किसानों की अनदेखी करने का आरोप लगाया।")
    assert (names(event.actors), names(event.targets)) == (["Indian National Congress"], ["Bharatiya Janata Party"])


def test_both_countries_named_earlier_in_the_sentence(nlp: Pipeline) -> None:
    # No earlier event: दोनों देशों stands for the two countries the sentence named; their officers are them.
    event = only(nlp, "भारत-चीन सीमा पर तनाव के बीच दोनों देशों के सैन्य कमांडरों ने हॉटलाइन पर बात की।")
    assert (event.type, set(names(event.actors))) == ("CALL", {"India", "China"})


def test_a_demonym_owns_the_thing_welcomed(nlp: Pipeline) -> None:
    event = only(nlp, "क्रेमलिन ने अमेरिकी प्रस्ताव का स्वागत किया।")
    assert (event.type, names(event.actors), names(event.targets)) == ("SUPPORT", ["Russia"], ["United States"])


def test_a_round_of_talks_is_a_meeting(nlp: Pipeline) -> None:
    event = only(nlp, "अमेरिका और ईरान के बीच वार्ता का अगला दौर शनिवार को ओमान में होगा।")
    assert (event.type, event.modality, set(names(event.actors))) == ("MEET", "planned", {"United States", "Iran"})
    assert event.date is not None and event.date.value == "2025-06-21"


def test_a_call_told_again_as_talks_is_one_record_and_dates_what_happened_during_it(nlp: Pipeline) -> None:
    text = ("मिस्र के राष्ट्रपति ने सोमवार को जॉर्डन के शाह से फोन पर बात की। दोनों नेताओं के बीच गाज़ा की स्थिति पर "
            "चर्चा हुई। इस बातचीत के दौरान मिस्र के राष्ट्रपति ने इज़राइल की कड़ी आलोचना की।")
    found = events(nlp, text)
    assert [e.type for e in found] == ["CALL", "ACCUSE"]
    assert found[1].date is not None and found[1].date.value == "2025-06-16"


def test_the_same_day_dates_by_the_last_dated_event(nlp: Pipeline) -> None:
    text = "नेतन्याहू मंगलवार को वॉशिंगटन पहुंचे। इसी दिन उन्होंने ट्रंप से मुलाकात की।"
    meet = next(e for e in events(nlp, text) if e.type == "MEET")
    assert meet.date is not None and meet.date.value == "2025-06-17"


def test_a_capital_named_as_a_party_is_its_country(nlp: Pipeline) -> None:
    # Metonymy: वाशिंगटन की निंदा is the United States'; a capital where it happens stays a place.
    event = only(nlp, "चीन ने वाशिंगटन की कड़ी निंदा की।")
    assert names(event.targets) == ["United States"]
    event = only(nlp, "मोदी ने दिल्ली में पुतिन से मुलाकात की।")
    assert event.location is not None and event.location.canonical == "Delhi"


def test_an_exercise_condemned_is_no_cooperation_and_a_warning_shares_its_target(nlp: Pipeline) -> None:
    text = ("उत्तर कोरिया ने दक्षिण कोरिया और अमेरिका के संयुक्त सैन्य अभ्यास 'उल्ची शील्ड' की कड़ी निंदा करते हुए "
            "चेतावनी दी कि वह जवाबी कार्रवाई करेगा।")
    found = events(nlp, text)
    assert [e.type for e in found] == ["ACCUSE", "THREATEN"]
    for event in found:
        assert set(names(event.targets)) == {"South Korea", "United States"}


def test_a_demonym_before_the_event_rejected_is_its_owner(nlp: Pipeline) -> None:
    event = only(nlp, "भारत ने अमेरिकी आरोपों को सिरे से खारिज कर दिया।")
    assert (event.type, names(event.targets)) == ("REJECT", ["United States"])


def test_a_coach_warning_players_is_no_political_event(nlp: Pipeline) -> None:
    assert events(nlp, "मुख्य कोच मनोलो मार्केज़ ने खिलाड़ियों से मुलाकात की और उन्हें चेतावनी दी।") == []


def test_a_country_modifying_a_conflict_noun_is_no_party(nlp: Pipeline) -> None:
    event = only(nlp, "रुबियो और लावरोव के बीच यूक्रेन युद्ध खत्म करने के उपायों पर चर्चा हुई।")
    assert set(names(event.actors)) == {"Marco Rubio", "Sergey Lavrov"}


def test_a_passive_that_details_the_event_before_is_that_event(nlp: Pipeline) -> None:
    text = ("यूरोपीय संघ ने रूस के खिलाफ नए प्रतिबंध लगाए। इसके तहत रूसी एल्युमिनियम के आयात पर रोक लगाई गई है।")
    assert [(e.type, names(e.actors)) for e in events(nlp, text)] == [("SANCTION", ["European Union"])]
    text = ("अमेरिका ने कोलंबिया पर 25 प्रतिशत शुल्क लगाया। इसके साथ ही कोलंबियाई अधिकारियों पर वीज़ा प्रतिबंध भी "
            "लगाए गए।")
    assert [e.type for e in events(nlp, text)] == ["SANCTION", "SANCTION"]  # another measure


def test_whose_demand_is_rejected(nlp: Pipeline) -> None:
    event = only(nlp, "हिज़्बुल्लाह ने अमेरिका की ओर से हथियार सौंपने की मांग को खारिज कर दिया।")
    assert (event.type, names(event.actors), names(event.targets)) == ("REJECT", ["Hezbollah"], ["United States"])


def test_dates_from_the_clause_an_event_hangs_on(nlp: Pipeline) -> None:
    # Published Wednesday 18 June 2025.
    text = "तुर्की के विदेश मंत्री सोमवार को दमिश्क पहुंचे, जहां उन्होंने सीरिया के राष्ट्रपति से मुलाकात की।"
    meet = next(e for e in events(nlp, text) if e.type == "MEET")
    assert meet.date is not None and meet.date.value == "2025-06-16"
    support = only(nlp, "नाटो महासचिव ने मंगलवार को कहा कि नाटो यूक्रेन के साथ पूरी मज़बूती से खड़ा है।")
    assert support.date is not None and support.date.value == "2025-06-17"
    visit = only(nlp, "विदेश मंत्रालय ने मंगलवार को बताया कि प्रधानमंत्री अगले महीने जापान जाएंगे।")
    assert visit.date is not None and visit.date.value == "2025-07"  # its own time, not the telling's


def test_a_bare_event_noun_with_a_dating_marker_refers_back(nlp: Pipeline) -> None:
    text = ("पाकिस्तान और बांग्लादेश के बीच गुरुवार को ढाका में वार्ता हुई। वार्ता के दौरान बांग्लादेश ने "
            "पाकिस्तान से माफ़ी की मांग की।")
    found = events(nlp, text)
    assert [e.type for e in found] == ["MEET", "REQUEST"]
    assert found[1].date is not None and found[1].date.value == "2025-06-12"


def test_talks_first_told_by_what_happened_during_or_after_them(nlp: Pipeline) -> None:
    text = "ज़ेलेंस्की के साथ बातचीत के दौरान मोदी ने यूक्रेन को दवाइयां सौंपीं।"
    assert "MEET" in [e.type for e in events(nlp, text)]
    # a summit named as the setting is no meeting of its own
    text = "जी-7 शिखर सम्मेलन के दौरान प्रधानमंत्री ने कनाडा के प्रधानमंत्री से मुलाकात की।"
    assert [e.type for e in events(nlp, text)] == ["MEET"]


def test_two_sanctions_joined_in_one_sentence_are_two_measures(nlp: Pipeline) -> None:
    text = "ट्रंप ने कोलंबिया पर 25 प्रतिशत टैरिफ़ लगाने और कोलंबियाई अधिकारियों पर वीज़ा प्रतिबंध लगाने का आदेश दिया।"
    assert [e.type for e in events(nlp, text)] == ["SANCTION", "SANCTION"]


def test_a_meeting_with_no_plan_is_negated(nlp: Pipeline) -> None:
    event = only(nlp, "भारत ने कहा कि मोदी और यूनुस के बीच किसी द्विपक्षीय बैठक की कोई योजना नहीं है।")
    assert (event.type, event.modality) == ("MEET", "negated")


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("पाकिस्तान ने इन रिपोर्टों को ख़ारिज कर दिया कि उसके सेना प्रमुख ने अमेरिकी अधिकारियों से मुलाक़ात की।", "negated"),
        # through the report's relative clause
        ("विदेश मंत्रालय ने उन ख़बरों का खंडन किया जिनमें दावा किया गया था कि विदेश सचिव ने चीनी राजदूत से "
         "मुलाक़ात की थी।", "negated"),
        ("व्हाइट हाउस ने उन ख़बरों को ग़लत बताया कि ट्रंप अगले महीने चीन का दौरा करेंगे।", "negated"),
        # a statement made while rejecting something else, and a denial denied, deny nothing
        ("भारत ने अमेरिकी आरोपों को ख़ारिज करते हुए कहा कि वह रूस के साथ सहयोग जारी रखेगा।", "planned"),
        ("क्रेमलिन ने इन प्रतिबंधों को ख़ारिज कर दिया और कहा कि पुतिन अगले महीने भारत का दौरा करेंगे।", "planned"),
        ("अधिकारियों ने इस बात से इनकार नहीं किया कि दोनों विदेश मंत्रियों ने मुलाक़ात की थी।", "asserted"),
    ],
)
def test_what_a_denial_governs_is_negated(nlp: Pipeline, text: str, modality: str) -> None:
    denied = [e for e in events(nlp, text) if e.type != "REJECT"]
    assert len(denied) == 1 and denied[0].modality == modality


def test_a_manner_phrase_is_no_counterpart(nlp: Pipeline) -> None:
    event = only(nlp, "भारत और चीन के अधिकारियों ने गुप्त रूप से मुलाक़ात की।")
    assert event.type == "MEET" and event.counterparts == []


def test_a_demand_followed_by_what_was_demanded(nlp: Pipeline) -> None:
    # मांग की कि …: की is the light verb; a bare मोर्चा is the front named before.
    text = ("संयुक्त किसान मोर्चा ने केंद्र सरकार को चेतावनी दी है कि आंदोलन तेज़ होगा। मोर्चा ने सरकार से माँग की कि "
            "वह सभी दस्तावेज़ सार्वजनिक करे।")
    request = next(e for e in events(nlp, text) if e.type == "REQUEST")
    assert names(request.actors) == ["Samyukt Kisan Morcha"]


def test_numbers_and_units_are_no_parties(nlp: Pipeline) -> None:
    event = only(nlp, "चीन ने अमेरिका से आयात होने वाले सामानों पर शुल्क 34 से बढ़ाकर 84 प्रतिशत कर दिया।")
    assert names(event.targets) == ["United States"]


def test_told_to_do_something_is_a_request(nlp: Pipeline) -> None:
    event = only(nlp, "अमेरिका ने भारत से कहा है कि वह रूस से तेल न खरीदे।")
    assert (event.type, names(event.actors), names(event.targets)) == ("REQUEST", ["United States"], ["India"])
    # told that something is, or will be: no request
    assert [e.type for e in events(nlp, "मोदी ने ट्रंप से कहा कि भारत आतंकवाद के खिलाफ है।")] == []


def test_an_oblique_pronoun_before_a_case_marker(nlp: Pipeline) -> None:
    text = "पाकिस्तान ने भारतीय उच्चायोग के एक कर्मचारी को अवांछित घोषित किया और उस पर जासूसी का आरोप लगाया।"
    accuse = next(e for e in events(nlp, text) if e.type == "ACCUSE")
    assert names(accuse.targets) == ["India"]


def test_the_act_demanded_and_a_participles_place_are_no_events_or_places(nlp: Pipeline) -> None:
    text = "नीतीश कुमार ने अमित शाह से राज्य को विशेष आर्थिक पैकेज देने की अपनी पुरानी मांग दोहराई।"
    assert [e.type for e in events(nlp, text)] == ["REQUEST"]
    event = only(nlp, "फ्रांस के राष्ट्रपति ने पहलगाम में हुए हमले पर मोदी से फोन पर बात की।")
    assert event.type == "CALL" and event.location is None


def test_a_film_or_match_story_tells_of_no_event(nlp: Pipeline) -> None:
    text = ("'सरहद' का ट्रेलर रिलीज़: रॉ एजेंट बने अभिनेता ने दुश्मन को दी चुनौती\n"
            "ट्रेलर मंगलवार को लॉन्च हुआ। अभिनेत्री ने बताया कि पूरी टीम ने मोरक्को का दौरा किया था।")
    assert events(nlp, text) == []


def test_dates_that_belong_to_something_else(nlp: Pipeline) -> None:
    # Published Wednesday 18 June 2025.
    agree = only(nlp, "दोनों देश 2030 तक व्यापार को 100 अरब डॉलर तक पहुंचाने पर सहमत हुए।")
    assert agree.type == "AGREE" and agree.date is None  # the deadline of what is agreed
    found = events(nlp, "किसान नेताओं और केंद्र के बीच चंडीगढ़ में चली बैठक, अगली बैठक 22 जून को")
    assert [(e.modality, e.date.value if e.date else None) for e in found] == [
        ("asserted", None), ("planned", "2025-06-22")]  # the comma: the date is the next meeting's
    visit = only(nlp, "वांग यी सोमवार को भारत पहुंचे। 2020 में हुई झड़प के बाद यह उनकी दूसरी भारत यात्रा होगी।")
    assert visit.date is not None and visit.date.value == "2025-06-16"  # the second sentence describes it


def test_a_meeting_venue_is_no_meeting(nlp: Pipeline) -> None:
    assert events(nlp, "डल्लेवाल एंबुलेंस से बैठक स्थल पर पहुँचे।") == []


def test_a_summit_on_whose_sidelines_they_meet_is_no_counterpart(nlp: Pipeline) -> None:
    event = only(nlp, "ब्रिक्स शिखर सम्मेलन से इतर मोदी ने शी जिनपिंग से मुलाकात की।")
    assert (event.type, names(event.targets)) == ("MEET", ["Xi Jinping"])


def test_the_actors_own_capitals_are_no_recipients(nlp: Pipeline) -> None:
    event = only(nlp, "सीरिया और संयुक्त अरब अमीरात ने दमिश्क और अबू धाबी के बीच सीधी उड़ानें बहाल करने का फैसला किया।")
    assert event.type == "COOPERATE" and event.targets == []


def test_what_happened_at_a_meeting_told_before_takes_its_date(nlp: Pipeline) -> None:
    text = ("जयशंकर ने मंगलवार को क्वाड देशों के विदेश मंत्रियों की बैठक में हिस्सा लिया। जयशंकर ने बैठक में "
            "पाकिस्तान पर आतंकवाद को शह देने का आरोप लगाया। बैठक से इतर उन्होंने रुबियो से अलग से बातचीत की।")
    found = events(nlp, text)
    assert [(e.type, e.date.value if e.date else None) for e in found] == [
        ("MEET", "2025-06-17"), ("ACCUSE", "2025-06-17"), ("MEET", "2025-06-17")]
    assert names(found[2].targets) == ["Marco Rubio"]


def test_the_accused_of_an_accusation_told_in_a_complement(nlp: Pipeline) -> None:
    event = only(nlp, "अखिलेश यादव ने आरोप लगाया कि भाजपा उपचुनाव में प्रशासन का दुरुपयोग कर रही है।")
    assert (event.type, names(event.targets)) == ("ACCUSE", ["Bharatiya Janata Party"])


def test_a_pronoun_after_both_leaders_is_not_the_one_named_in_its_clause(nlp: Pipeline) -> None:
    text = ("ज़ेलेंस्की ने शनिवार को ट्रंप से फ़ोन पर बात की। दोनों नेताओं के बीच हवाई सुरक्षा पर बातचीत हुई। "
            "इस बातचीत के दौरान उन्होंने ट्रंप से पैट्रियट प्रणालियाँ देने का आग्रह किया।")
    request = next(e for e in events(nlp, text) if e.type == "REQUEST")
    assert (names(request.actors), names(request.targets)) == (["Volodymyr Zelenskyy"], ["Donald Trump"])


def test_a_word_inside_a_name_opens_no_clause(nlp: Pipeline) -> None:
    event = only(nlp, "प्रधानमंत्री नरेंद्र मोदी ने सोमवार को अमेरिकी राष्ट्रपति जो बाइडेन से फ़ोन पर बात की।")
    assert (event.type, names(event.actors), names(event.targets)) == ("CALL", ["Narendra Modi"], ["Joe Biden"])


@pytest.mark.parametrize(
    "text",
    [
        "जयशंकर का ढाका दौरा रद्द कर दिया गया।",
        "जयशंकर की ढाका यात्रा टाल दी गई है।",
        # A date and modifiers inside the phrase: the genitive still owns the visit.
        "नेपाल की विदेश मंत्री आरज़ू राणा देउबा का 12 जनवरी से प्रस्तावित दो दिवसीय ढाका दौरा फ़िलहाल टाल दिया गया है।",
    ],
)
def test_a_visit_called_off(nlp: Pipeline, text: str) -> None:
    event = only(nlp, text)
    assert (event.type, event.modality, names(event.targets)) == ("VISIT", "negated", ["Bangladesh"])
    assert names(event.actors) in (["S. Jaishankar"], ["Arzu Rana Deuba"])


@pytest.mark.parametrize(
    "text",
    [
        "झारखंड मुक्ति मोर्चा (JMM) और कांग्रेस के बीच शनिवार को सीटों के बंटवारे पर समझौता हो गया।",
        "झामुमो-कांग्रेस में सीटों पर बनी सहमति",
    ],
)
def test_conjuncts_past_a_bracket_or_joined_by_a_hyphen(nlp: Pipeline, text: str) -> None:
    event = only(nlp, text)
    assert (event.type, sorted(names(event.actors))) == (
        "AGREE", ["Indian National Congress", "Jharkhand Mukti Morcha"])


def test_two_people_of_one_country_accusing_each_other_are_two_accusations(nlp: Pipeline) -> None:
    text = ("पश्चिम बंगाल की मुख्यमंत्री ममता बनर्जी ने सोमवार को भाजपा पर राज्य का बकाया रोकने का आरोप लगाया। "
            "विपक्ष के नेता शुभेंदु अधिकारी ने उल्टा मुख्यमंत्री पर भ्रष्टाचार का आरोप लगाया।")
    accusations = [e for e in events(nlp, text) if e.type == "ACCUSE"]
    assert [names(e.actors) for e in accusations] == [["Mamata Banerjee"], ["Suvendu Adhikari"]]


def test_the_agreement_told_again_is_no_new_agreement(nlp: Pipeline) -> None:
    text = ("क़तर ने बुधवार को घोषणा की कि इज़राइल और हमास युद्धविराम समझौते पर सहमत हो गए हैं। "
            "इज़राइल की सुरक्षा कैबिनेट गुरुवार को समझौते पर मतदान करेगी। "
            "हमास ने इज़राइल पर समझौते की घोषणा के बाद भी हवाई हमले जारी रखने का आरोप लगाया।")
    assert [e.type for e in events(nlp, text)] == ["AGREE", "ACCUSE"]


def test_a_place_that_describes_the_topic_is_no_location(nlp: Pipeline) -> None:
    event = only(nlp, "भारत ने बांग्लादेश में अल्पसंख्यकों की सुरक्षा पर अमेरिका से चर्चा की।")
    assert (event.type, event.location) == ("MEET", None)
    event = only(nlp, "भारत ने ढाका में बांग्लादेश से चर्चा की।")
    assert event.location is not None and event.location.canonical == "Dhaka"


def test_whose_intention_it_is_acts(nlp: Pipeline) -> None:
    event = only(nlp, "क्रेमलिन के प्रवक्ता ने कहा कि राष्ट्रपति पुतिन का इस महीने ज़ेलेंस्की से मिलने का कोई इरादा नहीं है।")
    assert (event.type, event.modality, names(event.actors), names(event.targets)) == (
        "MEET", "negated", ["Vladimir Putin"], ["Volodymyr Zelenskyy"])


def test_a_headline_of_two_clauses_and_a_hyphened_pair(nlp: Pipeline) -> None:
    found = events(nlp, "मोदी-पुतिन मुलाक़ात: रूस को मदद पर अमेरिका ने जताई आपत्ति, चीन ने ताइवान पर दी चेतावनी")
    assert [(e.type, names(e.actors), names(e.targets)) for e in found] == [
        ("MEET", ["Narendra Modi", "Vladimir Putin"], []),
        ("ACCUSE", ["United States"], ["Russia"]),  # मदद पर … आपत्ति: the aid is what is objected to
        ("THREATEN", ["China"], ["Taiwan"]),  # the nearer ने is this clause's
    ]
    found = events(nlp, "मोदी ने आतंकवाद पर दोहरे मापदंड की आलोचना की, ट्रंप ने दी टैरिफ़ की धमकी")
    assert [(e.type, names(e.targets)) for e in found] == [("ACCUSE", []), ("THREATEN", [])]


def test_a_participles_agent_is_no_subject_of_the_next_clause(nlp: Pipeline) -> None:
    text = "ब्लिंकन ने रूस को चीन की ओर से की जा रही आपूर्ति पर आपत्ति जताई और बीजिंग से इसे रोकने का आग्रह किया।"
    request = next(e for e in events(nlp, text) if e.type == "REQUEST")
    assert (names(request.actors), names(request.targets)) == (["Antony Blinken"], ["China"])


def test_sitting_face_to_face_is_a_meeting(nlp: Pipeline) -> None:
    event = only(nlp, "अमेरिका और रूस के शीर्ष राजनयिक कल रियाद में आमने-सामने बैठेंगे।")
    assert (event.type, event.modality, sorted(names(event.actors))) == (
        "MEET", "planned", ["Russia", "United States"])


def test_a_venue_named_after_a_city_is_not_the_city(nlp: Pipeline) -> None:
    event = only(nlp, "मोदी ने गुरुवार को नई दिल्ली के हैदराबाद हाउस में मैक्रों के साथ वार्ता की।")
    assert event.location is not None and event.location.canonical == "New Delhi"
    event = only(nlp, "मोदी ने गुरुवार को हैदराबाद हाउस में मैक्रों के साथ वार्ता की।")
    assert event.location is not None and event.location.canonical != "Hyderabad"


def test_not_accepting_is_rejecting(nlp: Pipeline) -> None:
    event = only(nlp, "भारत ने अमेरिका का प्रस्ताव स्वीकार नहीं किया।")
    assert (event.type, event.modality, names(event.actors), names(event.targets)) == (
        "REJECT", "asserted", ["India"], ["United States"])
    assert events(nlp, "भारत ने अमेरिका का प्रस्ताव स्वीकार कर लिया।") == []


def test_a_service_or_channel_resumed_is_cooperation(nlp: Pipeline) -> None:
    event = only(nlp, "भारत और श्रीलंका ने नागपट्टिनम और कांकेसंतुरै के बीच यात्री नौका सेवा को फिर से शुरू करने का ऐलान किया।")
    assert (event.type, sorted(names(event.actors)), names(event.targets)) == (
        "COOPERATE", ["India", "Sri Lanka"], [])  # the towns it runs between are no parties
    assert only(nlp, "अमेरिका और चीन ने सैन्य संवाद चैनल बहाल करने का फ़ैसला किया।").type == "COOPERATE"


def test_both_leaders_after_a_visit_are_the_visitor_and_its_host(nlp: Pipeline) -> None:
    text = ("ब्राज़ील के राष्ट्रपति लूला ने ट्रंप की धमकी को ख़ारिज कर दिया। "
            "इसके बाद मोदी ब्रासीलिया के लिए रवाना हो गए, जहां राष्ट्रपति लूला उनकी अगवानी करेंगे। "
            "दोनों नेताओं के बीच रक्षा सहयोग पर बातचीत होगी।")
    meet = next(e for e in events(nlp, text) if e.type == "MEET")
    assert sorted(names(meet.actors)) == ["Luiz Inácio Lula da Silva", "Narendra Modi"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("ईरान और अमेरिका 22 जून को फिर से मिलने पर सहमत हुए हैं।", "2025-06-22"),
        ("भारत और चीन अगले महीने वार्ता जल्द करने पर सहमत हुए।", "2025-07"),
        ("किसान संगठन और सरकार अगले महीने फिर बातचीत के लिए राज़ी हो गए।", "2025-07"),
    ],
)
def test_an_agreed_meeting_is_a_planned_meeting(nlp: Pipeline, text: str, date: str) -> None:
    # The spec: a planned or agreed meeting keeps its type MEET, modality planned; its PLOVER code is AGREE.
    event = only(nlp, text)
    assert (event.type, event.modality, event.plover.type) == ("MEET", "planned", "AGREE")
    assert event.date is not None and event.date.value == date


def test_agreeing_to_work_together_or_to_negotiate_a_deal_stays_an_agreement(nlp: Pipeline) -> None:
    assert only(nlp, "भारत और अमेरिका ने आतंकवाद के ख़िलाफ़ मिलकर काम करने पर सहमति जताई।").type == "AGREE"
    assert only(nlp, "भारत और अमेरिका ने व्यापार समझौते पर जल्द बातचीत शुरू करने पर सहमति जताई।").type == "AGREE"


def test_the_actors_own_country_is_no_recipient_beside_another(nlp: Pipeline) -> None:
    text = ("सऊदी क्राउन प्रिंस मोहम्मद बिन सलमान ने अहमद अल-शरा से फ़ोन पर बात की। उन्होंने सीरिया की संप्रभुता के लिए "
            "सऊदी अरब के पूर्ण समर्थन को दोहराया।")
    support = next(e for e in events(nlp, text) if e.type == "SUPPORT")
    assert names(support.targets) == ["Syria"]


def test_hosting_a_guest_is_the_guests_visit(nlp: Pipeline) -> None:
    text = ("ब्राज़ील के राष्ट्रपति लूला ने बुधवार को ब्रासीलिया में अर्जेंटीना के राष्ट्रपति हावियर मिलेई की मेज़बानी की। "
            "दोनों नेताओं ने ऊर्जा सहयोग पर एक समझौते पर हस्ताक्षर किए।")
    visit, agree = events(nlp, text)
    assert (visit.type, names(visit.actors), names(visit.targets), visit.host.canonical if visit.host else None) == (
        "VISIT", ["Javier Milei"], ["Brazil"], "Luiz Inácio Lula da Silva")
    assert visit.destination is not None and visit.destination.canonical == "Brasília"
    assert sorted(names(agree.actors)) == ["Javier Milei", "Luiz Inácio Lula da Silva"]
    # a summit is no guest: hosting it is a meeting of the host's, no visit
    summit = only(nlp, "भारत ने 2023 में जी-20 शिखर सम्मेलन की मेज़बानी की।")
    assert summit.type == "MEET" and names(summit.actors) == ["India"]


def test_travel_inside_ones_own_country_has_no_recipient(nlp: Pipeline) -> None:
    event = only(nlp, "केंद्रीय गृह मंत्री अमित शाह शनिवार को पटना पहुंचे।")
    assert (event.type, names(event.actors), names(event.targets)) == ("VISIT", ["Amit Shah"], [])
    assert event.destination is not None and event.destination.canonical == "Patna"


def test_goods_dispatched_are_no_journey(nlp: Pipeline) -> None:
    event = only(nlp, "मोज़ाम्बिक की मदद के लिए भारत ने सोमवार को नौसेना के जहाज़ से 10 टन राहत सामग्री रवाना की।")
    assert (event.type, names(event.actors), names(event.targets)) == ("AID", ["India"], ["Mozambique"])


def test_the_object_of_a_noun_amid_which_it_happens_is_no_target(nlp: Pipeline) -> None:
    event = only(nlp, "यूक्रेन पर लगातार हो रहे ड्रोन हमलों के बीच यूरोपीय संघ ने रूस की 40 कंपनियों पर नए प्रतिबंध लगाए।")
    assert (event.type, names(event.actors), names(event.targets)) == ("SANCTION", ["European Union"], ["Russia"])


def test_whose_bid_is_supported(nlp: Pipeline) -> None:
    event = only(nlp, "फ्रांस ने संयुक्त राष्ट्र सुरक्षा परिषद में स्थायी सदस्यता के लिए भारत की दावेदारी का एक बार फिर "
                      "पुरजोर समर्थन किया है।")
    assert (event.type, names(event.actors), names(event.targets)) == ("SUPPORT", ["France"], ["India"])


def test_a_deed_told_before_names_whom_a_condemnation_is_aimed_at(nlp: Pipeline) -> None:
    text = ("बुर्किना फ़ासो ने शुक्रवार को फ़्रांस के तीन राजनयिकों को देश से निष्कासित कर दिया। "
            "पेरिस ने इस क़दम की कड़ी निंदा की।")
    condemnation = next(e for e in events(nlp, text) if e.type == "ACCUSE")
    assert (names(condemnation.actors), names(condemnation.targets)) == (["France"], ["Burkina Faso"])


def test_an_organizations_meeting_needs_no_counterpart(nlp: Pipeline) -> None:
    event = only(nlp, "जी-20 विदेश मंत्रियों की बैठक गुरुवार को जोहान्सबर्ग में शुरू हुई।")
    assert (event.type, names(event.actors)) == ("MEET", ["G20"])


def test_a_headlines_meeting_on_the_bodys_date_is_the_bodys_meeting(nlp: Pipeline) -> None:
    text = ("किसान नेताओं और केंद्र के बीच चंडीगढ़ में चली बैठक, अगली बैठक 22 जून को\n\n"
            "दोनों पक्ष 22 जून को फिर से मिलने पर सहमत हुए हैं।")
    planned = [e for e in events(nlp, text) if e.modality == "planned"]
    assert [(e.type, e.date.value if e.date else None) for e in planned] == [("MEET", "2025-06-22")]


def test_a_partys_own_meeting_that_took_place_is_no_event(nlp: Pipeline) -> None:
    assert events(nlp, "सोमवार को हुई भाजपा की बैठक में मोदी ने भाषण दिया।") == []


def test_both_leaders_later_in_the_sentence_of_their_call(nlp: Pipeline) -> None:
    text = ("प्रधानमंत्री नरेंद्र मोदी ने बुधवार को फ्रांस के राष्ट्रपति इमैनुएल मैक्रों से फोन पर बातचीत की और दोनों नेता "
            "अगले महीने न्यूयॉर्क में मिलने पर सहमत हुए।")
    meet = next(e for e in events(nlp, text) if e.type == "MEET")
    assert (meet.modality, sorted(names(meet.actors))) == ("planned", ["Emmanuel Macron", "Narendra Modi"])


def test_an_event_told_during_another_takes_its_place(nlp: Pipeline) -> None:
    text = "रूस के विदेश मंत्री 4 सितंबर 2025 को बीजिंग पहुँचे। इस दौरान उन्होंने चीनी विदेश मंत्री से मुलाकात की।"
    meet = next(e for e in events(nlp, text) if e.type == "MEET")
    assert meet.date is not None and meet.date.value == "2025-09-04"
    assert meet.location is not None and meet.location.canonical == "Beijing"


def test_a_bracketed_abbreviation_repeats_the_name_before_it(nlp: Pipeline) -> None:
    event = only(nlp, "अंतरराष्ट्रीय मुद्रा कोष (आईएमएफ़) के कार्यकारी बोर्ड ने पाकिस्तान के लिए नई किस्त जारी करने को "
                      "मंज़ूरी दी।")
    assert (event.type, names(event.actors), names(event.targets)) == (
        "AID", ["International Monetary Fund"], ["Pakistan"])


@pytest.mark.parametrize(
    "text",
    [
        # a year that dates a noun, and a deadline inside what is agreed, are not the event's date
        "बांग्लादेश ने पाकिस्तान से 1971 के युद्ध के दौरान हुए अत्याचारों के लिए माफ़ी की मांग की।",
        "दोनों देशों ने 2030 तक व्यापार को दोगुना करने पर सहमति जताई।",
    ],
)
def test_dates_inside_the_content_do_not_date_the_event(nlp: Pipeline, text: str) -> None:
    found = events(nlp, text)
    assert found and all(e.date is None for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "दोनों पक्षों ने व्यापार में सहयोग बढ़ाने तथा सीधी उड़ानें शुरू करने पर सहमति जताई।",
        "दोनों पक्षों ने मुक्त व्यापार समझौते पर बातचीत पूरी करने पर सहमति जताई।",
    ],
)
def test_what_is_agreed_holds_no_event_of_its_own(nlp: Pipeline, text: str) -> None:
    assert [e.type for e in events(nlp, "भारत और ब्रिटेन के वाणिज्य मंत्री लंदन में मिले। " + text)] == [
        "MEET", "AGREE"]


@pytest.mark.parametrize(
    ("text", "etype", "targets"),
    [
        # amid a war, not between parties
        ("सूडान में जारी गृहयुद्ध के बीच भारत ने सूडान को गेहूं और दवाइयों की खेप भेजी।", "AID", ["Sudan"]),
        # Ukraine is the object of the attack whose anniversary it is, not of the sanctions
        ("यूरोपीय संघ ने यूक्रेन पर रूसी हमले की बरसी के मौके पर रूस के खिलाफ नए प्रतिबंध लगाए।", "SANCTION",
         ["Russia"]),
        # the products are the tariff's, the decision the United States'
        ("लूला ने ब्राज़ीली उत्पादों पर टैरिफ लगाने के अमेरिकी फैसले की आलोचना की।", "ACCUSE", ["United States"]),
    ],
)
def test_phrases_that_belong_to_another_noun_are_no_targets(
    nlp: Pipeline, text: str, etype: str, targets: list[str]
) -> None:
    event = only(nlp, text)
    assert (event.type, names(event.targets)) == (etype, targets)


def test_a_shipment_that_arrives_is_no_visit(nlp: Pipeline) -> None:
    assert [e.type for e in events(nlp, "प्रवक्ता ने बताया कि राहत सामग्री की खेप काठमांडू पहुंच चुकी है।")] == []


@pytest.mark.parametrize(
    "text",
    [
        "भारत ने पाकिस्तान को कड़ा संदेश भेजा।",  # sending, no goods: no aid
        "मादुरो ने कहा कि अमेरिका वेनेज़ुएला को डराना चाहता है।",  # wanting, asked of nobody: no request
    ],
)
def test_sending_and_wanting_alone_are_no_events(nlp: Pipeline, text: str) -> None:
    assert events(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "प्रधानमंत्री शहबाज़ शरीफ़ ने राष्ट्रीय सुरक्षा समिति की आपात बैठक बुलाई।",  # a body meeting internally
    ],
)
def test_a_body_convening_its_own_meeting_is_no_event(nlp: Pipeline, text: str) -> None:
    assert events(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "छुट्टियां मनाने हज़ारों पर्यटक नैनीताल पहुँचे।",
        "मामला अब हाईकोर्ट पहुँच गया है।",
        "गांव के लोगों ने चौपाल पर बैठक की।",
        "फ़िल्म में जासूस दुश्मन देश के मंत्री से मिलता है।",
        "मौसम विभाग ने भारी बारिश की चेतावनी दी।",
        "पुलिस ने हत्या के आरोप में एक व्यक्ति को पकड़ा।",
        "नगर निगम ने प्लास्टिक की थैलियों पर प्रतिबंध लगाया।",
        "भारतीय टीम श्रृंखला खेलने के लिए इंग्लैंड के दौरे पर है।",
        "प्रधानमंत्री के दौरे से पहले सुरक्षा बढ़ा दी गई है।",
        "दोनों देशों के बीच चल रही बातचीत की यह एक कड़ी है।",
        "दोनों राज्यों ने मिलकर काम करने का फ़ैसला किया।",
        "नियंत्रण रेखा पर संघर्ष विराम उल्लंघन की घटनाएं बढ़ी हैं।",
        "अमेरिका ने क्यूबा पर लगे प्रतिबंधों में ढील दी।",
        "इस सुधार से निर्यात को मज़बूती मिलेगी।",  # मिलना after a bare noun: to receive
        "ओस्लो समझौता शांति प्रक्रिया का आधार है।",  # a city names the accord, it is no party
        "मुग़ल काल में यह किला बना था।",  # काल, an era, is no call
        "चाहे सरकार हो या विपक्ष, सबको जवाब देना होगा।",  # चाहे … या: whether … or
        "विदेश मंत्रालय के प्रवक्ता ने संवाददाताओं से बातचीत में कहा कि जांच जारी है।",  # a press briefing
        "उच्च न्यायालय ने पूर्व मंत्री की ज़मानत याचिका ख़ारिज कर दी।",  # court procedure
        "बिहार से मिली सीटों का गठबंधन को लाभ हुआ।",  # मिली सीटों: seats received
        "अदालत ने उसे दोषी क़रार दिया।",  # क़रार दिया: declared, no accord
        "जहाँ तक भाजपा की बात है, वह अकेले चुनाव लड़ेगी।",  # की बात है: as for
        "मैंने इस मुद्दे पर पूर्व विदेश सचिव से बात की।",  # the reporter's own interview
        "दोनों पक्षों को रिपोर्ट की प्रतियां जल्द मिल जाएंगी।",  # X को मिलना: X receives
        "अभिनेत्री ने अपने पिता की मदद ली।",  # taking help is no aid given
        "ट्रेन का नाम समझौता एक्सप्रेस है।",
        "यह सड़क आगे चलकर लखनऊ से मिलती है।",  # a road meets a city: places do not meet
        "प्रशासन ने जीत के जुलूस निकालने पर पाबंदी लगा दी।",  # a ban with no political target
        "सरकार की ओर से मामला लड़ने वाले वकील ने अपील की।",  # ओर is part of की ओर से
        "विपक्ष ने कहा कि सरकार ने किसानों के हितों से समझौता किया है।",  # compromised, no accord
        "जर्मनी ने कहा कि वह फ्रांस की इस राय से सहमत है।",  # agreeing with a view
        'मंत्री ने कहा, "यह दोनों देशों के लिए फ़ायदेमंद समझौता है।"',  # describes an accord, tells of none
        "जर्मनी के चांसलर ने भारत के साथ संबंध मज़बूत करने की बात कही।",
    ],
)
def test_hard_negatives(nlp: Pipeline, text: str) -> None:
    assert events(nlp, text) == []


def test_works_with_a_knowledge_base_that_knows_nothing() -> None:
    """A KB without its methods (a placeholder) leaves nominal actors; nothing raises."""

    class EmptyKB:
        pass

    nlp = Pipeline(components=["segment"])
    doc = nlp("किसान नेताओं ने सरकार से बातचीत की।")
    [meet] = EventExtractor(kb=EmptyKB()).extract(doc)
    assert meet.type == "MEET" and [a.text for a in meet.counterparts] == ["सरकार"]


def test_offsets_hold_on_messy_text(nlp: Pipeline) -> None:
    text = "रूस\u200c का  प्रतिनिधिमंडल   दमिश्क़ पहुँचा। उस यात्रा के दौरान अधिकारियों ने अल-जूलानी से मुलाक़ात की।"
    doc = nlp(text, PUBLISHED)
    doc.check_offsets()
    assert {e.type for e in doc.events} == {"VISIT", "MEET"}


# ------------------------------------------------------------------------------------- lexicon, harness


def test_lexicon_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "triggers.yaml"
    bad.write_text("format: hindinews-event-triggers/1\ntypes:\n  TRAVEL: {plover: {type: CONSULT}}\n",
                   encoding="utf-8")
    package = Path(__file__).parents[1] / "src" / "hindinews" / "events"
    with pytest.raises(LexiconError, match="unknown event type 'TRAVEL'"):
        build_lexicon(bad, package / "grammar.yaml", package / "actors.yaml")


def test_arg_matching() -> None:
    text = "रूस का प्रतिनिधिमंडल"
    arg = Argument(text=text, start=0, end=len(text), kb_id="rus", canonical="Russia")
    assert arg_matches(arg, "Russia") and arg_matches(arg, "rus") and arg_matches(arg, "प्रतिनिधिमण्डल")
    assert not arg_matches(arg, "Syria")
    # A gold name in another spelling matches through the resolver the caller gives (the CLI: the KB's).
    assert not arg_matches(arg, "Russian Federation")
    assert arg_matches(arg, "Russian Federation", lambda name: "rus" if name == "Russian Federation" else None)


def test_score_counts_spurious_and_missed(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a", "text": "x", "events": [{"type": "MEET", "actors": ["India"]}]},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    scores = score(read_gold(gold), [Document(text="x")])
    assert scores.by_type["MEET"].gold == 1 and scores.by_type["MEET"].type_tp == 0
    assert "missed MEET" in scores.errors[0]


def test_gold_set_meets_its_targets(nlp: Pipeline) -> None:
    path = DATA / "events_gold.jsonl"
    records = read_gold(path)
    assert len(records) >= 120
    assert sum(1 for r in records if not r.events) >= 40
    assert {e.type for r in records for e in r.events} == set(load_lexicon().types)
    scores = evaluate_events(path, lambda rs: [nlp(r.text, r.published, id=r.id) for r in rs])
    micro = scores.micro()
    assert micro["type_f1"] >= 0.90 and micro["actor_f1"] >= 0.80, scores.table()


def test_a_predicted_week_matches_the_gold_month_of_its_thursday() -> None:
    from hindinews.events.evaluate import date_matches

    assert date_matches("2025-W33", "2025-08") and not date_matches("2025-W33", "2025-09")
    assert date_matches("2025-08-12", "2025-08-12") and not date_matches("2025-08-12", "2025-08")


# ----------------------------------------------------------------- resumptions, passives, modality words


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("नेपाल और भारत के बीच दो साल से बंद बस सेवा अगले हफ़्ते से फिर शुरू होगी।", ["Nepal", "India"]),
        # the embassy reopened belongs to the trigger; the subject before it acts
        ("फ़ैसल बिन फ़रहान ने कहा कि सऊदी अरब जल्द ही काबुल में अपना दूतावास फिर से खोलेगा।", ["Saudi Arabia"]),
    ],
)
def test_a_service_resumed_with_words_between_is_cooperation(nlp: Pipeline, text: str, actors: list[str]) -> None:
    event = only(nlp, text)
    assert event.type == "COOPERATE" and event.modality == "planned" and names(event.actors) == actors


def test_resuming_what_is_no_service_is_no_cooperation(nlp: Pipeline) -> None:
    assert events(nlp, "इज़राइल ने गाज़ा पर हमले फिर से शुरू कर दिए।") == []


def test_the_pronoun_after_a_complement_is_its_speaker(nlp: Pipeline) -> None:
    found = events(nlp, "फ़ैसल बिन फ़रहान ने कहा कि सऊदी अरब जल्द ही काबुल में अपना दूतावास फिर से खोलेगा। "
                        "उन्होंने तालिबान से लड़कियों की पढ़ाई पर लगी रोक हटाने की अपील की।")
    request = next(e for e in found if e.type == "REQUEST")
    assert names(request.actors) == ["Faisal bin Farhan"] and names(request.targets) == ["Taliban"]


@pytest.mark.parametrize(
    "text",
    [
        "ब्राज़ील ने यूरोपीय संघ द्वारा ब्राज़ीली मांस के आयात पर रोक लगाए जाने की आलोचना की।",
        "ब्राज़ील ने कल यूरोपीय संघ द्वारा ब्राज़ीली इस्पात पर 25 प्रतिशत टैरिफ़ लगाए जाने के फ़ैसले को "
        "'मनमाना और अन्यायपूर्ण' क़रार दिया।",
    ],
)
def test_a_passive_triggers_actor_is_its_dvara_phrase(nlp: Pipeline, text: str) -> None:
    sanction = next(e for e in events(nlp, text) if e.type == "SANCTION")
    assert names(sanction.actors) == ["European Union"] and names(sanction.targets) == ["Brazil"]


def test_a_dvara_phrase_before_the_subject_is_not_an_actor(nlp: Pipeline) -> None:
    event = only(nlp, "चीन द्वारा ताइवान के पास सैन्य अभ्यास किए जाने के दो दिन बाद जापान के प्रधानमंत्री ने "
                      "अमेरिकी राष्ट्रपति से फ़ोन पर बात की।")
    assert event.type == "CALL" and names(event.actors) == ["Japan"]


def test_an_attributive_necessary_is_no_modality(nlp: Pipeline) -> None:
    assert only(nlp, "भारत ने नेपाल को ज़रूरी दवाइयां भेजीं।").modality == "asserted"
    assert only(nlp, "जयशंकर ने कहा कि रूस और यूक्रेन के बीच बातचीत ज़रूरी है।").modality == "reported"


def test_a_verb_of_coming_goes_only_to_the_place_right_before_it(nlp: Pipeline) -> None:
    event = only(nlp, "भारत ने पिछले हफ़्ते आए चक्रवात से प्रभावित श्रीलंका के लिए राहत सामग्री भेजी।")
    assert event.type == "AID" and names(event.targets) == ["Sri Lanka"]


def test_a_headlines_talks_are_the_bodys_call() -> None:
    nlp = Pipeline()
    doc = nlp("मोदी ने ज़ेलेंस्की से की बात, युद्ध खत्म करने पर ज़ोर\n"
              "नई दिल्ली, 12 मार्च (भाषा)। प्रधानमंत्री नरेंद्र मोदी ने बुधवार को यूक्रेन के राष्ट्रपति वोलोदिमीर "
              "ज़ेलेंस्की से फ़ोन पर बात की।", "2025-03-12")
    talks = [e for e in doc.events if e.type in ("MEET", "CALL")]
    assert [(e.type, names(e.actors), names(e.targets)) for e in talks] == [
        ("CALL", ["Narendra Modi"], ["Volodymyr Zelenskyy"])]


def test_a_boycott_of_a_party_is_a_sanction_of_an_election_none(nlp: Pipeline) -> None:
    event = only(nlp, "मलेशिया ने इज़राइल के बहिष्कार का ऐलान किया।")
    assert event.type == "SANCTION" and names(event.actors) == ["Malaysia"] and names(event.targets) == ["Israel"]
    assert events(nlp, "विपक्ष ने चुनाव के बहिष्कार का ऐलान किया।") == []


def test_a_relative_clause_describing_the_visit_is_no_second_visit(nlp: Pipeline) -> None:
    event = only(nlp, "कनाडा के प्रधानमंत्री मार्क कार्नी सोमवार को नई दिल्ली पहुंचे, जो 2023 के विवाद के बाद "
                      "किसी कनाडाई प्रधानमंत्री का पहला भारत दौरा है।")
    assert event.type == "VISIT" and event.date is not None and event.date.value == "2025-06-16"


def test_support_given_as_the_reason_of_a_condemnation_is_no_support(nlp: Pipeline) -> None:
    event = only(nlp, "भारत ने सीमा पार आतंकवाद को समर्थन देने के लिए पाकिस्तान की तीखी आलोचना की।")
    assert event.type == "ACCUSE" and names(event.targets) == ["Pakistan"]
    found = events(nlp, "भारत ने यूक्रेन को समर्थन देने के लिए एक अरब डॉलर की सहायता भेजी।")
    assert {e.type for e in found} == {"SUPPORT", "AID"}


def test_a_check_post_is_no_czech(nlp: Pipeline) -> None:
    event = only(nlp, "भारत ने पाकिस्तान के साथ व्यापार के लिए अटारी एकीकृत चेक पोस्ट को तत्काल बंद कर दिया।")
    assert event.type == "SANCTION" and names(event.targets) == ["Pakistan"]


def test_a_press_conference_and_cooperation_as_a_topic_are_no_events(nlp: Pipeline) -> None:
    assert events(nlp, "वार्ता के बाद जयशंकर ने संयुक्त संवाददाता सम्मेलन में कहा कि दोनों देशों के संबंध स्थिर हैं।") == []
    event = only(nlp, "भारत और रूस ने ऊर्जा सहयोग पर चर्चा की।")
    assert event.type == "MEET" and names(event.actors) == ["India", "Russia"]


def test_a_tours_coordinated_countries_are_all_its_recipients(nlp: Pipeline) -> None:
    event = only(nlp, "प्रधानमंत्री मोदी अगले हफ़्ते जापान, फ़िलीपींस और दक्षिण कोरिया जाएंगे।")
    assert event.type == "VISIT" and names(event.targets) == ["Japan", "Philippines", "South Korea"]


def test_a_call_has_no_location_nor_does_an_event_told_during_it(nlp: Pipeline) -> None:
    found = events(nlp, "रामाफोसा ने जोहानिसबर्ग में होने वाले शिखर सम्मेलन से पहले बुधवार को लूला से फोन पर बात की। "
                        "रामाफोसा ने इस बातचीत के दौरान अमेरिका की व्यापार नीतियों की आलोचना भी की।")
    assert [e.type for e in found] == ["CALL", "ACCUSE"]
    assert all(e.location is None for e in found)


def test_here_is_the_datelines_city_for_a_deed_not_for_a_statement(nlp: Pipeline) -> None:
    doc = nlp("अस्ताना, 12 मार्च (एजेंसी)। भारत और कज़ाख़स्तान ने बुधवार को यहां ऊर्जा समझौते पर हस्ताक्षर किए। "
              "कज़ाख़ विदेश मंत्री ने यहां संवाददाताओं से कहा कि पश्चिमी प्रतिबंध अनुचित हैं और उन्होंने इनकी आलोचना की।",
              "2025-03-12")
    agree = next(e for e in doc.events if e.type == "AGREE")
    assert agree.location is not None and agree.location.canonical == "Astana"
    assert all(e.location is None for e in doc.events if e.type == "ACCUSE")


def test_a_consequence_clause_keeps_its_hope_to_itself(nlp: Pipeline) -> None:
    event = only(nlp, "थाईलैंड और कंबोडिया ने रविवार को शांति घोषणा पर हस्ताक्षर किए, जिससे तनाव कम होने की उम्मीद है।")
    assert event.type == "AGREE" and event.modality == "asserted"


def test_a_request_made_at_a_meeting_shares_its_place_and_not_its_topic(nlp: Pipeline) -> None:
    found = events(nlp, "मोहम्मद यूनुस ने शुक्रवार को बैंकॉक में प्रधानमंत्री नरेंद्र मोदी से मुलाक़ात की और उनसे "
                        "शेख़ हसीना के प्रत्यर्पण का अनुरोध किया।")
    request = next(e for e in found if e.type == "REQUEST")
    assert names(request.targets) == ["Narendra Modi"]
    assert request.location is not None and request.location.canonical == "Bangkok"


def test_a_sanction_on_another_countrys_mission_targets_that_country(nlp: Pipeline) -> None:
    found = events(nlp, "कनाडा ने सोमवार को व्यापार समझौते को स्थगित करने और ओटावा स्थित भारतीय उच्चायोग में तैनात "
                        "दो राजनयिकों को निष्कासित करने का एलान किया।")
    assert [(e.type, names(e.actors), names(e.targets)) for e in found] == [
        ("SANCTION", ["Canada"], ["India"]), ("SANCTION", ["Canada"], ["India"])]


def test_the_head_of_an_organization_named_in_a_compound_stands_for_it_later(nlp: Pipeline) -> None:
    found = events(nlp, "संयुक्त किसान मोर्चा के नेताओं ने सोमवार को कृषि मंत्री शिवराज सिंह चौहान के साथ बैठक की। "
                        "मोर्चा ने आरोप लगाया कि सरकार वादे से मुकर गई।")
    accuse = next(e for e in found if e.type == "ACCUSE")
    assert names(accuse.actors) == ["Samyukt Kisan Morcha"]


def test_a_threat_that_ones_own_state_will_answer_names_no_addressee(nlp: Pipeline) -> None:
    found = events(nlp, "रूसी विदेश मंत्रालय की प्रवक्ता मारिया ज़ाख़ारोवा ने मंगलवार को प्रतिबंधों को ख़ारिज कर दिया। "
                        "उन्होंने चेतावनी दी कि मॉस्को इन क़दमों का कड़ा जवाब देगा।")
    threat = next(e for e in found if e.type == "THREATEN")
    assert names(threat.actors) == ["Maria Zakharova"] and threat.targets == []


def test_a_threats_dative_complement_subject_is_its_addressee(nlp: Pipeline) -> None:
    event = only(nlp, "ट्रंप ने चेतावनी दी कि स्पेन को व्यापार वार्ता में इसकी 'दोगुनी क़ीमत' चुकानी पड़ेगी।")
    assert event.type == "THREATEN" and names(event.targets) == ["Spain"]


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("जयशंकर ने कहा कि पाकिस्तान को आतंकवाद का समर्थन बंद करना चाहिए।", "S. Jaishankar", "Pakistan"),
    ],
)
def test_what_a_named_party_should_do_said_is_a_demand(nlp: Pipeline, text: str, actor: str, target: str) -> None:
    event = only(nlp, text)
    assert (event.type, event.modality, names(event.actors), names(event.targets)) == (
        "REQUEST", "asserted", [actor], [target])


def test_what_both_sides_should_be_is_no_demand(nlp: Pipeline) -> None:
    assert events(nlp, "शी जिनपिंग ने ब्लिंकन से मुलाक़ात की। शी ने कहा कि दोनों देशों को साझेदार होना चाहिए।")[1:] == []


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("लूला ने दक्षिण अफ़्रीका को ब्राज़ील के पूरे समर्थन का भरोसा दिलाया।", "Luiz Inácio Lula da Silva", "South Africa"),
        ("मोदी ने कहा कि भारत यूक्रेन की संप्रभुता और क्षेत्रीय अखंडता का सम्मान करता है।", "India", "Ukraine"),
    ],
)
def test_assured_support_and_respected_sovereignty_are_support(
        nlp: Pipeline, text: str, actor: str, target: str) -> None:
    event = only(nlp, text)
    assert (event.type, names(event.actors), names(event.targets)) == ("SUPPORT", [actor], [target])


def test_a_partnership_signed_is_an_agreement(nlp: Pipeline) -> None:
    event = only(nlp, "अमेरिका और सऊदी अरब ने मंगलवार को रियाद में रणनीतिक आर्थिक साझेदारी पर दस्तख़त किए।")
    assert event.type == "AGREE" and names(event.actors) == ["United States", "Saudi Arabia"]


@pytest.mark.parametrize(
    "text",
    [
        "दक्षिण अफ़्रीका के राष्ट्रपति ने अमेरिका के इस फ़ैसले को 'अफ़सोसनाक' बताया।",
        "दक्षिण अफ़्रीका ने अमेरिका के फ़ैसले को 'अनुचित, अन्यायपूर्ण और अविवेकपूर्ण' क़रार दिया।",
    ],
)
def test_calling_anothers_act_unjust_in_quotes_is_an_accusation(nlp: Pipeline, text: str) -> None:
    event = only(nlp, text)
    assert event.type == "ACCUSE" and names(event.targets) == ["United States"]


def test_what_a_warning_threatens_is_no_event_of_its_own(nlp: Pipeline) -> None:
    found = events(nlp, "ट्रम्प ने कोलंबिया को चेतावनी दी कि उसके सामान पर 25 प्रतिशत शुल्क लगाया जाएगा।")
    assert [(e.type, names(e.targets)) for e in found] == [("THREATEN", ["Colombia"])]


def test_an_invitation_to_come_makes_the_invited_the_visitor(nlp: Pipeline) -> None:
    event = only(nlp, "मोहम्मद बिन सलमान ने अहमद अल-शरा को रियाद आने का न्योता दिया।")
    assert event.type == "VISIT" and event.modality == "planned" and names(event.actors) == ["Ahmed al-Sharaa"]
    assert events(nlp, "रुबियो ने कहा कि वॉशिंगटन आने वाले दिनों में बातचीत पर फ़ैसला करेगा।") == []


def test_a_headlines_treaty_is_the_bodys_treaty() -> None:
    nlp = Pipeline()
    doc = nlp("शी जिनपिंग ने पांच देशों के साथ की मैत्री संधि\n"
              "अस्ताना, 17 जून। सम्मेलन के दौरान छहों नेताओं ने मैत्री और सहयोग की संधि पर हस्ताक्षर किए।", "2025-06-18")
    assert [e.type for e in doc.events].count("AGREE") == 1


def test_an_unnamed_official_welcoming_the_visitor_does_not_take_the_story_over(nlp: Pipeline) -> None:
    found = events(nlp, "श्रीलंका के राष्ट्रपति अनुरा कुमार दिसानायके बुधवार को नई दिल्ली पहुंचे। हवाई अड्डे पर विदेश "
                        "राज्य मंत्री ने उनका स्वागत किया। गुरुवार को वह प्रधानमंत्री नरेंद्र मोदी से मुलाक़ात करेंगे।")
    meet = next(e for e in found if e.type == "MEET")
    assert names(meet.actors) == ["Anura Kumara Dissanayake"] and names(meet.targets) == ["Narendra Modi"]


def test_both_leaders_are_the_visitor_and_the_one_who_received_them(nlp: Pipeline) -> None:
    found = events(nlp, "प्रधानमंत्री नरेंद्र मोदी बुधवार को घाना की राजधानी अकरा पहुंचे। हवाई अड्डे पर राष्ट्रपति जॉन "
                        "महामा ने स्वयं उनकी अगवानी की। यह तीन दशक में पहली यात्रा है। दोनों नेताओं के बीच गुरुवार को "
                        "प्रतिनिधिमंडल स्तर की वार्ता होगी।", "2025-07-02")
    meet = next(e for e in found if e.type == "MEET")
    assert names(meet.actors) == ["Narendra Modi", "John Mahama"] and meet.modality == "planned"


def test_a_headline_event_with_no_known_party_is_the_bodys_of_its_type() -> None:
    nlp = Pipeline()
    doc = nlp("भारत-कनाडा रिश्तों में नई शुरुआत: फिर तैनात होंगे उच्चायुक्त, व्यापार वार्ता बहाल\n"
              "ओटावा, 3 जुलाई। भारत और कनाडा ने रुकी हुई व्यापार वार्ता बहाल करने का फ़ैसला किया है।", "2025-07-03")
    cooperation = [e for e in doc.events if e.type == "COOPERATE"]
    assert len(cooperation) == 1 and names(cooperation[0].actors) == ["India", "Canada"]


def test_a_sanction_on_what_is_linked_to_a_country_targets_it(nlp: Pipeline) -> None:
    event = only(nlp, "अमेरिका ने ईरान के मिसाइल कार्यक्रम से जुड़ी दस कंपनियों पर नए प्रतिबंध लगाए हैं।")
    assert event.type == "SANCTION" and names(event.targets) == ["Iran"]


def test_a_city_the_kb_lacks_of_a_country_it_knows_is_a_visits_destination(nlp: Pipeline) -> None:
    event = only(nlp, "प्रधानमंत्री नरेंद्र मोदी सोमवार को कनाडा के विनिपेग पहुंचे।")
    assert event.type == "VISIT" and names(event.targets) == ["Canada"]


def test_a_clause_joined_to_a_complement_speaks_of_its_speaker_and_quotes_do_not_hide_a_trigger(
        nlp: Pipeline) -> None:
    found = events(nlp, "मार्को रुबियो ने एलान किया कि राजदूत का अब देश में स्वागत नहीं है और उन्हें 'पर्सोना नॉन ग्राटा' "
                        "घोषित किया जाता है।")
    assert [(e.type, names(e.actors)) for e in found] == [("SANCTION", ["Marco Rubio"])]


def test_a_companys_acquisition_signed_is_no_agreement(nlp: Pipeline) -> None:
    assert events(nlp, "टाटा मोटर्स ने इटली की कंपनी इवेको के अधिग्रहण के सौदे पर हस्ताक्षर किए हैं।") == []


def test_an_agreement_announced_is_an_agreement(nlp: Pipeline) -> None:
    event = only(nlp, "यूरोपीय संघ और मर्कोसुर ने 25 साल की बातचीत के बाद मुक्त व्यापार समझौते पर सहमति का एलान किया।")
    assert event.type == "AGREE" and names(event.actors) == ["European Union", "Mercosur"]


@pytest.mark.parametrize("exercise", ["संयुक्त पनडुब्बी-रोधी युद्धाभ्यास", "संयुक्त नौसैनिक हवाई अभ्यास"])
def test_a_joint_exercise_with_modifiers_between_its_words_is_cooperation(nlp: Pipeline, exercise: str) -> None:
    event = only(nlp, f"स्वीडन और फ़िनलैंड की नौसेनाओं ने सोमवार को गॉटलैंड द्वीप के पास {exercise} शुरू किया।")
    # (the island near which it is held is a place, not a third party)
    assert event.type == "COOPERATE" and names(event.actors) == ["Sweden", "Finland"]


def test_a_party_after_another_countrys_genitive_is_not_the_kbs_namesake(nlp: Pipeline) -> None:
    event = only(nlp, "फ़िजी की लेबर पार्टी ने सोमवार को सरकार पर भ्रष्टाचार का आरोप लगाया।")
    assert event.type == "ACCUSE" and names(event.actors) != ["Labour Party (UK)"]
    assert event.actors[0].text.endswith("लेबर पार्टी")


def test_member_states_without_an_owner_are_the_organization_named_last(nlp: Pipeline) -> None:
    found = events(nlp, "यूरोपीय संघ के विदेश मंत्रियों की बैठक सोमवार को ब्रसेल्स में हुई। सदस्य देशों ने रूस की कड़ी "
                        "निंदा की।")
    accuse = next(e for e in found if e.type == "ACCUSE")
    assert names(accuse.actors) == ["European Union"] and names(accuse.targets) == ["Russia"]



def test_welcoming_a_guest_is_the_guests_visit(nlp: Pipeline) -> None:
    event = only(nlp, "कुवैत के अमीर ने रविवार को प्रधानमंत्री नरेंद्र मोदी का रस्मी स्वागत किया।", "2024-12-23")
    assert event.type == "VISIT" and names(event.actors) == ["Narendra Modi"] and names(event.targets) == ["Kuwait"]
    assert event.date is not None and event.date.value == "2024-12-22"
    # (a decision welcomed is support, no visit)
    assert only(nlp, "भारत ने रविवार को इस फ़ैसले का स्वागत किया।").type == "SUPPORT"


def test_this_warning_after_its_words_is_the_warning_itself(nlp: Pipeline) -> None:
    found = events(nlp, "अगर पड़ोसी देश ने गोलाबारी बंद नहीं की तो कंबोडिया संयुक्त राष्ट्र से हस्तक्षेप की मांग करेगा, "
                        "प्रधानमंत्री हुन मानेट ने गुरुवार को यह चेतावनी दी।", "2025-07-25")
    threat = next(e for e in found if e.type == "THREATEN")
    assert names(threat.actors) == ["Hun Manet"] and threat.modality == "asserted"
    assert threat.date is not None and threat.date.value == "2025-07-24"


def test_a_summit_named_as_the_setting_of_a_meeting_between_two_is_no_party(nlp: Pipeline) -> None:
    event = only(nlp, "जून में जी-7 शिखर सम्मेलन से इतर प्रधानमंत्री नरेंद्र मोदी और कनाडाई प्रधानमंत्री मार्क कार्नी के बीच "
                      "मुलाक़ात हुई।", "2025-08-29")
    assert event.type == "MEET" and names(event.actors) == ["Narendra Modi", "Mark Carney"]


def test_a_capital_as_the_subject_before_a_date_is_its_government(nlp: Pipeline) -> None:
    event = only(nlp, "रक्षा मंत्री ने कहा कि टोक्यो दिसंबर में फिलीपींस के साथ संयुक्त नौसैनिक अभ्यास करेगा।", "2024-07-09")
    assert event.type == "COOPERATE" and names(event.actors) == ["Japan"] and event.modality != "asserted"


@pytest.mark.parametrize("text", [
    "इथियोपिया और सोमालिया के बीच एक साल से चले आ रहे तनाव पर अफ़्रीकी संघ ने चिंता जताई।",
    "जापानी मीडिया ने सरकारी सूत्रों के हवाले से बताया कि ताकाइची राष्ट्रपति ली जे-म्यांग के साथ वार्ता करेंगी।",
])
def test_going_on_is_no_coming_and_citing_sources_is_no_counterpart(nlp: Pipeline, text: str) -> None:
    found = events(nlp, text, "2025-10-22")
    assert not any(e.type == "VISIT" for e in found)
    assert all("हवाले" not in a.text for e in found for a in [*e.actors, *getattr(e, "counterparts", [])])


@pytest.mark.parametrize(("text", "target"), [
    ("सिद्धारमैया ने केंद्र पर कर बंटवारे में भेदभाव का आरोप लगाया।", "Government of India"),
    ("भाजपा ने कर्नाटक सरकार पर भ्रष्टाचार का आरोप लगाया।", "Government of Karnataka"),
    ("सुप्रिया सुले ने देवेंद्र फडणवीस सरकार पर वादाख़िलाफ़ी का आरोप लगाया।", "Government of Maharashtra"),
])
def test_the_centre_and_state_governments_are_actors_of_their_own(nlp: Pipeline, text: str, target: str) -> None:
    event = only(nlp, text, "2025-07-09")
    assert event.type == "ACCUSE" and names(event.targets) == [target]


def test_a_centre_of_something_is_not_the_centre(nlp: Pipeline) -> None:
    event = only(nlp, "इज़राइल ने ईरान के परमाणु केंद्र पर हमले की धमकी दी।")
    assert names(event.targets) == ["Iran"]


def test_a_team_led_by_a_minister_is_a_party_to_a_meeting(nlp: Pipeline) -> None:
    event = only(nlp, "किसानों के प्रतिनिधिमंडल ने शुक्रवार को केंद्रीय कृषि मंत्री शिवराज सिंह चौहान के नेतृत्व वाली टीम के "
                      "साथ बैठक की।", "2025-02-15")
    assert event.type == "MEET" and [a.text for a in event.counterparts] == ["टीम"]


def test_both_sides_after_a_request_to_two_are_those_two(nlp: Pipeline) -> None:
    found = events(nlp, "यूरोपीय संघ ने सर्बिया और कोसोवो से तनाव कम करने का आग्रह किया है। अगले मंगलवार को होने वाली दोनों "
                        "पक्षों की बैठक स्थगित कर दी गई है।", "2025-05-15")
    meet = next(e for e in found if e.type == "MEET")
    assert names(meet.actors) == ["Serbia", "Kosovo"] and meet.modality == "negated"


def test_an_infinitive_before_a_discussion_is_its_topic_past_an_adverb(nlp: Pipeline) -> None:
    assert events(nlp, "बातचीत में दोनों देशों के बीच रक्षा सहयोग बढ़ाने पर विस्तार से चर्चा हुई।") \
        == events(nlp, "बातचीत में दोनों देशों के बीच रक्षा सहयोग बढ़ाने पर चर्चा हुई।")


def test_both_leaders_are_the_two_of_the_last_between_phrase(nlp: Pipeline) -> None:
    found = events(nlp, "अनवर इब्राहिम ने कंबोडियाई प्रधानमंत्री हुन मानेट और थाईलैंड के कार्यवाहक प्रधानमंत्री फुमथम वेचायाचाई के "
                        "बीच हुई इस बैठक की मेज़बानी की। अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने शनिवार को दोनों नेताओं से फ़ोन पर "
                        "बात की थी।", "2025-07-29")
    call = next(e for e in found if e.type == "CALL")
    assert names(call.counterparts) == ["Hun Manet", "Phumtham Wechayachai"]


def test_a_bare_title_joined_to_a_titled_name_is_that_persons(nlp: Pipeline) -> None:
    event = only(nlp, "पार्टी के अध्यक्ष और केंद्रीय मंत्री चिराग पासवान ने सोमवार को अमित शाह से मुलाक़ात की।", "2025-10-07")
    assert names(event.actors) == ["Chirag Paswan"] and names(event.counterparts) == ["Amit Shah"]


def test_quoted_words_are_no_party_but_a_quoted_name_is(nlp: Pipeline) -> None:
    reject = only(nlp, "विपक्षी दल ने नतीजों को 'लोकतंत्र के साथ धोखा' बताते हुए ख़ारिज कर दिया।")
    assert reject.type == "REJECT" and [a.text for a in reject.targets] == []
    request = only(nlp, "'इंडिया' गठबंधन के सांसदों ने सरकार से चर्चा कराने की मांग की।")
    assert names(request.actors) == ["INDIA bloc"]


def test_these_countries_are_the_countries_the_last_event_named(nlp: Pipeline) -> None:
    found = events(nlp, "ट्रंप ने मेक्सिको, कनाडा और चीन से आयात पर भारी शुल्क लगाने के आदेश पर हस्ताक्षर किए और आरोप लगाया "
                        "कि ये देश प्रवासियों को अमेरिका आने से रोकने में नाकाम रहे हैं।", "2025-02-04")
    # (an order signed is no agreement; kept from coming is no visit)
    assert [e.type for e in found] == ["SANCTION", "ACCUSE"]
    assert names(found[1].targets) == ["Mexico", "Canada", "China"]


def test_against_whom_an_infinitive_acts_is_not_whom_a_request_asks(nlp: Pipeline) -> None:
    event = only(nlp, "संयुक्त राष्ट्र ने सुरक्षा बलों से प्रदर्शनकारियों के ख़िलाफ़ बल प्रयोग न करने का आग्रह किया।")
    assert [a.text for a in event.targets] == ["सुरक्षा बलों"]


def test_the_state_government_is_that_of_the_state_the_story_named(nlp: Pipeline) -> None:
    found = events(nlp, "केंद्र ने कर्नाटक को सूखा राहत दी। भाजपा प्रदेश अध्यक्ष ने चेतावनी दी कि अगर राज्य सरकार ने किसानों को "
                        "मुआवज़ा नहीं दिया तो पार्टी आंदोलन छेड़ेगी।", "2024-04-28")
    threat = next(e for e in found if e.type == "THREATEN")
    assert names(threat.targets) == ["Government of Karnataka"]


def test_both_before_a_case_marker_closes_the_conjuncts_and_talks_asked_for_are_no_meeting(nlp: Pipeline) -> None:
    event = only(nlp, "आसियान महासचिव ने फ़िलीपींस और चीन दोनों से संयम बरतने तथा आचार संहिता पर बातचीत जल्द पूरी करने की "
                      "अपील की।")
    assert event.type == "REQUEST" and names(event.targets) == ["Philippines", "China"]


def test_a_statement_is_dated_by_its_attribution_past_the_comma(nlp: Pipeline) -> None:
    event = only(nlp, "ओमान ने ईरान और अमेरिका से संयम बरतने की अपील की है, सल्तनत के विदेश मंत्रालय ने रविवार को जारी एक बयान में "
                      "यह बात कही।", "2025-06-16")
    assert event.type == "REQUEST" and event.date is not None and event.date.value == "2025-06-15"


@pytest.mark.parametrize(("text", "actor"), [
    ("क्रेमलिन ने यूरोपीय संघ के प्रस्ताव को ख़ारिज कर दिया।", "Russia"),
    ("भारत के विदेश मंत्रालय ने इस क़दम की कड़ी आलोचना की।", "India"),
])
def test_a_body_that_speaks_for_its_state_is_the_state(nlp: Pipeline, text: str, actor: str) -> None:
    event = only(nlp, text)
    assert names(event.actors) == [actor] and event.actors[0].code is not None


def test_one_countrys_own_joint_forces_drill_is_no_cooperation(nlp: Pipeline) -> None:
    drill = events(nlp, "चीन ने मंगलवार को ताइवान के चारों ओर थल सेना और नौसेना का संयुक्त सैन्य अभ्यास शुरू किया।")
    assert not any(e.type == "COOPERATE" for e in drill)
    event = only(nlp, "जर्मनी और पोलैंड की नौसेनाएं अगले महीने बाल्टिक सागर में संयुक्त अभ्यास करेंगी।")
    assert event.type == "COOPERATE" and names(event.actors) == ["Germany", "Poland"]


def test_leaving_an_organization_is_a_sanction_and_the_three_countries_are_those_named(nlp: Pipeline) -> None:
    found = events(nlp, "माली, बुर्किना फ़ासो और नाइजर के सैन्य शासकों ने इकोवास से अलग होने की घोषणा की है। इकोवास ने पिछले "
                        "महीने तीनों देशों से इस फ़ैसले पर पुनर्विचार करने का आग्रह किया था।", "2025-01-30")
    sanction = next(e for e in found if e.type == "SANCTION")
    assert names(sanction.actors) == ["Mali", "Burkina Faso", "Niger"] and names(sanction.targets) == ["ECOWAS"]
    request = next(e for e in found if e.type == "REQUEST")
    assert names(request.targets) == ["Mali", "Burkina Faso", "Niger"]
    assert events(nlp, "वह परिवार से अलग होने के बाद दिल्ली आ गया।") == []


def test_goods_handed_over_are_aid_and_a_memorandum_is_not(nlp: Pipeline) -> None:
    event = only(nlp, "भारत ने अफ़ग़ानिस्तान को 20 एंबुलेंस सौंपीं।")
    assert event.type == "AID" and names(event.actors) == ["India"] and names(event.targets) == ["Afghanistan"]
    assert events(nlp, "किसानों ने ज़िलाधिकारी को ज्ञापन सौंपा।") == []


def test_a_leaders_party_is_the_party_the_kb_says_they_lead(nlp: Pipeline) -> None:
    event = only(nlp, "ममता बनर्जी की पार्टी ने भाजपा पर आरोप लगाया।")
    assert names(event.actors) == ["All India Trinamool Congress"]
    assert names(event.targets) == ["Bharatiya Janata Party"]


def test_a_party_leader_meeting_their_own_party_is_no_event(nlp: Pipeline) -> None:
    assert events(nlp, "पटना में मुख्यमंत्री नीतीश कुमार ने अपने आवास पर जदयू के वरिष्ठ नेताओं के साथ बैठक की।") == []


def test_thanks_and_assurance_are_support_but_an_event_assured_stays_the_event(nlp: Pipeline) -> None:
    thanks = only(nlp, "शहबाज़ शरीफ़ ने डोनाल्ड ट्रंप को संघर्षविराम में भूमिका निभाने के लिए धन्यवाद दिया।")
    assert thanks.type == "SUPPORT" and names(thanks.targets)[:1] == ["Donald Trump"]
    assured = events(nlp, "मैक्रों ने ज़ेलेंस्की को वायु रक्षा प्रणालियों की नई खेप भेजे जाने का भरोसा दिलाया।")
    assert [e.type for e in assured] == ["AID"]


def test_a_bare_ministry_is_the_one_the_story_named_with_its_country(nlp: Pipeline) -> None:
    found = events(nlp, "चीन के विदेश मंत्रालय ने बयान जारी किया। मंत्रालय ने अमेरिका से संयम बरतने की अपील की।")
    request = next(e for e in found if e.type == "REQUEST")
    assert names(request.actors) == ["China"] and names(request.targets) == ["United States"]


def test_a_datelines_agency_and_the_other_side_of_a_tension_are_no_parties(nlp: Pipeline) -> None:
    visit = only(nlp, "बीजिंग, 2 सितंबर (यूएनआई) उत्तर कोरिया के सर्वोच्च नेता किम जोंग उन मंगलवार को बीजिंग पहुंचे।",
                 "2025-09-04")
    assert visit.type == "VISIT" and names(visit.actors) == ["Kim Jong Un"]
    meet = only(nlp, "इजराइल से तनाव के बीच ईरानी विदेश मंत्री अब्बास अराघची ने रियाद में क्राउन प्रिंस मोहम्मद बिन सलमान से "
                     "मुलाकात की।")
    assert names(meet.counterparts) == ["Mohammed bin Salman"]


@pytest.mark.parametrize("text", [
    "इज़राइल ने इस फ़ैसले पर स्पेन से तीखी नाराज़गी जताई।",
    "मॉस्को ने यूरोपीय संघ के इस क़दम को 'ग़ैरक़ानूनी' बताया।",
])
def test_displeasure_and_calling_an_act_illegal_are_accusations(nlp: Pipeline, text: str) -> None:
    assert [e.type for e in events(nlp, text)] == ["ACCUSE"]


def test_taking_a_country_out_of_an_organization_is_a_sanction_and_a_cooperation_pact_one_agreement(
        nlp: Pipeline) -> None:
    event = only(nlp, "राष्ट्रपति हावियर मिलेई ने अपने देश को विश्व स्वास्थ्य संगठन से अलग करने का आदेश दिया।")
    assert event.type == "SANCTION" and names(event.targets) == ["World Health Organization"]
    pact = events(nlp, "मिस्र और सोमालिया ने बुधवार को एक सैन्य सहयोग प्रोटोकॉल पर हस्ताक्षर किए।")
    assert [e.type for e in pact] == ["AGREE"]


def test_memoranda_exchanged_are_an_agreement(nlp: Pipeline) -> None:
    event = only(nlp, "भारत और ओमान ने चार समझौता ज्ञापनों का आदान-प्रदान किया।")
    assert event.type == "AGREE" and names(event.actors) == ["India", "Oman"]


@pytest.mark.parametrize(("text", "expected"), [
    # A headline's order: the verb first, its subject right after it; the next clause shares it.
    ("भारत आएंगे पुतिन, दिसंबर में होगी मोदी से मुलाकात",
     [("VISIT", "planned", ["Vladimir Putin"], ["India"]), ("MEET", "planned", ["Vladimir Putin"], ["Narendra Modi"])]),
    ("चीन पहुंचे जयशंकर, वांग यी से करेंगे मुलाकात",
     [("VISIT", "asserted", ["S. Jaishankar"], ["China"]), ("MEET", "planned", ["S. Jaishankar"], ["Wang Yi"])]),
    ("यूक्रेन को 50 करोड़ डॉलर की मदद देगा जापान", [("AID", "planned", ["Japan"], ["Ukraine"])]),
])
def test_a_subject_after_its_verb(nlp: Pipeline, text: str, expected: list[tuple[str, str, list[str], list[str]]]
                                  ) -> None:
    assert [(e.type, e.modality, names(e.actors), names(e.targets)) for e in events(nlp, text)] == expected


def test_a_list_after_a_postposition_that_looks_like_a_verb_is_still_a_list(nlp: Pipeline) -> None:
    text = "ट्रंप ने मध्यस्थता के लिए मिस्र, क़तर और तुर्की की तारीफ़ की।"
    assert names(only(nlp, text).targets) == ["Egypt", "Qatar", "Turkey"]


def test_both_leaders_are_the_visitor_and_the_host_who_received_them(nlp: Pipeline) -> None:
    text = ("प्रधानमंत्री नरेंद्र मोदी शनिवार को नाइजीरिया की राजधानी अबुजा पहुंचे। रविवार को राष्ट्रपति बोला टीनूबू ने उनका "
            "औपचारिक स्वागत किया, जिसके बाद दोनों नेताओं के बीच प्रतिनिधिमंडल स्तर की वार्ता हुई। दोनों देशों ने तीन "
            "समझौतों पर हस्ताक्षर किए।")
    found = {e.type: e for e in events(nlp, text, "2024-11-17")}
    assert set(names([*found["MEET"].actors, *found["MEET"].counterparts])) == {"Narendra Modi", "Bola Tinubu"}
    assert names(found["AGREE"].actors) == ["India", "Nigeria"]


def test_page_furniture_between_sentences_does_not_push_both_out_of_reach(nlp: Pipeline) -> None:
    text = ("मोदी-वेंस मुलाक़ात पर अहम फ़ैसले\n"
            "नई दिल्ली: प्रधानमंत्री नरेंद्र मोदी ने सोमवार को अमेरिकी उपराष्ट्रपति जेडी वेंस के साथ द्विपक्षीय वार्ता की। "
            "बैठक में व्यापार समझौते पर लंबी बातचीत हुई।\n"
            "इसे भी पढ़ें: ट्रंप के टैरिफ़ का असर\n"
            "विज्ञापन\n"
            "दोनों नेताओं ने ऊर्जा और रक्षा क्षेत्र में सहयोग पर भी चर्चा की।")
    last = events(nlp, text, "2025-04-22")[-1]
    assert set(names([*last.actors, *last.counterparts])) == {"Narendra Modi", "JD Vance"}


def test_an_accord_with_a_party_more_is_another_accord(nlp: Pipeline) -> None:
    text = ("भारत और श्रीलंका ने रक्षा सहयोग समेत सात समझौतों पर हस्ताक्षर किए। इसके अलावा भारत, श्रीलंका और संयुक्त "
            "अरब अमीरात ने एक त्रिपक्षीय समझौते पर भी दस्तख़त किए।")
    assert [names(e.actors) for e in events(nlp, text)] == [
        ["India", "Sri Lanka"], ["India", "Sri Lanka", "United Arab Emirates"]]


def test_the_parties_of_talks_before_an_event_are_not_its_recipients(nlp: Pipeline) -> None:
    text = "दोनों नेताओं के बीच हुई वार्ता के बाद भारत ने मालदीव को ऋण सहायता देने की घोषणा की।"
    aid = next(e for e in events(nlp, text) if e.type == "AID")
    assert names(aid.targets) == ["Maldives"]


def test_condemning_this_attack_condemns_the_attacker_and_so_does_one_who_also_condemns(nlp: Pipeline) -> None:
    text = ("इज़राइल ने शनिवार तड़के ईरान के कई सैन्य ठिकानों पर हवाई हमले किए। सऊदी अरब ने इस हमले की कड़ी निंदा की। "
            "क़तर ने भी हमले की निंदा की।")
    assert [(names(e.actors), names(e.targets)) for e in events(nlp, text)] == [
        (["Saudi Arabia"], ["Israel"]), (["Qatar"], ["Israel"])]


def test_a_state_honour_conferred_is_support(nlp: Pipeline) -> None:
    text = "राष्ट्रपति दिसानायके ने प्रधानमंत्री मोदी को श्रीलंका के सर्वोच्च नागरिक सम्मान 'मित्र विभूषण' से सम्मानित किया।"
    event = only(nlp, text)
    assert (event.type, names(event.actors), names(event.targets)) == (
        "SUPPORT", ["Anura Kumara Dissanayake"], ["Narendra Modi"])


def test_a_meeting_with_ones_own_officials_is_no_event(nlp: Pipeline) -> None:
    text = "मुख्यमंत्री पिनाराई विजयन ने बुधवार को ज़िला कलेक्टरों और आपदा प्रबंधन अधिकारियों के साथ समीक्षा बैठक की।"
    assert events(nlp, text) == []
    assert only(nlp, "जयशंकर ने वॉशिंगटन में अमेरिकी अधिकारियों से मुलाकात की।").type == "MEET"


def test_two_titles_of_one_person_are_one_party(nlp: Pipeline) -> None:
    text = ("मोदी ने मंगलवार रात सऊदी अरब के क्राउन प्रिंस और प्रधानमंत्री मोहम्मद बिन सलमान से मुलाक़ात की। क्राउन "
            "प्रिंस ने भारत के साथ एकजुटता व्यक्त की।")
    meeting, support = events(nlp, text)
    assert names(meeting.counterparts) == ["Mohammed bin Salman"]
    assert names(support.actors) == ["Mohammed bin Salman"]
    # So is a state's office beside a party's; titles owned by two countries, or one title twice, are two people.
    accusation = only(nlp, "तमिलनाडु के मुख्यमंत्री और द्रमुक अध्यक्ष एम.के. स्टालिन ने धर्मेंद्र प्रधान पर आरोप लगाया।")
    assert names(accusation.actors) == ["M. K. Stalin"]
    assert set(names(only(nlp, "रूस के राष्ट्रपति और चीन के राष्ट्रपति शी जिनपिंग ने बैठक की।").actors)) == {
        "Russia", "Xi Jinping"}
    assert len(only(nlp, "पंजाब के मुख्यमंत्री और केरल के मुख्यमंत्री पिनाराई विजयन ने बैठक की।").actors) == 2


@pytest.mark.parametrize(("text", "date"), [
    # The date of an attack the solidarity answers is not the solidarity's.
    ("मध्य एशियाई देशों ने 22 अप्रैल को हुए पहलगाम आतंकी हमले के मद्देनज़र भारत के साथ एकजुटता जताई।", None),
    # The meeting where it happened, and the talks after which it happened, date it.
    ("गुरुवार को हुई संयुक्त राष्ट्र सुरक्षा परिषद की बैठक में अमेरिका ने प्रस्ताव पर वीटो कर दिया।", "2025-06-12"),
    ("सोमवार को हुई वार्ता के बाद भारत ने श्रीलंका को राहत सामग्री भेजी।", "2025-06-16"),
])
def test_a_date_with_a_participle_dates_its_noun(nlp: Pipeline, text: str, date: str | None) -> None:
    event = events(nlp, text)[-1]
    assert (event.date.value if event.date else None) == date


def test_a_title_and_a_surname_are_the_person_the_story_named(nlp: Pipeline) -> None:
    text = ("पंजाब के मुख्यमंत्री भगवंत मान ने प्रधानमंत्री नरेंद्र मोदी को पत्र लिखकर फंड जारी करने की मांग की है। केंद्रीय "
            "कृषि मंत्री शिवराज सिंह चौहान गुरुवार को चंडीगढ़ में मुख्यमंत्री मान से मुलाक़ात करेंगे।")
    meeting = events(nlp, text, "2025-09-03")[-1]
    assert meeting.type == "MEET" and names(meeting.counterparts) == ["Bhagwant Mann"]


@pytest.mark.parametrize(("text", "expected"), [
    # The place of the mission or envoy is whom the step concerns, not the actor's own country.
    ("भारत ने काबुल स्थित अपने तकनीकी मिशन को दूतावास का दर्जा दे दिया।", ("COOPERATE", ["India"], ["Afghanistan"])),
    ("सूडान ने केन्या में तैनात अपने राजदूत को विचार-विमर्श के लिए वापस बुला लिया है।",
     ("SANCTION", ["Sudan"], ["Kenya"])),
    ("भारत और मलेशिया ने अपने संबंधों को 'व्यापक रणनीतिक साझेदारी' के स्तर तक ले जाने का फ़ैसला किया।",
     ("COOPERATE", ["India", "Malaysia"], [])),
    # A charge called a political drama is denied, not a play.
    ("रूस ने यूक्रेन के बयान को 'राजनीतिक नाटक' बताते हुए ख़ारिज कर दिया।", ("REJECT", ["Russia"], ["Ukraine"])),
])
def test_ties_upgraded_envoys_recalled_and_a_charge_called_drama(
        nlp: Pipeline, text: str, expected: tuple[str, list[str], list[str]]) -> None:
    event = only(nlp, text)
    assert (event.type, names(event.actors), names(event.targets)) == expected


def test_sanctions_lifted_are_no_event(nlp: Pipeline) -> None:
    # Easing a sanction is PLOVER's CONCEDE, a type the contract does not have.
    assert events(nlp, "ट्रंप ने अज़रबैजान के साथ रक्षा सहयोग पर लगी पाबंदियां हटाने की घोषणा की।") == []


def test_rejecting_the_charges_answers_the_last_accuser(nlp: Pipeline) -> None:
    text = ("फ़िलीपींस ने सोमवार को चीनी तटरक्षक बल की 'आक्रामक' कार्रवाई की कड़ी निंदा की। चीन के विदेश मंत्रालय के "
            "प्रवक्ता ने आरोपों को ख़ारिज कर दिया।")
    rejection = events(nlp, text, "2024-06-18")[-1]
    assert (rejection.type, names(rejection.targets)) == ("REJECT", ["Philippines"])


def test_the_leader_of_the_opposition_and_a_party_leader_are_one_person(nlp: Pipeline) -> None:
    text = "शिमला में नेता प्रतिपक्ष और भाजपा नेता जयराम ठाकुर ने राज्य सरकार पर राहत राशि के दुरुपयोग का आरोप लगाया।"
    assert names(only(nlp, text).actors) == ["Jai Ram Thakur"]


def test_a_treaty_suspended_with_nobody_named_concerns_the_last_other_side(nlp: Pipeline) -> None:
    text = ("पाकिस्तान ने महासभा में भारत पर पानी को हथियार बनाने का आरोप लगाया। भारत ने इन आरोपों को ख़ारिज कर दिया और "
            "याद दिलाया कि अप्रैल में उसने सिंधु जल संधि को स्थगित रखने का फ़ैसला किया था।")
    sanction = next(e for e in events(nlp, text, "2025-09-27") if e.type == "SANCTION")
    assert (names(sanction.actors), names(sanction.targets)) == (["India"], ["Pakistan"])


def test_a_comma_without_a_list_word_ends_a_genitive_phrase(nlp: Pipeline) -> None:
    text = "भगवंत मान बोले- केंद्र का पैकेज नाकाफ़ी, प्रधानमंत्री से नियमों में ढील की मांग"
    assert names(only(nlp, text).targets) == ["प्रधानमंत्री"]


def test_a_countrys_ministry_the_kb_lacks_speaks_for_it_and_an_attack_blamed_on_someone_is_theirs(
        nlp: Pipeline) -> None:
    text = ("दमिश्क के एक चर्च में रविवार को आत्मघाती हमला हुआ। सीरिया के गृह मंत्रालय ने इस हमले के लिए इस्लामिक स्टेट "
            "को जिम्मेदार ठहराया। संयुक्त राष्ट्र महासचिव एंतोनियो गुटेरेस ने सोमवार को इस 'जघन्य' हमले की कड़ी निंदा की।")
    blame, condemnation = events(nlp, text, "2025-06-23")
    assert (names(blame.actors), names(blame.targets)) == (["Syria"], ["Islamic State"])
    assert (names(condemnation.actors), names(condemnation.targets)) == (["António Guterres"], ["Islamic State"])


@pytest.mark.parametrize("text", [
    "ब्रिटेन के पूर्व प्रधानमंत्री ऋषि सुनक अपने परिवार के साथ निजी यात्रा पर बेंगलुरु पहुंचे हैं।",
    "गृह मंत्री अमित शाह परिवार के साथ अहमदाबाद पहुंचे और एक पारिवारिक कार्यक्रम में शामिल हुए।",
])
def test_a_private_trip_is_no_visit(nlp: Pipeline, text: str) -> None:
    assert events(nlp, text) == []


def test_talks_co_chaired_are_a_meeting_and_a_cabinet_meeting_chaired_is_none(nlp: Pipeline) -> None:
    text = "भारत और ऑस्ट्रेलिया के रक्षा सचिवों ने आठवीं रक्षा नीति वार्ता की सह-अध्यक्षता की।"
    assert only(nlp, text).type == "MEET"
    assert events(nlp, "प्रधानमंत्री मोदी ने केंद्रीय मंत्रिमंडल की बैठक की अध्यक्षता की।") == []


def test_a_passive_participles_agent_date_and_phrases_are_its_own(nlp: Pipeline) -> None:
    text = ("तमिलनाडु के मुख्यमंत्री एम के स्टालिन ने बुधवार को विदेश मंत्री एस जयशंकर को पत्र लिखकर श्रीलंकाई नौसेना "
            "द्वारा मंगलवार रात गिरफ्तार किए गए 13 मछुआरों की जल्द रिहाई के लिए राजनयिक प्रयास तेज करने का आग्रह किया।")
    event = only(nlp, text, "2024-05-08")
    assert (event.type, names(event.targets), event.date.value if event.date else None) == (
        "REQUEST", ["S. Jaishankar"], "2024-05-08")


def test_every_conjunct_of_a_subject_list_acts_and_a_number_word_stands_for_the_persons_listed(nlp: Pipeline) -> None:
    found = events(nlp, "जर्मनी के चांसलर फ्रेडरिक मर्ज़, फ्रांस के राष्ट्रपति इमैनुएल मैक्रों, ब्रिटेन के प्रधानमंत्री कीर "
                        "स्टार्मर और पोलैंड के प्रधानमंत्री डोनाल्ड टस्क शनिवार को ट्रेन से कीव पहुंचे। ज़ेलेंस्की के साथ "
                        "बैठक के बाद चारों नेताओं ने रूस से युद्धविराम की मांग की।", "2025-05-11")
    four = ["Friedrich Merz", "Emmanuel Macron", "Keir Starmer", "Donald Tusk"]
    by_type = {e.type: e for e in found}
    assert names(by_type["VISIT"].actors) == four
    # the talks' parties end where the main clause's subject begins: Russia is asked, not met
    assert names(by_type["MEET"].actors) == four and names(by_type["MEET"].targets) == ["Volodymyr Zelenskyy"]
    assert names(by_type["REQUEST"].actors) == four and names(by_type["REQUEST"].targets) == ["Russia"]
    # a number word that does not fit the list stands for nobody
    request = next(e for e in events(nlp, "मैक्रों, मर्ज़ और स्टार्मर कीव पहुंचे। चारों नेताओं ने रूस से युद्धविराम की "
                                          "मांग की।", "2025-05-11") if e.type == "REQUEST")
    assert names(request.actors) == ["नेताओं"]


def test_hosting_a_meeting_is_the_hosts_meeting_and_the_noun_may_come_first(nlp: Pipeline) -> None:
    event = only(nlp, "बैठक की मेज़बानी मलेशियाई प्रधानमंत्री अनवर इब्राहिम ने की।")
    assert event.type == "MEET" and names(event.actors) == ["Anwar Ibrahim"]
    # hosting the meeting just told is that meeting, not a second one
    found = events(nlp, "थाईलैंड और कंबोडिया के बीच सोमवार को पुत्रजया में वार्ता हुई। अनवर इब्राहिम ने इस वार्ता की "
                        "मेज़बानी की।", "2025-07-29")
    assert [e.type for e in found] == ["MEET"]


def test_a_body_of_a_country_is_not_the_un_body_it_is_named_like(nlp: Pipeline) -> None:
    # an internal meeting of Iran's own council: no counterpart, no event
    assert events(nlp, "ईरान की सर्वोच्च राष्ट्रीय सुरक्षा परिषद ने रविवार को तेहरान में एक आपात बैठक कर सुरक्षा स्थिति की "
                       "समीक्षा की।", "2025-09-29") == []
    event = only(nlp, "संयुक्त राष्ट्र सुरक्षा परिषद ने सोमवार को ग़ज़ा के लिए अमेरिका की शांति योजना का समर्थन करने "
                      "वाला प्रस्ताव पारित कर दिया।", "2025-11-18")
    # करने वाला before a noun describes the resolution: it supports the plan now, nothing is planned
    assert event.type == "SUPPORT" and names(event.actors) == ["UN Security Council"]
    assert event.modality == "asserted"


def test_a_capitals_government_is_its_country_and_there_owns_no_event(nlp: Pipeline) -> None:
    event = only(nlp, "भारत ने ढाका की अंतरिम सरकार से दोषियों के ख़िलाफ़ सख़्त कार्रवाई करने को कहा।")
    assert event.type == "REQUEST" and names(event.targets) == ["Bangladesh"]
    # the news' own capital has a government of its own
    event = only(nlp, "दिल्ली सरकार ने केंद्र से मदद मांगी।")
    assert names(event.actors) != ["India"]
    event = only(nlp, "मुख्यमंत्री चंद्रबाबू नायडू ने सोमवार को वहां के विदेश मंत्री विवियन बालकृष्णन से मुलाकात की।",
                 "2025-07-29")
    assert names(event.actors) == ["N. Chandrababu Naidu"] and names(event.targets) == ["Vivian Balakrishnan"]


def test_a_visit_to_a_city_the_kb_does_not_know_named_after_a_place_noun_is_to_its_country(nlp: Pipeline) -> None:
    event = next(e for e in events(nlp, "रूस के विदेश मंत्री सर्गेई लावरोव शुक्रवार को उत्तर कोरिया के पूर्वी तटीय शहर वोनसान "
                                        "पहुँचे।", "2025-07-13") if e.type == "VISIT")
    assert names(event.actors) == ["Sergey Lavrov"] and names(event.targets) == ["North Korea"]


def test_a_delegation_led_by_a_named_leader_visits_and_the_leader_is_no_title_of_it(nlp: Pipeline) -> None:
    event = only(nlp, "रूस का प्रतिनिधिमंडल उप प्रधानमंत्री अलेक्ज़ेंडर नोवाक के नेतृत्व में कल दमिश्क जाएगा।",
                 "2025-09-08")
    assert event.type == "VISIT" and names(event.actors) == ["Russia"] and event.modality == "planned"
    assert event.destination is not None and event.destination.canonical == "Damascus"
    assert names(event.led_by) == ["Alexander Novak"]


def test_calling_an_act_a_breach_accuses_its_doer_not_what_was_breached(nlp: Pipeline) -> None:
    event = only(nlp, "रूस, चीन और ईरान ने अमेरिकी कार्रवाई को अंतरराष्ट्रीय क़ानून का खुला उल्लंघन बताया।", "2026-01-04")
    assert event.type == "ACCUSE" and names(event.actors) == ["Russia", "China", "Iran"]
    assert names(event.targets) == ["United States"]
    # the sovereignty breached is the victim's
    event = only(nlp, "सऊदी अरब ने इज़राइल के हमले को ईरान की संप्रभुता का उल्लंघन करार दिया।")
    assert names(event.targets) == ["Israel"]


def test_a_demonym_with_a_country_head_is_the_country(nlp: Pipeline) -> None:
    event = only(nlp, "फ़्रांस ने सोमवार को फ़लस्तीनी राष्ट्र को औपचारिक मान्यता दी।", "2025-09-23")
    assert event.type == "SUPPORT" and [a.kb_id for a in event.targets] == ["pse"]


@pytest.mark.parametrize("text", [
    "रूस का एक उच्चस्तरीय प्रतिनिधिमंडल उप प्रधानमंत्री अलेक्ज़ेंडर नोवाक के नेतृत्व में मंगलवार को दमिश्क पहुँचा।",
    "उप प्रधानमंत्री अलेक्ज़ेंडर नोवाक की अगुवाई में रूसी प्रतिनिधिमंडल मंगलवार को सीरिया की राजधानी दमिश्क पहुँचा।",
    "रूसी प्रतिनिधिमंडल ने मंगलवार को दमिश्क का दौरा किया, जिसका नेतृत्व उप प्रधानमंत्री अलेक्ज़ेंडर नोवाक कर रहे थे।",
    "मंगलवार को दमिश्क पहुँचे रूसी प्रतिनिधिमंडल का नेतृत्व उप प्रधानमंत्री अलेक्ज़ेंडर नोवाक ने किया।",
    "रूस के उप प्रधानमंत्री अलेक्ज़ेंडर नोवाक के नेतृत्व में एक प्रतिनिधिमंडल मंगलवार को दमिश्क पहुँचा।",
    "नोवाक के नेतृत्व वाला रूसी प्रतिनिधिमंडल मंगलवार को दमिश्क पहुँचा।",
])
def test_the_led_delegation_of_the_users_example_in_every_word_order(nlp: Pipeline, text: str) -> None:
    visit = next(e for e in events(nlp, text, "2025-09-10") if e.type == "VISIT")
    assert names(visit.actors) == ["Russia"] and names(visit.led_by) == ["Alexander Novak"]
    assert visit.destination is not None and visit.destination.canonical == "Damascus"
    assert visit.date is not None and visit.date.value == "2025-09-09"


def test_a_retort_accuses_the_complements_subject_else_the_last_accuser(nlp: Pipeline) -> None:
    found = events(nlp, "मुख्यमंत्री एम. के. स्टालिन ने केंद्र सरकार पर हिंदी थोपने का आरोप लगाया। धर्मेंद्र प्रधान ने पलटवार "
                        "करते हुए कहा कि द्रमुक इस मुद्दे पर केवल राजनीति कर रही है।")
    retort = found[-1]
    assert retort.type == "ACCUSE" and names(retort.actors) == ["Dharmendra Pradhan"]
    assert [a.kb_id for a in retort.targets] == ["dmk"]
    found = events(nlp, "अमित शाह ने ममता बनर्जी पर घुसपैठियों को संरक्षण देने का आरोप लगाया। अभिषेक बनर्जी ने पलटवार किया।")
    assert names(found[-1].actors) == ["Abhishek Banerjee"] and names(found[-1].targets) == ["Amit Shah"]


def test_leaving_an_international_court_is_a_sanction_and_leaving_a_place_is_none(nlp: Pipeline) -> None:
    event = only(nlp, "माली, बुर्किना फ़ासो और नाइजर ने सोमवार को अंतरराष्ट्रीय आपराधिक न्यायालय से हटने का एलान किया।",
                 "2025-09-24")
    assert event.type == "SANCTION" and names(event.targets) == ["International Criminal Court"]
    assert events(nlp, "रूसी सेना खेरसॉन से हट गई।") == []
    # a novelist's book tour is no visit
    assert events(nlp, "नाइजीरिया की उपन्यासकार जनवरी में भारत का दौरा करेंगी।") == []


def test_officials_meeting_a_union_or_parties_acting_together_are_events(nlp: Pipeline) -> None:
    event = only(nlp, "शिक्षक संघ के नेताओं और शिक्षा विभाग के अधिकारियों के बीच मंगलवार को वार्ता हुई।", "2026-02-04")
    assert event.type == "MEET" and len([*event.actors, *event.counterparts]) == 2
    # a chief minister with his own officials is an internal meeting
    assert events(nlp, "मुख्यमंत्री ने ज़िला कलेक्टरों और अधिकारियों के साथ समीक्षा बैठक की।") == []
    event = only(nlp, "सभी दलों ने केंद्र के फैसले को खारिज कर दिया।")
    assert event.type == "REJECT" and names(event.targets) == ["Government of India"]


def test_visa_free_travel_suspended_is_a_sanction_and_a_capital_spelled_otherwise_is_its_country(nlp: Pipeline) -> None:
    event = only(nlp, "यूरोपीय संघ ने जॉर्जिया के लिए वीज़ा-मुक्त यात्रा निलंबित कर दी।")
    assert event.type == "SANCTION" and names(event.actors) == ["European Union"]
    assert only(nlp, "भारत और रूस ने वीज़ा-मुक्त यात्रा शुरू की।").type == "COOPERATE"
    # separate meetings, one trigger in the plural
    event = only(nlp, "काया कल्लास ने सोमवार को ब्रसेल्स में अलेक्ज़ेंडर वुचिच और अल्बिन कुर्ती के साथ अलग-अलग बैठकें कीं।")
    assert event.type == "MEET" and names(event.targets) == ["Aleksandar Vučić", "Albin Kurti"]


def test_a_bare_government_in_a_national_story_is_the_union_government_and_elsewhere_a_word(nlp: Pipeline) -> None:
    event = only(nlp, "तृणमूल कांग्रेस के सांसद डेरेक ओ'ब्रायन ने आरोप लगाया कि सरकार विपक्ष की आवाज़ दबा रही है।")
    assert event.type == "ACCUSE" and [a.kb_id for a in event.targets] == ["government-of-india"]
    assert event.targets[0].text == "सरकार"  # the words stay the text's
    # a story of another country, or a government described (नई अंतरिम सरकार), says nothing of India's
    event = events(nlp, "सूडान के सेना प्रमुख ने आरोप लगाया कि सरकार विद्रोहियों की मदद कर रही है।")[0]
    assert event.type == "ACCUSE" and all(a.kb_id != "government-of-india" for a in event.targets)
    event = only(nlp, "भारत ने नेपाल में नई अंतरिम सरकार के गठन का स्वागत किया।")
    assert all(a.kb_id != "government-of-india" for a in event.targets)


def test_a_taunt_with_its_speaker_after_the_converb_and_a_party_meeting_its_own(nlp: Pipeline) -> None:
    event = only(nlp, "राहुल गांधी पर तंज कसते हुए केंद्रीय मंत्री किरेन रिजिजू ने कहा कि विपक्ष के नेता चर्चा से भागते हैं।")
    assert event.type == "ACCUSE" and names(event.actors) == ["Kiren Rijiju"]
    assert names(event.targets) == ["Rahul Gandhi"]
    assert events(nlp, "सपा प्रमुख अखिलेश यादव ने रविवार को लखनऊ में पार्टी के ज़िलाध्यक्षों के साथ बैठक की।") == []


def test_a_thing_described_by_a_participle_is_no_party(nlp: Pipeline) -> None:
    event = only(nlp, "प्रधानमंत्री मोदी ने यूनुस को माहौल बिगाड़ने वाली बयानबाज़ी से बचने की सलाह दी।")
    assert event.type == "REQUEST" and all("बयानबाज़ी" not in a.text for a in event.targets)


def test_a_bare_title_two_people_were_introduced_with_is_the_one_the_story_opened_with(nlp: Pipeline) -> None:
    found = events(nlp, "प्रधानमंत्री नरेंद्र मोदी बुधवार को लंदन पहुंचे। गुरुवार को उन्होंने प्रधानमंत्री कीर स्टार्मर से मुलाक़ात "
                        "की। प्रधानमंत्री बाद में किंग चार्ल्स तृतीय से भी मिलेंगे।", "2025-07-24")
    meeting = next(e for e in found if e.type == "MEET" and e.modality == "planned")
    assert names(meeting.actors) == ["Narendra Modi"]


def test_presenting_credentials_is_meeting_the_head_of_state(nlp: Pipeline) -> None:
    event = only(nlp, "भारत के नए राजदूत ने सोमवार को अंगोला के राष्ट्रपति जोआओ लौरेंसो को अपना परिचय-पत्र सौंपा।",
                 "2026-01-14")
    assert event.type == "MEET" and names(event.actors) == ["India"] and names(event.targets) == ["João Lourenço"]


def test_weapons_laid_down_in_a_surrender_are_no_aid(nlp: Pipeline) -> None:
    assert events(nlp, "दंतेवाड़ा में 32 माओवादियों का आत्मसमर्पण, कमांडर ने पुलिस अधीक्षक को सौंपे हथियार।") == []
    event = only(nlp, "भारत ने मालदीव को दो एंबुलेंस सौंपीं।")
    assert event.type == "AID" and names(event.targets) == ["Maldives"]


def test_what_an_accusation_is_of_is_no_party_beside_whom_it_accuses(nlp: Pipeline) -> None:
    event = only(nlp, "मुख्यमंत्री हेमंत सोरेन ने केंद्र पर झारखंड की उपेक्षा का आरोप लगाया।")
    assert event.type == "ACCUSE" and names(event.targets) == ["Government of India"]
    # the condemned attack's owner is still the target when its victim stands in a पर phrase
    event = only(nlp, "भारत ने सीरिया पर इज़राइल के हमले की निंदा की।")
    assert names(event.targets) == ["Israel"]


def test_relief_released_for_a_state_is_aid_to_that_state(nlp: Pipeline) -> None:
    event = only(nlp, "केंद्र ने सोमवार को असम के बाढ़ पीड़ित ज़िलों के लिए 900 करोड़ रुपये की राहत जारी की।", "2025-07-08")
    assert event.type == "AID" and names(event.targets) == ["Assam"] and event.date and event.date.value == "2025-07-07"
    assert events(nlp, "हाईकोर्ट से पूर्व मंत्री को अंतरिम राहत जारी रही।") == []


def test_a_mediator_makes_no_visit_of_a_compound_verb(nlp: Pipeline) -> None:
    found = events(nlp, "मिस्र की मध्यस्थता में काहिरा में हुई वार्ता के बाद इज़राइल और हमास के बीच युद्धविराम पर सहमति बन गई।")
    assert [e.type for e in found] == ["AGREE"]


def test_whom_a_supported_deed_is_against_is_not_supported(nlp: Pipeline) -> None:
    event = only(nlp, "तालिबान ने कहा कि अफ़ग़ानिस्तान किसी भी देश के ख़िलाफ़ हमले का समर्थन नहीं करता।")
    assert event.type == "SUPPORT" and event.modality == "negated" and event.targets == []


def test_an_office_sworn_into_is_no_person(nlp: Pipeline) -> None:
    event = only(nlp, "प्रधानमंत्री नरेंद्र मोदी ने ओडिशा के मुख्यमंत्री पद की शपथ लेने पर मोहन चरण माझी को बधाई दी।")
    assert event.type == "SUPPORT" and names(event.targets) == ["Mohan Charan Majhi"]


def test_the_counterpart_of_a_meeting_before_an_agreement_is_no_party_to_it(nlp: Pipeline) -> None:
    found = events(nlp, "नॉर्वे और भारत ने विदेश मंत्री एस. जयशंकर के साथ बैठक के बाद हरित ऊर्जा पर सहयोग के रोडमैप पर सहमति "
                        "का एलान किया।")
    agreement = next(e for e in found if e.type == "AGREE")
    assert "S. Jaishankar" not in names(agreement.actors)


def test_a_cause_told_by_an_infinitive_is_no_counterpart(nlp: Pipeline) -> None:
    event = only(nlp, "भूस्खलन होने से आई तबाही के बाद गृह मंत्री अमित शाह ने मुख्यमंत्री पेमा खांडू से फ़ोन पर बात की।")
    assert event.type == "CALL" and names(event.targets) == ["Pema Khandu"]


def test_an_alliance_restored_is_cooperation_of_both_parties(nlp: Pipeline) -> None:
    event = only(nlp, "पंजाब में अकाली दल और भाजपा का गठबंधन फिर से बहाल हो गया है।")
    assert event.type == "COOPERATE" and set(names(event.actors)) >= {"Bharatiya Janata Party"}
    assert len(event.actors) == 2


def test_a_short_title_and_its_full_form_are_one_person(nlp: Pipeline) -> None:
    found = events(nlp, "पीएम मोदी असम पहुंचे। प्रधानमंत्री ने गुवाहाटी में राज्यपाल के साथ बैठक की।")
    meeting = next(e for e in found if e.type == "MEET")
    assert names(meeting.actors) == ["Narendra Modi"]


def test_an_international_lender_named_with_a_banks_head_is_an_actor(nlp: Pipeline) -> None:
    event = only(nlp, "विश्व बैंक ने नेपाल को 30 करोड़ डॉलर का कर्ज़ दिया।")
    assert event.type == "AID" and names(event.actors) == ["World Bank"] and names(event.targets) == ["Nepal"]
    assert events(nlp, "सरकार ने किसानों की कर्ज़ माफ़ी की घोषणा की।") == []


def test_a_focus_particle_keeps_the_place_before_the_verb(nlp: Pipeline) -> None:
    event = only(nlp, "विदेश मंत्री जयशंकर अगले महीने केन्या और तंज़ानिया भी जाएंगे।", "2025-06-10")
    assert event.type == "VISIT" and event.modality == "planned"
    assert names(event.targets) == ["Kenya", "Tanzania"]


def test_a_recall_for_consultations_is_a_sanction_of_the_clauses_subject(nlp: Pipeline) -> None:
    found = events(nlp, "मिस्र द्वारा राजनयिकों को निष्कासित किए जाने के जवाब में तुर्की ने सोमवार को काहिरा से अपने राजदूत को "
                        "सलाह-मशविरे के लिए वापस बुला लिया।", "2025-06-10")
    recall = next(e for e in found if e.trigger.text.startswith("वापस"))
    assert recall.type == "SANCTION" and names(recall.actors) == ["Turkey"]
    assert all(e.type != "REQUEST" for e in found)


def test_a_farther_genitive_that_is_a_thing_is_neither_actor_nor_target(nlp: Pipeline) -> None:
    event = only(nlp, "तेजस्वी यादव ने मामले की न्यायिक जांच की मांग की।")
    assert event.type == "REQUEST" and names(event.actors) == ["Tejashwi Yadav"] and event.targets == []


def test_whom_a_letter_went_to_is_not_the_accused(nlp: Pipeline) -> None:
    event = only(nlp, "अखिलेश यादव ने चुनाव आयोग को पत्र लिखकर आरोप लगाया कि भाजपा मतदाता सूची से नाम कटवा रही है।")
    assert event.type == "ACCUSE" and names(event.targets) == ["Bharatiya Janata Party"]


def test_the_three_countries_with_an_adjective_between_and_whose_initiative_it_was(nlp: Pipeline) -> None:
    found = events(nlp, "ब्रिटेन, फ्रांस और जर्मनी की पहल पर संयुक्त राष्ट्र ने ईरान पर प्रतिबंध फिर लागू कर दिए। ईरान के राष्ट्रपति "
                        "मसूद पेज़ेश्कियान ने तीनों यूरोपीय देशों पर साज़िश का आरोप लगाया।", "2025-09-29")
    sanction, accusation = found
    assert sanction.type == "SANCTION" and names(sanction.targets) == ["Iran"]
    assert accusation.type == "ACCUSE" and names(accusation.targets) == ["United Kingdom", "France", "Germany"]


def test_a_linked_participle_phrase_keeps_the_sanctioned_as_target(nlp: Pipeline) -> None:
    event = only(nlp, "यूरोपीय संघ ने रूस पर तेल की बिक्री से जुड़े नए प्रतिबंध लगाए।")
    assert event.type == "SANCTION" and names(event.targets) == ["Russia"]


def test_help_assured_is_aid_still_to_come_and_every_possible_is_not_hypothetical(nlp: Pipeline) -> None:
    found = events(nlp, "गृह मंत्री अमित शाह ने बुधवार को मुख्यमंत्री हिमंत बिस्वा सरमा से फ़ोन पर बात की और केंद्र की ओर से "
                        "हर संभव मदद का भरोसा दिलाया।", "2025-06-05")
    aid = next(e for e in found if e.type == "AID")
    assert aid.modality == "planned" and aid.date is None


def test_standing_firmly_with_an_alliance_is_support(nlp: Pipeline) -> None:
    event = only(nlp, "जदयू ने कहा कि वह एनडीए के साथ मज़बूती से खड़ी है।")
    assert event.type == "SUPPORT" and names(event.targets) == ["National Democratic Alliance"]


def test_rescue_teams_sent_are_aid(nlp: Pipeline) -> None:
    event = only(nlp, "गृह मंत्रालय ने एनडीआरएफ की चार टीमें सिक्किम भेजीं।")
    assert event.type == "AID"


def test_a_refusal_in_the_future_tense_is_made_now(nlp: Pipeline) -> None:
    event = only(nlp, "मेक्सिको की राष्ट्रपति क्लाउडिया शीनबाम ने कहा कि उनका देश अमेरिकी सैनिकों की तैनाती स्वीकार नहीं करेगा।")
    assert event.type == "REJECT" and event.modality == "asserted"


def test_recognition_refused_is_a_rejection(nlp: Pipeline) -> None:
    event = only(nlp, "चीन ने कहा कि वह इस जनमत संग्रह के नतीजों को मान्यता नहीं देता।")
    assert event.type == "REJECT" and event.modality == "asserted"


def test_a_union_leaders_delegation_is_the_unions_and_a_currency_is_no_party(nlp: Pipeline) -> None:
    event = only(nlp, "भारतीय किसान यूनियन के प्रवक्ता राकेश टिकैत के नेतृत्व में एक प्रतिनिधिमंडल कल लखनऊ पहुँचा।", "2025-07-23")
    assert event.type == "VISIT" and names(event.actors) == ["Bharatiya Kisan Union"]
    event = only(nlp, "जापान ने श्रीलंका को 2 करोड़ अमेरिकी डॉलर की सहायता दी।")
    assert names(event.actors) == ["Japan"] and names(event.targets) == ["Sri Lanka"]


def test_a_person_a_venue_is_named_after_is_no_party(nlp: Pipeline) -> None:
    event = only(nlp, "किसान संगठनों और केंद्र सरकार के बीच शनिवार को महात्मा गांधी राज्य लोक प्रशासन संस्थान में बातचीत हुई।",
                 "2025-02-23")
    assert event.type == "MEET" and "Mahatma Gandhi" not in names(event.actors + event.targets)


def test_a_bare_ministry_in_a_national_story_is_the_centres(nlp: Pipeline) -> None:
    found = events(nlp, "प्रधानमंत्री मोदी ने मुख्यमंत्री धामी से फ़ोन पर बात की। गृह मंत्रालय ने एनडीआरएफ की चार टीमें उत्तराखंड भेजीं।")
    aid = next(e for e in found if e.type == "AID")
    assert names(aid.actors) == ["Ministry of Home Affairs (India)"]


def test_a_loan_approved_on_a_day_for_a_countrys_regions_is_aid_to_it(nlp: Pipeline) -> None:
    event = only(nlp, "विश्व बैंक ने केन्या के उत्तरी ज़िलों में स्वास्थ्य सेवाओं के लिए 30 करोड़ डॉलर के कर्ज़ को सोमवार को "
                      "मंज़ूरी दी।", "2025-11-26")
    assert event.type == "AID" and names(event.targets) == ["Kenya"] and event.date is not None


def test_a_pronoun_after_coordinated_speakers_stands_for_all_of_them(nlp: Pipeline) -> None:
    event = only(nlp, "रूस और चीन ने कहा है कि वे इस फ़ैसले को मान्यता नहीं देते।")
    assert event.type == "REJECT" and names(event.actors) == ["Russia", "China"]


def test_a_capital_as_the_subject_of_a_present_or_future_verb_is_its_government(nlp: Pipeline) -> None:
    event = only(nlp, "बीजिंग इस कदम की कड़ी निंदा करता है।")
    assert event.type == "ACCUSE" and names(event.actors) == ["China"]
    event = only(nlp, "कीव इस समझौते को मान्यता नहीं देगा।")
    assert event.type == "REJECT" and names(event.actors) == ["Ukraine"]


def test_attending_a_meeting_is_meeting_and_its_attendees_are_no_second_one(nlp: Pipeline) -> None:
    event = only(nlp, "प्रधानमंत्री मोदी अगले महीने जी20 शिखर सम्मेलन में शामिल होंगे।", "2025-10-20")
    assert event.type == "MEET" and event.modality == "planned" and names(event.actors) == ["Narendra Modi"]
    found = events(nlp, "बैठक में शामिल नेताओं ने केंद्र सरकार से परिसीमन टालने की मांग की।")
    assert [e.type for e in found] == ["REQUEST"]
