"""The lexical index is a database-specific table (FTS5 on SQLite, tsvector + GIN on PostgreSQL),
so it is created here rather than by a model."""

from django.db import migrations


def create(apps, schema_editor):
    from search import lexical

    lexical.create_table(schema_editor.connection)


def drop(apps, schema_editor):
    from search import lexical

    lexical.drop_table(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
