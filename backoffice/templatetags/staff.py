"""The staff shell's navigation, worked out from the person's roles so that every staff page
(also the ones other apps add) shows the same menu."""

from django import template

from coordination import permissions

register = template.Library()


@register.inclusion_tag("backoffice/nav.html", takes_context=True)
def staff_nav(context):
    request = context.get("request")
    user = getattr(request, "user", None)
    region = context.get("region")
    regions = list(permissions.regions_of(user)) if user and user.is_authenticated else []
    if region is None and len(regions) == 1:
        region = regions[0]
    return {
        "user": user,
        "region": region,
        "regions": regions,
        "is_coordinator": bool(region and permissions.is_coordinator(user, region)),
        "can_view_feedback": bool(region and permissions.can_view_feedback(user, region)),
        "request": request,
    }


@register.filter
def get_item(mapping, key):
    return mapping.get(key)
