"""Small decorators that turn the domain's permission answers into responses."""

import functools

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django_otp import user_has_device

from coordination import permissions, signin
from directory.models import Region


def sign_in_first(request, *, setting_up: bool = False):
    """Where to send someone who may not see staff pages yet (None: they may). Those who set
    up a second factor sign in with it; those whose role needs one (coordination.signin) set
    it up first, on the two-factor page (`setting_up`)."""
    user = request.user
    if not user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if user_has_device(user):
        return None if user.is_verified() else redirect_to_login(request.get_full_path())
    if setting_up or not signin.two_factor_required(user):
        return None
    messages.warning(request, _("Your role needs two-factor sign-in: set it up to continue."))
    return redirect("backoffice:two-factor")


def staff_login_required(view):
    """Signed in, and past the second factor where the person has or needs one."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        return sign_in_first(request) or view(request, *args, **kwargs)

    return wrapped


def setting_up_two_factor(view):
    """The two-factor page itself: signed in, and past the second factor if one is set up."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        return sign_in_first(request, setting_up=True) or view(request, *args, **kwargs)

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
