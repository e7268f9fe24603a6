"""Generate a reproducible JSONL corpus of Hindi pseudo-articles for batch tests and benchmarks.

    python benchmarks/make_corpus.py -n 10000 --bad-fraction 0.02 --seed 7 -o corpus.jsonl

Articles are assembled from the Hindi sentences of the NER corpora in /work/shared/data/ner/ (IL-NER train
and dev, HiNER part A; never a test split) when they are present, else from the project's examples
(examples/*.txt) and a few sentences built into this script. Each article has a headline, two to four
paragraphs and a publication date; records carry ``id``, ``text``, ``published``, ``source`` and ``url``
(the last two pass through to Document.meta).

``--bad-fraction`` makes that share of the records bad, spread evenly over every kind the batch runner
turns into an error record: a record without text, text that is not a string, a broken JSON line, a JSON
line that is not an object, an invalid publication date, and text the pipeline cannot write out (a lone
UTF-16 surrogate, which no UTF-8 output can hold: an internal error). The summary printed at the end (JSON,
to standard output) counts them by the ``error`` kind that ``hindinews batch`` gives them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections import Counter
from pathlib import Path

NER_DATA = Path("/work/shared/data/ner")
SOURCES = ("ilner-hi/train.conll", "ilner-hi/dev.conll", "hiner-collapsed/part-a.conll")
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

# Used with the project's examples when the NER corpora are absent (written for this script, news style).
FALLBACK_SENTENCES = (
    "विदेश मंत्री ने बुधवार को नेपाल के प्रधानमंत्री से काठमांडू में मुलाकात की।",
    "दोनों देशों के बीच व्यापार और ऊर्जा सहयोग पर विस्तार से चर्चा हुई।",
    "संयुक्त राष्ट्र ने क्षेत्र में तत्काल युद्धविराम की अपील की है।",
    "राष्ट्रपति अगले महीने तीन दिन की यात्रा पर जापान जाएंगे।",
    "सरकार ने किसानों के प्रतिनिधियों से बातचीत का नया दौर शुरू किया।",
    "विपक्षी दलों ने नई नीति की कड़ी आलोचना की।",
    "रक्षा मंत्रालय ने सीमा पर सुरक्षा व्यवस्था की समीक्षा की।",
    "प्रधानमंत्री ने फ़ोन पर फ़्रांस के राष्ट्रपति से बात की।",
    "भारत ने भूकंप प्रभावित क्षेत्रों के लिए राहत सामग्री भेजी।",
    "अमेरिका ने कई कंपनियों पर नए प्रतिबंध लगाने की घोषणा की।",
    "बैठक में जल संसाधन और रेल संपर्क पर एक समझौते पर हस्ताक्षर किए गए।",
    "मुख्यमंत्री ने सोमवार को राज्य के बजट का ब्योरा दिया।",
)

BAD_KINDS = (
    "missing_text", "invalid_text", "broken_json", "not_a_record", "invalid_record", "internal_error",
)

_NO_SPACE_BEFORE = frozenset({"।", ",", ".", "?", "!", ":", ";", ")", "]", "॥", "%"})
_NO_SPACE_AFTER = frozenset({"(", "["})


def detokenize(tokens: list[str]) -> str:
    out = ""
    for token in tokens:
        if out and token not in _NO_SPACE_BEFORE and out[-1] not in _NO_SPACE_AFTER:
            out += " "
        out += token
    return out


def load_sentences(root: Path = NER_DATA, limit: int = 60_000) -> list[str]:
    """Sentences of 6 to 40 tokens from the NER training corpora (tags dropped), else the fallback."""
    sentences: list[str] = []
    for name in SOURCES:
        path = root / name
        if not path.is_file():
            continue
        tokens: list[str] = []
        with path.open(encoding="utf-8") as file:
            for line in file:
                line = line.strip()
                if line:
                    tokens.append(line.split()[0])
                    continue
                if 6 <= len(tokens) <= 40 and tokens[-1] in ("।", "?", "!"):
                    sentences.append(detokenize(tokens))
                tokens = []
                if len(sentences) >= limit * (SOURCES.index(name) + 1) // len(SOURCES):
                    break
    return sentences or example_sentences()


def example_sentences() -> list[str]:
    """Sentences of the project's example articles, plus the few built into this script."""
    found = list(FALLBACK_SENTENCES)
    for path in sorted(EXAMPLES.glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            for sentence in paragraph.split("।"):
                if len(sentence.split()) >= 6:
                    found.append(sentence.strip() + "।")
    return found


def make_article(rng: random.Random, sentences: list[str]) -> str:
    short = [s for s in rng.sample(sentences, min(len(sentences), 20)) if len(s) < 90]
    headline = (short[0] if short else rng.choice(sentences)).rstrip("।").strip()
    paragraphs = []
    for _ in range(rng.randint(2, 4)):
        paragraphs.append(" ".join(rng.choice(sentences) for _ in range(rng.randint(2, 4))))
    return "\n\n".join([headline, *paragraphs])


def make_lines(n: int, *, bad_fraction: float = 0.0, seed: int = 0) -> tuple[list[str], Counter[str]]:
    """``n`` JSONL lines (without newlines) and the count of bad records by the error kind they produce."""
    rng = random.Random(seed)
    sentences = load_sentences()
    n_bad = round(n * bad_fraction)
    bad_positions = sorted(rng.sample(range(n), n_bad)) if n_bad else []
    kind_at = {pos: BAD_KINDS[i % len(BAD_KINDS)] for i, pos in enumerate(bad_positions)}
    start = dt.date(2023, 1, 1)
    lines: list[str] = []
    kinds: Counter[str] = Counter()
    for i in range(n):
        doc_id = f"doc-{i + 1:06d}"
        record: dict[str, object] = {
            "id": doc_id,
            "text": make_article(rng, sentences),
            "published": (start + dt.timedelta(days=rng.randrange(3 * 365))).isoformat(),
            "source": "synthetic",
            "url": f"https://example.invalid/news/{i + 1}",
        }
        kind = kind_at.get(i)
        if kind is None:
            lines.append(json.dumps(record, ensure_ascii=False))
            continue
        kinds[kind] += 1
        if kind == "missing_text":
            del record["text"]
            lines.append(json.dumps(record, ensure_ascii=False))
        elif kind == "invalid_text":
            record["text"] = rng.choice([42, ["एक", "सूची"], {"hi": "पाठ"}, True])
            lines.append(json.dumps(record, ensure_ascii=False))
        elif kind == "broken_json":
            full = json.dumps(record, ensure_ascii=False)
            lines.append(full[: len(full) // 2])
        elif kind == "not_a_record":
            lines.append(json.dumps([doc_id, record["text"]], ensure_ascii=False))
        elif kind == "invalid_record":
            record["published"] = rng.choice(["2025-13-45", "कल", "31/02/2024"])
            lines.append(json.dumps(record, ensure_ascii=False))
        else:  # internal_error: a lone surrogate, written as a JSON escape so the file itself is valid UTF-8
            record["text"] = str(record["text"]) + "\ud800"
            lines.append(json.dumps(record, ensure_ascii=True))
    return lines, kinds


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=10_000, help="number of records (default 10000)")
    parser.add_argument("--bad-fraction", type=float, default=0.0, help="share of bad records, e.g. 0.02")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    if not 0 <= args.bad_fraction <= 1:
        parser.error("--bad-fraction must be between 0 and 1")
    lines, kinds = make_lines(args.n, bad_fraction=args.bad_fraction, seed=args.seed)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    json.dump({"records": len(lines), "bad": dict(kinds), "output": str(args.output)}, sys.stdout)
    print()


if __name__ == "__main__":
    main()
