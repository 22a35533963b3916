import datetime

import factory

from directory.tests.factories import RegionFactory
from directory.translation import TranslatedText
from learning import models


class PolicyInstrumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.PolicyInstrument

    region = factory.SubFactory(RegionFactory)
    name = TranslatedText({"en": "Integration programme"})


class StakeholderFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Stakeholder

    region = factory.SubFactory(RegionFactory)
    name = factory.Sequence(lambda n: f"Stakeholder organization {n}")
    sector = models.Stakeholder.Sector.THIRD_SECTOR


class BaselineStudyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.BaselineStudy

    region = factory.SubFactory(RegionFactory)
    title = TranslatedText({"en": "Baseline study"})


class SwotItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.SwotItem

    study = factory.SubFactory(BaselineStudyFactory)
    quadrant = models.SwotItem.Quadrant.WEAKNESS
    text = factory.Sequence(lambda n: TranslatedText({"en": f"Weakness {n}"}))


class GoodPracticeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.GoodPractice

    region = factory.SubFactory(RegionFactory)
    slug = factory.Sequence(lambda n: f"practice-{n}")
    title = factory.Sequence(lambda n: TranslatedText({"en": f"Practice {n}"}))
    main_institution = "A partner organisation"
    location = "Somewhere"
    challenge_addressed = TranslatedText({"en": "What the practice answers."})
    description = TranslatedText({"en": "What the practice does."})
    evidence_of_success = TranslatedText({"en": "How we know it works."})
    potential_for_transfer = TranslatedText({"en": "Who else could do it."})


class PeerReviewFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.PeerReview

    region = factory.SubFactory(RegionFactory)
    title = TranslatedText({"en": "Peer review"})
    starts_on = datetime.date(2025, 9, 23)


class AgendaItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.AgendaItem

    review = factory.SubFactory(PeerReviewFactory)
    day = 1
    starts_at = datetime.time(9, 0)
    kind = models.AgendaItem.Kind.VISIT
    title = TranslatedText({"en": "A visit"})


class RecommendationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Recommendation

    region = factory.SubFactory(RegionFactory)
    text = TranslatedText({"en": "Do this better."})


class ThematicSeminarFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.ThematicSeminar

    region = factory.SubFactory(RegionFactory)
    number = 1
    title = TranslatedText({"en": "Thematic seminar"})
    date = datetime.date(2024, 5, 15)
    place = "Naumburg"
