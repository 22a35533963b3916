"""The coordinator's dashboard for one region as tables and charts: the staff page, the exports
and the JSON API all read these, so they always agree."""

from __future__ import annotations

from datetime import timedelta
from functools import cached_property

from django.utils import timezone
from django.utils.translation import gettext as _

from coordination import charts, freshness, landscape, overlaps, permissions, translations
from coordination.models import Feedback
from coordination.tables import Table
from directory.translation import TranslatedText

UNMET_DAYS = 90


def _name(value) -> str:
    return TranslatedText(value).get().text


def _terms(codes, vocabulary) -> str:
    names = {term.code: _name(term.name) for term in vocabulary}
    return ", ".join(names.get(code, code) for code in sorted(codes))


class Figures:
    """One region's figures for the dashboard. A table or chart reads each from here, so a
    page that shows the same figure in three places asks the database for it once."""

    def __init__(self, region, language: str | None = None):
        self.region = region
        self.language = language

    @cached_property
    def facts(self):
        return landscape.facts(self.region)

    @cached_property
    def coverage(self):
        """Aims × target groups, narrowed to `language` when one was asked for."""
        if self.language is None:
            return self.all_languages
        return landscape.coverage(self.region, self.language, self.facts)

    @cached_property
    def all_languages(self):
        return landscape.coverage(self.region, None, self.facts)

    @cached_property
    def challenges(self):
        return landscape.challenges(self.region, self.facts)

    @cached_property
    def network(self):
        return landscape.network(self.region, self.facts)

    @cached_property
    def services(self):
        """The region's published services, by id, as `facts` loaded them."""
        return [f.service for f in self.facts]

    def _among_services(self, queryset):
        # The rule is the domain's queryset; the rows are the services already loaded.
        by_pk = {service.pk: service for service in self.services}
        return [by_pk[pk] for pk in queryset.values_list("pk", flat=True) if pk in by_pk]

    @cached_property
    def stale(self):
        return self._among_services(freshness.stale(self.region))

    @cached_property
    def ending(self):
        return self._among_services(freshness.ending(self.region))

    @cached_property
    def missing_translations(self):
        return freshness.missing_translations(self.region, self.services)

    @cached_property
    def translation_coverage(self):
        return translations.coverage(self.region, self.services)

    @cached_property
    def overlaps(self):
        return overlaps.find_overlaps(self.region, services=self.services)

    @property
    def published(self) -> int:
        return len(self.facts)


def figures_of(region_or_figures) -> Figures:
    if isinstance(region_or_figures, Figures):
        return region_or_figures
    return Figures(region_or_figures)


def coverage_table(region, language=None) -> Table:
    figures = figures_of(region)
    if language != figures.language:
        figures = Figures(figures.region, language)
    result = figures.coverage
    table = Table(
        "coverage",
        _("Coverage: aims × target groups"),
        [_("Aim")] + [_name(group.name) for group in result.groups],
    )
    for aim in result.aims:
        table.rows.append(
            [_name(aim.name)] + [result.count(aim.code, group.code) for group in result.groups]
        )
    return table


def languages_table(region) -> Table:
    """Aims × the languages services record; the services that record none are counted in
    their own column, as unknown, not as gaps."""
    result = figures_of(region).all_languages
    table = Table(
        "languages",
        _("Coverage: aims × languages offered"),
        [_("Aim")] + result.languages + [_("Languages not recorded")],
    )
    for aim in result.aims:
        table.rows.append(
            [_name(aim.name)]
            + [result.language_count(aim.code, code) for code in result.languages]
            + [result.unrecorded_count(aim.code)]
        )
    return table


def challenges_table(region) -> Table:
    table = Table("challenges", _("What addresses each challenge"), [_("Challenge"), _("Services")])
    for term, services in figures_of(region).challenges:
        table.rows.append([_name(term.name), "; ".join(str(s) for s in services)])
    return table


def overlaps_table(region) -> Table:
    table = Table(
        "overlaps",
        _("Possible overlaps"),
        [_("Score"), _("Service"), _("Provider"), _("Service"), _("Provider"), _("Same provider")],
    )
    for pair in figures_of(region).overlaps:
        table.rows.append(
            [
                pair.score,
                str(pair.first),
                str(pair.first.organization),
                str(pair.second),
                str(pair.second.organization),
                _("yes") if pair.same_provider else _("no"),
            ]
        )
    return table


def stale_table(region) -> Table:
    table = Table(
        "stale",
        _("Not verified for 12 months"),
        [_("Service"), _("Provider"), _("Last verified"), _("Verified by")],
    )
    for service in figures_of(region).stale:
        table.rows.append(
            [
                str(service),
                str(service.organization),
                service.assured_date.isoformat() if service.assured_date else _("never"),
                service.assurer_email,
            ]
        )
    return table


def ending_table(region) -> Table:
    table = Table(
        "ending",
        _("Project funding ending within 90 days"),
        [_("Service"), _("Provider"), _("Funding ends")],
    )
    for service in figures_of(region).ending:
        table.rows.append(
            [str(service), str(service.organization), service.funding_ends.isoformat()]
        )
    return table


def translations_table(region) -> Table:
    table = Table(
        "translations",
        _("Missing key-language translations"),
        [_("Service"), _("Provider"), _("Missing languages")],
    )
    for service, missing in figures_of(region).missing_translations:
        table.rows.append([str(service), str(service.organization), ", ".join(missing)])
    return table


def translation_coverage_table(region) -> Table:
    table = Table(
        "translation-coverage",
        _("Readable in each language without fallback"),
        [_("Language"), _("Services"), _("Share"), _("Stale translations"), _("Machine drafts")],
    )
    for row in figures_of(region).translation_coverage:
        table.rows.append(
            [
                row.language,
                f"{row.readable} / {row.total}",
                f"{row.share:.0%}",
                row.stale,
                row.machine,
            ]
        )
    return table


