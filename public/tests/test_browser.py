"""What a person sees in a real browser: every public page type in Finnish, English and Arabic
passes axe-core (WCAG 2.1 AA), loads nothing from other hosts, weighs at most 100 KB, and works
with the keyboard alone and without JavaScript; nothing sticks out sideways on a phone.
Screenshots go to screenshots/public/; `make screenshots` (tools/screenshots.py) takes the
key pages for review."""

from pathlib import Path
from urllib.parse import urlparse

import pytest
from django.conf import settings
from playwright.sync_api import expect

from milestone.testing import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(settings.BASE_DIR) / "screenshots" / "public"
PAGE_BUDGET = 100 * 1024


def page_types(world):
    return {
        "home": "/",
        "browse": "/services/?aim=labour-market&lang=en",
        "service": f"/services/{world.club.pk}/",
        "service-full": f"/services/{world.course.pk}/",
        "organizations": "/organizations/",
        "organization": f"/organizations/{world.city.pk}/",
        "search": "/search/?q=Finnish",
        "no-results": "/search/?q=Finnish&group=employers&lang=ar",
        "accessibility": "/accessibility/",
        "not-found": "/no-such-page/",
    }


class Traffic:
    """Every request a page makes, to weigh them and to see where they went."""

    def __init__(self, tab):
        self.finished = []
        self.hosts = set()
        tab.on("request", lambda request: self.hosts.add(urlparse(request.url).hostname))
        tab.on("requestfinished", lambda request: self.finished.append(request))

    def reset(self):
        self.finished.clear()
        self.hosts.clear()

    def bytes(self):
        total = 0
        for request in self.finished:
            sizes = request.sizes()
            total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
        return total


@pytest.mark.parametrize("language", ["fi", "en", "ar"])
def test_every_page_type_is_accessible_light_and_local(page, world, language):
    traffic = Traffic(page)
    local = {urlparse(page.base_url).hostname}
    for name, path in page_types(world).items():
        traffic.reset()
        page.goto(f"{page.base_url}/{language}{path}", wait_until="networkidle")
        assert page.locator("html").get_attribute("lang") == language
        assert_accessible(page)
        assert traffic.hosts <= local, f"{name} asked other hosts: {traffic.hosts - local}"
        assert traffic.bytes() <= PAGE_BUDGET, f"{name} weighs {traffic.bytes()} bytes"


def take_screenshots(page, mobile_page, language, pages, prefix):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width, tab in ((1280, page), (360, mobile_page)):
        for name, path in pages.items():
            tab.goto(f"{tab.base_url}/{language}{path}")
            tab.screenshot(
                path=SCREENSHOTS / f"{prefix}{language}-{width}-{name}.png", full_page=True
            )
            # Nothing may stick out sideways on a phone.
            scroll_width = tab.evaluate("document.documentElement.scrollWidth")
            assert scroll_width <= width, f"{name} is {scroll_width} px wide at {width}"


@pytest.mark.parametrize("language", ["fi", "ar"])
def test_the_demo_region_looks_right_and_passes_axe(page, mobile_page, demo_data, language):
    from directory.models import Organization, Service

    service = Service.objects.published().order_by("pk").first()
    organization = Organization.objects.filter(services__isnull=False).order_by("pk").first()
    pages = {
        "home": "/",
        "browse": "/services/",
        "browse-filtered": "/services/?aim=labour-market&group=employers",
        "service": f"/services/{service.pk}/",
        "organization": f"/organizations/{organization.pk}/",
        "search": "/search/?q=suomi",
    }
    take_screenshots(page, mobile_page, language, pages, prefix="demo-")
    traffic = Traffic(page)
    local = {urlparse(page.base_url).hostname}
    for name, path in pages.items():
        traffic.reset()
        page.goto(f"{page.base_url}/{language}{path}", wait_until="networkidle")
        assert_accessible(page)
        assert traffic.hosts <= local, f"{name} asked other hosts: {traffic.hosts - local}"
        assert traffic.bytes() <= PAGE_BUDGET, f"{name} weighs {traffic.bytes()} bytes"


def test_the_service_page_prints_without_the_site_chrome(page, world):
    page.goto(f"{page.base_url}/fi/services/{world.course.pk}/")
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert not page.locator(".language-switcher").is_visible()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    # Links print with their address.
    after = page.evaluate(
        "getComputedStyle(document.querySelector('.contact-list a[href^=\"http\"]'), "
        "'::after').content"
    )
    assert "https://www.gradia.fi/" in after
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "fi-print-service.png", full_page=True)


