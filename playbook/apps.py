from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlaybookConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "playbook"
    verbose_name = _("Playbook")
