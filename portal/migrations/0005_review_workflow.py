"""The "Redactie/Review" workflow: reviewers approve what editors submit.

Assigned to Wagtail's tree root rather than to the two home pages: the root is the
ancestor of the Dutch and the English tree (and of any language added later), it
exists on an empty database, and so every page is moderated on a fresh production
install, before any demo content or home page exists.
"""

from django.db import migrations

WORKFLOW_NAME = "Redactie/Review"
TASK_NAME = "Review door redactie"
REVIEWERS = "Reviewers"


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    task_type, _created = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task, _created = GroupApprovalTask.objects.get_or_create(
        name=TASK_NAME, defaults={"content_type": task_type, "active": True}
    )
    task.groups.set(Group.objects.filter(name=REVIEWERS))
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    # Wagtail's starter workflow ("Moderators approval") lost its group with the roles.
    Workflow.objects.exclude(pk=workflow.pk).update(active=False)
    GroupApprovalTask.objects.exclude(pk=task.pk).update(active=False)
    WorkflowPage.objects.update_or_create(page=Page.objects.get(depth=1), defaults={"workflow": workflow})


def delete_workflow(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW_NAME).delete()
    apps.get_model("wagtailcore", "Task").objects.filter(name=TASK_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [("portal", "0004_editorial_roles")]

    operations = [migrations.RunPython(create_workflow, delete_workflow)]
