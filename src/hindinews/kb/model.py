"""The records of the actor knowledge base: what a KB file holds and what look-ups return.

A KB file (YAML or JSON) is ``{"format": "hindinews-kb/1", "actors": [...], "patches": [...]}``. An actor
entry is validated by :class:`ActorRecord` (``schema/actor-file.schema.json`` is its JSON Schema); a patch
adds aliases or demonyms to an actor defined elsewhere (a packaged one or another user file).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

KB_FORMAT: Literal["hindinews-kb/1"] = "hindinews-kb/1"

ActorType = Literal["country", "city", "region", "person", "organization", "group"]
MatchMethod = Literal["exact", "demonym", "variant", "fuzzy"]

# The NER label an actor type surfaces as: the gazetteer tags spans with it.
LABEL_OF_TYPE: dict[str, Literal["PER", "LOC", "ORG"]] = {
    "country": "LOC",
    "city": "LOC",
    "region": "LOC",
    "person": "PER",
    "organization": "ORG",
    "group": "ORG",
}

_ID = r"^[a-z0-9][a-z0-9_.\-]*$"
_CODE = r"^[A-Z]{3}[A-Z0-9]*$"
_ROLE_SHORTHAND = re.compile(r"^(.*?)\s+(\d{4})?-(\d{4})?$")


class Role(BaseModel):
    """An office a person held: ``title`` in English, the ``country`` (KB id) or ``org`` it belongs to,
    the years it began and ended (``to`` absent: still held), and the CAMEO-style code it implies."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    title: str
    country: str | None = None
    org: str | None = None
    start: int | None = Field(default=None, alias="from", ge=1800, le=2100)
    end: int | None = Field(default=None, alias="to", ge=1800, le=2100)
    code: str | None = Field(default=None, pattern=_CODE)

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, data: Any) -> Any:
        """``"foreign minister 2004-"`` / ``"president 2000-2024"`` / ``"adviser"``: title and years."""
        if not isinstance(data, str):
            return data
        m = _ROLE_SHORTHAND.match(data.strip())
        if m is None:
            return {"title": data.strip()}
        out: dict[str, Any] = {"title": m.group(1)}
        if m.group(2):
            out["from"] = int(m.group(2))
        if m.group(3):
            out["to"] = int(m.group(3))
        return out

    @model_validator(mode="after")
    def _ordered(self) -> Role:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError(f"role {self.title!r} ends ({self.end}) before it starts ({self.start})")
        return self

    def held_in(self, year: int) -> bool:
        return (self.start is None or self.start <= year) and (self.end is None or year <= self.end)


class ActorRecord(BaseModel):
    """One actor as a KB file writes it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=_ID, description="stable id, lowercase: ISO 3166 alpha-3 for countries")
    canonical: str = Field(min_length=1, description="English canonical name")
    type: ActorType
    aliases: tuple[str, ...] = Field(default=(), description="Hindi (and other) names as news write them")
    demonyms: tuple[str, ...] = Field(default=(), description="adjectives: रूसी, सीरियाई, अमेरिकी")
    iso3: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    code: str | None = Field(default=None, pattern=_CODE, description="CAMEO-style actor code")
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    geonames_id: int | None = None
    affiliation: str | None = Field(default=None, pattern=_ID, description="KB id of the actor's country")
    roles: tuple[Role, ...] = ()
    population: int | None = Field(default=None, ge=0, description="ranks places that share a name")
    note: str | None = None

    @field_validator("aliases", "demonyms")
    @classmethod
    def _no_blank(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        for value in values:
            if not value.strip():
                raise ValueError("an alias or demonym is blank")
        return values


class PatchRecord(BaseModel):
    """Extra spellings for an actor defined elsewhere."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=_ID)
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()


class KBFile(BaseModel):
    """A whole KB file."""

    model_config = ConfigDict(extra="forbid")

    format: Literal["hindinews-kb/1"] = KB_FORMAT
    description: str | None = None
    actors: list[ActorRecord] = Field(default_factory=list)
    patches: list[PatchRecord] = Field(default_factory=list)


class Actor(ActorRecord):
    """An actor of the loaded knowledge base (an :class:`ActorRecord` with its patches applied)."""

    @property
    def label(self) -> Literal["PER", "LOC", "ORG"]:
        return LABEL_OF_TYPE[self.type]

    def roles_in(self, year: int) -> list[Role]:
        return [role for role in self.roles if role.held_in(year)]

    def code_in(self, year: int | None) -> str | None:
        """The actor's code in ``year``: the code of a role held then (al-Julani: SYRREB before 2025,
        SYRGOV as president), else the actor's own code."""
        if year is not None:
            for role in sorted(self.roles_in(year), key=lambda r: -(r.start or 0)):
                if role.code:
                    return role.code
        return self.code


@dataclass(frozen=True, slots=True)
class GazetteerMatch:
    """A KB alias found in a sentence: tokens ``[start, end)`` of the list passed to ``find_in_tokens``."""

    start: int
    end: int
    kb_id: str
    label: Literal["PER", "LOC", "ORG"]
    demonym: bool = False


@dataclass(frozen=True, slots=True)
class Resolution:
    """What :meth:`KnowledgeBase.resolve` found for a name: the actor, how, and how sure (0–100)."""

    actor: Actor
    method: MatchMethod
    score: float = 100.0

    @property
    def demonym(self) -> bool:
        return self.method == "demonym"
