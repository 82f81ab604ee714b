"""The permission table: what each editorial role may and may not open in the admin."""

import importlib

from django.apps import apps as django_apps
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Locale, Site

import pytest

from portal.models import Theme
from portal.roles import sync_roles
from tests.builders import make_user, standard_page

from .admin_forms import standard_page_data
from .conftest import ROLES

pytestmark = pytest.mark.django_db

E, R, T, C, L, A = ROLES  # editors, reviewers, translators, triage coordinators, teachers (L), admins

# check name -> roles that may use it; every other role must be refused.
PERMISSION_TABLE = {
    "admin_dashboard": {E, R, T, C, L, A},
    "add_page": {E, R, T, A},
    "edit_page": {E, R, T, A},
    "unpublish_page": {R, A},
    "add_image": {E, R, A},
    "add_document": {E, R, A},
    "add_taxonomy": {E, R, T, A},
    "delete_taxonomy": {R, A},
    "translate_page": {R, T, A},
    "translate_taxonomy": {R, T, A},
    "translation_report": {E, R, T, A},
    "content_health_report": {E, R, T, A},
    "redirects": {R, A},
    "site_settings": {A},
    "users": {A},
    "roles": {A},
    "workflows": {A},
    "teacher_pool": {L},
}


@pytest.fixture
def untranslated_page(home_nl):
    return standard_page(
        home_nl, "Alleen in het Nederlands", slug="alleen-nederlands", summary="Nog niet vertaald."
    )


def untranslated_theme():
    theme, _created = Theme.objects.get_or_create(
        key="alleen-nl", locale=Locale.objects.get(language_code="nl"), defaults={"name": "Alleen Nederlands"}
    )
    return theme


def check_url(name, home, page):
    theme = Theme.objects.first()
    urls = {
        "admin_dashboard": reverse("wagtailadmin_home"),
        "add_page": reverse("wagtailadmin_pages:add", args=["portal", "standardpage", home.pk]),
        "edit_page": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "unpublish_page": reverse("wagtailadmin_pages:unpublish", args=[page.pk]),
        "add_image": reverse("wagtailimages:add"),
        "add_document": reverse("wagtaildocs:add"),
        "add_taxonomy": reverse("wagtailsnippets_portal_theme:add"),
        "delete_taxonomy": reverse("wagtailsnippets_portal_theme:delete", args=[theme.pk]),
        "translate_page": reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        "translate_taxonomy": reverse(
            "wagtail_localize:submit_snippet_translation", args=["portal", "theme", untranslated_theme().pk]
        ),
        "translation_report": reverse("portal_reports:translation_status"),
        "content_health_report": reverse("portal_reports:content_health"),
        "redirects": reverse("wagtailredirects:index"),
        "site_settings": reverse(
            "wagtailsettings:edit", args=["portal", "sitesettings", Site.objects.get(is_default_site=True).pk]
        ),
        "users": reverse("wagtailusers_users:index"),
        "roles": reverse("wagtailusers_groups:index"),
        "workflows": reverse("wagtailadmin_workflows:index"),
        "teacher_pool": reverse("submissions_teacher_pool"),
    }
    return urls[name]


def test_the_migration_created_every_role_and_removed_wagtails_publish_everything_group():
    assert set(Group.objects.values_list("name", flat=True)) >= set(ROLES)
    assert not Group.objects.filter(name="Moderators").exists()


@pytest.mark.parametrize("check", PERMISSION_TABLE)
@pytest.mark.parametrize("role", ROLES)
def test_permission_table(client, role_user, home_nl, untranslated_page, role, check):
    user = role_user(role)
    client.force_login(user)
    url = check_url(check, home_nl, untranslated_page)
    response = client.get(url)
    if role in PERMISSION_TABLE[check]:
        assert response.status_code == 200, (role, check, response.status_code)
    else:
        # Wagtail answers a refusal with 403 or a redirect to the dashboard with a message.
        assert response.status_code in (302, 403), (role, check, response.status_code)
        if response.status_code == 302:
            assert response.url != url


def test_a_user_without_a_role_cannot_enter_the_admin(client):
    client.force_login(make_user("no-role"))
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response.url


@pytest.mark.parametrize("role", ROLES)
def test_no_role_is_a_superuser_or_may_open_djangos_own_admin(role_user, role):
    user = role_user(role)
    assert not user.is_superuser
    assert not user.is_staff


def test_only_reviewers_and_administrators_publish(role_user, home_nl):
    for role in ROLES:
        permissions = home_nl.permissions_for_user(role_user(role))
        assert permissions.can_publish() == (role in {R, A}), role


def test_an_editor_cannot_publish_by_posting_the_publish_button(client, role_user, untranslated_page):
    client.force_login(role_user(E))
    url = reverse("wagtailadmin_pages:edit", args=[untranslated_page.pk])
    response = client.post(
        url, standard_page_data(untranslated_page, title="Gewijzigd", **{"action-publish": "1"})
    )
    assert response.status_code in (302, 403)
    untranslated_page.refresh_from_db()
    assert untranslated_page.live
    assert untranslated_page.title == "Alleen in het Nederlands"  # the live version did not change


@pytest.mark.parametrize("role", ROLES)
def test_the_reports_menu_shows_the_editorial_reports_to_whoever_may_open_them(client, role_user, role):
    client.force_login(role_user(role))
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    shown = reverse("portal_reports:translation_status") in dashboard
    assert shown == (role in PERMISSION_TABLE["translation_report"]), role
    assert (reverse("portal_reports:content_health") in dashboard) == shown


def test_syncing_the_roles_again_changes_nothing():
    roles_migration = importlib.import_module("portal.migrations.0004_editorial_roles")

    def snapshot():
        return {
            group.name: (
                sorted(group.permissions.values_list("codename", flat=True)),
                sorted(group.page_permissions.values_list("permission__codename", "page__depth")),
                sorted(group.collection_permissions.values_list("permission__codename", flat=True)),
            )
            for group in Group.objects.filter(name__in=ROLES)
        }

    before = snapshot()
    # Replaying the role migrations in order (portal's table, then the grants of later
    # apps) must land on exactly the groups the database already has.
    sync_roles(django_apps, roles_migration.ROLES)
    importlib.import_module("submissions.migrations.0003_triage_roles").grant(django_apps, None)
    importlib.import_module("submissions.migrations.0011_teacher_proposals").grant(django_apps, None)
    assert snapshot() == before
    assert before[E][1] == sorted([("add_page", 1), ("change_page", 1), ("lock_page", 1)])
