from django.urls import include, path

urlpatterns = [
    path("", include("api.v1.navigator")),
    path("", include("api.v1.coordination")),
    path("", include("api.v1.learning")),
    path("", include("api.v1.events")),
]
