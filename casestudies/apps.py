from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CasestudiesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "casestudies"
    verbose_name = _("Case studies")

    def ready(self):
        from .search_upkeep import connect_search_upkeep  # models must be loaded first

        connect_search_upkeep()
