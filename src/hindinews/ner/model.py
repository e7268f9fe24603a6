"""Finding and verifying an NER model folder before anything in it is loaded.

A model folder holds ``manifest.json`` (each file's SHA-256 and size), the Stanza tagger and its pretrained
vectors. Every load checks the manifest first, so a missing, truncated or altered file is refused with an
error naming it. Stanza itself loads weights with ``torch.load(..., weights_only=True)``: no code in a
model file is ever run.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

MANIFEST = "manifest.json"
TAGGER = "ner/hi_hindinews_nertagger.pt"
PRETRAIN = "ner/hi_hindinews.pretrain.pt"
# Character language models (forward, backward): a tagger trained with them needs both, one without, neither.
CHARLM = ("ner/hi_hindinews_forward_charlm.pt", "ner/hi_hindinews_backward_charlm.pt")
# How the word vectors were made from multilingual-e5-small, for words the vocabulary lacks (hindinews.ner.oov).
E5_PROJECTION = "ner/e5_projection.npz"


class ModelError(RuntimeError):
    """A model folder is missing, incomplete or does not match its manifest."""


@dataclass(frozen=True)
class ModelFiles:
    root: Path
    tagger: Path
    pretrain: Path
    charlm: tuple[Path, Path] | None = None
    e5_projection: Path | None = None


def default_model_dir() -> Path:
    """The model folder shipped with the package (``models/`` in the source tree)."""
    try:
        root = resources.files("hindinews.models")
        return Path(str(root))
    except ModuleNotFoundError:  # a source checkout without an install: models/ beside src/
        return Path(__file__).resolve().parents[3] / "models"


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify(root: Path) -> dict[str, dict[str, object]]:
    """Check every file the manifest names; return the manifest's file table."""
    manifest_path = root / MANIFEST
    if not manifest_path.is_file():
        raise ModelError(
            f"no {MANIFEST} in model folder {root}: it lists each model file's SHA-256; create one for a model "
            f"you trained with `python -m hindinews.train.ner manifest --models {root}`"
        )
    try:
        files = json.loads(manifest_path.read_text(encoding="utf-8"))["files"]
    except (ValueError, KeyError) as exc:
        raise ModelError(f"{manifest_path} is not a valid model manifest ({exc})") from None
    for name, entry in files.items():
        path = root / name
        if not path.is_file():
            raise ModelError(f"model file {path} is missing (listed in {manifest_path})")
        size = path.stat().st_size
        if size != entry["size"]:
            raise ModelError(
                f"model file {path} has {size} bytes, the manifest says {entry['size']}: it is truncated or "
                "altered; reinstall hindinews or restore the file"
            )
        if sha256(path) != entry["sha256"]:
            raise ModelError(
                f"model file {path} does not match its SHA-256 in {manifest_path}: it was altered; reinstall "
                "hindinews or restore the file"
            )
    return files


def locate(model_dir: Path | None = None, *, check: bool = True) -> ModelFiles:
    """The verified files of ``model_dir`` (default: the shipped model)."""
    root = Path(model_dir) if model_dir is not None else default_model_dir()
    if not root.is_dir():
        raise ModelError(f"model folder {root} does not exist")
    listed = verify(root) if check else {}
    charlm_present = [(root / name).is_file() for name in CHARLM]
    if any(charlm_present) and not all(charlm_present):
        raise ModelError(f"model folder {root} has one character language model of two: {', '.join(CHARLM)}")
    for name in (TAGGER, PRETRAIN, *(CHARLM if all(charlm_present) else ())):
        if not (root / name).is_file():
            raise ModelError(f"model folder {root} has no {name}")
        if check and name not in listed:
            raise ModelError(f"{name} in {root} is not listed in its manifest; it cannot be verified")
    charlm = (root / CHARLM[0], root / CHARLM[1]) if all(charlm_present) else None
    projection = root / E5_PROJECTION
    if projection.is_file() and check and E5_PROJECTION not in listed:
        raise ModelError(f"{E5_PROJECTION} in {root} is not listed in its manifest; it cannot be verified")
    return ModelFiles(root, root / TAGGER, root / PRETRAIN, charlm, projection if projection.is_file() else None)
