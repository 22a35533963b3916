from django.urls import path

from backoffice.events.views import bulletin, editing, feeds, history

urlpatterns = [
    path("regions/<slug:region>/events/", editing.event_list, name="events"),
    path("services/<uuid:service>/events/new/", editing.event_new, name="event-new"),
    path("events/<uuid:pk>/edit/", editing.event_edit, name="event-edit"),
    path("events/<uuid:pk>/withdraw/", editing.event_withdraw, name="event-withdraw"),
    path("events/<uuid:pk>/history/", history.event_history, name="event-history"),
    path(
        "events/<uuid:pk>/restore/<int:history_id>/",
        history.event_restore,
        name="event-restore",
    ),
    path("event-drafts/<int:pk>/", editing.event_review, name="event-review"),
    path(
        "event-drafts/<int:pk>/publish/",
        editing.event_decide,
        {"decision": "publish"},
        name="event-publish",
    ),
    path(
        "event-drafts/<int:pk>/return/",
        editing.event_decide,
        {"decision": "return"},
        name="event-return",
    ),
    path("services/<uuid:service>/feeds/", feeds.feed_add, name="feed-add"),
    path("feeds/<int:pk>/approve/", feeds.feed_approve, name="feed-approve"),
    path("feeds/<int:pk>/fetch/", feeds.feed_fetch, name="feed-fetch"),
    path("feeds/<int:pk>/remove/", feeds.feed_remove, name="feed-remove"),
    path("regions/<slug:region>/bulletin/", bulletin.bulletin_page, name="bulletin"),
    path("regions/<slug:region>/bulletin/announce/", bulletin.announce, name="announce"),
    path("regions/<slug:region>/bulletin/digest/", bulletin.subscribe, name="digest-settings"),
    path("digest/unsubscribe/<str:token>/", bulletin.unsubscribe, name="digest-unsubscribe"),
]
