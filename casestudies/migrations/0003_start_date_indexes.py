from django.db import migrations, models

LISTING_INDEX = "casestudy_start_date_listing"


def create_listing_index(apps, schema_editor):
    """Newest first with undated cases last, as the listing sorts; SQLite has no NULLS LAST index."""
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {LISTING_INDEX} "
            "ON casestudies_casestudypage (start_date DESC NULLS LAST)"
        )


def drop_listing_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {LISTING_INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("casestudies", "0002_help_texts"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="casestudypage",
            index=models.Index(fields=["-start_date"], name="casestudy_start_date_desc"),
        ),
        migrations.RunPython(create_listing_index, drop_listing_index),
    ]
