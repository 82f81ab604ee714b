"""PostgreSQL extensions and text search configurations for search.backends.database.

Runs only on PostgreSQL (the SQLite quick start uses modelsearch's own SQLite backend). Creating
the extensions needs a role that may create extensions (a superuser, or the owner on PG 13+ for
trusted extensions such as pg_trgm and unaccent).
"""

from django.db import migrations

# name: (configuration to copy, dictionary to stem with after unaccent)
CONFIGS = {
    "kb_dutch": ("dutch", "dutch_stem"),
    "kb_english": ("english", "english_stem"),
    "kb_simple": ("simple", "simple"),
}

FORWARD_SQL = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    # The immutable wrapper modelsearch's Fuzzy(unaccent=True) calls (as its enable_unaccent does).
    """
    CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
    $func$ SELECT public.unaccent('public.unaccent', $1) $func$
    """,
    *[
        f"""
        DO $$ BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{name}') THEN
            CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{source});
            ALTER TEXT SEARCH CONFIGURATION {name}
              ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {stem};
          END IF;
        END $$
        """
        for name, (source, stem) in CONFIGS.items()
    ],
    # modelsearch matches `title || body` when searching all fields; without this index every
    # entry of the language is read and tested.
    "CREATE INDEX IF NOT EXISTS kb_search_title_body_gin ON wagtailsearch_indexentry USING gin ((title || body))",
    # Trigram indexes for the fuzzy (typo-tolerant) search on the index table.
    "CREATE INDEX IF NOT EXISTS kb_search_title_unaccent_trgm"
    " ON wagtailsearch_indexentry USING gin (f_unaccent(title_text) gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS kb_search_body_unaccent_trgm"
    " ON wagtailsearch_indexentry USING gin (f_unaccent(body_text) gin_trgm_ops)",
]

BACKWARD_SQL = [
    "DROP INDEX IF EXISTS kb_search_title_body_gin",
    "DROP INDEX IF EXISTS kb_search_title_unaccent_trgm",
    "DROP INDEX IF EXISTS kb_search_body_unaccent_trgm",
    *[f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}" for name in CONFIGS],
]


def run_on_postgres(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(run_on_postgres(FORWARD_SQL), run_on_postgres(BACKWARD_SQL))]
