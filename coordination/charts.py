"""Charts drawn on the server as SVG: no script, no inline style (the CSP allows neither), a
title and description for screen readers, and the same numbers as a table beside each chart."""

from __future__ import annotations

import math
from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

BAR_HEIGHT = 22
GAP = 8
LABEL_WIDTH = 260
BAR_WIDTH = 380


@dataclass(frozen=True)
class Chart:
    svg: str
    title: str
    description: str


def bar_chart(key: str, title: str, description: str, items: list[tuple[str, int]]) -> Chart:
    """Horizontal bars, one per (label, value); the largest value fills the width."""
    top = max([value for _label, value in items] + [1])
    height = len(items) * (BAR_HEIGHT + GAP) + GAP
    width = LABEL_WIDTH + BAR_WIDTH + 60
    bars = []
    for index, (label, value) in enumerate(items):
        y = GAP + index * (BAR_HEIGHT + GAP)
        length = max(2, round(BAR_WIDTH * value / top)) if value else 0
        bars.append(
            format_html(
                '<g class="chart__row"><text class="chart__label" x="{}" y="{}" '
                'text-anchor="end">{}</text><rect class="chart__bar" x="{}" y="{}" width="{}" '
                'height="{}"></rect><text class="chart__value" x="{}" y="{}">{}</text></g>',
                LABEL_WIDTH - 8,
                y + BAR_HEIGHT - 6,
                _shorten(label, 38),
                LABEL_WIDTH,
                y,
                length,
                BAR_HEIGHT,
                LABEL_WIDTH + length + 6,
                y + BAR_HEIGHT - 6,
                value,
            )
        )
    svg = format_html(
        '<svg class="chart" role="img" aria-labelledby="{key}-title {key}-desc" '
        'viewBox="0 0 {w} {h}" width="{w}" height="{h}" xmlns="http://www.w3.org/2000/svg">'
        '<title id="{key}-title">{title}</title><desc id="{key}-desc">{desc}</desc>{bars}</svg>',
        key=key,
        w=width,
        h=height,
        title=title,
        desc=description,
        bars=mark_safe("".join(bars)),  # noqa: S308 - each bar was built with format_html
    )
    return Chart(svg, title, description)


def network_graph(key: str, title: str, description: str, nodes, links) -> Chart:
    """Organizations on a circle, sized by their number of services, linked where they share
    work. `nodes` is [(id, label, size)], `links` [(id, id, weight)]."""
    # Wider than tall, so that labels beside the left and right nodes fit inside the image.
    width, height = 960, 600
    centre, across, down = width / 2, 250, height / 2 - 50
    positions = {}
    for index, (node_id, _label, _size) in enumerate(nodes):
        angle = 2 * math.pi * index / max(1, len(nodes)) - math.pi / 2
        positions[node_id] = (
            centre + across * math.cos(angle),
            height / 2 + down * math.sin(angle),
        )
    strongest = max([weight for *_ends, weight in links] + [1])
    lines = format_html_join(
        "",
        '<line class="graph__link" x1="{}" y1="{}" x2="{}" y2="{}" stroke-width="{}"></line>',
        (
            _numbers(*positions[a], *positions[b], 1 + 5 * weight / strongest)
            for a, b, weight in links
            if a in positions and b in positions
        ),
    )
    circles = []
    for node_id, label, count in nodes:
        x, y = positions[node_id]
        anchor = "start" if x >= centre else "end"
        offset = 14 + 3 * math.sqrt(count)
        circles.append(
            format_html(
                '<g class="graph__node"><circle cx="{}" cy="{}" r="{}"></circle>'
                '<text x="{}" y="{}" text-anchor="{}">{}</text></g>',
                *_numbers(
                    x,
                    y,
                    6 + 3 * math.sqrt(count),
                    x + (offset if anchor == "start" else -offset),
                    y + 4,
                ),
                anchor,
                _shorten(label, 30),
            )
        )
    svg = format_html(
        '<svg class="graph" role="img" aria-labelledby="{key}-title {key}-desc" '
        'viewBox="0 0 {w} {h}" width="{w}" height="{h}" xmlns="http://www.w3.org/2000/svg">'
        '<title id="{key}-title">{title}</title><desc id="{key}-desc">{desc}</desc>'
        "{lines}{circles}</svg>",
        key=key,
        w=width,
        h=height,
        title=title,
        desc=description,
        lines=lines,
        circles=mark_safe("".join(circles)),  # noqa: S308 - each node was built with format_html
    )
    return Chart(svg, title, description)


def _numbers(*values) -> tuple[str, ...]:
    return tuple(f"{value:.1f}" for value in values)


def _shorten(text: str, limit: int) -> str:
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
