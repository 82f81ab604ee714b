from django.utils.translation import gettext_lazy as _

from wagtail.admin.viewsets.model import ModelViewSet

from ..models import AnswerTemplate


class AnswerTemplateViewSet(ModelViewSet):
    model = AnswerTemplate
    icon = "doc-full"
    menu_label = _("Answer templates")
    add_to_admin_menu = False
    url_prefix = "triage/answer-templates"
    name = "answer_templates"
    list_display = ["status", "language", "text"]
    list_filter = ["status", "language"]
    form_fields = ["status", "language", "text"]
    copy_view_enabled = False
