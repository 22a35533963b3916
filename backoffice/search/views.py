"""The coordinator steers the region's search: a quality page over a judged query set, best
bets, synonyms, and suggestions from the unmet searches. Everyone with a role in the region may
look; only the coordinator changes anything (coordination.permissions.can_steer_search)."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from backoffice.coordination.access import region_staff, require
from backoffice.search.forms import BestBetForm, JudgedQueryForm, SynonymForm
from coordination import permissions
from directory.models import Service
from search import quality as measured
from search.models import BestBet, JudgedQuery, Synonym
from search.steering import rules
from search.steering import synonyms as variants
from search.steering.suggestions import suggestions as unmet_groups


def _context(request, region, **extra):
    return {
        "region": region,
        "can_steer": permissions.can_steer_search(request.user, region),
        "is_coordinator": permissions.is_coordinator(request.user, region),
        "can_view_feedback": permissions.can_view_feedback(request.user, region),
        **extra,
    }


def _names(keys) -> dict:
    return {
        s.pk: s for s in Service.objects.filter(pk__in=set(keys)).select_related("organization")
    }


def _described(report):
    """The misses with their services, for the template."""
    keys = {k for o in report.outcomes for k in [*o.query.expected, *o.top]}
    services = _names(keys)
    return [
        {
            "outcome": outcome,
            "expected": [services[k] for k in outcome.query.expected if k in services],
            "top": [
                (services.get(k), k in outcome.query.expected, k in outcome.recommended)
                for k in outcome.top
            ],
        }
        for outcome in report.misses
    ]


def _figures(report):
    return [("", report.figures())] + [(code, report.figures(code)) for code in report.languages()]


@region_staff
def quality(request, region):
    judged = measured.judged_set(region)
    report = None
    if request.GET.get("measure") and judged:
        report = measured.evaluate(judged, region=region.slug)
    queries = JudgedQuery.objects.filter(region=region).prefetch_related("expected")
    return render(
        request,
        "backoffice/search/quality.html",
        _context(
            request,
            region,
            queries=queries,
            report=report,
            figures=_figures(report) if report else [],
            misses=_described(report) if report else [],
        ),
    )


def _preview(region, book):
    """The judged set as it ranks now and as it would with the change, nothing saved."""
    judged = measured.judged_set(region)
    if not judged:
        return {"empty": True}
    before = measured.evaluate(judged, region=region.slug)
    after = measured.evaluate(judged, region=region.slug, book=book)
    changed = [
        (old, new)
        for old, new in zip(before.outcomes, after.outcomes, strict=True)
        if (old.recall, old.reciprocal_rank) != (new.recall, new.reciprocal_rank)
    ]
    return {"before": before.figures(), "after": after.figures(), "changed": changed}


def _form_page(request, region, form, title, preview=None, back=None):
    return render(
        request,
        "backoffice/search/form.html",
        _context(request, region, form=form, title=title, preview=preview, back=back),
    )


@region_staff
def best_bets(request, region):
    bets = BestBet.objects.filter(region=region).select_related("term", "service")
    return render(request, "backoffice/search/best_bets.html", _context(request, region, bets=bets))


@region_staff
def best_bet_form(request, region, pk=None):
    require(permissions.can_steer_search(request.user, region))
    bet = get_object_or_404(BestBet, pk=pk, region=region) if pk else BestBet(region=region)
    initial = {
        key: request.GET[key] for key in ("pattern", "pattern_language") if key in request.GET
    }
    form = BestBetForm(request.POST or None, instance=bet, region=region, initial=initial)
    title = _("Edit the best bet") if pk else _("New best bet")
    if request.method == "POST" and form.is_valid():
        if "preview" in request.POST:
            book = rules.current().changed(bet=rules.Bet.of(form.instance))
            return _form_page(request, region, form, title, _preview(region, book), "best-bets")
        with transaction.atomic():
            form.instance.changed_by = request.user
            form.save()
        messages.success(request, _("Best bet saved; it counts in the next search."))
        return redirect("backoffice:search-best-bets", region=region.slug)
    return _form_page(request, region, form, title, back="best-bets")


@require_POST
@region_staff
def best_bet_delete(request, region, pk):
    require(permissions.can_steer_search(request.user, region))
    get_object_or_404(BestBet, pk=pk, region=region).delete()
    messages.success(request, _("Best bet removed."))
    return redirect("backoffice:search-best-bets", region=region.slug)


@region_staff
def synonyms(request, region):
    rows = Synonym.objects.filter(region=region)
    return render(request, "backoffice/search/synonyms.html", _context(request, region, rows=rows))


@region_staff
def synonym_form(request, region, pk=None):
    require(permissions.can_steer_search(request.user, region))
    synonym = get_object_or_404(Synonym, pk=pk, region=region) if pk else Synonym(region=region)
    initial = {}
    if pk:
        initial["variants"] = variants.format_variants(synonym.variants)
    elif "variant" in request.GET:
        language = request.GET.get("language", "")
        text = " ".join(request.GET["variant"].split())[:200]
        initial["variants"] = f"{language}: {text}\n" if language else f"{text}\n"
    form = SynonymForm(request.POST or None, initial=initial)
    title = _("Edit the synonym") if pk else _("New synonym")
    if request.method == "POST" and form.is_valid():
        if "preview" in request.POST:
            rule = rules.SynonymRule(
                synonym.pk or "preview",
                region.slug,
                tuple((v["language"], v["text"]) for v in form.cleaned_data["variants"]),
            )
            book = rules.current().changed(synonym=rule)
            return _form_page(request, region, form, title, _preview(region, book), "synonyms")
        with transaction.atomic():
            synonym.variants = form.cleaned_data["variants"]
            synonym.changed_by = request.user
            synonym.save()
        messages.success(request, _("Synonym saved; it counts in the next search."))
        return redirect("backoffice:search-synonyms", region=region.slug)
    return _form_page(request, region, form, title, back="synonyms")


@require_POST
@region_staff
def synonym_delete(request, region, pk):
    require(permissions.can_steer_search(request.user, region))
    get_object_or_404(Synonym, pk=pk, region=region).delete()
    messages.success(request, _("Synonym removed."))
    return redirect("backoffice:search-synonyms", region=region.slug)


@region_staff
def judged_form(request, region, pk=None):
    require(permissions.can_steer_search(request.user, region))
    judged = (
        get_object_or_404(JudgedQuery, pk=pk, region=region) if pk else JudgedQuery(region=region)
    )
    form = JudgedQueryForm(request.POST or None, instance=judged, region=region)
    title = _("Edit the judged query") if pk else _("New judged query")
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            form.save()
        messages.success(request, _("Judged query saved."))
        return redirect("backoffice:search-quality", region=region.slug)
    return _form_page(request, region, form, title, back="quality")


@require_POST
@region_staff
def judged_delete(request, region, pk):
    require(permissions.can_steer_search(request.user, region))
    get_object_or_404(JudgedQuery, pk=pk, region=region).delete()
    messages.success(request, _("Judged query removed."))
    return redirect("backoffice:search-quality", region=region.slug)


@region_staff
def suggestions(request, region):
    return render(
        request,
        "backoffice/search/suggestions.html",
        _context(request, region, groups=unmet_groups(region)),
    )
