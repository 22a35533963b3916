"""Feedback used to be stored as sanitised HTML ("Tom &amp; Jerry"); it is plain text now.
Every earlier message went through the sanitiser, so unescaping it gives back what was written
(markup the sanitiser dropped is gone for good)."""

import html

from django.db import migrations


def unescape_messages(apps, schema_editor):
    Feedback = apps.get_model("coordination", "Feedback")
    for item in Feedback.objects.filter(message__contains="&").only("pk", "message").iterator():
        plain = html.unescape(item.message)
        if plain != item.message:
            Feedback.objects.filter(pk=item.pk).update(message=plain)


class Migration(migrations.Migration):
    dependencies = [("coordination", "0003_service_versions_store_every_field")]

    operations = [migrations.RunPython(unescape_messages, migrations.RunPython.noop)]
