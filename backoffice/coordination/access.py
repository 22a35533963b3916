"""Small decorators that turn the domain's permission answers into responses."""

import functools

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django_otp import user_has_device

from coordination import permissions
from directory.models import Region


def staff_login_required(view):
    """Signed in, and past the second factor when the person has set one up."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        user = request.user
        if not user.is_authenticated or (user_has_device(user) and not user.is_verified()):
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapped


def region_staff(view):
    """Load the region named in the URL; only people with a role there get in."""

    @staff_login_required
    @functools.wraps(view)
    def wrapped(request, region, *args, **kwargs):
        region = get_object_or_404(Region, slug=region)
        if not permissions.can_view_staff_pages(request.user, region):
            raise PermissionDenied
        return view(request, region, *args, **kwargs)

    return wrapped


def require(allowed: bool):
    if not allowed:
        raise PermissionDenied
