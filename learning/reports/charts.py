"""Charts for reports as SVG made on the server: no scripts, no inline styles (the CSP forbids
them on pages and WeasyPrint needs neither), readable in print and by screen readers."""

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

PALETTE = ("#1f5c99", "#2e7d4f", "#a8541b", "#6b4c9a", "#9a2f4f", "#356f73")
ROW = 22
LABEL_WIDTH = 250
BAR_WIDTH = 300
VALUE_WIDTH = 40


def _truncate(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def bar_chart(rows, *, title: str, colour: int = 0) -> str:
    """A horizontal bar chart of (label, value) rows, as an accessible inline SVG."""
    rows = [(str(label), int(value)) for label, value in rows]
    if not rows:
        return ""
    top = max(value for _label, value in rows) or 1
    width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
    height = ROW * len(rows) + 6
    fill = PALETTE[colour % len(PALETTE)]
    bars = format_html_join(
        "",
        "<g><title>{0}: {1}</title>"
        '<text x="{2}" y="{3}" text-anchor="end" class="chart-label">{4}</text>'
        '<rect x="{5}" y="{6}" width="{7}" height="14" rx="2" fill="{8}"/>'
        '<text x="{9}" y="{3}" class="chart-value">{1}</text></g>',
        (
            (
                label,
                value,
                LABEL_WIDTH - 8,
                ROW * index + 15,
                _truncate(label),
                LABEL_WIDTH,
                ROW * index + 4,
                max(round(BAR_WIDTH * value / top), 1 if value else 0),
                fill,
                LABEL_WIDTH + max(round(BAR_WIDTH * value / top), 0) + 6,
            )
            for index, (label, value) in enumerate(rows)
        ),
    )
    return format_html(
        '<svg class="chart" role="img" aria-label="{0}" viewBox="0 0 {1} {2}" width="{1}" '
        'height="{2}" xmlns="http://www.w3.org/2000/svg" font-family="Noto Sans, sans-serif" '
        'font-size="11"><title>{0}</title>{3}</svg>',
        title,
        width,
        height,
        bars,
    )


def swot_counts(counts: dict, labels: dict, *, title: str) -> str:
    """Four squares, one per SWOT quadrant, sized by how many items each holds."""
    order = ("S", "W", "O", "T")
    colours = {"S": "#2e7d4f", "W": "#a8541b", "O": "#1f5c99", "T": "#9a2f4f"}
    cells = []
    for index, code in enumerate(order):
        x = (index % 2) * 120
        y = (index // 2) * 60
        cells.append(
            format_html(
                '<g><rect x="{0}" y="{1}" width="116" height="56" rx="4" fill="{2}"/>'
                '<text x="{3}" y="{4}" text-anchor="middle" fill="#ffffff" font-size="20" '
                'font-weight="bold">{5}</text>'
                '<text x="{3}" y="{6}" text-anchor="middle" fill="#ffffff" font-size="10">{7}'
                "</text></g>",
                x,
                y,
                colours[code],
                x + 58,
                y + 28,
                counts.get(code, 0),
                y + 46,
                labels[code],
            )
        )
    return format_html(
        '<svg class="chart chart--swot" role="img" aria-label="{0}" viewBox="0 0 236 116" '
        'width="236" height="116" xmlns="http://www.w3.org/2000/svg" '
        'font-family="Noto Sans, sans-serif"><title>{0}</title>{1}</svg>',
        title,
        mark_safe("".join(cells)),  # noqa: S308 - each cell is built by format_html
    )
