"""Phone first: every public page type fits the screen in all 13 languages from 320 px up (WCAG
1.4.10 Reflow, which axe does not check), the language menu included; on a phone the filters
fold behind one button so the first results are on the first screen; the path's link can be
copied with one tap and carried over by its QR code."""

import pytest
from django.conf import settings
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTHS = (320, 360, 768, 1280)
LANGUAGES = [code for code, _name in settings.LANGUAGES]
PATH = "?audience=resident&situation=student&finnish_level=none&goals=study&languages=en"

# Anything wider than the screen, or starting left of it, that a reader would have to scroll
# sideways to read. Visually hidden text (1 px, clipped) is left out.
OVERFLOWING = """(width) => {
  const out = [];
  for (const element of document.body.querySelectorAll("*")) {
    if (element.closest(".visually-hidden, .skip-link, [hidden]")) continue;
    // What a closed <details> folds away is not on the page (its summary is).
    const closed = element.closest("details:not([open])");
    const summary = element.closest("summary");
    if (closed && !(summary && summary.parentElement === closed)) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    if (box.right > width + 1 || box.left < -1) {
      out.push(element.tagName + "." + element.className + " " + Math.round(box.left) + "–"
        + Math.round(box.right));
    }
  }
  return out.slice(0, 5);
}"""

# Controls a thumb must hit: the header's links, the menu's languages, buttons and toggles.
SMALL_TARGETS = """() => {
  const out = [];
  const selector = ".site-nav a, .language-switcher summary, .language-switcher a, "
    + "button:not([hidden]), .filters__toggle";
  for (const element of document.querySelectorAll(selector)) {
    const box = element.getBoundingClientRect();
    if (box.width === 0) continue;
    if (box.height < 44 - 0.5) out.push(element.textContent.trim() + " " + box.height);
  }
  return out;
}"""


def page_types(world, calendar=None):
    return {
        "home": "/",
        "browse": "/services/?aim=labour-market",
        "service": f"/services/{world.course.pk}/",
        "organizations": "/organizations/",
        "organization": f"/organizations/{world.city.pk}/",
        "search": "/search/?q=Finnish",
        "navigator": "/navigator/",
        "path": "/navigator/result/" + PATH,
        "employer": "/navigator/?audience=employer",
        "employer path": "/navigator/result/?audience=employer&goals=hire",
        "calendar": "/events/",
        "event": f"/events/{calendar.course_evening.pk}/" if calendar else "/events/",
        "good practices": "/good-practices/",
        "accessibility": "/accessibility/",
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_fits_a_phone_in_every_language(browser, live_server, world, calendar, language):
    for width in WIDTHS:
        context = browser.new_context(viewport={"width": width, "height": 760})
        tab = context.new_page()
        try:
            for name, path in page_types(world, calendar).items():
                tab.goto(f"{live_server.url}/{language}{path}")
                where = f"{name} in {language} at {width} px"
                scroll_width = tab.evaluate("document.documentElement.scrollWidth")
                assert scroll_width <= width, f"{where} is {scroll_width} px wide"
                assert tab.evaluate(OVERFLOWING, width) == [], where
                if width <= 360:
                    assert tab.evaluate(SMALL_TARGETS) == [], where
            # The open language menu stays on the screen, whichever edge its button is at.
            tab.goto(f"{live_server.url}/{language}/")
            tab.locator(".language-switcher summary").click()
            menu = tab.locator(".language-switcher ul").bounding_box()
            assert menu["x"] >= 0 and menu["x"] + menu["width"] <= width, (language, width)
            assert tab.evaluate(OVERFLOWING, width) == [], f"open menu in {language} at {width}"
        finally:
            context.close()


@pytest.mark.parametrize("path", ["/services/", "/search/?q=Finnish"])
def test_on_a_phone_amina_sees_the_first_result_on_the_first_screen(
    browser, live_server, world, path
):
    context = browser.new_context(viewport={"width": 360, "height": 760}, is_mobile=True)
    tab = context.new_page()
    try:
        tab.goto(f"{live_server.url}/en{path}")
        toggle = tab.locator(".filters__toggle")
        expect(toggle).to_be_visible()
        assert not tab.locator("summary", has_text="Who it is for").is_visible(), "folded"
        first = tab.locator(".cards > li").first.bounding_box()
        assert first["y"] < 700, f"the first result starts {first['y']} px down"
        # One tap unfolds the filters.
        toggle.click()
        expect(tab.locator("summary", has_text="Who it is for")).to_be_visible()
    finally:
        context.close()


def test_the_toggle_counts_the_chosen_filters(mobile_page, world):
    mobile_page.goto(f"{mobile_page.base_url}/en/services/?aim=labour-market&group=employers")
    assert mobile_page.locator(".filters__toggle").inner_text().strip() == "Filter (2)"


def test_on_a_wide_screen_the_filters_stand_open_beside_the_results(page, world):
    page.goto(f"{page.base_url}/en/services/")
    expect(page.locator("summary", has_text="Who it is for")).to_be_visible()


def test_the_path_link_is_copied_with_one_tap_and_has_a_qr_code(browser, live_server, world):
    context = browser.new_context(viewport={"width": 360, "height": 760}, is_mobile=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    tab = context.new_page()
    try:
        tab.goto(f"{live_server.url}/en/navigator/result/{PATH}")
        link = tab.locator("#result-link").input_value()
        tab.get_by_role("button", name="Copy link").click()
        # The message comes when the clipboard's promise settles: wait for it (up to 5 s).
        expect(tab.get_by_role("status").filter(has_text="The link is copied")).to_be_visible()
        assert tab.evaluate("navigator.clipboard.readText()") == link
        qr = tab.get_by_role("img", name="QR code of the link to this path")
        expect(qr).to_be_visible()
        assert qr.bounding_box()["width"] >= 120, "big enough for a phone's camera"
    finally:
        context.close()


def test_without_javascript_the_link_is_still_there_to_select(browser, live_server, world):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    try:
        tab.goto(f"{live_server.url}/en/navigator/result/{PATH}")
        expect(tab.locator("#result-link")).to_be_visible()
        assert not tab.get_by_role("button", name="Copy link").is_visible()
    finally:
        context.close()


def test_the_site_has_an_icon_and_a_web_app_manifest(page, world):
    page.goto(f"{page.base_url}/en/")
    icon = page.locator("link[rel=icon]").get_attribute("href")
    manifest = page.locator("link[rel=manifest]").get_attribute("href")
    assert page.request.get(page.base_url + icon).ok
    response = page.request.get(page.base_url + manifest)
    assert response.json()["name"] == "MILEstone Hub"
    assert page.request.get(page.base_url + "/favicon.ico").ok
