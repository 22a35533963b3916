"""Screenshots of the key public pages at 360 and 1280 px, for reviewing the design by eye.

    make run                      # in one terminal: the site with the demo data
    make screenshots              # in another: python -m tools.screenshots --base-url ...

Writes PNGs to screenshots/pages/ (not committed), in Finnish and Arabic (left-to-right and
right-to-left), and the open language menu. Uses Debian's Chromium through Playwright, as the
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
}
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
                if width == 1280:
                    tab.goto(f"{base_url}/{language}/")
                    tab.locator(".language-switcher summary").click()
                    target = output / f"{language}-1280-language-menu.png"
                    tab.screenshot(path=target)
                    written.append(target)
            context.close()
        browser.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--output", type=Path, default=ROOT / "screenshots" / "pages")
    parser.add_argument("--languages", default="fi,ar", help="comma-separated, default fi,ar")
    args = parser.parse_args()
    written = take(args.base_url.rstrip("/"), args.output, args.languages.split(","))
    print(f"{len(written)} screenshots in {args.output}")


if __name__ == "__main__":
    main()
