"""The actor knowledge base and the entity-linking stage.

>>> from hindinews.kb import load_kb
>>> kb = load_kb()
>>> kb.lookup("इस्राईल").id == kb.lookup("इज़रायल").id == "isr"
True
>>> kb.resolve("रूसी").method
'demonym'

Files: ``data/actors/*.yaml`` (the actors; format in docs/knowledge-base.md and ``schema/``),
``data/titles.yaml`` (titles read before names), ``data/common_words.yaml`` (kept out of the gazetteer).
``build.py`` regenerates the source-derived files (countries, cities, common words).
"""

from __future__ import annotations

from hindinews.kb.linker import EntityLinker
from hindinews.kb.model import (
    KB_FORMAT,
    LABEL_OF_TYPE,
    Actor,
    ActorRecord,
    ActorType,
    GazetteerMatch,
    KBFile,
    PatchRecord,
    Resolution,
    Role,
)
from hindinews.kb.store import KnowledgeBase, build_kb, load_kb, packaged_files, read_kb_file

__all__ = [
    "KB_FORMAT",
    "LABEL_OF_TYPE",
    "Actor",
    "ActorRecord",
    "ActorType",
    "EntityLinker",
    "GazetteerMatch",
    "KBFile",
    "KnowledgeBase",
    "PatchRecord",
    "Resolution",
    "Role",
    "build_kb",
    "load_kb",
    "packaged_files",
    "read_kb_file",
]
