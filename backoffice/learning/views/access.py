"""Who reaches the policy-learning pages: every signed-in member of any partner region (learning
from each other is the point). What each page then shows is `Model.objects.visible_to(user)`
and what may be changed learning.permissions, both in the domain layer."""

import functools

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from backoffice.coordination.access import staff_login_required
from coordination.permissions import regions_of
from directory.models import Region


def learning_staff(view):
    @staff_login_required
    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if not regions_of(request.user).exists():
            raise PermissionDenied
        if "region" in kwargs:
            kwargs["region"] = get_object_or_404(Region, slug=kwargs["region"])
        return view(request, *args, **kwargs)

    return wrapped
