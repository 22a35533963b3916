"""Screenshots of every public page type at 360 and 1280 px, and of every staff page at 1280
px, for reviewing the design by eye.

    make run                      # in one terminal: the site with the demo data
    make screenshots              # in another: python -m tools.screenshots --base-url ...

Writes PNGs to screenshots/pages/ (not committed), in Finnish, Arabic and Ukrainian
(left-to-right and right-to-left), and the open language menu. With --staff (the default in
`make screenshots`) it also signs in as the development superuser (`ensure_dev_superuser`,
DEBUG only) through a session made in the site's own database, and takes the staff pages of
the demo region at 1280 px (and the home page and dashboard at 360 px). Uses Debian's Chromium through Playwright, as the
browser tests do; nothing is downloaded. The browser tests check what the pages must do
(accessibility, no sideways scrolling, page weight); this only takes the pictures.
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = {
    "home": "/",
    "browse": "/services/",
    "browse-filtered": "/services/?aim=labour-market&group=employers",
    "organizations": "/organizations/",
    "search": "/search/?q=suomi",
    "no-results": "/search/?q=pizza+delivery",
    "navigator": "/navigator/",
    "events": "/events/",
    "good-practices": "/good-practices/",
    "accessibility": "/accessibility/",
    "navigator-employer": "/navigator/?audience=employer",
}
# Pages reached through the first link of a list (their ids differ between databases).
FOLLOWED = {
    "service": ("/services/", "main a[href*='/services/'][href$='/']:not([href$='/services/'])"),
    "organization": ("/organizations/", "main a[href*='/organizations/'][href$='/']"),
    "event": ("/events/", "main a[href*='/events/'][href$='/']:not([href$='/events/'])"),
    "good-practice": ("/good-practices/", "main a[href*='/good-practices/'][href$='/']"),
    "navigator-result": ("/navigator/result/?audience=resident&goals=learn_finnish", None),
}
STAFF_REGION = "jyvaskyla"
WIDTHS = {1280: {"width": 1280, "height": 900}, 360: {"width": 360, "height": 740}}


def take(base_url: str, output: Path, languages: list[str]) -> list[Path]:
    from playwright.sync_api import sync_playwright

    from milestone.testing import CHROMIUM, CHROMIUM_ARGS

    output.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for width, viewport in WIDTHS.items():
            context = browser.new_context(viewport=viewport, is_mobile=width < 600)
            tab = context.new_page()
            for language in languages:
                for name, path in PAGES.items():
                    tab.goto(f"{base_url}/{language}{path}")
                    target = output / f"{language}-{width}-{name}.png"
                    tab.screenshot(path=target, full_page=True)
                    written.append(target)
                for name, (path, link) in FOLLOWED.items():
                    tab.goto(f"{base_url}/{language}{path}")
                    if link is not None:
                        first = tab.locator(link).first
                        if not first.count():
                            continue
                        first.click()
                    target = output / f"{language}-{width}-{name}.png"
                    tab.screenshot(path=target, full_page=True)
                    written.append(target)
                if width == 1280:
                    tab.goto(f"{base_url}/{language}/")
                    tab.locator(".language-switcher summary").click()
                    target = output / f"{language}-1280-language-menu.png"
                    tab.screenshot(path=target)
                    written.append(target)
            context.close()
        browser.close()
    return written


def staff_session() -> str:
    """A session for the development superuser, made in the running site's database."""
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "milestone.settings")
    django.setup()
    from django.conf import settings
    from django.contrib.auth import (
        BACKEND_SESSION_KEY,
        HASH_SESSION_KEY,
        SESSION_KEY,
        get_user_model,
    )
    from django.contrib.sessions.backends.db import SessionStore
    from django.core.management import call_command

    call_command("ensure_dev_superuser", verbosity=0)
    user = get_user_model().objects.get(username="admin")
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return session.session_key


def staff_pages() -> dict[str, str]:
    """Every staff page of the demo region, with the ids of its first records."""
    from coordination.models import ServiceDraft
    from directory.models import Service
    from events.models import Event

    region = STAFF_REGION
    service = Service.objects.filter(organization__region__slug=region).first()
    pages = {
        "home": "/staff/",
        "dashboard": f"/staff/regions/{region}/",
        "services": f"/staff/regions/{region}/services/",
        "review-queue": f"/staff/regions/{region}/review/",
        "feedback": f"/staff/regions/{region}/feedback/",
        "invitations": f"/staff/regions/{region}/invitations/",
        "translations": f"/staff/regions/{region}/translations/",
        "events": f"/staff/regions/{region}/events/",
        "bulletin": f"/staff/regions/{region}/bulletin/",
        "learning": "/staff/learning/",
        "learning-region": f"/staff/learning/{region}/",
        "baseline-study": f"/staff/learning/{region}/baseline-study/",
        "import-export": "/staff/import-export/",
        "search-quality": f"/staff/regions/{region}/search/",
        "search-best-bets": f"/staff/regions/{region}/search/best-bets/",
        "search-synonyms": f"/staff/regions/{region}/search/synonyms/",
        "search-suggestions": f"/staff/regions/{region}/search/suggestions/",
    }
    if service is not None:
        pages["service-edit"] = f"/staff/services/{service.pk}/edit/"
        pages["service-history"] = f"/staff/services/{service.pk}/history/"
    draft = ServiceDraft.objects.filter(service__organization__region__slug=region).first()
    if draft is not None:
        pages["review"] = f"/staff/drafts/{draft.pk}/"
    event = Event.objects.filter(service__organization__region__slug=region).first()
    if event is not None:
        pages["event-edit"] = f"/staff/events/{event.pk}/edit/"
    return pages


def take_staff(base_url: str, output: Path, language: str) -> list[Path]:
    from playwright.sync_api import sync_playwright

    from milestone.testing import CHROMIUM, CHROMIUM_ARGS

    # Read the database before Playwright starts its event loop (Django refuses queries there).
    key = staff_session()
    pages = staff_pages()
    host = base_url.split("//", 1)[-1].split("/", 1)[0].split(":")[0]
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for width, viewport in WIDTHS.items():
            context = browser.new_context(viewport=viewport, is_mobile=width < 600)
            context.add_cookies(
                [
                    {"name": "sessionid", "value": key, "domain": host, "path": "/"},
                    {"name": "django_language", "value": language, "domain": host, "path": "/"},
                ]
            )
            tab = context.new_page()
            for name, path in pages.items():
                if width < 600 and name not in ("home", "dashboard"):
                    continue
                tab.goto(f"{base_url}{path}")
                target = output / f"staff-{language}-{width}-{name}.png"
                tab.screenshot(path=target, full_page=True)
                written.append(target)
            context.close()
        browser.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--output", type=Path, default=ROOT / "screenshots" / "pages")
    parser.add_argument("--languages", default="fi,ar,uk", help="comma-separated")
    parser.add_argument("--staff", action="store_true", help="also the staff pages (DEBUG only)")
    parser.add_argument("--staff-language", default="en")
    args = parser.parse_args()
    written = take(args.base_url.rstrip("/"), args.output, args.languages.split(","))
    if args.staff:
        written += take_staff(args.base_url.rstrip("/"), args.output, args.staff_language)
    print(f"{len(written)} screenshots in {args.output}")


if __name__ == "__main__":
    main()
