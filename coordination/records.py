"""A service as one plain value: the fields a provider keeps, its terms and its languages.

Drafts hold this value, the review compares two of them, and publication writes one back onto the
live record. Translated fields are ``{language: text}`` objects, dates ISO strings.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from coordination import reach
from directory import translation_status
from directory.models import Attribute, Language, Service, TaxonomyTerm
from directory.translation import TranslatedText, language_name, listed

TRANSLATED_FIELDS = (
    "name",
    "alternate_name",
    "description",
    "eligibility_description",
    "application_process",
    "fees_description",
    "interpretation_services",
    "alert",
    "web_page",
)
PLAIN_FIELDS = (
    "url",
    "email",
    "status",
    "finnish_level",
    "funding_type",
    "funding_ends",
    "minimum_age",
    "maximum_age",
    "integration_plan_required",
    "cost",
    "interpretation",
)
TERM_TAXONOMIES = ("aim", "target-group", "need", "challenge")
# Keys whose records live outside the service's own row (so its history rows lack them).
OUTSIDE_RECORD = ("terms", "languages", *reach.KEYS)
FIELDS = TRANSLATED_FIELDS + PLAIN_FIELDS + OUTSIDE_RECORD
# What a translator said each new translation is ({field: {language: status}}): carried by the
# draft beside the fields, not a field itself, and applied to the texts on publication.
TRANSLATION_STATUS_KEY = "translation_status"


def snapshot(service: Service) -> dict:
    """The service as a draft stores it."""
    data = {name: TranslatedText(getattr(service, name)).as_dict() for name in TRANSLATED_FIELDS}
    for name in PLAIN_FIELDS:
        value = getattr(service, name)
        if isinstance(value, datetime.date):
            value = value.isoformat()
        data[name] = value
    data["terms"] = terms_of(service) if service.pk else {code: [] for code in TERM_TAXONOMIES}
    data["languages"] = sorted(service.language_codes()) if service.pk else []
    data.update(reach.snapshot(service))
    return data


def terms_of(service: Service) -> dict[str, list[str]]:
    terms = {code: [] for code in TERM_TAXONOMIES}
    attributes = Attribute.objects.filter(
        content_type=ContentType.objects.get_for_model(Service), link_id=service.pk
    ).select_related("taxonomy_term__taxonomy")
    for attribute in attributes:
        taxonomy = attribute.taxonomy_term.taxonomy
        if taxonomy and taxonomy.code in terms:
            terms[taxonomy.code].append(attribute.taxonomy_term.code)
    return {code: sorted(codes) for code, codes in terms.items()}


def normalise(data: dict) -> dict:
    """Fill in what an older or partial value lacks, so two values always compare field by
    field."""
    result = {}
    for name in TRANSLATED_FIELDS:
        result[name] = TranslatedText(data.get(name)).as_dict()
    for name in PLAIN_FIELDS:
        result[name] = data.get(name)
    terms = data.get("terms") or {}
    result["terms"] = {code: sorted(terms.get(code) or []) for code in TERM_TAXONOMIES}
    result["languages"] = sorted(data.get("languages") or [])
    result.update(reach.normalise(data))
    statuses = data.get(TRANSLATION_STATUS_KEY) or {}
    result[TRANSLATION_STATUS_KEY] = {
        name: dict(statuses[name])
        for name in TRANSLATED_FIELDS
        if isinstance(statuses.get(name), dict) and statuses[name]
    }
    return result


def changed_fields(old: dict, new: dict) -> list[str]:
    old, new = normalise(old), normalise(new)
    return [name for name in FIELDS if old[name] != new[name]]


def assign(service: Service, data: dict) -> Service:
    """Set a value's fields on a record in memory: nothing is saved or checked."""
    data = normalise(data)
    for name in TRANSLATED_FIELDS:
        setattr(service, name, TranslatedText(data[name]))
    for name in PLAIN_FIELDS:
        value = data[name]
        if name == "funding_ends" and value:
            value = datetime.date.fromisoformat(str(value))
        if name in ("url", "email", "finnish_level", "cost", "interpretation") and value is None:
            value = ""
        if name == "integration_plan_required":
            value = bool(value)
        setattr(service, name, value)
    return service


def validate(service: Service, data: dict):
    """Raise ValidationError when the value would not make a valid record."""
    assign(service, data)
    errors = {}
    try:
        service.full_clean(exclude=["organization", "program"])
    except ValidationError as error:
        errors.update(error.message_dict)
    for code, page in normalise(data)["web_page"].items():
        problem = reach.url_problem(page)
        if problem:
            errors.setdefault("web_page", []).append(f"{code}: {problem}")
    try:
        reach.validate(data)
    except ValidationError as error:
        errors.update(error.message_dict)
    if errors:
        raise ValidationError(errors)
    known = set(
        TaxonomyTerm.objects.filter(taxonomy__code__in=TERM_TAXONOMIES).values_list(
            "taxonomy__code", "code"
        )
    )
    for taxonomy_code, codes in normalise(data)["terms"].items():
        unknown = [code for code in codes if (taxonomy_code, code) not in known]
        if unknown:
            raise ValidationError({"terms": _("Unknown terms: %s") % ", ".join(unknown)})


