from django.urls import include, path

from public.views import browse, home, organizations, pages, search, services

app_name = "public"

urlpatterns = [
    path("", home.home, name="home"),
    path("services/", browse.browse_services, name="browse"),
    path("services/<uuid:pk>/", services.service_detail, name="service"),
    path("organizations/", organizations.organization_list, name="organizations"),
    path("organizations/<uuid:pk>/", organizations.organization_detail, name="organization"),
    path("search/", search.search_services, name="search"),
    path("accessibility/", pages.accessibility_statement, name="accessibility"),
    path("navigator/", include("public.navigator.urls")),
    path("good-practices/", include("public.learning.urls")),
    path("feedback/", include("public.feedback.urls")),
]
