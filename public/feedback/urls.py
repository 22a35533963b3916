from django.urls import path

from public.feedback import views

urlpatterns = [
    path("service/", views.service_feedback, name="feedback-service"),
    path("not-found/", views.not_found_feedback, name="feedback-not-found"),
    path("thanks/", views.thanks, name="feedback-thanks"),
]
