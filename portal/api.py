"""Wagtail API v2 (read-only open data) at /api/v2/.

pages/     public pages only (portal.public, for every caller: an editor's session or a
           page password shows nothing more); filter with ?type=casestudies.CaseStudyPage&locale=en and
           on the facet fields a page type exposes, e.g. &education_format=thesis.
themes/, places/, institutions/, organisation-types/
           the shared taxonomies with their language-independent keys (the values the
           case filters use) and translated names; ?locale=en and ?key=... filter them.
"""

from wagtail.api import APIField
from wagtail.api.v2.filters import FieldsFilter, LocaleFilter, OrderingFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet

from rest_framework import serializers

from portal.models import Institution, OrganisationType, Place, Theme
from portal.open_data import with_licence_link
from portal.page_cache import PUBLIC_VIEW_ATTRIBUTE
from portal.public import public_pages


class OpenDataMixin:
    """Open data is the same for every caller: answers may be shared by an HTTP cache in front.
    Every answer names the open-data licence (portal.open_data)."""

    def dispatch(self, request, *args, **kwargs):
        setattr(request, PUBLIC_VIEW_ATTRIBUTE, True)
        return super().dispatch(request, *args, **kwargs)

    def finalize_response(self, request, response, *args, **kwargs):
        return with_licence_link(super().finalize_response(request, response, *args, **kwargs))


class PublicPagesAPIViewSet(OpenDataMixin, PagesAPIViewSet):
    def get_base_queryset(self):
        return public_pages(super().get_base_queryset(), any_language=True, searchable=True)


class LanguageCodeField(serializers.Field):
    def to_representation(self, locale):
        return locale.language_code


class TaxonomyAPIViewSet(OpenDataMixin, BaseAPIViewSet):
    filter_backends = [LocaleFilter, FieldsFilter, OrderingFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(["locale"])
    body_fields = [
        *BaseAPIViewSet.body_fields,
        "key",
        "name",
        APIField("locale", serializer=LanguageCodeField()),
    ]
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, "key", "name", "locale"]

    def get_queryset(self):
        return self.model.objects.select_related("locale").order_by("key", "locale_id")


class ThemeAPIViewSet(TaxonomyAPIViewSet):
    model = Theme
    name = "themes"


class PlaceAPIViewSet(TaxonomyAPIViewSet):
    model = Place
    name = "places"
    body_fields = [*TaxonomyAPIViewSet.body_fields, "country"]
    listing_default_fields = [*TaxonomyAPIViewSet.listing_default_fields, "country"]


class InstitutionAPIViewSet(TaxonomyAPIViewSet):
    model = Institution
    name = "institutions"
    body_fields = [*TaxonomyAPIViewSet.body_fields, "kind"]
    listing_default_fields = [*TaxonomyAPIViewSet.listing_default_fields, "kind"]


class OrganisationTypeAPIViewSet(TaxonomyAPIViewSet):
    model = OrganisationType
    name = "organisation-types"


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
for viewset in (ThemeAPIViewSet, PlaceAPIViewSet, InstitutionAPIViewSet, OrganisationTypeAPIViewSet):
    api_router.register_endpoint(viewset.name, viewset)
