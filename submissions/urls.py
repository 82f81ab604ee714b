from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "submissions"
urlpatterns = [
    path(_("question/form/"), views.intake_form, name="form"),
    path(_("question/received/<str:receipt>/"), views.thank_you, name="thanks"),
    path(_("question/status/<str:token>/"), views.status_page, name="status"),
    path(_("question/impact/<str:token>/"), views.impact_follow_up, name="impact"),
]