def network_table(region) -> Table:
    result = figures_of(region).network
    aims, groups = landscape.vocabulary("aim"), landscape.vocabulary("target-group")
    names = {org.pk: str(org) for org in result.organizations}
    partners = {org.pk: [] for org in result.organizations}
    for first, second, shared in result.links:
        partners[first.pk].append(f"{names[second.pk]} ({len(shared)})")
        partners[second.pk].append(f"{names[first.pk]} ({len(shared)})")
    table = Table(
        "network",
        _("Network of organizations"),
        [
            _("Organization"),
            _("Services"),
            _("Aims"),
            _("Target groups"),
            _("Works on the same aims and groups as"),
        ],
    )
    for org in result.organizations:
        table.rows.append(
            [
                names[org.pk],
                len(result.services[org.pk]),
                _terms(result.aims[org.pk], aims),
                _terms(result.groups[org.pk], groups),
                "; ".join(partners[org.pk]),
            ]
        )
    return table


def unmet_searches(region, days: int = UNMET_DAYS):
    from search.unmet import recent

    since = timezone.now() - timedelta(days=days)
    return recent(region=region.slug, since=since)


def unmet_table(region) -> Table:
    """Unmet searches grouped by their normalised words (search.steering.suggestions), with
    the languages of the pages they were made on."""
    from search.steering.suggestions import suggestions

    table = Table(
        "unmet-searches",
        _("Searches that found nothing or nothing convincing"),
        [
            _("Search words"),
            _("Searches"),
            _("Without results"),
            _("Page language"),
            _("Last searched"),
        ],
    )
    for group in suggestions(region, days=UNMET_DAYS, limit=500):
        table.rows.append(
            [
                group.text,
                group.searches,
                group.without_results,
                ", ".join(
                    f"{code} ({count})" if len(group.page_language_counts) > 1 else code
                    for code, count in group.page_language_counts
                )
                or _("not recorded"),
                timezone.localtime(group.last).strftime("%Y-%m-%d"),
            ]
        )
    return table


def visible_feedback(region, user):
    """The feedback the dashboard shows `user`: what they may read (permissions), less what the
    coordinator hid."""
    readable = permissions.feedback_visible_to(user, region)
    return readable.exclude(moderation=Feedback.Moderation.HIDDEN)


def feedback_table(region, user) -> Table:
    table = Table(
        "feedback",
        _("Feedback from the target group"),
        [
            _("Received"),
            _("Kind"),
            _("Service"),
            _("Useful"),
            _("Language barrier"),
            _("Message"),
            _("Search words"),
            _("Moderation"),
        ],
    )
    for item in visible_feedback(region, user).select_related("service"):
        table.rows.append(
            [
                timezone.localtime(item.created).strftime("%Y-%m-%d"),
                item.get_kind_display(),
                str(item.service or ""),
                {True: _("yes"), False: _("no"), None: ""}[item.useful],
                _("yes") if item.language_barrier else _("no"),
                item.message,
                item.query,
                item.get_moderation_display(),
            ]
        )
    return table


TABLES = {
    "coverage": coverage_table,
    "languages": languages_table,
    "challenges": challenges_table,
    "overlaps": overlaps_table,
    "stale": stale_table,
    "ending": ending_table,
    "translations": translations_table,
    "translation-coverage": translation_coverage_table,
    "network": network_table,
    "unmet-searches": unmet_table,
}


def services_per_aim_chart(region) -> charts.Chart:
    """Narrowed to one language as the coverage table above it is."""
    figures = figures_of(region)
    shown = [f for f in figures.facts if landscape.offered_in(f, figures.language)]
    items = [
        (_name(aim.name), sum(1 for f in shown if aim.code in f.terms.get("aim", ())))
        for aim in landscape.vocabulary("aim")
    ]
    title = _("Published services per aim")
    if figures.language:
        title = f"{title} – " + _("offered in %(language)s") % {"language": figures.language}
    return charts.bar_chart(
        "chart-aims",
        title,
        _("Bar chart; the same numbers are in the coverage table."),
        items,
    )


def freshness_chart(region) -> charts.Chart:
    figures = figures_of(region)
    total, stale_count = figures.published, len(figures.stale)
    return charts.bar_chart(
        "chart-freshness",
        _("How current the entries are"),
        _("Bar chart of verified and unverified published entries; numbers are also listed."),
        [
            (_("Verified within 12 months"), total - stale_count),
            (_("Not verified for 12 months"), stale_count),
            (_("Project funding ending within 90 days"), len(figures.ending)),
            (_("Missing key-language translations"), len(figures.missing_translations)),
        ],
    )


def feedback_chart(region, user) -> charts.Chart:
    items = visible_feedback(region, user)
    return charts.bar_chart(
        "chart-feedback",
        _("What the target group told us"),
        _("Bar chart of feedback by answer; numbers are also listed."),
        [
            (_("Useful"), items.filter(useful=True).count()),
            (_("Not useful"), items.filter(useful=False).count()),
            (_("Language barrier"), items.filter(language_barrier=True).count()),
            (_("Could not find what they need"), items.filter(kind="not_found").count()),
        ],
    )


def network_chart(region) -> charts.Chart:
    result = figures_of(region).network
    nodes = [(org.pk, str(org), len(result.services[org.pk])) for org in result.organizations]
    links = [(a.pk, b.pk, max(1, len(shared))) for a, b, shared in result.links]
    return charts.network_graph(
        "chart-network",
        _("Network of organizations"),
        _(
            "Organizations as circles sized by their number of services, linked when they "
            "serve the same target group towards the same aim. The table below lists the same."
        ),
        nodes,
        links,
    )
