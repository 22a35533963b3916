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


class MethodNotAllowedPage:
    """A 405 is a button's address opened as a page (a bookmark, the language menu on a page of
    errors, a reload): the reader gets a page that says so in their language, with a way on,
    not the empty answer Django's require_POST gives."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 405 and not response.content and request.method == "GET":
            from public.views.errors import method_not_allowed

            page = method_not_allowed(request)
            if response.has_header("Allow"):
                page["Allow"] = response["Allow"]
            return page
        return response
