from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from .admin.answer_templates import AnswerTemplateViewSet
from .admin.bulk_actions import AssignBulkAction, MoveToIntakeBulkAction
from .admin.dashboard import add_triage_panel
from .admin.offers import EducationOfferViewSet
from .admin.permissions import VraagstukPermissionPolicy
from .admin.teacher_views import TeacherPoolView
from .admin.viewsets import VraagstukViewSet
from .models import Vraagstuk
from .triage import log_actions as triage_log_actions
from .triage.teachers import can_propose
from .views import download_attachment


@hooks.register("register_admin_urls")
def register_attachment_download():
    # Under /admin/, so Wagtail's admin login applies before our permission check.
    return [
        path(
            "submissions/attachments/<int:pk>/download/",
            download_attachment,
            name="submissions_attachment_download",
        )
    ]


# Triage (issue 6): the question list and detail, their actions, the dashboard panel.
register_permission_policy(Vraagstuk, VraagstukPermissionPolicy(Vraagstuk))
register_snippet(VraagstukViewSet)
hooks.register("register_log_actions", triage_log_actions.register)
hooks.register("construct_homepage_panels", add_triage_panel)
hooks.register("register_bulk_action", MoveToIntakeBulkAction)
hooks.register("register_bulk_action", AssignBulkAction)


@hooks.register("register_admin_viewset")
def register_triage_viewsets():
    return [EducationOfferViewSet(), AnswerTemplateViewSet()]


# Teachers in the loop (issue 16): the pool of questions shared with their institutions.
@hooks.register("register_admin_urls")
def register_teacher_pool():
    return [path("triage/teach/", TeacherPoolView.as_view(), name="submissions_teacher_pool")]


class TeacherPoolMenuItem(MenuItem):
    def is_shown(self, request):
        return can_propose(request.user)


@hooks.register("register_admin_menu_item")
def register_teacher_pool_menu_item():
    return TeacherPoolMenuItem(
        _("Open questions for your offers"), reverse("submissions_teacher_pool"), icon_name="help", order=150
    )
