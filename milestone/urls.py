"""Entry points: the public site (per language), the staff back-office, the admin and the APIs.
Each audience's app owns its own urls module; this file only mounts them."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path

urlpatterns = [
    path("", include("operations.urls")),
    path("admin/", admin.site.urls),
    path("api/", include("api.urls")),
    path("staff/", include("backoffice.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    # Browsers and feed readers ask for /favicon.ico whatever the page says.
    path("favicon.ico", lambda request: redirect(static("public/favicon.svg"), permanent=True)),
]
urlpatterns += i18n_patterns(path("", include("public.urls")), prefix_default_language=True)

# Friendly error pages in the reader's language (public/views/errors.py).
handler400 = "public.views.errors.bad_request"
handler403 = "public.views.errors.permission_denied"
handler404 = "public.views.errors.page_not_found"
handler500 = "public.views.errors.server_error"
