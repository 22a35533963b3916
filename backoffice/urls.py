from django.urls import include, path

app_name = "backoffice"

urlpatterns = [
    path("", include("backoffice.coordination.urls")),
    path("", include("backoffice.events.urls")),
    path("import-export/", include("backoffice.interchange.urls")),
    path("learning/", include("backoffice.learning.urls")),
    path("", include("backoffice.search.urls")),
]
