from django.urls import include, path

from public.views import browse, events, home, organizations, pages, search, services

app_name = "public"

urlpatterns = [
    path("", home.home, name="home"),
    path("services/", browse.browse_services, name="browse"),
    path("services/<uuid:pk>/", services.service_detail, name="service"),
    path("organizations/", organizations.organization_list, name="organizations"),
    path("organizations/<uuid:pk>/", organizations.organization_detail, name="organization"),
    path("search/", search.search_services, name="search"),
    path("events/", events.calendar_page, name="events"),
    path("events.ics", events.calendar_feed, name="events-feed"),
    path("events/<uuid:pk>/", events.event_detail, name="event"),
    path("events/<uuid:pk>.ics", events.event_ics, name="event-ics"),
    path("services/<uuid:pk>/events.ics", events.service_feed, name="service-events-feed"),
    path("accessibility/", pages.accessibility_statement, name="accessibility"),
    path("navigator/", include("public.navigator.urls")),
    path("good-practices/", include("public.learning.urls")),
    path("feedback/", include("public.feedback.urls")),
]
