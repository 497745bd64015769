"""The open-data API (Wagtail API v2 at /api/v2/): read-only JSON for museums,
exhibits, heritage sites, trails and their stops, in both languages.

Every text field comes in both languages (`title_zh_hans`, `title_en`, ...; an
empty translation is null); the unsuffixed ones and `meta.html_url` follow
`?lang=` (default Simplified Chinese). Only live, public pages are listed: the
page rows hold the published version, never a draft.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from rest_framework.fields import Field
from rest_framework.renderers import JSONRenderer
from wagtail.api import APIField
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageHtmlUrlField, PageSerializer
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from exhibits import embeds, public_urls
from exhibits.models import (
    ExhibitPage,
    HeritageSitePage,
    MuseumPage,
    TrailPage,
    TrailStopPage,
)

LANGUAGE_SUFFIXES = tuple(code.replace("-", "_") for code, _name in settings.LANGUAGES)
IMAGE_RENDITIONS = {"small": "fill-480x320|format-webp", "large": "max-1200x1200|format-webp"}
CACHE_SECONDS = 60
OPEN_DATA_MODELS = (MuseumPage, ExhibitPage, HeritageSitePage, TrailPage, TrailStopPage)


def both_languages(*names):
    return [APIField(f"{name}_{suffix}") for name in names for suffix in LANGUAGE_SUFFIXES]


class ImageField(Field):
    """The page's main image: alt text and credit in both languages, WebP rendition URLs."""

    def to_representation(self, image):
        if image is None:
            return None
        data = {
            "id": image.pk,
            "width": image.width,
            "height": image.height,
            "is_placeholder": image.is_placeholder,
        }
        for suffix in LANGUAGE_SUFFIXES:
            data[f"alt_{suffix}"] = getattr(image, f"description_{suffix}") or None
            data[f"credit_{suffix}"] = getattr(image, f"credit_{suffix}") or None
        renditions = {}
        for name, spec in IMAGE_RENDITIONS.items():
            rendition = image.get_rendition(spec)
            renditions[name] = {
                "url": public_urls.file_url(rendition.url),
                "width": rendition.width,
                "height": rendition.height,
            }
        data["renditions"] = renditions
        return data


class PublicHtmlUrlField(PageHtmlUrlField):
    """meta.html_url: the page's URL on the public origin, in the language of ``?lang=``."""

    def to_representation(self, page):
        return public_urls.page_url(page, self.context.get("request"))


class OpenDataPageSerializer(PageSerializer):
    """Wagtail's page serializer with html_url on the public origin, not the Site record."""

    html_url = PublicHtmlUrlField(read_only=True)


class PageLinksField(Field):
    """The page's visitor URL and embed URL in each language, and its GeoJSON if any."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        request = self.context.get("request")
        links = {}
        for code, _name in settings.LANGUAGES:
            suffix = code.replace("-", "_")
            links[f"html_{suffix}"] = public_urls.page_url(page, request, code)
            links[f"embed_{suffix}"] = embeds.embed_url(page, code, request)
        links["geojson"] = geojson_url(page, request)
        return links


def geojson_url(page, request):
    if isinstance(page, TrailPage):
        path = reverse("trail_geojson", args=[page.pk])
    elif isinstance(page, TrailStopPage):
        path = reverse("trail_geojson", args=[page.get_parent().pk])
    elif isinstance(page, HeritageSitePage):
        path = reverse("sites_geojson")
    else:
        return None
    return public_urls.absolute(path)


COMMON_FIELDS = [
    *both_languages("title", "intro", "body"),
    APIField("fact_check_status"),
    APIField("image", serializer=ImageField(source="listing_image")),
    APIField("links", serializer=PageLinksField()),
]
LOCATION_FIELDS = [APIField("latitude"), APIField("longitude"), APIField("location_certainty")]

API_FIELDS = {
    MuseumPage: [
        *COMMON_FIELDS,
        *both_languages("short_name", "address", "opening_hours", "admission", "accessibility"),
        APIField("contact_phone"),
        *LOCATION_FIELDS,
    ],
    ExhibitPage: [
        *COMMON_FIELDS,
        APIField("kind"),
        APIField("position"),
        *both_languages("period_label", "location_in_museum"),
    ],
    HeritageSitePage: [
        *COMMON_FIELDS,
        *both_languages(
            "address",
            "built_label",
            "architect",
            "architectural_style",
            "protection_note",
            "current_use",
        ),
        APIField("protection_level"),
        APIField("year_built"),
        *LOCATION_FIELDS,
    ],
    TrailPage: [
        *COMMON_FIELDS,
        *both_languages("start_point", "end_point", "accessibility"),
    ],
    TrailStopPage: [
        *COMMON_FIELDS,
        APIField("position"),
        *both_languages("directions_to_next"),
        APIField("walk_to_next_m"),
        APIField("walk_to_next_minutes"),
        *LOCATION_FIELDS,
    ],
}


class OpenDataPagesAPIViewSet(PagesAPIViewSet):
    """/api/v2/pages/: the public pages of the five content types, as JSON only."""

    base_serializer_class = OpenDataPageSerializer
    renderer_classes = [JSONRenderer]
    authentication_classes = []
    permission_classes = []
    # Wagtail's search parameter goes straight to the database's full-text syntax (an
    # FTS5 syntax error is a 500) and knows nothing of Chinese words; the site's own
    # search (/<language>/search/) does both properly.
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(["lang"]) - {
        "search",
        "search_operator",
    }
    listing_default_fields = [*PagesAPIViewSet.listing_default_fields, "links"]

    @classmethod
    def get_body_fields(cls, model):
        return cls._convert_api_fields(cls.body_fields + API_FIELDS.get(model, []))

    def initial(self, request, *args, **kwargs):
        language = request.GET.get("lang", settings.LANGUAGE_CODE)
        if language not in dict(settings.LANGUAGES):
            translation.activate(settings.LANGUAGE_CODE)
            raise BadRequestError(
                "lang must be one of: " + ", ".join(code for code, _ in settings.LANGUAGES)
            )
        translation.activate(language)
        request.LANGUAGE_CODE = language
        super().initial(request, *args, **kwargs)

    def get_base_queryset(self):
        return super().get_base_queryset().type(*OPEN_DATA_MODELS)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code == 200:
            patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
        return response


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", OpenDataPagesAPIViewSet)
