"""What the reports show, gathered in the report's language."""

from django.utils import timezone
from django.utils.translation import gettext as _

from directory.templatetags.translated import language_name
from directory.translation import TranslatedText
from learning.ecosystem import provider_type_label, study_snapshot
from learning.models import SwotItem
from learning.reports.charts import bar_chart, swot_counts


def _term_rows(rows, language):
    return [(TranslatedText(row["name"]).get(language).text, row["count"]) for row in rows]


def baseline_context(study, language) -> dict:
    region = study.region
    snapshot = study_snapshot(study)
    items = list(
        study.swot_items.prefetch_related("services", "challenges").order_by("position", "id")
    )
    quadrants = [
        {"code": code, "label": label, "items": [item for item in items if item.quadrant == code]}
        for code, label in SwotItem.Quadrant.choices
    ]
    plural = {"S": _("Strengths"), "W": _("Weaknesses"), "O": _("Opportunities"), "T": _("Threats")}
    for quadrant in quadrants:
        quadrant["title"] = plural[quadrant["code"]]
    charts = {
        "aims": bar_chart(_term_rows(snapshot["by_aim"], language), title=_("Services by aim")),
        "target_groups": bar_chart(
            [row for row in _term_rows(snapshot["by_target_group"], language) if row[1]],
            title=_("Services by target group"),
            colour=1,
        ),
        "languages": bar_chart(
            [(language_name(row["code"]), row["count"]) for row in snapshot["by_language"]],
            title=_("Services by language offered"),
            colour=2,
        ),
        "providers": bar_chart(
            [
                (provider_type_label(row["code"]), row["count"])
                for row in snapshot["by_provider_type"]
            ],
            title=_("Services by provider type"),
            colour=3,
        ),
        "swot": swot_counts(
            {q["code"]: len(q["items"]) for q in quadrants},
            {q["code"]: q["title"] for q in quadrants},
            title=_("Items in each part of the SWOT"),
        ),
    }
    gaps = {
        key: [TranslatedText(row["name"]).get(language).text for row in rows]
        for key, rows in snapshot["gaps"].items()
    }
    return {
        "study": study,
        "region": region,
        "snapshot": snapshot,
        "charts": charts,
        "gaps": gaps,
        "quadrants": quadrants,
        "instruments": region.policy_instruments.prefetch_related("versions", "challenges"),
        "stakeholders": region.stakeholders.filter(active=True),
        "generated_on": timezone.localdate(),
        "is_demo_data": study.is_demo_data or region.is_demo_data,
    }


def peer_review_context(review, language) -> dict:
    agenda = list(review.agenda.prefetch_related("stakeholders"))
    days = [
        {"number": day, "items": [item for item in agenda if item.day == day]}
        for day in range(1, review.DAYS + 1)
    ]
    recommendations = review.recommendations.select_related("response").prefetch_related(
        "response__policy_changes"
    )
    return {
        "review": review,
        "region": review.region,
        "visitors": review.visitors.all(),
        "days": days,
        "recommendations": recommendations,
        "generated_on": timezone.localdate(),
        "is_demo_data": review.is_demo_data,
    }
