from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.blocks import ContentBlock
from portal.models import BasePage
from portal.public import public_in_active_language, public_pages

from ..blocks import SelfCheckBlock


class SubmissionGuidePage(BasePage):
    """What makes a question fit education, a self-check, and the way to the form."""

    body = StreamField(
        ContentBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("The guide for partners: what fits education and what we ask of you."),
    )
    self_check = StreamField(
        [("question", SelfCheckBlock())],
        blank=True,
        verbose_name=_("self-check"),
        help_text=_("Questions a partner answers for themselves before filling in the form."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the form; the translation in the visitor's language is used."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("self_check"),
        FieldPanel("privacy_page"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("question guide page")

    @classmethod
    def for_active_language(cls):
        """The public guide in the visitor's language, else a public one in another language."""
        return public_in_active_language(public_pages(cls.objects.all(), any_language=True)).first()

    def localized_privacy_page(self):
        """The privacy statement in the visitor's language where public, else as linked; None when
        it is not public at all."""
        if self.privacy_page_id is None:
            return None
        return public_in_active_language(Page.objects.filter(pk=self.privacy_page_id)).first()
