"""Helpers for the apps' factories (`<app>/factories.py`), which import only their own app and portal.

random.choice(dutch_rows(Place))    # a taxonomy row of the default language, as the demo content made it
"""

from django.conf import settings

from wagtail.models import Locale


def default_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def dutch_rows(model):
    """Every row of a translatable model (a taxonomy) in the default language, Dutch."""
    return list(model.objects.filter(locale__language_code=settings.LANGUAGE_CODE))
