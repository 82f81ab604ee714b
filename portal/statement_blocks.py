"""Blocks for the statements a public body publishes (privacy, accessibility): facts that
must match how the site runs are read from settings when the page renders, never typed
twice. Each has one template in templates/blocks/."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from .blocks import ContentBlock

# What each retention choice means and the setting its job reads (submissions.triage.retention
# anonymises closed questions after TRIAGE_RETENTION_MONTHS).
RETENTION_SETTINGS = {"closed_questions": "TRIAGE_RETENTION_MONTHS"}
RETENTION_CHOICES = [
    ("closed_questions", _("Closed questions: personal data anonymised (TRIAGE_RETENTION_MONTHS)")),
]


MONTHS_PLACEHOLDER = "{months}"


def retention_months(period):
    return int(getattr(settings, RETENTION_SETTINGS[period]))


def must_hold_months(text):
    # The number comes from the configuration; the words around it are the editor's, in each language.
    if MONTHS_PLACEHOLDER not in text:
        raise ValidationError(_("Write {months} where the number of months goes."))


class RetentionPeriodBlock(blocks.StructBlock):
    data = blocks.CharBlock(label=_("Which data"), max_length=200)
    period = blocks.ChoiceBlock(
        choices=RETENTION_CHOICES,
        label=_("Retention period"),
        help_text=_("The period is the one the retention job uses, so the statement cannot drift from it."),
    )
    period_text = blocks.CharBlock(
        label=_("How the period reads"),
        max_length=120,
        validators=[must_hold_months],
        help_text=_(
            "Written in the page's language, with {months} where the number goes, e.g. “{months} months”."
        ),
    )
    explanation = blocks.CharBlock(label=_("What happens then"), required=False, max_length=250)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        months = retention_months(value["period"])
        context["period"] = value["period_text"].replace(MONTHS_PLACEHOLDER, str(months))
        return context

    class Meta:
        template = "blocks/retention_period_block.html"
        icon = "time"
        label = _("Retention period")
        description = _("How long data is kept, with the period taken from the site's configuration.")
        preview_value = {
            "data": "Persoonsgegevens van afgesloten vraagstukken",
            "period": "closed_questions",
            "period_text": "{months} maanden na afsluiting",
            "explanation": "Daarna worden ze geanonimiseerd.",
        }


class DataProtectionContactBlock(blocks.StaticBlock):
    """The data-protection contact from the site settings, so one change updates every page."""

    class Meta:
        template = "blocks/data_protection_contact_block.html"
        icon = "user"
        label = _("Data-protection contact")
        description = _("The data-protection contact and address from the site settings.")
        admin_text = _("Shows the data-protection contact from the site settings.")
        preview_value = None  # the block shows the site settings, whatever its value


class StandardPageBlock(ContentBlock):
    """The body of standard pages: the shared blocks and the statements' facts."""

    retention_period = RetentionPeriodBlock()
    data_protection_contact = DataProtectionContactBlock()
