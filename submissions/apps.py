from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SubmissionsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "submissions"
    verbose_name = _("Questions")

    def ready(self):
        from .board.invalidation import connect_board_invalidation  # models must be loaded first

        connect_board_invalidation()
