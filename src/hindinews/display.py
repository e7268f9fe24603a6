"""Showing a Document to a person: a terminal summary (rich) and Jupyter HTML."""

from __future__ import annotations

import html
from typing import Any

from hindinews.schema import Document


def print_summary(doc: Document) -> None:
    """A readable summary: parts, entities, time expressions and events."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if not console.is_terminal:  # piped or captured: don't squeeze the tables into 80 columns
        console = Console(width=160)
    kinds: dict[str, int] = {}
    for part in doc.parts:
        kinds[part.kind] = kinds.get(part.kind, 0) + 1
    console.print(
        f"[bold]Document[/bold] published={doc.published} · {len(doc.text)} characters · "
        f"{len(doc.sentences)} sentences · {len(doc.tokens)} tokens · parts: "
        + ", ".join(f"{k} {v}" for k, v in kinds.items())
    )
    headline = next((p for p in doc.parts if p.kind == "headline"), None)
    if headline is not None:
        console.print(f"[bold]Headline:[/bold] {headline.text}")

    table = Table(title=f"Entities ({len(doc.entities)})")
    for column in ("text", "label", "canonical", "kb_id", "offsets"):
        table.add_column(column)
    for ent in doc.entities:
        table.add_row(ent.text, ent.label, ent.canonical or "", ent.kb_id or "", f"{ent.start}-{ent.end}")
    console.print(table)

    table = Table(title=f"Time expressions ({len(doc.times)})")
    for column in ("text", "value", "precision", "anchored", "kind"):
        table.add_column(column)
    for t in doc.times:
        table.add_row(t.text, t.value or "", t.precision or "", str(t.anchored), t.kind)
    console.print(table)

    table = Table(title=f"Events ({len(doc.events)})")
    for column in ("type", "trigger", "actors", "targets", "where", "date", "modality", "part", "conf"):
        table.add_column(column)
    for ev in doc.events:
        where = getattr(ev, "destination", None) or ev.location
        part_kind = doc.parts[doc.sentences[ev.sentence].part].kind if doc.sentences else ""
        table.add_row(
            ev.type,
            ev.trigger.text,
            ", ".join(a.canonical or a.text for a in ev.actors),
            ", ".join(a.canonical or a.text for a in ev.targets),
            (where.canonical or where.text) if where else "",
            ev.date.value or "" if ev.date else "",
            ev.modality,
            part_kind,
            f"{ev.confidence:.2f}",
        )
    console.print(table)


_COLOURS = {"PER": "#aa9cfc", "LOC": "#ff9561", "ORG": "#7aecec", "TIME": "#bfe1d9", "EVENT": "#fde047"}


def _where(event: Any) -> str:
    where = getattr(event, "destination", None) or event.location
    return (where.canonical or where.text) if where is not None else ""


def render_html(doc: Document) -> str:
    """Text with entities, time expressions and event triggers highlighted, then a table of events."""
    marks: list[tuple[int, int, str, str]] = []
    for ent in doc.entities:
        marks.append((ent.start, ent.end, ent.label, ent.canonical or ent.label))
    for t in doc.times:
        marks.append((t.start, t.end, "TIME", t.value or "?"))
    for ev in doc.events:
        marks.append((ev.trigger.start, ev.trigger.end, "EVENT", ev.type))
    marks.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    out: list[str] = []
    pos = 0
    for start, end, kind, tip in marks:
        if start < pos:  # overlapping marks: the earlier, longer one wins
            continue
        out.append(html.escape(doc.text[pos:start]))
        out.append(
            f'<mark style="background:{_COLOURS[kind]};padding:0 .2em;border-radius:.3em" '
            f'title="{html.escape(tip)}">{html.escape(doc.text[start:end])}'
            f'<sub style="font-size:.6em;font-weight:bold;margin-left:.2em">{kind}</sub></mark>'
        )
        pos = end
    out.append(html.escape(doc.text[pos:]))
    body = "".join(out).replace("\n", "<br>")
    legend = " ".join(
        f'<span style="background:{colour};padding:0 .3em;border-radius:.3em;font-size:.8em">{kind}</span>'
        for kind, colour in _COLOURS.items()
    )
    rows = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in (
            ev.type,
            ev.trigger.text,
            ", ".join(a.canonical or a.text for a in ev.actors),
            ", ".join(a.canonical or a.text for a in ev.targets),
            _where(ev),
            ev.date.value if ev.date and ev.date.value else "",
            ev.modality,
            ev.plover.type + (f"/{ev.plover.mode}" if ev.plover.mode else ""),
            f"{ev.confidence:.2f}",
        )) + "</tr>"
        for ev in doc.events
    )
    table = (
        "<table><tr><th>type</th><th>trigger</th><th>actors</th><th>targets</th><th>where</th><th>date</th>"
        f"<th>modality</th><th>PLOVER</th><th>confidence</th></tr>{rows}</table>"
        if doc.events else ""
    )
    return f'<div style="line-height:2;font-size:1.05em">{body}</div><div>{legend}</div>{table}'

