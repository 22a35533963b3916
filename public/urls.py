from django.urls import include, path

app_name = "public"

urlpatterns = [
    path("navigator/", include("public.navigator.urls")),
    path("good-practices/", include("public.learning.urls")),
]
