"""The staff home: what needs this person, region by region, each item linked to where the work
is done. An administrator over every region sees one line per region instead."""

from django.shortcuts import render

from backoffice.coordination.access import staff_login_required
from coordination import permissions, todo
from directory.models import Region
from events.listing import registration_closing
from events.models import EventDraft
from learning import good_practices
from learning.timeline import upcoming

SHOWN = 10  # items listed by name in each list; the count says how many there are


def _section(user, region) -> dict:
    work = todo.work(user, region)
    organizations = None if work.is_coordinator else permissions.editable_organizations(user)
    closing = registration_closing(region, organizations)
    return {
        "region": region,
        "work": work,
        "events_to_review": (
            EventDraft.objects.awaiting_review()
            .filter(event__service__organization__region=region)
            .count()
            if work.is_coordinator
            else 0
        ),
        "registrations": list(closing[:SHOWN]),
        "dates": upcoming(region, user) if permissions.can_edit_learning(user, region) else [],
    }


@staff_login_required
def home(request):
    user = request.user
    context = {"shown": SHOWN, "to_validate": good_practices.to_validate(user)}
    if user.is_superuser:
        context["summary"] = todo.summary(Region.objects.all())
    else:
        context["sections"] = [_section(user, region) for region in permissions.regions_of(user)]
    return render(request, "backoffice/coordination/home.html", context)
