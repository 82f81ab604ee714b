"""The snippet chooser for questions: Wagtail's chooser views check no view permission, so
without this any staff user could list and search every question's reference and title."""

from django.core.exceptions import PermissionDenied

from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)

from .permissions import can_view


class ViewPermissionRequired:
    def dispatch(self, request, *args, **kwargs):
        if not can_view(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class VraagstukChooseView(ViewPermissionRequired, ChooseView):
    pass


class VraagstukChooseResultsView(ViewPermissionRequired, ChooseResultsView):
    pass


class VraagstukChosenView(ViewPermissionRequired, SnippetChosenView):
    pass


class VraagstukChosenMultipleView(ViewPermissionRequired, SnippetChosenMultipleView):
    pass


class VraagstukChooserViewSet(SnippetChooserViewSet):
    choose_view_class = VraagstukChooseView
    choose_results_view_class = VraagstukChooseResultsView
    chosen_view_class = VraagstukChosenView
    chosen_multiple_view_class = VraagstukChosenMultipleView
