"""Satu, the coordinator, sends the region's texts to a professional translator as XLIFF 2 or
PO and imports the translated file back: all or nothing, every problem named by its unit."""

import pytest
from django.core.exceptions import PermissionDenied
from translate.storage import po
from translate.storage.xliff2 import Xliff2File

from coordination import translation_files
from directory import translation_status
from directory.models import Service
from directory.translation import TranslatedText
from search.engine import search

pytestmark = pytest.mark.django_db

ARABIC_NAME = "نادي اللغة الفنلندية للمبتدئين"
ARABIC_DESCRIPTION = "نتحدث الفنلندية معًا كل أسبوع في المكتبة."


@pytest.fixture(autouse=True)
def _messages_in_english():
    """The stories quote the English wording of messages."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def club(network):
    service = network.service
    service.description = TranslatedText(
        {"fi": "Puhutaan suomea {day} – katso <b>ohjelma</b>.", "en": "We speak Finnish."}
    )
    service.save()
    return service


def _xliff(network, target="ar"):
    return translation_files.export(network.region, target, "xliff")


def _translate_xliff(data: bytes, texts: dict) -> bytes:
    store = Xliff2File.parsestring(data)
    for unit in store.units:
        for suffix, text in texts.items():
            if unit.getid().endswith(suffix):
                unit.target = text
                unit.xmlelement.set("state", "translated")
    return bytes(store)


def _import(network, data, name="ar.xlf", user=None, apply=True):
    return translation_files.import_file(
        user or network.satu, network.region, name, data, apply=apply
    )


def test_an_unchanged_file_changes_nothing(network, club):
    before = club.history.count()
    report = _import(network, translation_files.export(network.region, "en", "xliff"), "en.xlf")
    assert report.ok
    assert report.totals().created == report.totals().updated == 0
    assert Service.objects.get(pk=club.pk).history.count() == before


def test_the_xliff_file_is_xliff_2_with_the_source_markup_kept_as_text(network, club):
    data = _xliff(network).decode()
    assert 'version="2.0"' in data and 'srcLang="fi"' in data and 'trgLang="ar"' in data
    assert "&lt;b&gt;ohjelma&lt;/b&gt;" in data
    assert f'<unit id="service/{club.pk}/name">' in data


def test_a_translated_file_adds_the_texts_as_translated_and_search_finds_them(network, club):
    data = _translate_xliff(
        _xliff(network),
        {
            f"{club.pk}/name": ARABIC_NAME,
            f"{club.pk}/description": "نتحدث الفنلندية {day} – انظر <b>البرنامج</b>.",
        },
    )
    report = _import(network, data)

    assert report.ok, report.errors
    assert report.totals().created == 2
    service = Service.objects.get(pk=club.pk)
    assert service.name.exact("ar") == ARABIC_NAME
    assert translation_status.status_of(service, "name", "ar") == "translated"
    assert translation_status.state_for(service, "name", "ar").updated_by == network.satu
    assert ARABIC_NAME in [str(h.service.name.get("ar")) for h in search(ARABIC_NAME).hits]


def test_po_goes_out_and_comes_back_the_same_way(network, club):
    store = po.pofile.parsestring(translation_files.export(network.region, "so", "po"))
    assert store.parseheader()["Language"] == "so"
    for unit in store.units:
        if unit.getcontext() == f"service/{club.pk}/name":
            unit.target = "Naadiga luqadda Finnishka"
    report = _import(network, bytes(store), "so.po")
    assert report.ok, report.errors
    assert Service.objects.get(pk=club.pk).name.exact("so") == "Naadiga luqadda Finnishka"


def test_a_unit_made_for_an_older_source_is_rejected_and_nothing_is_written(network, club):
    data = _translate_xliff(
        _xliff(network),
        {
            f"{club.pk}/name": ARABIC_NAME,
            f"{club.pk}/description": ARABIC_DESCRIPTION + " {day} <b>x</b>",
        },
    )
    club.name = club.name.with_text("fi", "Suomen kielen kerho aloittelijoille")
    club.save()

    report = _import(network, data)

    assert not report.ok
    (problem,) = report.errors
    assert problem.column == f"service/{club.pk}/name"
    assert "older version of the source text" in problem.message
    # All or nothing: the description's good translation was not written either.
    assert not Service.objects.get(pk=club.pk).description.exact("ar")


def test_lost_placeholders_or_markup_are_named_for_the_unit(network, club):
    data = _translate_xliff(_xliff(network), {f"{club.pk}/description": ARABIC_DESCRIPTION})
    report = _import(network, data)
    assert [p.column for p in report.errors] == [f"service/{club.pk}/description"]
    assert "{day}" in report.errors[0].message and "<b>" in report.errors[0].message


def test_a_stale_translation_goes_out_as_needing_work(network, club):
    club.name = club.name.with_text("fi", "Uusi nimi")
    club.save()
    store = Xliff2File.parsestring(translation_files.export(network.region, "en", "xliff"))
    (unit,) = [u for u in store.units if u.getid() == f"service/{club.pk}/name"]
    assert (unit.source, unit.target, unit.xmlelement.get("state")) == (
        "Uusi nimi",
        "Finnish club",
        "initial",
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<notxml", "not an XLIFF 2 file"),
        (b"<?xml version='1.0'?><xliff version='1.2'/>", "XLIFF 1.x"),
        (b'msgid "x\n', "neither an XLIFF 2 nor a PO file"),
        (
            b'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fi" '
            b'trgLang="xx"><file id="milestone-jyvaskyla"/></xliff>',
            "target language",
        ),
        (
            b'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fi" '
            b'trgLang="ar"><file id="milestone-linkoping"/></xliff>',
            "region",
        ),
    ],
)
def test_a_broken_file_is_rejected_as_a_whole_with_the_reason(network, club, data, message):
    report = _import(network, data)
    assert not report.ok
    assert message in report.errors[0].message
    assert report.errors[0].file == "ar.xlf"


def test_unknown_and_repeated_units_are_named(network, club):
    data = _xliff(network).decode()
    data = data.replace(
        f'id="service/{club.pk}/name"', 'id="service/00000000-0000-0000-0000-000000000000/name"'
    )
    data = _translate_xliff(data.encode(), {"0000/name": "x"})
    report = _import(network, data)
    assert any("unknown" in p.message for p in report.errors)


def test_only_the_coordinator_may_import(network, club):
    with pytest.raises(PermissionDenied):
        _import(network, _xliff(network), user=network.eero)
