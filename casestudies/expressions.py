"""SQL expressions that keep the listing and detail queries few and fixed in number."""

from django.conf import settings
from django.db.models import Exists, OuterRef, Subquery
from django.db.models.functions import Coalesce, Length, Substr
from django.utils.translation import get_language

from wagtail.models import PageViewRestriction


def under_view_restriction(path_field="path"):
    """True for a page at or below a page with a view restriction (private, password, groups).

    The same rule as PageQuerySet.public(), evaluated inside the query instead of
    loading every restriction first.
    """
    return Exists(
        PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef(path_field), 1, Length("page__path")),
        )
    )


def localized_name(model, key_field):
    """The name of the `model` row with the key in `key_field`, in the active language,
    falling back to the default language (Dutch) when it has no translation."""

    def name_in(language):
        return Subquery(
            model.objects.filter(key=OuterRef(key_field), locale__language_code=language)
            .order_by()
            .values("name")[:1]
        )

    return Coalesce(name_in(get_language()), name_in(settings.LANGUAGE_CODE))