def apply(service: Service, data: dict) -> Service:
    """Write a value onto the live record (validated; the caller holds the transaction)."""
    validate(service, data)
    data = normalise(data)
    for name, languages in data[TRANSLATION_STATUS_KEY].items():
        for language, status in languages.items():
            if data[name].get(language) and status in translation_status.Status.values:
                translation_status.mark(service, name, language, status)
    service.save()
    _set_terms(service, data["terms"])
    _set_languages(service, data["languages"])
    reach.apply(service, data)
    return service


def field_label(name: str) -> str:
    if name == "terms" or name.startswith("terms:"):
        code = name.partition(":")[2]
        names = {
            "aim": _("Aims"),
            "target-group": _("Target groups"),
            "need": _("Needs"),
            "challenge": _("Challenges addressed"),
        }
        return names.get(code, _("Terms"))
    if name == "languages":
        return _("Languages offered")
    labels = {
        "locations": _("Places"),
        "phones": _("Phones"),
        "contacts": _("Contact people"),
        "schedules": _("Opening hours"),
        "cost_options": _("Prices"),
    }
    if name in labels:
        return labels[name]
    return capfirst(Service._meta.get_field(name).verbose_name)


def _set_terms(service: Service, wanted: dict[str, list[str]]):
    content_type = ContentType.objects.get_for_model(Service)
    existing = Attribute.objects.filter(content_type=content_type, link_id=service.pk).filter(
        taxonomy_term__taxonomy__code__in=TERM_TAXONOMIES
    )
    terms = {
        (term.taxonomy.code, term.code): term
        for term in TaxonomyTerm.objects.filter(taxonomy__code__in=TERM_TAXONOMIES).select_related(
            "taxonomy"
        )
    }
    wanted_ids = set()
    for taxonomy_code, codes in wanted.items():
        for code in codes:
            term = terms.get((taxonomy_code, code))
            if term is not None:
                wanted_ids.add(term.pk)
    existing.exclude(taxonomy_term_id__in=wanted_ids).delete()
    have = set(existing.values_list("taxonomy_term_id", flat=True))
    Attribute.objects.bulk_create(
        Attribute(content_type=content_type, link_id=service.pk, taxonomy_term_id=term_id)
        for term_id in wanted_ids - have
    )


def _set_languages(service: Service, codes: list[str]):
    service.languages.exclude(code__in=codes).delete()
    have = set(service.languages.values_list("code", flat=True))
    for code in codes:
        if code not in have:
            Language.objects.create(service=service, code=code, name=language_name(code))


@dataclass(frozen=True)
class Difference:
    """One row of the side-by-side review: a field (and for translated text, a language)."""

    field: str
    language: str
    before: str
    after: str

    @property
    def changed(self) -> bool:
        return self.before != self.after


def differences(old: dict, new: dict, *, only_changed: bool = False) -> list[Difference]:
    old, new = normalise(old), normalise(new)
    places = reach.place_names(old, new)
    rows = []
    for name in FIELDS:
        if name in TRANSLATED_FIELDS:
            languages = list(dict.fromkeys([*old[name], *new[name]]))
            for code in languages:
                rows.append(
                    Difference(name, code, old[name].get(code, ""), new[name].get(code, ""))
                )
        elif name == "terms":
            names = _term_names(old["terms"], new["terms"])
            for code in TERM_TAXONOMIES:
                before, after = (
                    [names.get((code, t), t) for t in v["terms"][code]] for v in (old, new)
                )
                rows.append(Difference(f"terms:{code}", "", listed(before), listed(after)))
        elif name == "languages":
            before, after = (listed(map(language_name, v[name])) for v in (old, new))
            rows.append(Difference(name, "", before, after))
        elif name in reach.KEYS:
            before = reach.describe(name, old[name], places)
            rows.append(Difference(name, "", before, reach.describe(name, new[name], places)))
        else:
            before, after = (reach.readable(Service, name, v[name]) for v in (old, new))
            rows.append(Difference(name, "", before, after))
    if only_changed:
        rows = [row for row in rows if row.changed]
    return rows


def _term_names(*values: dict) -> dict[tuple[str, str], str]:
    """(taxonomy, code) → the term's name in the reader's language, for the codes compared."""
    codes = {code for value in values for listed in value.values() for code in listed}
    terms = TaxonomyTerm.objects.filter(code__in=codes).select_related("taxonomy")
    return {(term.taxonomy.code, term.code): str(term.name) for term in terms if term.taxonomy}
