"""Every staff form, walked: each visible label starts with a capital letter in every language
the staff pages speak, no choice of several needs Ctrl-click (checkbox lists instead), and a
form laid out in sections shows every field. A new form or field that breaks a rule fails here."""

import importlib
import inspect
import pkgutil

import pytest
from django import forms
from django.conf import settings
from django.utils import translation

import backoffice
from directory.translation import TranslatedTextWidget


def staff_form_classes():
    classes = {}
    for module_info in pkgutil.walk_packages(backoffice.__path__, "backoffice."):
        if ".tests" in module_info.name or not module_info.name.endswith("forms"):
            continue
        module = importlib.import_module(module_info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, forms.BaseForm) and cls.__module__ == module.__name__:
                classes[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return classes


FORMS = staff_form_classes()


def visible_labels(form_class):
    for name, field in form_class.base_fields.items():
        if field.widget.is_hidden or name in ("DELETE", "ORDER"):
            continue
        yield name, str(field.label if field.label is not None else forms.forms.pretty_name(name))
        if isinstance(field.widget, TranslatedTextWidget):
            context = field.widget.get_context(name, None, {"id": f"id_{name}"})
            for sub in context["widget"]["subwidgets"]:
                yield f"{name} ({sub['language_code']})", str(sub["language_name"])


def is_sentence_case(label: str) -> bool:
    first = next((character for character in label if character.isalpha()), "")
    return not first or not first.islower()


def test_the_walk_finds_the_staff_forms():
    assert "backoffice.learning.forms.SwotItemForm" in FORMS
    assert "backoffice.coordination.translation_forms.TranslationForm" in FORMS
    assert len(FORMS) > 25


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_every_staff_label_starts_with_a_capital_letter(language):
    with translation.override(language):
        lowercase = [
            f"{path}.{name}: {label!r}"
            for path, form_class in FORMS.items()
            for name, label in visible_labels(form_class)
            if not is_sentence_case(label)
        ]
    assert lowercase == []


def test_no_staff_form_needs_ctrl_click():
    multi_selects = [
        f"{path}.{name}"
        for path, form_class in FORMS.items()
        for name, field in form_class.base_fields.items()
        if isinstance(field.widget, forms.SelectMultiple)
        and not isinstance(field.widget, forms.CheckboxSelectMultiple)
    ]
    assert multi_selects == []


def test_a_form_in_sections_leaves_no_field_out():
    for path, form_class in FORMS.items():
        sections = getattr(form_class, "section_fields", ())
        if not sections:
            continue
        placed = [name for _heading, names in sections for name in names]
        visible = [n for n, f in form_class.base_fields.items() if not f.widget.is_hidden]
        assert sorted(placed) == sorted(visible), path


@pytest.mark.parametrize("language", ["en", "fi", "uk"])
def test_the_service_field_names_made_at_run_time_start_with_a_capital_letter(language):
    """The service form and the translator's page label their fields with these."""
    from coordination import records

    names = [*records.TRANSLATED_FIELDS, *records.PLAIN_FIELDS, "terms:aim", "languages"]
    with translation.override(language):
        labels = {name: str(records.field_label(name)) for name in names}
    assert {name: label for name, label in labels.items() if not is_sentence_case(label)} == {}
