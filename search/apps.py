from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from django.db.models.signals import post_migrate

        from search import signals, warm  # signals connects the index to service changes
        from search.steering import signals as _steering  # noqa: F401 - best bets, synonyms, terms

        # A flush (as between browser tests) empties the index rows but not the lexical table,
        # which Django does not know; flush ends by sending post_migrate, so prune then.
        post_migrate.connect(signals.prune_lexical_index, sender=self)
        # Installing builds the model's graph, so that no search waits for it.
        post_migrate.connect(warm.prepare_model, sender=self, dispatch_uid="search_prepare_model")
