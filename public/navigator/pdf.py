"""The printable path as a PDF, rendered by WeasyPrint from the print page's own HTML."""

from django.contrib.staticfiles import finders
from weasyprint import CSS, HTML
from weasyprint.urls import URLFetcher


class _NoFetching(URLFetcher):
    """The PDF needs nothing from the network; refusing every fetch also means a link in
    service data can never make the server request an address."""

    def fetch(self, url, headers=None):
        raise ValueError(f"Not fetched: {url}")


def html_to_pdf(html: str, stylesheet: str) -> bytes:
    """`stylesheet` is a static path such as navigator/print.css, read from disk."""
    fetcher = _NoFetching()
    css = CSS(filename=finders.find(stylesheet), url_fetcher=fetcher)
    return HTML(string=html, url_fetcher=fetcher).write_pdf(stylesheets=[css])