def test_arabic_pages_mirror(page, world):
    page.goto(f"{page.base_url}/ar/services/{world.course.pk}/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"


def test_keyboard_only_amina_skips_to_the_content_and_searches(page, world):
    page.goto(f"{page.base_url}/en/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert skip.bounding_box()["y"] >= 0, "the skip link is visible when focused"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid", "focus is visible"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # From the content, the search box is the first field.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "q"
    page.keyboard.type("Finnish")
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/search/?q=Finnish")
    expect(page.locator(".cards").get_by_text("Finnish language course")).to_be_visible()


def test_a_newcomer_reaches_the_language_menu_first(page, world):
    """Amina cannot read Finnish yet: after the skip link and the site's name, the next Tab is
    the language menu, on a phone and on a wide screen, and it is drawn before the main menu
    too, so the order she tabs in is the order she sees."""
    for width in (360, 1280):
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(f"{page.base_url}/fi/")
        for _ in range(3):
            page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.closest('.language-switcher') !== null")
        menu = page.locator(".language-switcher summary").bounding_box()
        first_link = page.locator(".site-nav a").first.bounding_box()
        assert menu["y"] + menu["height"] <= first_link["y"] + 1, width


def test_every_focusable_element_shows_focus(page, world):
    page.goto(f"{page.base_url}/en/services/")
    checked = 0
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement === document.body"):
            break  # past the last element
        style = page.evaluate(
            "(() => { const e = document.activeElement, s = getComputedStyle(e);"
            " return [s.outlineStyle, s.outlineWidth, e.outerHTML.slice(0, 80)]; })()"
        )
        assert style[0] == "solid" and style[1] != "0px", style
        checked += 1
    assert checked >= 15


def test_mikko_filters_without_javascript(browser, live_server, world):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    try:
        tab.goto(f"{live_server.url}/en/services/")
        # The filters fold behind one toggle, and each group behind its own: <details> needs
        # no script.
        tab.locator(".filters__toggle").click()
        tab.locator("summary", has_text="Who it is for").click()
        tab.get_by_label("Employers").check()
        tab.get_by_role("button", name="Show results").click()
        tab.wait_for_url("**/en/services/?group=employers")
        expect(tab.get_by_text("1 service found")).to_be_visible()
        tab.get_by_role("link", name="Who it is for: Employers").click()
        expect(tab.get_by_text("3 services found")).to_be_visible()
        # The language switcher is a plain list of links.
        tab.locator(".language-switcher summary").click()
        tab.get_by_role("link", name="suomi").click()
        expect(tab).to_have_url(f"{live_server.url}/fi/services/")
    finally:
        context.close()


def test_the_language_switcher_keeps_the_page(page, world):
    page.goto(f"{page.base_url}/en/services/{world.course.pk}/")
    page.locator(".language-switcher summary").click()
    page.get_by_role("link", name="العربيّة").click()
    expect(page).to_have_url(f"{page.base_url}/ar/services/{world.course.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("دورة اللغة الفنلندية")


def test_escape_or_a_click_elsewhere_folds_the_language_menu(page, world):
    """Amina opens the menu by keyboard and changes her mind: Escape folds it and leaves her
    on the menu's button; a tap elsewhere folds it too."""
    page.goto(f"{page.base_url}/ar/")
    summary = page.locator(".language-switcher summary")
    summary.focus()
    page.keyboard.press("Enter")
    expect(page.locator(".language-switcher ul")).to_be_visible()
    page.keyboard.press("Tab")
    page.keyboard.press("Escape")
    expect(page.locator(".language-switcher ul")).to_be_hidden()
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
    summary.click()
    expect(page.locator(".language-switcher ul")).to_be_visible()
    page.locator("h1").first.click()
    expect(page.locator(".language-switcher ul")).to_be_hidden()


def test_tabbing_out_of_the_language_menu_folds_it(page, world):
    """Open, the menu covers what lies under it: when Amina tabs past its last language, it
    folds, so the link that now has the focus is not hidden under it (it stayed open over the
    search button)."""
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{page.base_url}/ar/")
    page.locator(".language-switcher summary").focus()
    page.keyboard.press("Enter")
    expect(page.locator(".language-switcher ul")).to_be_visible()
    for _ in range(page.locator(".language-switcher a").count()):
        page.keyboard.press("Tab")
    expect(page.locator(".language-switcher ul")).to_be_visible()  # still among the languages
    page.keyboard.press("Tab")
    expect(page.locator(".language-switcher ul")).to_be_hidden()
    assert page.evaluate("document.activeElement.closest('.site-nav') !== null")
