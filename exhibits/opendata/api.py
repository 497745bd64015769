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
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageHtmlUrlField, PageSerializer
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import get_page_models

from exhibits import public_urls
from exhibits.models import HeritageSitePage, TrailPage, TrailStopPage
from exhibits.models.base import api_fields_in_every_language
from exhibits.models.querysets import prefetch_for_listing

# The largest offset and page id a query may name: past them the database's 64-bit
# integers overflow (a 500), and no collection comes near.
MAX_OFFSET = 1_000_000_000
MAX_ID = 2**63 - 1
LANGUAGE_SUFFIXES = tuple(code.replace("-", "_") for code, _name in settings.LANGUAGES)
IMAGE_RENDITIONS = {"small": "fill-480x320|format-webp", "large": "max-1200x1200|format-webp"}
CACHE_SECONDS = 60
BODY_FIELDS = tuple(f"body_{suffix}" for suffix in LANGUAGE_SUFFIXES)


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
            links[f"embed_{suffix}"] = page.embed_url(code, request)
        links["geojson"] = geojson_url(page, request, self.trail_ids())
        return links

    def trail_ids(self):
        """{tree path: page id} of every trail, read once per response (a stop's trail is
        the trail whose path starts its own)."""
        context = self.context
        if "trail_ids" not in context:
            context["trail_ids"] = dict(TrailPage.objects.values_list("path", "pk"))
        return context["trail_ids"]


def geojson_url(page, request, trail_ids=None):
    if isinstance(page, TrailPage):
        path = reverse("trail_geojson", args=[page.pk])
    elif isinstance(page, TrailStopPage):
        parent_path = page.path[: -page.steplen]
        trail_id = (trail_ids or {}).get(parent_path) or page.get_parent().pk
        path = reverse("trail_geojson", args=[trail_id])
    elif isinstance(page, HeritageSitePage):
        path = reverse("sites_geojson")
    else:
        return None
    return public_urls.absolute(path)


def whole_number(request, name, default, maximum):
    """A query parameter that must be a whole number from 0 to `maximum`, or BadRequestError."""
    raw = request.GET.get(name)
    if raw is None:
        return default
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 19 or int(raw) > maximum:
        raise BadRequestError(
            f"{name} must be a whole number from 0 to {maximum} / "
            f"{name} 须为 0 至 {maximum} 之间的整数"
        )
    return int(raw)


class OpenDataPagination(WagtailPagination):
    """Wagtail's limit and offset, refused with a bilingual 400 when they are not whole
    numbers in range (an offset past 2^63 overflowed the database)."""

    def paginate_queryset(self, queryset, request, view=None):
        limit_max = settings.WAGTAILAPI_LIMIT_MAX
        offset = whole_number(request, "offset", 0, MAX_OFFSET)
        limit = whole_number(request, "limit", min(20, limit_max), limit_max)
        self.view = view
        self.total_count = queryset.count()
        return queryset[offset : offset + limit]


# Every open-data page type has these; each adds its own ``api_fields``.
COMMON_FIELDS = [
    *api_fields_in_every_language("title", "intro", "body"),
    APIField("fact_check_status"),
    APIField("image", serializer=ImageField(source="listing_image")),
    APIField("links", serializer=PageLinksField()),
]


def open_data_models():
    """The page types the API lists (``in_open_data``), in the order Wagtail knows them."""
    return [model for model in get_page_models() if getattr(model, "in_open_data", False)]


def api_fields_of(model):
    """The fields the API exposes for one page type, besides Wagtail's own."""
    return [*COMMON_FIELDS, *model.api_fields] if model in open_data_models() else []


class OpenDataPagesAPIViewSet(PagesAPIViewSet):
    """/api/v2/pages/: the public pages of the five content types, as JSON only."""

    base_serializer_class = OpenDataPageSerializer
    pagination_class = OpenDataPagination
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
        return cls._convert_api_fields(cls.body_fields + api_fields_of(model))

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
        return super().get_base_queryset().type(*open_data_models())

    def paginate_queryset(self, queryset):
        """The page of results, with what the serializers read loaded for all of it at
        once, so a listing costs the same queries for 1 result or 50."""
        return prefetch_for_listing(
            list(super().paginate_queryset(queryset)), stream_fields=BODY_FIELDS
        )

    def get_object(self):
        return prefetch_for_listing([super().get_object()], stream_fields=BODY_FIELDS)[0]

    def find_object(self, queryset, request):
        """/api/v2/pages/find/?id= or ?html_path=: an id that is not a page id is a 400."""
        if "id" in request.GET:
            whole_number(request, "id", None, MAX_ID)
        return super().find_object(queryset, request)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code == 200:
            patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
        return response


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", OpenDataPagesAPIViewSet)
