"""The status side panel of a question's edit view: its triage status and the link to its
history, never Wagtail's "Live" (a question is not published content)."""

from wagtail.snippets.side_panels import SnippetStatusSidePanel

WORKFLOW_TEMPLATE = "wagtailadmin/shared/side_panels/includes/status/workflow.html"
QUESTION_STATUS_TEMPLATE = "submissions/admin/side_panels/question_status.html"


class QuestionEditStatusSidePanel(SnippetStatusSidePanel):
    def get_status_templates(self, context):
        others = [name for name in super().get_status_templates(context) if name != WORKFLOW_TEMPLATE]
        return [QUESTION_STATUS_TEMPLATE, *others]
