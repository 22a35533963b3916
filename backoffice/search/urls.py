from django.urls import path

from backoffice.search import views

prefix = "regions/<slug:region>/search/"

urlpatterns = [
    path(prefix, views.quality, name="search-quality"),
    path(prefix + "suggestions/", views.suggestions, name="search-suggestions"),
    path(prefix + "best-bets/", views.best_bets, name="search-best-bets"),
    path(prefix + "best-bets/new/", views.best_bet_form, name="search-best-bet-new"),
    path(prefix + "best-bets/<int:pk>/", views.best_bet_form, name="search-best-bet-edit"),
    path(
        prefix + "best-bets/<int:pk>/delete/", views.best_bet_delete, name="search-best-bet-delete"
    ),
    path(prefix + "synonyms/", views.synonyms, name="search-synonyms"),
    path(prefix + "synonyms/new/", views.synonym_form, name="search-synonym-new"),
    path(prefix + "synonyms/<int:pk>/", views.synonym_form, name="search-synonym-edit"),
    path(prefix + "synonyms/<int:pk>/delete/", views.synonym_delete, name="search-synonym-delete"),
    path(prefix + "judged/new/", views.judged_form, name="search-judged-new"),
    path(prefix + "judged/<int:pk>/", views.judged_form, name="search-judged-edit"),
    path(prefix + "judged/<int:pk>/delete/", views.judged_delete, name="search-judged-delete"),
]
