from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from portal import checks  # noqa: F401 (registers the system checks)
        from portal.admin_reports.link_tracking import connect_link_tracking  # models must be loaded first
        from portal.signals import connect_page_cache_invalidation  # models must be loaded first
        from portal.translation_sync import connect_translation_sync  # models must be loaded first

        connect_page_cache_invalidation()
        connect_link_tracking()
        connect_translation_sync()
