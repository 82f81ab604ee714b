"""Faster ranking and autocomplete on PostgreSQL's search index table (search.backends.database).

- Ranking reads every match's body vector (`ts_rank` on title and body before LIMIT). Those vectors
  are a few kB; stored with pglz and, next to the plain texts, mostly moved out of the row into the
  TOAST table, fetching and decompressing them was most of the ranking time (~10 ms for 800
  matches at 10,000 pages). The vectors now stay in the row (storage MAIN: the plain texts move out
  first) and use lz4 where PostgreSQL is built with it, which decompresses several times faster
  (~2.5 ms). The ranking itself is exactly the same. Stored values keep their old storage until
  they are written again, so they are rewritten here.
- Autocomplete matches word prefixes in the `autocomplete` vector (the titles); without an index
  every entry was read and tested.

Runs only on PostgreSQL (the SQLite quick start uses modelsearch's own SQLite backend).
"""

from django.db import migrations

TABLE = "wagtailsearch_indexentry"
VECTOR_COLUMNS = ["title", "autocomplete", "body"]
TEXT_COLUMNS = ["title_text", "body_text"]


def lz4_available(schema_editor):
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            "SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'"
        )
        row = cursor.fetchone()
    return bool(row and row[0])


def store_vectors(schema_editor, storage, compression):
    alterations = [f"ALTER COLUMN {column} SET STORAGE {storage}" for column in VECTOR_COLUMNS]
    if lz4_available(schema_editor):
        alterations += [
            f"ALTER COLUMN {column} SET COMPRESSION {compression}" for column in VECTOR_COLUMNS + TEXT_COLUMNS
        ]
    schema_editor.execute(f"ALTER TABLE {TABLE} {', '.join(alterations)}")
    # Concatenating an empty value builds a new value, stored the way the column now says.
    rewrites = [f"{column} = {column} || ''::tsvector" for column in VECTOR_COLUMNS]
    rewrites += [f"{column} = {column} || ''" for column in TEXT_COLUMNS]
    schema_editor.execute(f"UPDATE {TABLE} SET {', '.join(rewrites)}")


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    store_vectors(schema_editor, "MAIN", "lz4")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS kb_search_autocomplete_gin ON {TABLE} USING gin (autocomplete)"
    )


def backward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS kb_search_autocomplete_gin")
    store_vectors(schema_editor, "EXTENDED", "default")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_search_terms"), ("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(forward, backward)]
