from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.search import index


class SummaryMixin(models.Model):
    """A short plain-text summary used in listings, search results and meta tags."""

    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences shown in listings, search results and link previews."),
    )

    search_fields = [index.SearchField("summary")]

    class Meta:
        abstract = True

    @property
    def meta_description(self):
        return self.search_description or self.summary
