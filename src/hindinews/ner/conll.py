"""Reading TOKEN<TAB>LABEL files and mapping their tag sets to PER/LOC/ORG."""

from __future__ import annotations

from pathlib import Path

ILNER_MAP = {"NEP": "PER", "NEL": "LOC", "NEO": "ORG"}
HINER_MAP = {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"}
TARGET = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}
KNOWN_MAPS = {**ILNER_MAP, **HINER_MAP, **TARGET}


def _is_label(field: str) -> bool:
    return field == "O" or field[:2] in ("B-", "I-")


def read_conll(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences of (token, label) pairs; a blank line separates sentences."""
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line.strip():
                if current:
                    sentences.append(current)
                    current = []
                continue
            fields = line.split("\t") if "\t" in line else line.split()
            if len(fields) == 1 and _is_label(fields[0]):
                continue  # a label without a token (IL-NER train has a few): nothing to tag
            if len(fields) < 2:
                raise ValueError(f"{path}:{number}: expected TOKEN<TAB>LABEL, got {line!r}")
            current.append((fields[0], fields[-1].strip()))
    if current:
        sentences.append(current)
    return sentences


def map_labels(sentence: list[tuple[str, str]], mapping: dict[str, str] = KNOWN_MAPS) -> list[tuple[str, str]]:
    """BIO labels mapped to PER/LOC/ORG; malformed and unmapped labels become O; I- after O becomes B-."""
    out: list[tuple[str, str]] = []
    previous = "O"
    for token, label in sentence:
        prefix, _, kind = label.partition("-")
        target = mapping.get(kind) if prefix in ("B", "I") else None
        if target is None:
            tag = "O"
        elif prefix == "I" and previous[2:] == target:
            tag = "I-" + target
        else:
            tag = "B-" + target
        out.append((token, tag))
        previous = tag
    return out
