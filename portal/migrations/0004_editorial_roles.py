"""The editorial roles (Django groups) and exactly the permissions each one needs.

Frozen here as they stood when written; a later migration that changes a role
calls portal.roles.sync_roles with the whole new table. The triage coordinator and
teacher roles only get into the admin for now: the submissions app adds their
permissions on its own models in its own migration.
"""

from django.db import migrations

from portal.roles import remove_roles, sync_roles

ADMIN = ["wagtailadmin.access_admin"]
TAXONOMIES = ["theme", "place", "institution", "organisationtype"]
SITE_CHROME = ["navigationmenu", "footer"]


def model_permissions(app_label, models, actions):
    return [f"{app_label}.{action}_{model}" for model in models for action in actions]


IMAGES_AND_DOCUMENTS = ["wagtailimages.add_image", "wagtaildocs.add_document"]
CHOOSE_MEDIA = ["wagtailimages.choose_image", "wagtaildocs.choose_document"]
EDIT_MEDIA = ["wagtailimages.change_image", "wagtaildocs.change_document"]
DELETE_MEDIA = ["wagtailimages.delete_image", "wagtaildocs.delete_document"]

ROLES = {
    # Writes and edits pages and taxonomies, submits for review; cannot publish or delete.
    "Editors": {
        "permissions": [
            *ADMIN,
            *model_permissions("portal", TAXONOMIES, ["add", "change", "view"]),
            *model_permissions("portal", SITE_CHROME, ["change", "view"]),
            *model_permissions("wagtailsearchpromotions", ["searchpromotion"], ["add", "change", "view"]),
        ],
        "page_permissions": ["add_page", "change_page", "lock_page"],
        "collection_permissions": [*IMAGES_AND_DOCUMENTS, *CHOOSE_MEDIA, *EDIT_MEDIA],
    },
    # Approves (the review workflow's task is theirs), publishes, unpublishes, deletes.
    "Reviewers": {
        "permissions": [
            *ADMIN,
            "wagtail_localize.submit_translation",
            *model_permissions("portal", TAXONOMIES, ["add", "change", "delete", "view"]),
            *model_permissions("portal", SITE_CHROME, ["add", "change", "delete", "view"]),
            *model_permissions(
                "wagtailsearchpromotions", ["searchpromotion"], ["add", "change", "delete", "view"]
            ),
            *model_permissions("wagtailredirects", ["redirect"], ["add", "change", "delete", "view"]),
        ],
        "page_permissions": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
        "collection_permissions": [*IMAGES_AND_DOCUMENTS, *CHOOSE_MEDIA, *EDIT_MEDIA, *DELETE_MEDIA],
    },
    # Translates pages and snippets with wagtail-localize; picks existing images, uploads none.
    "Translators": {
        "permissions": [
            *ADMIN,
            "wagtail_localize.submit_translation",
            *model_permissions("portal", TAXONOMIES, ["add", "change", "view"]),
            *model_permissions("portal", SITE_CHROME, ["add", "change", "view"]),
        ],
        "page_permissions": ["add_page", "change_page"],
        "collection_permissions": CHOOSE_MEDIA,
    },
    # Kenniswinkel staff: the submissions app grants its vraagstuk permissions.
    "Triage coordinators": {"permissions": ADMIN},
    # Teachers register education offers: the submissions app grants those permissions.
    "Teachers": {"permissions": ADMIN},
    # Runs the site: users, roles, sites, settings, workflows, locales; everything editorial.
    "Administrators": {
        "permissions": [
            *ADMIN,
            "wagtail_localize.submit_translation",
            "portal.change_sitesettings",
            "portal.view_sitesettings",
            *model_permissions("portal", TAXONOMIES + SITE_CHROME, ["add", "change", "delete", "view"]),
            *model_permissions("auth", ["user", "group"], ["add", "change", "delete", "view"]),
            *model_permissions("wagtailcore", ["site", "locale"], ["add", "change", "delete", "view"]),
            *model_permissions("wagtailcore", ["workflow", "task"], ["add", "change", "delete", "view"]),
            *model_permissions(
                "wagtailsearchpromotions", ["searchpromotion"], ["add", "change", "delete", "view"]
            ),
            *model_permissions("wagtailredirects", ["redirect"], ["add", "change", "delete", "view"]),
        ],
        "page_permissions": [
            "add_page",
            "change_page",
            "publish_page",
            "bulk_delete_page",
            "lock_page",
            "unlock_page",
        ],
        "collection_permissions": [
            *IMAGES_AND_DOCUMENTS,
            *CHOOSE_MEDIA,
            *EDIT_MEDIA,
            *DELETE_MEDIA,
            "wagtailcore.add_collection",
            "wagtailcore.change_collection",
            "wagtailcore.delete_collection",
        ],
    },
}

# Wagtail's starter group that may publish everything: the review workflow replaces it.
WAGTAIL_STARTER_GROUPS = ["Moderators"]


def create_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=WAGTAIL_STARTER_GROUPS).delete()
    sync_roles(apps, ROLES)


def delete_roles(apps, schema_editor):
    remove_roles(apps, ROLES)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0003_page_body_help_texts"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(create_roles, delete_roles)]
