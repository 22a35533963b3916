"""Fixtures shared by every app's tests. Apps add their own personas in their conftest.py."""

import pytest

from milestone.testing import CHROMIUM, CHROMIUM_ARGS


@pytest.fixture(autouse=True)
def default_language():
    """Every test starts in the site's default language: a request made through the test client
    leaves its language active in the thread, which would make tests depend on their order."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with an empty cache: a page or list kept by one test must not answer
    another's (with a frozen clock two tests' data can have the same stamp). Only the
    in-process cache: a shared Redis is cleared by no test, the parallel workers' keys are kept
    apart by their prefix. Search's values kept under a stamp (search.stamp) go too."""
    from django.core.cache import caches
    from django.core.cache.backends.locmem import LocMemCache

    from search import stamp

    for alias in ("default", "pages"):
        if isinstance(caches[alias], LocMemCache):
            caches[alias].clear()
    stamp.forget()


@pytest.fixture
def demo_data(db):
    """The Jyväskylä ecosystem from the source document, as `make run` loads it."""
    from demodata.loading import load_directory_demo
    from directory.models import Region

    load_directory_demo()

    return Region.objects.get(slug="jyvaskyla")


@pytest.fixture(scope="module")
def demo_data_once(django_db_setup, django_db_blocker):
    """The demo data, loaded once for a module and rolled back after it: loading and indexing
    it takes seconds. Each test's own writes are rolled back after the test, as usual."""
    from django.db import transaction

    from demodata.loading import load_directory_demo

    with django_db_blocker.unblock(), transaction.atomic():
        load_directory_demo()
        yield
        transaction.set_rollback(True)


# --- Browser tests -------------------------------------------------------------------------
# Debian's Chromium, driven by Playwright; never a downloaded browser (milestone.testing).


@pytest.fixture(scope="session")
def browser():
    import os

    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: install the Debian package chromium (.ci/run does).")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    """A fresh browser tab at 1280 px; `page.base_url` is the live server's address."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.base_url = live_server.url
    yield tab
    context.close()


@pytest.fixture
def mobile_page(browser, live_server):
    """A fresh browser tab 360 px wide, the narrowest the site is designed for."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    tab = context.new_page()
    tab.base_url = live_server.url
    yield tab
    context.close()
