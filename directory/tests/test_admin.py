"""Kaisa, the network coordinator, keeps entries right in the staff back-office (Django admin):
she finds a service by its Finnish name and adds its Arabic name, one input per language."""

import pytest
from django.contrib.auth import get_user_model

from directory.models import Service
from directory.tests.factories import ServiceFactory, TaxonomyTermFactory, tag

pytestmark = pytest.mark.django_db


@pytest.fixture
def kaisa(client):
    user = get_user_model().objects.create_superuser("kaisa", "kaisa@example.org", "pw-kaisa-1")
    client.force_login(user)
    return client


def test_kaisa_finds_a_service_by_any_language(kaisa):
    ServiceFactory(name={"fi": "Jutuklubi Jyväskylä", "en": "Open Finnish practice club"})
    ServiceFactory(name={"fi": "Aikuislukio", "en": "Adult High School"})
    response = kaisa.get("/admin/directory/service/", {"q": "jutuklubi"})
    assert response.status_code == 200
    assert b"Jutuklubi" in response.content
    assert b"Aikuislukio" not in response.content


def test_kaisa_filters_services_by_aim(kaisa):
    term = TaxonomyTermFactory(taxonomy__code="aim", code="community")
    tagged = ServiceFactory(name={"en": "Friend Family Program"})
    ServiceFactory(name={"en": "Adult High School"})
    tag(tagged, term)
    response = kaisa.get("/admin/directory/service/", {"aim": "community"})
    assert b"Friend Family Program" in response.content
    assert b"Adult High School" not in response.content


def test_the_edit_form_has_one_input_per_language_with_its_direction(kaisa):
    service = ServiceFactory()
    response = kaisa.get(f"/admin/directory/service/{service.pk}/change/")
    html = response.content.decode()
    for code in ["fi", "sv", "en", "ar", "so", "fa", "zh-hans"]:
        assert f'name="name_{code}"' in html
    assert 'lang="ar" dir="rtl"' in html


def test_kaisa_adds_an_arabic_name_without_losing_the_finnish_one(kaisa):
    service = ServiceFactory(name={"fi": "Nuorisopalvelut", "en": "Youth services"})
    form = kaisa.get(f"/admin/directory/service/{service.pk}/change/").context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        widget_data = (
            field.widget.format_value(value) if hasattr(field.widget, "format_value") else value
        )
        if hasattr(field.widget, "widgets_names"):
            for suffix, part in zip(
                field.widget.widgets_names, field.widget.decompress(value), strict=True
            ):
                data[name + suffix] = part or ""
        elif value is not None and widget_data is not None:
            data[name] = widget_data if not isinstance(value, bool) else ("on" if value else "")
    data["name_ar"] = "خدمات الشباب"
    for prefix in ["languages", "cost_options", "service_at_locations", "schedules"]:
        data.update({f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0})
    data.update(
        {
            "directory-attribute-content_type-link_id-TOTAL_FORMS": 0,
            "directory-attribute-content_type-link_id-INITIAL_FORMS": 0,
        }
    )
    response = kaisa.post(f"/admin/directory/service/{service.pk}/change/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    service = Service.objects.get(pk=service.pk)
    assert service.name.exact("ar") == "خدمات الشباب"
    assert service.name.exact("fi") == "Nuorisopalvelut"
