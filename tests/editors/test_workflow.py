"""Moderation: an editor submits, a reviewer asks for changes, the editor resubmits, the
reviewer approves and the page goes live; everyone is told by e-mail in their own
admin language. Scheduled publishing and unpublishing run from `publish_scheduled`."""

from datetime import timedelta
from io import StringIO

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import WorkflowState

import pytest

from portal.models import StandardPage
from tests.builders import add_page

from .admin_forms import standard_page_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft_page(home_nl):
    page = StandardPage(
        title="Spelregels voor partners", slug="spelregels", summary="Wat partners mogen verwachten."
    )
    page.live = False
    return add_page(home_nl, page, publish=False)


def edit(client, page, **changes):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    return client.post(url, standard_page_data(page, **changes))


def workflow_action(client, page, action, comment=""):
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})


def test_the_review_workflow_covers_both_language_trees(home_nl, home_en):
    for page in (home_nl, home_en):
        workflow = page.get_workflow()
        assert workflow is not None and workflow.name == "Redactie/Review"
        task = workflow.tasks.get().specific
        assert list(task.groups.values_list("name", flat=True)) == ["Reviewers"]


def test_submit_request_changes_resubmit_approve_publish(
    client, role_user, draft_page, django_capture_on_commit_callbacks
):
    editor = role_user("Editors", language="nl")
    reviewer = role_user("Reviewers", language="en")

    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = edit(client, draft_page, title="Spelregels voor partners", **{"action-submit": "1"})
    assert response.status_code == 302, response.content[:2000]
    draft_page.refresh_from_db()
    assert draft_page.workflow_in_progress
    assert not draft_page.live
    to_reviewer = [message for message in mail.outbox if reviewer.email in message.to]
    assert to_reviewer, [message.to for message in mail.outbox]

    client.force_login(reviewer)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(client, draft_page, "reject", comment="Voeg een contactpersoon toe.")
    draft_page.refresh_from_db()
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(draft_page.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.comment == "Voeg een contactpersoon toe."
    assert not draft_page.live
    to_editor = [message for message in mail.outbox if editor.email in message.to]
    assert to_editor, "the editor hears that changes are requested"

    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        edit(client, draft_page, summary="Met contactpersoon.", **{"action-submit": "1"})
    draft_page.refresh_from_db()
    assert draft_page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not draft_page.live

    client.force_login(reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(client, draft_page, "approve")
    draft_page.refresh_from_db()
    assert draft_page.live
    assert draft_page.specific.summary == "Met contactpersoon."
    assert draft_page.current_workflow_state is None


def test_notifications_arrive_in_each_recipients_admin_language(
    client, role_user, draft_page, django_capture_on_commit_callbacks
):
    editor = role_user("Editors", language="en")
    dutch_reviewer = role_user("Reviewers", language="nl")
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        edit(client, draft_page, **{"action-submit": "1"})
    (to_reviewer,) = [message for message in mail.outbox if dutch_reviewer.email in message.to]
    assert "ingediend" in to_reviewer.subject.lower() or "ingediend" in to_reviewer.body.lower()

    mail.outbox.clear()
    client.force_login(dutch_reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(client, draft_page, "reject", comment="Te lang.")
    (to_editor,) = [message for message in mail.outbox if editor.email in message.to]
    assert "changes requested" in to_editor.subject.lower() or "rejected" in to_editor.subject.lower()
    assert "ingediend" not in to_editor.subject.lower()


def test_scheduled_publishing_and_unpublishing(home_nl, clock):
    """Django's clock passes the moments (tests/clock.py): the command sees what a cron job would see."""
    page = StandardPage(title="Later live", slug="later-live", summary="Staat klaar.")
    page.live = False
    home_nl.add_child(instance=page)
    page.go_live_at = timezone.now() + timedelta(hours=1)
    page.expire_at = page.go_live_at + timedelta(days=1)
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    assert not page.live
    assert revision.approved_go_live_at == page.go_live_at

    call_command("publish_scheduled", stdout=StringIO())
    page.refresh_from_db()
    assert not page.live, "not before its time"

    clock.move_past(page.go_live_at)
    call_command("publish_scheduled", stdout=StringIO())
    page.refresh_from_db()
    assert page.live

    clock.move_past(page.expire_at)
    call_command("publish_scheduled", stdout=StringIO())
    page.refresh_from_db()
    assert not page.live
    assert page.expired
