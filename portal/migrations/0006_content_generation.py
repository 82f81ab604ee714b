from django.db import migrations, models

import portal.models.content_generation


def create_the_row(apps, schema_editor):
    apps.get_model("portal", "ContentGeneration").objects.get_or_create(pk=1)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0005_review_workflow"),
    ]

    operations = [
        migrations.CreateModel(
            name="ContentGeneration",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("token", models.CharField(default=portal.models.content_generation.new_token, max_length=32)),
            ],
            options={"verbose_name": "content generation"},
        ),
        migrations.RunPython(create_the_row, migrations.RunPython.noop),
    ]
