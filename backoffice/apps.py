from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class BackofficeConfig(AppConfig):
    name = "backoffice"
    verbose_name = "Back-office"
    default = True


class StaffAdminConfig(admin_apps.AdminConfig):
    """django.contrib.admin, with its site behind the staff sign-in (named in INSTALLED_APPS
    instead of django.contrib.admin)."""

    default = False
    default_site = "backoffice.admin_site.StaffAdminSite"
