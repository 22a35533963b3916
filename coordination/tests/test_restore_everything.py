"""Satu restores the version of Monikko's club from before it was offered in Arabic: the Arabic
text goes, and so does "offered in Arabic", so the navigator no longer ranks it for Arabic
speakers because of a language it no longer offers."""

from coordination import workflow
from directory.models import Service


def _add_arabic(network):
    draft = workflow.start_draft(network.eero, network.service)
    data = dict(draft.data)
    data["description"] = {**data["description"], "ar": "نتحدث الفنلندية."}
    data["languages"] = sorted({*data["languages"], "ar"})
    data["terms"] = {**data["terms"], "aim": ["finnish-language", "labour-market"]}
    workflow.save_draft(network.eero, draft, data, draft.revision)
    workflow.submit(network.eero, draft)
    workflow.publish(network.satu, draft)


def test_restoring_the_version_before_arabic_removes_the_text_and_the_language(network):
    first = network.service.history.earliest().history_id
    _add_arabic(network)
    service = Service.objects.get(pk=network.service.pk)
    assert "ar" in service.language_codes()
    latest = service.history.latest().history_id
    workflow.restore(network.satu, service, first, latest)
    service = Service.objects.get(pk=network.service.pk)
    assert service.description.exact("ar") in (None, "")
    assert "ar" not in service.language_codes()
    terms = {a.taxonomy_term.code for a in service.attributes.all()}
    assert "labour-market" not in terms
