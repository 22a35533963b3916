"""Loads the policy-learning demo (learning.demo.swot and learning.demo.content). Called by the
directory's demo loader after the regions, taxonomies and services exist; safe to run again:
records are found by their natural keys and updated in place."""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from directory.models import Organization, Region, Service, TaxonomyTerm
from directory.translation import TranslatedText
from learning.demo import content, swot
from learning.ecosystem import snapshot
from learning.models import (
    AgendaItem,
    BaselineStudy,
    GoodPractice,
    Indicator,
    Measurement,
    Meeting,
    PeerReview,
    PolicyChange,
    PolicyInstrument,
    PolicyInstrumentVersion,
    Recommendation,
    Response,
    Stakeholder,
    SwotItem,
    ThematicSeminar,
)

HOME = "jyvaskyla"
DEMO = {"is_demo_data": True}


@dataclass
class Summary:
    swot_items: int = 0
    practices: int = 0
    stakeholders: int = 0


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


def _terms(taxonomy, codes):
    return list(TaxonomyTerm.objects.filter(taxonomy__code=taxonomy, code__in=codes))


def _instrument(region):
    data = content.INSTRUMENT
    instrument, _ = PolicyInstrument.objects.update_or_create(
        region=region,
        is_demo_data=True,
        defaults={
            "name": TranslatedText(data["name"]),
            "legal_basis": TranslatedText(data["legal_basis"]),
            "approved_by": TranslatedText(data["approved_by"]),
            "review_interval_years": data["review_interval_years"],
            "description": TranslatedText(data["description"]),
        },
    )
    instrument.challenges.set(_terms("challenge", data["challenges"]))
    version = data["version"]
    PolicyInstrumentVersion.objects.update_or_create(
        instrument=instrument,
        label=version["label"],
        defaults={
            "valid_from": _date(version["valid_from"]),
            "valid_to": _date(version["valid_to"]),
            "summary": TranslatedText(version["summary"]),
            **DEMO,
        },
    )
    return instrument


def _stakeholders(region, summary):
    members = {}
    for key, sector in content.STAKEHOLDERS:
        organization = Organization.objects.filter(pk__in=_organization_ids([key])).first()
        if organization is None:
            continue
        member, _ = Stakeholder.objects.update_or_create(
            region=region,
            name=organization.name.get("en").text,
            defaults={"organization": organization, "sector": sector, **DEMO},
        )
        members[key] = member
        summary.stakeholders += 1
    meeting, _ = Meeting.objects.update_or_create(
        region=region,
        date=_date(content.MEETING["date"]),
        place=content.MEETING["place"],
        defaults={
            "topics": TranslatedText(content.MEETING["topics"]),
            "decisions": TranslatedText(content.MEETING["decisions"]),
            **DEMO,
        },
    )
    meeting.participants.set(members.values())
    return members


def _organization_ids(keys):
    from directory.demo.loader import demo_uuid

    return [demo_uuid("organization", key) for key in keys]


def _service_ids(keys):
    from directory.demo.loader import demo_uuid

    return [demo_uuid("service", key) for key in keys]


def _baseline(region, summary):
    study, _ = BaselineStudy.objects.update_or_create(
        region=region,
        defaults={
            "title": TranslatedText(content.BASELINE["title"]),
            "summary": TranslatedText(content.BASELINE["summary"]),
            "methodology": TranslatedText(content.BASELINE["methodology"]),
            **DEMO,
        },
    )
    for quadrant, items in swot.QUADRANTS.items():
        for position, (english, finnish) in enumerate(items):
            item, _ = SwotItem.objects.update_or_create(
                study=study,
                quadrant=quadrant,
                position=position,
                defaults={"text": TranslatedText({"en": english, "fi": finnish}), **DEMO},
            )
            item.challenges.set(
                _terms("challenge", swot.CHALLENGE_LINKS.get((quadrant, position), []))
            )
            item.services.set(
                Service.objects.filter(
                    pk__in=_service_ids(swot.SERVICE_LINKS.get((quadrant, position), []))
                )
            )
            summary.swot_items += 1
        study.swot_items.filter(quadrant=quadrant, position__gte=len(items)).delete()
    # Published as presented on 2 April 2025, with the ecosystem as the directory has it now.
    study.status = BaselineStudy.Status.PUBLISHED
    study.published_on = _date(content.BASELINE["published_on"])
    study.snapshot = snapshot(region)
    study.save(update_fields=["status", "published_on", "snapshot", "modified"])
    return study


