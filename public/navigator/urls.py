from django.urls import path

from public.navigator import views

urlpatterns = [
    path("", views.start, name="navigator"),
    path("result/", views.result, name="navigator-result"),
    path("result/print/", views.result_print, name="navigator-print"),
    path("result/pdf/", views.result_pdf, name="navigator-pdf"),
    path("<slug:key>/", views.step, name="navigator-step"),
]
