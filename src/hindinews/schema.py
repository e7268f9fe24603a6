"""The records that every stage reads and writes.

This module is the contract of the project: downstream tools, exports and the maintainers' checks rely on
these field names. It imports nothing else of the package.

Every span carries ``text``, ``start`` and ``end``: Python string indices into ``Document.text``, the
ORIGINAL text as the user passed it, never a normalized copy. ``Document`` checks
``text[start:end] == span.text`` for every span it holds when it is built or loaded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1.0"

PartKind = Literal["headline", "body", "teaser", "boilerplate"]
EntityLabel = Literal["PER", "LOC", "ORG"]
Precision = Literal["day", "week", "month", "year", "decade", "century"]
TimeKind = Literal["date", "duration"]
Modality = Literal["asserted", "planned", "negated", "reported"]
Context = Literal["diplomatic", "domestic"]
EventType = Literal[
    "VISIT", "MEET", "CALL", "SUPPORT", "AGREE", "COOPERATE",
    "AID", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION",
]


class Span(BaseModel):
    """A stretch of the original text: ``document.text[start:end] == text``."""

    model_config = ConfigDict(extra="forbid")

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        if self.end - self.start != len(self.text):
            raise ValueError(
                f"span [{self.start}, {self.end}) is {self.end - self.start} characters long "
                f"but its text has {len(self.text)}"
            )
        return self


class Part(Span):
    """A block of a scraped page: the headline, a body paragraph, a teaser story or boilerplate."""

    kind: PartKind


class Sentence(Span):
    """A sentence; ``part`` is the index of the Part that holds it."""

    part: int = Field(ge=0)


class Token(Span):
    """A token; ``norm`` is its normalized form (NFC, folded digits and quotes, no invisible characters)."""

    norm: str
    sentence: int = Field(ge=0)


class Entity(Span):
    """A named entity mention, linked to the actor knowledge base where possible.

    ``kb_id`` is a KB id (``Q:...`` style ids are not used; ids are the KB's own, e.g. ``rus``) or a
    document-local id starting with ``local:`` that groups variants of a mention the KB does not know.
    """

    label: EntityLabel
    kb_id: str | None = None
    canonical: str | None = None
    code: str | None = Field(default=None, description="CAMEO-style actor code, e.g. RUS, RUSGOV, SYRREB")
    role: str | None = Field(default=None, description="title or role read from the text, e.g. foreign minister")
    affiliation: str | None = Field(default=None, description="KB id of the country the actor belongs to")
    sentence: int = Field(default=0, ge=0)
    source: Literal["model", "gazetteer", "rule"] = "model"


class TimeExpression(Span):
    """A time expression, normalized to ISO 8601 where it can be.

    ``value`` is ``2025-01-28``, ``2024-12``, ``2025``, ``2025-W36``, ``199`` (a decade), ``18`` (a century)
    or None when it cannot be resolved (a relative expression with no publication date); a range
    (``2018-19``, ``22 से 24 अप्रैल 2021``) is an ISO 8601 interval such as ``2018/2019``. ``anchored`` is
    True when the value was computed from the publication date. Durations (``kind == "duration"``) are
    found but never turned into dates: their ``value`` is an ISO 8601 duration such as ``P9D`` or None.
    """

    value: str | None = None
    precision: Precision | None = None
    anchored: bool = False
    kind: TimeKind = "date"
    sentence: int = Field(default=0, ge=0)


class Argument(Span):
    """An event participant: a mention in the text, linked to the KB where possible."""

    kb_id: str | None = None
    canonical: str | None = None
    code: str | None = None
    label: EntityLabel | None = None


class Plover(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: str
    mode: str | None = None


class EventBase(BaseModel):
    """Fields every event type shares (../spec/events.md)."""

    model_config = ConfigDict(extra="forbid")

    type: EventType
    trigger: Span
    actors: list[Argument] = Field(default_factory=list)
    targets: list[Argument] = Field(default_factory=list)
    location: Argument | None = None
    date: TimeExpression | None = None
    modality: Modality = "asserted"
    context: Context = "diplomatic"
    sentence: int = Field(ge=0)
    confidence: float = Field(ge=0.0, le=1.0)
    plover: Plover

    def spans(self) -> Iterator[Span]:
        """Every span the event holds, for offset checks."""
        yield self.trigger
        yield from self.actors
        yield from self.targets
        if self.location is not None:
            yield self.location
        if self.date is not None:
            yield self.date
        for name in type(self).role_fields:
            value = getattr(self, name)
            if isinstance(value, Span):
                yield value
            elif isinstance(value, list):
                yield from value

    role_fields: ClassVar[tuple[str, ...]] = ()


class Visit(EventBase):
    type: Literal["VISIT"] = "VISIT"
    destination: Argument | None = None
    host: Argument | None = None
    led_by: list[Argument] = Field(default_factory=list)
    role_fields: ClassVar[tuple[str, ...]] = ("destination", "host", "led_by")


class Meet(EventBase):
    type: Literal["MEET"] = "MEET"
    counterparts: list[Argument] = Field(default_factory=list)
    role_fields: ClassVar[tuple[str, ...]] = ("counterparts",)


class Call(EventBase):
    type: Literal["CALL"] = "CALL"
    counterparts: list[Argument] = Field(default_factory=list)
    role_fields: ClassVar[tuple[str, ...]] = ("counterparts",)


class _TopicEvent(EventBase):
    """An event type whose own role is what it is about (support for sovereignty, an appeal to de-escalate)."""

    topic: Span | None = None
    role_fields: ClassVar[tuple[str, ...]] = ("topic",)


class Support(_TopicEvent):
    type: Literal["SUPPORT"] = "SUPPORT"


class Agree(_TopicEvent):
    type: Literal["AGREE"] = "AGREE"


class Cooperate(_TopicEvent):
    type: Literal["COOPERATE"] = "COOPERATE"


class Aid(_TopicEvent):
    type: Literal["AID"] = "AID"


class Request(_TopicEvent):
    type: Literal["REQUEST"] = "REQUEST"


class Accuse(_TopicEvent):
    type: Literal["ACCUSE"] = "ACCUSE"


class Reject(_TopicEvent):
    type: Literal["REJECT"] = "REJECT"


class Threaten(_TopicEvent):
    type: Literal["THREATEN"] = "THREATEN"


class Sanction(_TopicEvent):
    type: Literal["SANCTION"] = "SANCTION"


Event = Annotated[
    Visit | Meet | Call | Support | Agree | Cooperate | Aid | Request | Accuse | Reject | Threaten | Sanction,
    Field(discriminator="type"),
]

EVENT_CLASSES: dict[str, type[EventBase]] = {
    cls.model_fields["type"].default: cls
    for cls in (Visit, Meet, Call, Support, Agree, Cooperate, Aid, Request, Accuse, Reject, Threaten, Sanction)
}


class Document(BaseModel):
    """One article: its original text and everything the pipeline found in it."""

    model_config = ConfigDict(extra="forbid")

    schema_version: str = SCHEMA_VERSION
    id: str | None = None
    text: str
    published: dt.date | None = None
    parts: list[Part] = Field(default_factory=list)
    sentences: list[Sentence] = Field(default_factory=list)
    tokens: list[Token] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    times: list[TimeExpression] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    meta: dict[str, Any] = Field(default_factory=dict, description="fields of the input record passed through")

    @model_validator(mode="after")
    def _offsets_hold(self) -> Document:
        self.check_offsets()
        return self

    def all_spans(self) -> Iterator[Span]:
        yield from self.parts
        yield from self.sentences
        yield from self.tokens
        yield from self.entities
        yield from self.times
        for event in self.events:
            yield from event.spans()

    def check_offsets(self) -> None:
        """Raise ValueError if any span's text is not ``self.text[start:end]``."""
        text = self.text
        for span in self.all_spans():
            if span.end > len(text) or text[span.start : span.end] != span.text:
                raise ValueError(
                    f"{type(span).__name__} [{span.start}, {span.end}) {span.text!r} does not match the "
                    f"document text there ({text[span.start : span.end]!r})"
                )

    def _repr_html_(self) -> str:
        # Imported lazily: display is an edge module and the schema imports nothing of the package at load.
        from hindinews.display import render_html

        return render_html(self)


class ErrorRecord(BaseModel):
    """What the batch writer emits for an input it could not process: the record is never dropped."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = None
    line: int | None = None
    error: str
    message: str
