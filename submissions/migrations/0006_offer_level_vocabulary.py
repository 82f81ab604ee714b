"""Education offers take their level from the site's one vocabulary (portal.models.InstitutionType):
the former levels map onto it (hbo -> hogeschool, wo -> university; mbo and secondary keep their
keys), any other value becomes the type of the offer's institution, and the database refuses
what is not in the vocabulary."""

from django.db import migrations, models

FORMER_LEVELS = {"hbo": "hogeschool", "wo": "university", "mbo": "mbo", "secondary": "secondary"}
VOCABULARY = ["university", "hogeschool", "mbo", "secondary"]


def to_vocabulary(apps, schema_editor):
    EducationOffer = apps.get_model("submissions", "EducationOffer")
    for offer in EducationOffer.objects.exclude(level__in=VOCABULARY).select_related("institution"):
        offer.level = FORMER_LEVELS.get(offer.level, offer.institution.kind)
        offer.save(update_fields=["level"])


def to_former_levels(apps, schema_editor):
    EducationOffer = apps.get_model("submissions", "EducationOffer")
    for former, key in FORMER_LEVELS.items():
        EducationOffer.objects.filter(level=key).update(level=former)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0009_retention_period_text"),
        ("submissions", "0005_vraagstuk_email_key"),
    ]

    operations = [
        migrations.RunPython(to_vocabulary, to_former_levels),
        migrations.AlterField(
            model_name="educationoffer",
            name="level",
            field=models.CharField(
                choices=[
                    ("university", "University"),
                    ("hogeschool", "University of applied sciences"),
                    ("mbo", "Vocational school (mbo)"),
                    ("secondary", "Secondary school"),
                ],
                max_length=20,
                verbose_name="level",
            ),
        ),
        migrations.AddConstraint(
            model_name="educationoffer",
            constraint=models.CheckConstraint(
                condition=models.Q(("level__in", VOCABULARY)),
                name="offer_level_in_vocabulary",
            ),
        ),
    ]
