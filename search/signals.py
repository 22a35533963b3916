"""Keep the index current on every save and delete of a service (its translations live in its
own fields, so a save covers them). Terms and offered languages are not copied into the index:
filters read them live, so they count at once. Inside `search.deferred.batched_indexing()` a save
is only noted, and the block indexes all it noted together."""

from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver

from directory.models import Service
from search import deferred
from search.indexing import index_services, remove_services


@receiver(post_save, sender=Service, dispatch_uid="search_index_service")
def index_saved_service(sender, instance, raw=False, **kwargs):
    if raw:  # loaddata: the rebuild command indexes fixtures afterwards
        return
    noted = deferred.current()
    if noted is not None:
        noted.note(instance.pk)
    else:
        index_services([instance])


@receiver(pre_delete, sender=Service, dispatch_uid="search_unindex_service")
def unindex_deleted_service(sender, instance, **kwargs):
    # At once even in a batch: the rows cascade away with the service (see search.deferred).
    remove_services([instance.pk])


def prune_lexical_index(sender, using="default", **kwargs):
    from django.db import connections

    from search import lexical

    connection = connections[using]
    if "search_fts" in connection.introspection.table_names():
        lexical.prune(connection)
