from django.urls import path

from public.learning import views

urlpatterns = [
    path("", views.library, name="good_practices"),
    path("export.csv", views.export_csv, name="good_practices_export"),
    path("<slug:slug>/", views.practice, name="good_practice"),
]
