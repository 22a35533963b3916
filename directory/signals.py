"""Translation states follow every save of a tracked record, in the save's transaction, so an
edit of the source marks its translations stale at once."""

from django.db.models.signals import post_save

from directory import translation_status


def record_translation_states(sender, instance, raw=False, **kwargs):
    if raw:  # loaddata: fixtures carry no states
        return
    translation_status.record(instance)


def connect():
    for model in translation_status.TRACKED_MODELS:
        post_save.connect(
            record_translation_states,
            sender=model,
            dispatch_uid=f"translation_states_{model._meta.label_lower}",
        )
