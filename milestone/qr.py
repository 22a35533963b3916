"""QR codes drawn on the server, for the staff's authenticator set-up and the public's share
links alike."""

import segno
from django.utils.html import escape
from django.utils.safestring import mark_safe


def qr_code(text: str, label: str) -> str:
    """`text` as a QR code in inline SVG markup: drawn on the server, with presentation
    attributes only, so the strict CSP needs no script, style or image source for it. "" when
    `text` is too long for any QR code (about 2,300 characters): the page goes without one."""
    try:
        code = segno.make(text, error="m")
    except segno.DataOverflowError:
        return ""
    svg = code.svg_inline(
        scale=4, dark="#000", light="#fff", svgclass="qr-code", lineclass=None, omitsize=True
    )
    # A view box and its natural size: a page's CSS can scale the code down to fit a phone
    # without cropping it. A white quiet zone is drawn in, so a dark page around it would not
    # stop a scan.
    width, height = code.symbol_size(scale=4)
    attributes = f'role="img" aria-label="{escape(label)}" width="{width}" height="{height}"'
    return mark_safe(svg.replace("<svg ", f"<svg {attributes} ", 1))
