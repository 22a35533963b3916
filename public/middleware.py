"""The reader's own second languages, from the address: `?also=en` (or `also=en,fi`).

Text not yet in the page's language then falls back to those languages first. The choice lives
only in the URL (links on the page carry it on), never in a cookie or a session: nothing about
the reader is stored."""

from directory.translation import parse_languages, reading


class ReaderLanguagesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        also = parse_languages(request.GET.get("also", ""))
        request.reader_also = also
        with reading(also):
            return self.get_response(request)
