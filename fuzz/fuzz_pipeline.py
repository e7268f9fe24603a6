"""Long-run fuzzing of the whole pipeline (hypothesis-based; no compiled fuzzer needed).

    python fuzz/fuzz_pipeline.py --minutes 10 [--components segment,ner,link,times,events]

Generates texts from the same building blocks as tests/test_reliability.py, plus mutations of the project's
own example article (byte-level cuts, inserted combining marks, invisible characters, markup), and checks
for each: no exception, the offset invariant of every span, JSON Schema validity, and determinism. Prints
the number of executions and every distinct failure found (deduplicated by exception type and location).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import sys
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import FlakyFailure

from hindinews import Document, Pipeline

ROOT = Path(__file__).resolve().parents[1]
SEED_TEXT = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")

MARKS = ["\u093c", "\u0901", "\u0902", "\u094d", "\u093f", "\u0947", "\u200c", "\u200d", "\ufeff", "\u00ad"]
JUNK = ["<p>", "</p>", "&amp;", "\r\n", "\n\n\n", "।।।", "???", "\"\"\"", "(((", ")))", "😀", "ﷺ", "\u202e", "\x00"]


@st.composite
def mutated_article(draw: st.DrawFn) -> str:
    text = SEED_TEXT
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    for _ in range(draw(st.integers(0, 12))):
        pos = rng.randrange(len(text) + 1)
        op = rng.randrange(4)
        if op == 0:
            text = text[:pos] + rng.choice(MARKS) * rng.randrange(1, 50) + text[pos:]
        elif op == 1:
            text = text[:pos] + rng.choice(JUNK) + text[pos:]
        elif op == 2:
            end = min(len(text), pos + rng.randrange(1, 200))
            text = text[:pos] + text[end:]
        else:
            end = min(len(text), pos + rng.randrange(1, 100))
            text = text[:pos] + text[pos:end] * rng.randrange(2, 20) + text[end:]
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--components", default="segment,ner,link,times,events")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT / "tests"))
    import jsonschema

    from test_reliability import fuzz_text  # the same generators as the CI test

    nlp = Pipeline(components=args.components.split(","))
    validate = jsonschema.Draft202012Validator(Document.model_json_schema()).validate
    deadline = time.monotonic() + args.minutes * 60
    executions = 0
    failures: dict[str, str] = {}

    @settings(max_examples=10**9, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(text=st.one_of(fuzz_text, mutated_article()), published=st.one_of(st.none(), st.dates().map(str)))
    def run(text: str, published: str | None) -> None:
        nonlocal executions
        if time.monotonic() > deadline:
            raise TimeoutError
        executions += 1
        try:
            doc = nlp(text, published)
            doc.check_offsets()
            data = doc.model_dump(mode="json")
            validate(data)
            if nlp(text, published).model_dump(mode="json") != data:
                raise AssertionError("non-deterministic output")
        except Exception as exc:  # record and go on: a fuzz run collects every distinct failure
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            key = f"{type(exc).__name__} at {Path(frame.filename).name}:{frame.lineno}"
            failures.setdefault(key, f"{exc!s:.300} | input {text[:200]!r}")

    # The deadline: the run is over. Hypothesis replays the example that raised it and, finding it passes on
    # replay, reports it as flaky; the test records every real failure itself and raises nothing else.
    with contextlib.suppress(TimeoutError, FlakyFailure):
        run()
    print(json.dumps({"executions": executions, "minutes": args.minutes, "failures": failures},
                     ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
