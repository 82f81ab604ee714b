"""Apply a table of editorial roles (Django groups) to the database.

Data migrations call `sync_roles` with the table as it stood when they were
written, so running every migration on an empty database and upgrading an old
one end in the same groups. A later migration that changes a role passes its own,
complete table: each listed group then gets exactly those permissions, nothing more.

A role in the table is a dict with
  "permissions":            ["app_label.codename", ...]   model and admin permissions
  "page_permissions":       ["add_page", ...]             on the tree root, so both language trees
  "collection_permissions": ["wagtailimages.add_image", ...] on the root collection
"""

from django.contrib.auth.management import create_permissions
from django.contrib.contenttypes.management import create_contenttypes


def ensure_permissions_exist(apps):
    """Permissions are normally created after the whole `migrate` run; roles need them now."""
    for app_config in apps.get_app_configs():
        # Historical app configs have no models module, which makes both helpers skip them.
        models_module = getattr(app_config, "models_module", None)
        app_config.models_module = models_module or True
        create_contenttypes(app_config, apps=apps, verbosity=0)
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = models_module


def _permissions(apps, names):
    Permission = apps.get_model("auth", "Permission")
    found = []
    for name in names:
        app_label, codename = name.split(".")
        found.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return found


def sync_roles(apps, roles):
    ensure_permissions_exist(apps)
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    tree_root = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)

    for name, role in roles.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set(_permissions(apps, role.get("permissions", [])))

        GroupPagePermission.objects.filter(group=group).delete()
        page_permissions = ["wagtailcore." + codename for codename in role.get("page_permissions", [])]
        for permission in _permissions(apps, page_permissions):
            GroupPagePermission.objects.create(group=group, page=tree_root, permission=permission)

        GroupCollectionPermission.objects.filter(group=group).delete()
        for permission in _permissions(apps, role.get("collection_permissions", [])):
            GroupCollectionPermission.objects.create(
                group=group, collection=root_collection, permission=permission
            )


def grant_role_permissions(apps, role_name, permissions):
    """For other apps' migrations: add their model permissions to an existing role.

    e.g. submissions grants "submissions.change_vraagstuk" to "Triage coordinators"
    (depend on portal's 0004_editorial_roles migration).
    """
    ensure_permissions_exist(apps)
    group = apps.get_model("auth", "Group").objects.get(name=role_name)
    group.permissions.add(*_permissions(apps, permissions))


def remove_roles(apps, roles):
    apps.get_model("auth", "Group").objects.filter(name__in=list(roles)).delete()
