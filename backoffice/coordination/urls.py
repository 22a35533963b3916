from django.urls import path

from backoffice.coordination.views import (
    auth,
    dashboard,
    history,
    home,
    network,
    review,
    services,
    translations,
)

urlpatterns = [
    path("", home.home, name="home"),
    path("login/", auth.login, name="login"),
    path("login/code/", auth.login_code, name="login-code"),
    path("logout/", auth.logout, name="logout"),
    path("account/two-factor/", auth.two_factor, name="two-factor"),
    path("invitations/<str:token>/", auth.accept_invitation, name="invitation-accept"),
    path("regions/<slug:region>/", dashboard.region_dashboard, name="dashboard"),
    path("regions/<slug:region>/export/<slug:key>.<str:fmt>", dashboard.export, name="export"),
    path("regions/<slug:region>/reminders/", dashboard.send_reminders, name="reminders"),
    path("regions/<slug:region>/services/", services.service_list, name="services"),
    path("regions/<slug:region>/review/", review.review_queue, name="review-queue"),
    path("regions/<slug:region>/feedback/", network.feedback_list, name="feedback"),
    path(
        "regions/<slug:region>/feedback/<int:pk>/moderate/",
        network.moderate,
        name="feedback-moderate",
    ),
    path("regions/<slug:region>/invitations/", network.invitations, name="invitations"),
    path("regions/<slug:region>/translations/", translations.queue, name="translations"),
    path(
        "regions/<slug:region>/translations/export/",
        translations.export_file,
        name="translations-export",
    ),
    path(
        "regions/<slug:region>/translations/import/",
        translations.import_file,
        name="translations-import",
    ),
    path(
        "services/<uuid:pk>/translate/<str:language>/",
        translations.translate,
        name="service-translate",
    ),
    path(
        "organizations/<uuid:organization>/services/new/",
        services.service_new,
        name="service-new",
    ),
    path("services/<uuid:pk>/edit/", services.service_edit, name="service-edit"),
    path("services/<uuid:pk>/submit/", services.service_submit, name="service-submit"),
    path("services/<uuid:pk>/withdraw/", services.service_withdraw, name="service-withdraw"),
    path("services/<uuid:pk>/rebase/", services.service_rebase, name="service-rebase"),
    path("services/<uuid:pk>/verify/", services.service_verify, name="service-verify"),
    path("services/<uuid:pk>/history/", history.history, name="service-history"),
    path(
        "services/<uuid:pk>/restore/<int:history_id>/",
        history.restore,
        name="service-restore",
    ),
    path("drafts/<int:pk>/", review.review, name="review"),
    path("drafts/<int:pk>/publish/", review.publish, name="review-publish"),
    path("drafts/<int:pk>/return/", review.return_to_editor, name="review-return"),
]
