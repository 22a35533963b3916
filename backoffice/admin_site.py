"""The Django admin behind the staff sign-in: the same second factor, the same attempt limits
(coordination.signin), and no sign-in form of its own."""

from django.conf import settings
from django.contrib import admin
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse

from backoffice.coordination.access import sign_in_first
from milestone.redirects import same_site_path


class StaffAdminSite(admin.AdminSite):
    def has_permission(self, request):
        return super().has_permission(request) and sign_in_first(request) is None

    def login(self, request, extra_context=None):
        target = same_site_path(
            request.GET.get(REDIRECT_FIELD_NAME), reverse("admin:index", current_app=self.name)
        )
        if not request.user.is_authenticated:
            return redirect_to_login(target, settings.LOGIN_URL)
        detour = sign_in_first(request)
        if detour:
            return detour
        if not self.has_permission(request):
            # Signed in properly, but not someone the admin is for: no sign-in would help.
            raise PermissionDenied
        return redirect(target)
