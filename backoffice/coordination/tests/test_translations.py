"""The translator's pages: Eero translates Monikko ry's entry into Arabic beside the Finnish
source; Satu downloads the region's texts for a translator and imports the file back."""

from translate.storage.xliff2 import Xliff2File

from coordination.models import ServiceDraft
from directory.models import Service


def test_eero_sees_his_queue_and_translates_beside_the_source(client, network):
    client.force_login(network.eero)
    queue = client.get("/staff/regions/jyvaskyla/translations/?language=ar").content.decode()
    assert "Missing" in queue
    link = f"/staff/services/{network.service.pk}/translate/ar/"
    assert link in queue

    page = client.get(link).content.decode()
    assert '<div class="source-text" id="source-text-name" lang="fi" dir="ltr">' in page
    assert 'lang="ar" dir="rtl"' in page

    response = client.post(
        link,
        {"revision": "0", "name": "نادي اللغة الفنلندية", "description": "", "action": "submit"},
    )
    assert response.status_code == 302
    draft = ServiceDraft.objects.get(service=network.service)
    assert draft.state == ServiceDraft.State.IN_REVIEW
    assert draft.data["name"]["ar"] == "نادي اللغة الفنلندية"
    assert draft.data["translation_status"] == {"name": {"ar": "translated"}}


def test_an_outdated_form_is_refused_with_a_clear_message(client, network):
    client.force_login(network.eero)
    link = f"/staff/services/{network.service.pk}/translate/ar/"
    client.post(link, {"revision": "0", "name": "نادي", "action": "save"})
    response = client.post(link, {"revision": "0", "name": "نادي آخر", "action": "save"})
    assert response.status_code == 400
    assert "Someone else saved this draft" in response.content.decode()


def test_greta_may_not_open_monikkos_translation(client, network):
    client.force_login(network.greta)
    assert client.get(f"/staff/services/{network.service.pk}/translate/ar/").status_code == 403


def test_an_unknown_language_is_named_and_a_real_one_shown(client, network):
    client.force_login(network.eero)
    page = client.get("/staff/regions/jyvaskyla/translations/?language=klingon").content.decode()
    assert "“klingon” is not one of this site&#x27;s languages" in page


def test_satu_sends_the_texts_to_a_translator_and_imports_them_back(client, network):
    client.force_login(network.satu)
    response = client.get(
        "/staff/regions/jyvaskyla/translations/export/", {"language": "ar", "format": "xliff"}
    )
    assert response["Content-Disposition"] == 'attachment; filename="milestone-jyvaskyla-ar.xlf"'
    store = Xliff2File.parsestring(response.content)
    for unit in store.units:
        if unit.getid() == f"service/{network.service.pk}/name":
            unit.target = "نادي اللغة الفنلندية"
    upload = bytes(store)

    from django.core.files.uploadedfile import SimpleUploadedFile

    response = client.post(
        "/staff/regions/jyvaskyla/translations/import/",
        {"language": "ar", "file": SimpleUploadedFile("ar.xlf", upload)},
    )
    assert response.status_code == 302
    assert Service.objects.get(pk=network.service.pk).name.exact("ar") == "نادي اللغة الفنلندية"


def test_a_bad_file_is_refused_with_its_problems_listed(client, network):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(network.satu)
    response = client.post(
        "/staff/regions/jyvaskyla/translations/import/",
        {"language": "ar", "file": SimpleUploadedFile("ar.xlf", b"<broken")},
    )
    assert response.status_code == 400
    assert "Nothing was imported" in response.content.decode()


def test_only_the_coordinator_exchanges_files(client, network):
    client.force_login(network.eero)
    assert client.get("/staff/regions/jyvaskyla/translations/export/").status_code == 403


def test_the_dashboard_shows_coverage_per_language(client, network):
    client.force_login(network.satu)
    page = client.get("/staff/regions/jyvaskyla/").content.decode()
    assert "Readable in each language without fallback" in page
