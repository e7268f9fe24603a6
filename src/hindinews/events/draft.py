"""The working records of the event stage: an argument, a draft event, what a story remembers, and the
scores a finished draft gets (its context and confidence)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from hindinews.events.analysis import Mention, SentenceAnalysis
from hindinews.events.dating import BackReference
from hindinews.events.lexicon import TriggerPattern
from hindinews.schema import Argument, EntityLabel, Modality, TimeExpression

MEETING_TYPES = frozenset({"MEET", "CALL"})


@dataclass
class Arg:
    """An argument: a mention and the sentence it stands in (antecedents may be in an earlier one)."""

    sa: SentenceAnalysis
    m: Mention

    @property
    def identity(self) -> str:
        """The actor's KB id or canonical name; an unlinked phrase is only itself."""
        return self.m.identity or f"text:{self.sa.index}:{self.m.start}"

    def argument(self, text: str) -> Argument:
        start, end = self.sa.char_span(self.m.start, self.m.end)
        label: EntityLabel | None = None
        if self.m.kind == "named" and self.m.label in ("PER", "LOC", "ORG"):
            label = self.m.label  # type: ignore[assignment]
        return Argument(text=text[start:end], start=start, end=end, kb_id=self.m.kb_id,
                        canonical=self.m.canonical, code=self.m.code, label=label)


@dataclass
class Draft:
    type: str
    pattern: TriggerPattern
    sa: SentenceAnalysis
    start: int
    end: int
    actors: list[Arg] = field(default_factory=list)
    targets: list[Arg] = field(default_factory=list)
    counterparts: list[Arg] = field(default_factory=list)
    location: Arg | None = None
    destination: Arg | None = None
    host: Arg | None = None
    led_by: list[Arg] = field(default_factory=list)
    topic: tuple[int, int] | None = None  # token span in the draft's sentence
    inherited: bool = False  # the actor came from a pronoun, a relative or an earlier sentence
    modality: Modality = "asserted"
    date: TimeExpression | None = None
    date_via_reference: bool = False

    @property
    def story(self) -> int:
        return story_of(self.sa)

    def participants(self) -> list[Arg]:
        out = [*self.actors, *self.targets, *self.counterparts]
        if self.host is not None:
            out.append(self.host)
        return out


def story_of(sa: SentenceAnalysis) -> int:
    """The headline and the body tell one story (-1); each teaser is a story of its own (its part)."""
    return -1 if sa.part_kind in ("headline", "body") else sa.part


@dataclass
class PartState:
    """What later sentences of the same story (the article, or one teaser) may refer back to."""

    drafts: list[Draft] = field(default_factory=list)
    back_refs: list[BackReference] = field(default_factory=list)
    last_subject: list[Arg] = field(default_factory=list)
    last_place: Arg | None = None
    # a named person who, in a sentence of no event, acts on the one told of (महामा ने उनकी अगवानी की)
    receiver: Arg | None = None
    # the two named parties of the last "X और Y के बीच" phrase, for a later दोनों नेताओं / दोनों देशों
    last_between: list[Mention] = field(default_factory=list)
    # the countries the story coordinated last (X, Y और Z), for a later ये देश / तीनों देशों
    last_coordinated: list[Mention] = field(default_factory=list)
    # the persons it coordinated last, for a later चारों नेताओं
    last_coordinated_persons: list[Mention] = field(default_factory=list)
    # the international organization named last (सदस्य देशों ने …: its members)
    last_organization: Mention | None = None
    # the state or province named last, with its country (राज्य सरकार: its government)
    last_state: tuple[str, str | None] | None = None
    last_state_at: int = -10  # the sentence that named it
    # the country of the story's last political actor named, and its sentence (सरकार ने …: whose government)
    last_country: tuple[str, int] | None = None
    # who did the deed a sentence without an event of its own told (इज़राइल ने … हवाई हमले किए), for a later
    # "इस हमले की निंदा"
    last_doer: list[Arg] = field(default_factory=list)
    # the indices of the story's sentences read so far: page furniture between them (विज्ञापन, a read-also
    # line) does not count when a phrase looks back "one or two sentences"
    read: list[int] = field(default_factory=list)

    def since(self, back: int) -> int:
        """The index of the story's ``back``-th sentence before the one being read (-1: the story is shorter)."""
        return self.read[-back] if len(self.read) >= back else -1


def add_arg(args: list[Arg], arg: Arg) -> None:
    """Append unless the list already holds that actor."""
    if all(a.identity != arg.identity for a in args):
        args.append(arg)


def countries_of(args: Sequence[Arg]) -> set[str]:
    return {a.m.country for a in args if a.m.country}


def states_of(args: Sequence[Arg]) -> set[str]:
    """The state each argument is or belongs to: a country itself, else its affiliation."""
    return {state for a in args if (state := a.m.kb_id if a.m.actor_type == "country" else a.m.country)}


def affiliations_of(args: Sequence[Arg]) -> set[str]:
    """The countries of the arguments that are not countries themselves (a minister's, a city's)."""
    return {a.m.country for a in args if a.m.country and a.m.actor_type != "country"}


def is_igo(a: Arg) -> bool:
    return (a.m.code or "").startswith("IGO") or a.m.sector == "IGO"


def context_of(d: Draft) -> str:
    """Diplomatic when the participants belong to two or more countries or one is an international
    organization; domestic otherwise."""
    args = d.participants() + ([d.destination] if d.destination else [])
    if len(countries_of(args)) >= 2 or any(is_igo(a) for a in args):
        return "diplomatic"
    return "domestic"


TRIGGER_BASE = {"phrase": 0.45, "verb": 0.4, "noun": 0.35}


def confidence_of(d: Draft) -> float:
    """Trigger strength plus evidence (docs/events.md, "Confidence")."""
    score = TRIGGER_BASE.get(d.pattern.kind, 0.35)
    if d.actors:
        score += 0.2
        if any(a.m.kb_id and not a.m.kb_id.startswith("local:") for a in d.actors):
            score += 0.1
    if d.targets or d.counterparts or d.destination:
        score += 0.1
    if d.date is not None:
        score += 0.1 if not d.date_via_reference else 0.05
    if d.inherited:
        score -= 0.15
    return round(min(0.95, max(0.05, score)), 2)
