"""The staff shell's navigation, worked out from the person's roles so that every staff page
(also the ones other apps add) shows the same menu: the same items in the same order, the
current one marked."""

import re

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

from coordination import permissions

register = template.Library()

# The last region a person opened, so that pages outside any region (policy learning, import
# and export) keep the same menu. The menu remembers it: it is the one place that sees which
# region every page shows, also the pages of one record (a service, a batch, a peer review).
SESSION_KEY = "staff_region"
HOME = "/staff/"


def _remember(request, region) -> None:
    session = getattr(request, "session", None)
    if session is not None and session.get(SESSION_KEY) != region.slug:
        session[SESSION_KEY] = region.slug


def _nav_region(request, region, regions):
    if region is not None:
        if region in regions:
            _remember(request, region)
        return region
    if not regions:
        return None
    remembered = getattr(request, "session", {}).get(SESSION_KEY)
    return next((r for r in regions if r.slug == remembered), regions[0])


def _items(user, region):
    """(label, url, pattern of the paths that belong to the item) in the menu's order."""
    items = [(_("What needs you"), HOME, None)]
    if region is not None:
        slug = region.slug
        regional = [
            (_("Dashboard"), "backoffice:dashboard", r"/export/|/reminders/"),
            (
                _("Services"),
                "backoffice:services",
                r"^/staff/(services|organizations)/(?!.*/translate/)",
            ),
            (_("Translations"), "backoffice:translations", r"/translate/"),
            (_("Events"), "backoffice:events", r"^/staff/(events|event-drafts|feeds)/"),
            (_("Bulletin"), "backoffice:bulletin", None),
            (_("Search quality"), "backoffice:search-quality", None),
        ]
        if permissions.can_review(user, region):
            regional += [
                (_("Review"), "backoffice:review-queue", r"^/staff/drafts/"),
                (_("People"), "backoffice:invitations", None),
            ]
        if permissions.can_view_feedback(user, region):
            regional.append((_("Feedback"), "backoffice:feedback", None))
        items += [(label, reverse(name, args=[slug]), also) for label, name, also in regional]
    if permissions.coordinates_any(user):
        items.append((_("Import and export"), reverse("backoffice:interchange"), None))
    items += [
        (_("Policy learning"), reverse("backoffice:learning-index"), None),
        (_("Two-factor sign-in"), reverse("backoffice:two-factor"), None),
    ]
    return items


def _current(path, items):
    """The index of the item the page belongs to: the one whose pattern claims the path, else
    the one with the longest address the path starts with (the home page only for itself)."""

    def score(item):
        _label, url, also = item
        if also and re.search(also, path):
            return 10_000
        return len(url) if url != HOME and path.startswith(url) else 0

    scores = [score(item) for item in items]
    best = max(range(len(items)), key=scores.__getitem__, default=None)
    return best if best is not None and scores[best] else None


@register.inclusion_tag("backoffice/nav.html", takes_context=True)
def staff_nav(context):
    request = context.get("request")
    user = getattr(request, "user", None)
    if not (user and user.is_authenticated):
        return {"user": None}
    regions = list(permissions.regions_of(user))
    region = _nav_region(request, context.get("region"), regions)
    items = _items(user, region)
    current = _current(request.path, items)
    return {
        "user": user,
        "region": region,
        "items": [
            (label, url, "page" if request.path == url else "true" if index == current else "")
            for index, (label, url, _also) in enumerate(items)
        ],
        "request": request,
    }


@register.filter
def get_item(mapping, key):
    return mapping.get(key)


@register.filter
def at(sequence, index):
    """`sequence[index]`, or "" past its end: a table cell's column name."""
    try:
        return sequence[index]
    except (IndexError, TypeError):
        return ""
