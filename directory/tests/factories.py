import factory

from directory import models
from directory.translation import TranslatedText


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Region
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"region-{n}")
    name = factory.LazyAttribute(lambda o: TranslatedText({"en": f"Region {o.slug}"}))
    partner_organization = "A partner organisation"
    country = "FI"
    languages = ["fi", "sv", "en"]


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Organization

    region = factory.SubFactory(RegionFactory)
    name = factory.Sequence(lambda n: TranslatedText({"fi": f"Järjestö {n}", "en": f"Org {n}"}))
    description = TranslatedText({"fi": "Kuvaus", "en": "Description"})
    kind = models.Organization.Kind.NGO


class ServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Service

    organization = factory.SubFactory(OrganizationFactory)
    name = factory.Sequence(lambda n: TranslatedText({"fi": f"Palvelu {n}", "en": f"Service {n}"}))
    description = TranslatedText({"fi": "Palvelun kuvaus.", "en": "What the service does."})
    publication_status = models.Service.Publication.PUBLISHED


class TaxonomyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Taxonomy
        django_get_or_create = ["code"]

    code = factory.Sequence(lambda n: f"taxonomy-{n}")
    name = factory.LazyAttribute(lambda o: TranslatedText({"en": o.code}))


class TaxonomyTermFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.TaxonomyTerm

    taxonomy = factory.SubFactory(TaxonomyFactory)
    code = factory.Sequence(lambda n: f"term-{n}")
    name = factory.LazyAttribute(lambda o: TranslatedText({"en": o.code}))


class LanguageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Language

    service = factory.SubFactory(ServiceFactory)
    code = "en"
    name = "English"


def tag(record, term):
    """Attach a taxonomy term to any record, as HSDS attributes do."""
    from django.contrib.contenttypes.models import ContentType

    return models.Attribute.objects.create(
        content_type=ContentType.objects.get_for_model(record),
        link_id=record.pk,
        taxonomy_term=term,
    )
