from django.db import migrations


def drop_foreign_key(apps, schema_editor):
    # Earlier databases made search_fts reference search_searchdocument, which breaks Django's
    # flush on PostgreSQL; the index keeps the two tables in step itself.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "ALTER TABLE search_fts DROP CONSTRAINT IF EXISTS search_fts_doc_id_fkey"
        )


class Migration(migrations.Migration):
    dependencies = [("search", "0003_provider")]

    operations = [migrations.RunPython(drop_foreign_key, migrations.RunPython.noop)]
