"""/api/hsds/: the Open Referral HSDS 3.0 API. Paths follow the HSDS API reference (no
trailing slashes)."""

from django.urls import path

from api.hsds import views

app_name = "hsds"

urlpatterns = [
    path("", views.RootView.as_view(), name="root"),
    path("profile", views.ProfileView.as_view(), name="profile"),
    path("services", views.ServiceListView.as_view(), name="services"),
    path("services/<str:pk>", views.ServiceDetailView.as_view(), name="service"),
    path("organizations", views.OrganizationListView.as_view(), name="organizations"),
    path("organizations/<str:pk>", views.OrganizationDetailView.as_view(), name="organization"),
    path("taxonomies", views.TaxonomyListView.as_view(), name="taxonomies"),
    path("taxonomies/<str:pk>", views.TaxonomyDetailView.as_view(), name="taxonomy"),
    path("taxonomy_terms", views.TaxonomyTermListView.as_view(), name="taxonomy_terms"),
    path("taxonomy_terms/<str:pk>", views.TaxonomyTermDetailView.as_view(), name="taxonomy_term"),
    path(
        "service_at_locations",
        views.ServiceAtLocationListView.as_view(),
        name="service_at_locations",
    ),
    path(
        "service_at_locations/<str:pk>",
        views.ServiceAtLocationDetailView.as_view(),
        name="service_at_location",
    ),
]