def _practices(regions, summary):
    practices = {}
    now = timezone.now()
    for data in content.PRACTICES:
        region = regions.get(data["region"])
        if region is None:
            continue
        theme = _terms("aim", [data["theme"]])
        practice, _ = GoodPractice.objects.update_or_create(
            slug=data["slug"],
            defaults={
                "region": region,
                "title": TranslatedText(data["title"]),
                "main_institution": data["main_institution"],
                "location": data["location"],
                "start_date": _date(data.get("start_date")),
                "theme": theme[0] if theme else None,
                "challenge_addressed": TranslatedText(data["challenge_addressed"]),
                "description": TranslatedText(data["description"]),
                "evidence_of_success": TranslatedText(data["evidence_of_success"]),
                "potential_for_transfer": TranslatedText(data["potential_for_transfer"]),
                "status": GoodPractice.Status.VALIDATED,
                "validated_at": now,
                **DEMO,
            },
        )
        practice.challenges.set(_terms("challenge", data["challenges"]))
        practices[data["slug"]] = practice
        summary.practices += 1
    return practices


def _seminar(regions, practices):
    data = content.SEMINAR
    seminar, _ = ThematicSeminar.objects.update_or_create(
        number=data["number"],
        defaults={
            "region": regions[data["region"]],
            "title": TranslatedText(data["title"]),
            "theme": TranslatedText(data["theme"]),
            "date": _date(data["date"]),
            "place": data["place"],
            "programme": TranslatedText(data["programme"]),
            "learnings": TranslatedText(data["learnings"]),
            **DEMO,
        },
    )
    seminar.participating_regions.set(
        [regions[key] for key in data["participating_regions"] if key in regions]
    )
    seminar.practices_presented.set(
        [practices[key] for key in data["practices_presented"] if key in practices]
    )


def _peer_review(region, regions, members, instrument):
    data = content.PEER_REVIEW
    review, _ = PeerReview.objects.update_or_create(
        region=region,
        starts_on=_date(data["starts_on"]),
        defaults={
            "title": TranslatedText(data["title"]),
            "focus": TranslatedText(data["focus"]),
            "observations": TranslatedText(data["observations"]),
            "closing_event": TranslatedText(data["closing_event"]),
            "status": PeerReview.Status.HELD,
            **DEMO,
        },
    )
    visitors = [regions[key] for key in data["visitors"] if key in regions]
    review.visitors.set(visitors)
    review.agenda.all().delete()
    for day, starts_at, kind, title, stakeholder_keys in data["agenda"]:
        item = AgendaItem.objects.create(
            review=review,
            day=day,
            starts_at=datetime.time.fromisoformat(starts_at),
            kind=kind,
            title=TranslatedText(title),
            **DEMO,
        )
        item.stakeholders.set([members[key] for key in stakeholder_keys if key in members])
    for position, entry in enumerate(data["recommendations"]):
        recommendation, _ = Recommendation.objects.update_or_create(
            region=region,
            peer_review=review,
            position=position,
            defaults={"text": TranslatedText(entry["text"]), **DEMO},
        )
        recommendation.given_by.set(visitors)
        answer = entry["response"]
        response, _ = Response.objects.update_or_create(
            recommendation=recommendation,
            defaults={
                "decision": answer["decision"],
                "reasons": TranslatedText(answer["reasons"]),
                "decided_on": _date(answer["decided_on"]),
                "decided_by": answer["decided_by"],
                **DEMO,
            },
        )
        if "change" in entry:
            _change(instrument, response, entry["change"])


def _change(instrument, response, data):
    change, _ = PolicyChange.objects.update_or_create(
        instrument=instrument,
        response=response,
        defaults={
            "what": TranslatedText(data["what"]),
            "decided_on": _date(data["decided_on"]),
            "decided_by": data["decided_by"],
            **DEMO,
        },
    )
    spec = data["indicator"]
    indicator, _ = Indicator.objects.update_or_create(
        policy_change=change,
        defaults={
            "name": TranslatedText(spec["name"]),
            "unit": spec["unit"],
            "baseline_value": spec["baseline_value"],
            "target_value": spec["target_value"],
            **DEMO,
        },
    )
    # The measured value is counted from the directory, not typed in: the services the
    # one-stop shop lists today.
    Measurement.objects.update_or_create(
        indicator=indicator,
        measured_on=_date(data["decided_on"]) + datetime.timedelta(days=14),
        defaults={
            "value": Service.objects.published().in_region(instrument.region).count(),
            **DEMO,
        },
    )


@transaction.atomic
def load_learning_demo() -> Summary:
    summary = Summary()
    regions = {region.slug: region for region in Region.objects.all()}
    home = regions[HOME]
    instrument = _instrument(home)
    members = _stakeholders(home, summary)
    _baseline(home, summary)
    practices = _practices(regions, summary)
    _seminar(regions, practices)
    _peer_review(home, regions, members, instrument)
    return summary
