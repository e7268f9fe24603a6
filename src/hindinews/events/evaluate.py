"""Score the event stage against a gold file: precision / recall / F1 per type, argument accuracy.

A gold file is JSON Lines, one text per line::

    {"id": "g001", "text": "...", "published": "2025-03-10",
     "events": [{"type": "VISIT", "actors": ["Russia"], "targets": ["Syria"], "location": "Damascus",
                 "date": "2025-03-09", "modality": "asserted"}],
     "note": "why this line is here (hard negative: tourist travel, ...)"}

An actor, target or location is written as the KB's canonical name or id (``Russia``, ``rus``) or, for an
actor the KB does not know (सरकार, किसानों), as words of its text. A predicted argument matches it when its
``kb_id`` or ``canonical`` equals it, or when its text contains it (both folded by ``match_key``).

Matching: predicted and gold events of one line are paired greedily by type (type-only); a pair counts for
type + actor when some gold actor is among the predicted actors (or the gold event names none). On the
type-only pairs the harness reports how often targets (all gold targets found, no extra), location (a
Visit's destination counts) and date value are right. A gold file has no week values (YYYY, YYYY-MM or
YYYY-MM-DD): a predicted week (``2025-W33``, from पिछले हफ़्ते) matches the month its Thursday falls in.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hindinews.normalize import match_key
from hindinews.schema import EVENT_CLASSES, Argument, Document, EventBase

GOLD_FIELDS = frozenset({"type", "actors", "targets", "location", "date", "modality"})


@dataclass
class GoldEvent:
    type: str
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    location: str | None = None
    date: str | None = None
    modality: str | None = None


@dataclass
class GoldRecord:
    id: str
    text: str
    published: str | None
    events: list[GoldEvent]
    line: int


class GoldError(ValueError):
    """A gold file line that is not what the format says."""


def read_gold(path: str | Path) -> list[GoldRecord]:
    records = []
    with open(path, encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            try:
                data = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise GoldError(f"{path}:{number}: not JSON ({exc.msg})") from None
            records.append(_record(data, f"{path}:{number}", number))
    return records


def _record(data: Any, where: str, line: int) -> GoldRecord:
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise GoldError(f"{where}: a gold line is an object with a 'text' string")
    events = []
    for item in data.get("events") or []:
        unknown = set(item) - GOLD_FIELDS
        if unknown or item.get("type") not in EVENT_CLASSES:
            raise GoldError(f"{where}: bad event {item!r} (type one of {sorted(EVENT_CLASSES)}; "
                            f"fields {sorted(GOLD_FIELDS)})")
        events.append(GoldEvent(item["type"], list(item.get("actors") or []), list(item.get("targets") or []),
                                item.get("location"), item.get("date"), item.get("modality")))
    return GoldRecord(str(data.get("id", line)), data["text"], data.get("published"), events, line)


Resolver = Callable[[str], str | None]  # a gold name -> the KB id it names, or None


def date_matches(predicted: str | None, gold: str | None) -> bool:
    """Whether a predicted date value is the gold one; an ISO week is the month that holds its Thursday."""
    if predicted is not None and gold is not None and len(gold) == 7 and "-W" in predicted:
        year, week = predicted.split("-W")
        thursday = dt.date.fromisocalendar(int(year), int(week), 4)
        return f"{thursday.year:04d}-{thursday.month:02d}" == gold
    return predicted == gold


def arg_matches(arg: Argument, gold: str, resolve: Resolver | None = None) -> bool:
    """The argument is the gold name: its KB id or canonical name, the KB id the name resolves to
    (``resolve``: "Volodymyr Zelensky" for Volodymyr Zelenskyy), or words of its text."""
    g = gold.casefold()
    if (arg.kb_id and arg.kb_id.casefold() == g) or (arg.canonical and arg.canonical.casefold() == g):
        return True
    if resolve is not None and arg.kb_id and resolve(gold) == arg.kb_id:
        return True
    key = match_key(gold)
    return bool(key) and key in match_key(arg.text)


def _targets_of(event: EventBase) -> list[Argument]:
    """Targets and counterparts, each span once."""
    out: dict[tuple[int, int], Argument] = {}
    for arg in [*event.targets, *(getattr(event, "counterparts", None) or [])]:
        out.setdefault((arg.start, arg.end), arg)
    return list(out.values())


def _location_of(event: EventBase) -> Argument | None:
    return event.location or getattr(event, "destination", None)


@dataclass
class TypeCounts:
    gold: int = 0
    predicted: int = 0
    type_tp: int = 0
    actor_tp: int = 0


@dataclass
class EventScores:
    by_type: dict[str, TypeCounts]
    arguments: Counter[str]
    errors: list[str]
    records: int

    @staticmethod
    def prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
        p = tp / predicted if predicted else (1.0 if not gold else 0.0)
        r = tp / gold if gold else (1.0 if not predicted else 0.0)
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def total(self) -> TypeCounts:
        t = TypeCounts()
        for c in self.by_type.values():
            t.gold += c.gold
            t.predicted += c.predicted
            t.type_tp += c.type_tp
            t.actor_tp += c.actor_tp
        return t

    def micro(self) -> dict[str, float]:
        t = self.total()
        p, r, f = self.prf(t.type_tp, t.predicted, t.gold)
        ap, ar, af = self.prf(t.actor_tp, t.predicted, t.gold)
        out = {"type_p": p, "type_r": r, "type_f1": f, "actor_p": ap, "actor_r": ar, "actor_f1": af}
        for name in ("targets", "location", "date", "modality"):
            seen = self.arguments[name + "_n"]
            out[name + "_acc"] = self.arguments[name] / seen if seen else 1.0
        return out

    def table(self) -> str:
        lines = [f"{'type':<10} {'gold':>5} {'pred':>5} | {'P':>5} {'R':>5} {'F1':>5} | "
                 f"{'P+act':>5} {'R+act':>5} {'F1+act':>6}"]
        rows = [(name, self.by_type[name]) for name in EVENT_CLASSES if name in self.by_type]
        for name, c in [*rows, ("ALL", self.total())]:
            p, r, f = self.prf(c.type_tp, c.predicted, c.gold)
            ap, ar, af = self.prf(c.actor_tp, c.predicted, c.gold)
            if name == "ALL":
                lines.append("-" * len(lines[0]))
            lines.append(f"{name:<10} {c.gold:>5} {c.predicted:>5} | {p:5.2f} {r:5.2f} {f:5.2f} | "
                         f"{ap:5.2f} {ar:5.2f} {af:6.2f}")
        m = self.micro()
        lines.append("")
        lines.append("argument accuracy on type-matched events: " + ", ".join(
            f"{name} {m[name + '_acc']:.2f} (n={self.arguments[name + '_n']})"
            for name in ("targets", "location", "date", "modality")))
        lines.append(f"{self.records} gold records")
        return "\n".join(lines)


def _pair(
    pred: Sequence[EventBase], gold: list[GoldEvent], resolve: Resolver | None
) -> list[tuple[EventBase, GoldEvent]]:
    pairs = []
    free = list(pred)
    for g in gold:
        candidates = [p for p in free if p.type == g.type]
        if not candidates:
            continue
        # Prefer the prediction that shares an actor with the gold event.
        best = next((p for p in candidates if any(arg_matches(a, x, resolve) for a in p.actors for x in g.actors)),
                    candidates[0])
        free.remove(best)
        pairs.append((best, g))
    return pairs


def score(records: Sequence[GoldRecord], documents: Iterable[Document], resolve: Resolver | None = None) -> EventScores:
    by_type: dict[str, TypeCounts] = {}
    arguments: Counter[str] = Counter()
    errors: list[str] = []
    for record, doc in zip(records, documents, strict=True):
        pred: list[EventBase] = list(doc.events)
        for g in record.events:
            by_type.setdefault(g.type, TypeCounts()).gold += 1
        for p in pred:
            by_type.setdefault(p.type, TypeCounts()).predicted += 1
        pairs = _pair(pred, record.events, resolve)
        matched = {id(p) for p, _ in pairs}
        for p, g in pairs:
            counts = by_type[g.type]
            counts.type_tp += 1
            actor_ok = not g.actors or any(arg_matches(a, x, resolve) for a in p.actors for x in g.actors)
            counts.actor_tp += actor_ok
            if not actor_ok:
                errors.append(f"{record.id}: {g.type} actors {[a.text for a in p.actors]} != {g.actors}")
            targets = _targets_of(p)
            found = all(any(arg_matches(a, x, resolve) for a in targets) for x in g.targets)
            extra = [a for a in targets if not any(arg_matches(a, x, resolve) for x in g.targets)]
            arguments["targets_n"] += 1
            arguments["targets"] += found and not extra
            if not found or extra:
                errors.append(f"{record.id}: {g.type} targets {[a.text for a in targets]} != {g.targets}")
            loc = _location_of(p)
            arguments["location_n"] += 1
            arguments["location"] += (g.location is None and loc is None) or (
                g.location is not None and loc is not None and arg_matches(loc, g.location, resolve))
            arguments["date_n"] += 1
            date_right = date_matches(p.date.value if p.date else None, g.date)
            arguments["date"] += date_right
            if not date_right:
                errors.append(f"{record.id}: {g.type} date {p.date and p.date.value} != {g.date}")
            if (g.location is None) != (loc is None) or (loc is not None and g.location is not None
                                                          and not arg_matches(loc, g.location, resolve)):
                errors.append(f"{record.id}: {g.type} location {loc and loc.text} != {g.location}")
            if g.modality is not None:
                arguments["modality_n"] += 1
                arguments["modality"] += p.modality == g.modality
        for p in pred:
            if id(p) not in matched:
                errors.append(f"{record.id}: spurious {p.type} {p.trigger.text!r} in {record.text[:60]!r}")
        for g in record.events:
            if not any(g is pg for _, pg in pairs):
                errors.append(f"{record.id}: missed {g.type} in {record.text[:60]!r}")
    return EventScores(by_type, arguments, errors, len(records))


def evaluate_events(
    path: str | Path, process: Callable[[Sequence[GoldRecord]], Iterable[Document]],
    resolve: Resolver | None = None,
) -> EventScores:
    """Read the gold file, run ``process`` (records -> Documents, e.g. a Pipeline over their texts) and
    score it; ``resolve`` maps a gold name to a KB id. The caller builds both: a stage never imports them."""
    records = read_gold(path)
    return score(records, process(records), resolve)
