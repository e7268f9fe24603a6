"""Whole-pipeline robustness: fuzzed input, pathological input in linear time, concurrency."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hindinews import Document, Pipeline

FUZZ_EXAMPLES = 2000 if os.environ.get("CI") else 200

devanagari = st.characters(min_codepoint=0x0900, max_codepoint=0x097F)
invisible = st.sampled_from(["\u200c", "\u200d", "\u00ad", "\ufeff", "\u200b"])
punctuation = st.sampled_from(list("।॥?!.,;:-–—\"'“”‘’()[]{}<>|/\\*#@&%"))
pieces = st.one_of(
    st.text(alphabet=st.one_of(devanagari, invisible, punctuation, st.sampled_from([" ", "\n", "\r", "\t"])),
            max_size=60),
    st.text(max_size=40),  # any Unicode at all, emoji and surrogate-free astral planes included
    st.sampled_from([
        "<p>", "</div>", "&nbsp;", "<a href='x'>", "<!-- -->", "popular post", "यह भी पढ़ें", "Also read",
        "२८ जनवरी २०२५", "12/02/2025", "कल", "मंगलवार को", "रूस का प्रतिनिधिमंडल दमिश्क़ पहुँचा", "अल-",
        "\u093c" * 30, "।" * 20, "\"" * 15, "क" * 300, "1" * 50, "😀" * 10, "مرحبا", "Привет",
    ]),
)
fuzz_text = st.lists(pieces, max_size=8).map("".join)


@pytest.fixture(scope="module")
def schema_validator() -> Callable[[dict[str, object]], None]:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(Document.model_json_schema())
    return validator.validate  # type: ignore[no-any-return]


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=fuzz_text, published=st.one_of(st.none(), st.dates().map(str)))
def test_fuzzed_input_never_breaks_the_pipeline(
    nlp: Pipeline, schema_validator: Callable[[dict[str, object]], None], text: str, published: str | None
) -> None:
    doc = nlp(text, published)
    assert doc.text == text
    doc.check_offsets()
    previous_end = 0
    for sentence in doc.sentences:
        assert sentence.start >= previous_end
        previous_end = sentence.end
    data = doc.model_dump(mode="json")
    schema_validator(data)
    assert nlp(text, published).model_dump(mode="json") == data  # deterministic


def _chars_per_second(nlp: Pipeline, make: Callable[[int], str], sizes: tuple[int, int]) -> tuple[float, float]:
    rates = []
    for size in sizes:
        text = make(size)
        started = time.perf_counter()
        doc = nlp(text)
        elapsed = max(time.perf_counter() - started, 1e-3)
        doc.check_offsets()
        rates.append(len(text) / elapsed)
    return rates[0], rates[1]


PATHOLOGICAL: dict[str, Callable[[int], str]] = {
    "no sentence end": lambda n: ("शब्द और बात " * (n // 12 + 1))[:n],
    "one character repeated": lambda n: "क" * n,
    "nukta marks": lambda n: "क" + "\u093c" * n,
    "nested quotes": lambda n: "\"'“‘(" * (n // 10) + "भारत" + "’”')\"" * (n // 10),
    "punctuation run": lambda n: "।?!.," * (n // 5),
    "digits and separators": lambda n: "1." * (n // 2),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_linear(nlp: Pipeline, name: str) -> None:
    small_rate, large_rate = _chars_per_second(nlp, PATHOLOGICAL[name], (20_000, 80_000))
    # Linear time keeps the rate; quadratic would quarter it. Allow noise down to a third.
    assert large_rate > small_rate / 3, (name, small_rate, large_rate)


def test_a_megabyte_without_a_sentence_end(nlp_light: Pipeline) -> None:
    text = PATHOLOGICAL["no sentence end"](1_000_000)
    started = time.perf_counter()
    doc = nlp_light(text)
    assert time.perf_counter() - started < 60
    assert all(len(s.text) <= 2000 for s in doc.sentences)


def test_one_pipeline_shared_by_threads_matches_sequential_use(nlp: Pipeline) -> None:
    texts = [
        "सोमवार को भारत के विदेश मंत्री ढाका पहुँचे और बांग्लादेश के नेताओं से मिले।",
        "चीन ने अमेरिका पर व्यापार युद्ध भड़काने का आरोप लगाया।",
        "संयुक्त राष्ट्र ने सूडान में युद्धविराम की अपील की।",
        "प्रधानमंत्री ने कल विपक्षी दलों के साथ सर्वदलीय बैठक की।",
    ] * 4
    sequential = [nlp(t, "2025-03-19").model_dump() for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        threaded = list(pool.map(lambda t: nlp(t, "2025-03-19").model_dump(), texts))
    assert threaded == sequential


def test_a_long_document_pauses_the_cycle_collector_and_restores_it() -> None:
    import gc

    from hindinews.pipeline import Pipeline

    light = Pipeline(components=["segment", "times"])
    text = "भारत और रूस ने सोमवार को समझौते पर हस्ताक्षर किए। " * 5000  # about 250,000 characters
    assert gc.isenabled()
    doc = light(text, "2025-01-01")
    assert gc.isenabled() and len(doc.sentences) == 5000
    gc.disable()
    try:
        light(text, "2025-01-01")
        assert not gc.isenabled()  # a caller's choice stays
    finally:
        gc.enable()
