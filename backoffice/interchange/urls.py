from django.urls import path

from backoffice.interchange import views

urlpatterns = [
    path("", views.index, name="interchange"),
    path("template.xlsx", views.template, name="interchange-template"),
    path(
        "regions/<slug:region>/export/<slug:format_key>/",
        views.export,
        name="interchange-export",
    ),
    path("imports/<int:pk>/", views.batch, name="interchange-batch"),
    path("imports/<int:pk>/progress/", views.progress, name="interchange-progress"),
    path(
        "regions/<slug:region>/ptv-differences/",
        views.ptv_differences,
        name="interchange-ptv-differences",
    ),
    path("imports/<int:pk>/confirm/", views.confirm, name="interchange-confirm"),
    path("regions/<slug:region>/sync-ptv/", views.sync_ptv, name="interchange-sync-ptv"),
]
