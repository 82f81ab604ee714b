from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.viewsets.model import ModelViewSet

from ..models import AnswerTemplate
from ..triage.answers import KNOWN, template_problem


class AnswerTemplateForm(WagtailAdminModelForm):
    """A template for a move the partner must hear about names the facts of that move."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["text"].help_text = _(
            "Written to the partner in the template's language. Placeholders are filled in with the "
            "facts of the move: %(known)s. Matched and in progress must name {offer}, {institution} "
            "and {starts_on}; completed {offer}, {institution} and {delivered}; referred "
            "{referred_to}; declined {reason}. For other moves the text prefills the message, which "
            "staff may edit."
        ) % {"known": ", ".join(f"{{{name}}}" for name in sorted(KNOWN))}

    def clean(self):
        cleaned = super().clean()
        problem = template_problem(cleaned.get("status"), cleaned.get("text") or "")
        if problem:
            self.add_error("text", problem)
        return cleaned


class AnswerTemplateViewSet(ModelViewSet):
    model = AnswerTemplate
    icon = "doc-full"
    menu_label = _("Answer templates")
    add_to_admin_menu = False
    url_prefix = "triage/answer-templates"
    name = "answer_templates"
    list_display = ["status", "language", "text"]
    list_filter = ["status", "language"]
    edit_handler = ObjectList(
        [FieldPanel("status"), FieldPanel("language"), FieldPanel("text")], base_form_class=AnswerTemplateForm
    )
    copy_view_enabled = False
