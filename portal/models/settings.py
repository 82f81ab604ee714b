from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Who runs this Kennisbrug: shown in the footer, e-mails and security.txt."""

    organisation_name = models.CharField(
        _("organisation name"),
        max_length=120,
        default="Kennisbrug",
        help_text=_("The science shop or partnership that runs this portal."),
    )
    contact_email = models.EmailField(
        _("contact e-mail"),
        default="kenniswinkel@example.org",
        help_text=_("Public address for questions; also used in security.txt."),
    )
    data_protection_contact = models.CharField(
        _("data-protection contact"),
        max_length=160,
        blank=True,
        help_text=_("Name or role of the data-protection officer, as the privacy statement shows it."),
    )
    data_protection_email = models.EmailField(
        _("data-protection e-mail"),
        blank=True,
        help_text=_("Where people send questions and requests about their personal data."),
    )
    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("contact_email"),
        FieldPanel("data_protection_contact"),
        FieldPanel("data_protection_email"),
        FieldPanel("address"),
        FieldPanel("phone"),
    ]

    class Meta:
        verbose_name = _("site settings")
