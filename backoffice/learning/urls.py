from django.urls import path

from backoffice.learning.views import actions, records, reports, swot, workspace

KIND = "<slug:kind>"

urlpatterns = [
    path("", workspace.index, name="learning-index"),
    path("practices/<slug:slug>/", actions.practice, name="learning-practice"),
    path("practices/<slug:slug>/return/", actions.practice_return, name="learning-practice-return"),
    path(
        "practices/<slug:slug>/<slug:action>/",
        actions.practice_action,
        name="learning-practice-action",
    ),
    path("peer-reviews/<int:pk>/", actions.peer_review, name="learning-peer-review"),
    path(
        "peer-reviews/<int:pk>/report.<str:fmt>",
        reports.peer_review_report,
        name="learning-peer-review-report",
    ),
    path("<slug:region>/", workspace.region_workspace, name="learning-region"),
    path("<slug:region>/learn-from-others/", workspace.matches, name="learning-matches"),
    path("<slug:region>/baseline-study/", records.baseline_study, name="learning-baseline"),
    path("<slug:region>/baseline-study/swot/", swot.swot, name="learning-swot"),
    path("<slug:region>/baseline-study/publish/", actions.publish_study, name="learning-publish"),
    path(
        "<slug:region>/baseline-study/report.<str:fmt>",
        reports.baseline_report,
        name="learning-baseline-report",
    ),
    path(
        "<slug:region>/recommendations/<int:pk>/respond/",
        records.respond,
        name="learning-respond",
    ),
    path(f"<slug:region>/{KIND}/new/", records.new, name="learning-new"),
    path(f"<slug:region>/{KIND}/<int:pk>/", records.edit, name="learning-edit"),
    path(f"<slug:region>/{KIND}/<int:pk>/delete/", records.delete, name="learning-delete"),
]
