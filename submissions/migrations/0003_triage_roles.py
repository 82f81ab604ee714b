"""Role permissions for triage: coordinators work on questions and matches, teachers on offers.

Frozen as written; a later change passes its own list to portal.roles.grant_role_permissions.
"""

from django.db import migrations

from portal.roles import grant_role_permissions

COORDINATORS = [
    "submissions.view_vraagstuk",
    "submissions.change_vraagstuk",
    "submissions.view_attachment",
    "submissions.view_vraagstukevent",
    "submissions.view_consent",
    "submissions.add_educationoffer",
    "submissions.change_educationoffer",
    "submissions.view_educationoffer",
    "submissions.add_match",
    "submissions.change_match",
    "submissions.view_match",
    "submissions.add_answertemplate",
    "submissions.change_answertemplate",
    "submissions.view_answertemplate",
    "submissions.view_impactfollowup",
]
TEACHERS = [
    "submissions.add_educationoffer",
    "submissions.change_educationoffer",
    "submissions.view_educationoffer",
]
# The people who run the site answer data-subject requests: they see questions and may
# export personal data (the privileged permission), but do not triage.
ADMINISTRATORS = [
    "submissions.view_vraagstuk",
    "submissions.view_attachment",
    "submissions.view_consent",
    "submissions.view_vraagstukevent",
    "submissions.export_personal_data",
]


def grant(apps, schema_editor):
    grant_role_permissions(apps, "Triage coordinators", COORDINATORS)
    grant_role_permissions(apps, "Teachers", TEACHERS)
    grant_role_permissions(apps, "Administrators", ADMINISTRATORS)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, names in [
        ("Triage coordinators", COORDINATORS),
        ("Teachers", TEACHERS),
        ("Administrators", ADMINISTRATORS),
    ]:
        codenames = [name.split(".")[1] for name in names]
        permissions = Permission.objects.filter(content_type__app_label="submissions", codename__in=codenames)
        for group in Group.objects.filter(name=role):
            group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("submissions", "0002_triage"),
        ("portal", "0004_editorial_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
