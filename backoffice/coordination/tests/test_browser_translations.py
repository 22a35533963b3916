"""In the browser: Eero opens the translators' queue, translates Monikko ry's entry into Arabic
beside the Finnish source and sends it for review. The queue and the workspace are axe-clean
with the staff pages in Finnish, English and Arabic."""

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from coordination.models import ServiceDraft
from coordination.tests.personas import PASSWORD
from milestone.testing import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, username, language):
    cache.clear()
    page.context.set_extra_http_headers({"Accept-Language": "en"})
    page.goto(page.base_url + "/staff/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()
    page.context.set_extra_http_headers({"Accept-Language": language})


@pytest.mark.parametrize("language", ["fi", "en", "ar"])
def test_eero_translates_into_arabic_beside_the_source(page, network, language):
    service = network.service
    service.description = service.description.with_text("fi", "Puhutaan suomea joka tiistai.")
    service.save()
    sign_in(page, "eero", language)

    page.goto(page.base_url + "/staff/regions/jyvaskyla/translations/?language=ar")
    assert page.locator("html").get_attribute("lang") == language
    assert_accessible(page)
    page.locator(f'a[href="/staff/services/{service.pk}/translate/ar/"]').first.click()

    expect(page.locator('.source-text[lang="fi"]').first).to_be_visible()
    assert page.locator('textarea[lang="ar"][dir="rtl"]').count() == 2
    assert_accessible(page)
    page.locator('textarea[name="name"]').fill("نادي اللغة الفنلندية")
    page.locator('button[value="submit"]').click()
    page.wait_for_load_state()
    draft = ServiceDraft.objects.get(service=service)
    assert draft.state == ServiceDraft.State.IN_REVIEW
    assert draft.data["name"]["ar"] == "نادي اللغة الفنلندية"
    assert_accessible(page)

    # English was made from the earlier Finnish text: the workspace shows what changed.
    page.goto(page.base_url + f"/staff/services/{service.pk}/translate/en/")
    assert page.locator(".source-changes ins").first.inner_text() == "suomea joka tiistai."
    assert_accessible(page)
