"""The OpenAPI 3 description of the public endpoints: the open-data API, GeoJSON and
oEmbed, served at /api/openapi.json, its page schema generated from the API's own
serializers (exhibits.opendata.schema). A property-based test (schemathesis) checks the
running site against it."""

from django.conf import settings
from django.http import JsonResponse
from django.utils.cache import patch_cache_control

from exhibits.models import SiteSettings
from exhibits.models.channels import DEFAULT_WIDTH
from exhibits.opendata.schema import page_schema, page_type_names

MAX_ID = 2_147_483_647


def json_content(schema, media_type="application/json"):
    return {media_type: {"schema": schema}}


def geojson_responses():
    return {
        "200": {
            "description": "A FeatureCollection",
            "content": json_content(
                {"$ref": "#/components/schemas/FeatureCollection"}, "application/geo+json"
            ),
        },
        "429": TOO_MANY,
    }


def message_response(description):
    return {
        "description": description,
        "content": json_content({"$ref": "#/components/schemas/Message"}),
    }


HTML_NOT_FOUND = {
    "description": "Not found",
    "content": {"text/html": {"schema": {"type": "string"}}},
}
TOO_MANY = {"$ref": "#/components/responses/TooManyRequests"}
LANG = {
    "name": "lang",
    "in": "query",
    "description": "Language of the unsuffixed fields and meta.html_url (default zh-hans).",
    "schema": {"type": "string", "enum": [code for code, _name in settings.LANGUAGES]},
}
FIELDS = {
    "name": "fields",
    "in": "query",
    "description": "Wagtail's field selection, e.g. `*` or `title_en,image`.",
    "schema": {"type": "string", "enum": ["*", "title_zh_hans,title_en", "-links", "_,links"]},
}


def terms():
    """The partner terms in both languages, for the description; empty until staff write them."""
    site_settings = SiteSettings.load()
    texts = [site_settings.partner_terms_zh_hans, site_settings.partner_terms_en]
    written = "\n\n".join(text.strip() for text in texts if text and text.strip())
    return f"\n\nTerms of use · 使用条款:\n\n{written}" if written else ""


def document():
    limit_max = settings.WAGTAILAPI_LIMIT_MAX
    page = page_schema()
    site_settings = SiteSettings.load()
    return {
        "openapi": "3.1.0",
        "info": {
            "title": f"{site_settings.name_en or site_settings.name} open data · "
            f"{site_settings.name_zh_hans or site_settings.name}开放数据",
            "version": "2",
            "description": (
                "Read-only data about the financial-history museums, their exhibits, the "
                "historic bank buildings and the Datong St - Baixiang St heritage trail of "
                "Yuzhong District, Chongqing, in Simplified Chinese and English. Any origin "
                "may read it (CORS `*`, no credentials). Each client may make "
                f"{settings.MUSEUM_OPEN_DATA_RATE_LIMIT[0]} requests per "
                f"{settings.MUSEUM_OPEN_DATA_RATE_LIMIT[1]} seconds; beyond that the "
                "answer is 429 with Retry-After. Only published, public pages appear." + terms()
            ),
        },
        "servers": [{"url": settings.MUSEUM_PUBLIC_URL}],
        "paths": {
            "/api/v2/pages/": {
                "get": {
                    "operationId": "listPages",
                    "summary": "Museums, exhibits, heritage sites, trails and trail stops",
                    "parameters": [
                        {
                            "name": "type",
                            "in": "query",
                            "schema": {"type": "string", "enum": page_type_names()},
                        },
                        LANG,
                        FIELDS,
                        {
                            "name": "limit",
                            "in": "query",
                            "description": f"Page size, at most {limit_max} (default 20).",
                            "schema": {"type": "integer", "minimum": 0, "maximum": limit_max},
                        },
                        {
                            "name": "offset",
                            "in": "query",
                            "schema": {"type": "integer", "minimum": 0, "maximum": 1_000_000},
                        },
                        {
                            "name": "order",
                            "in": "query",
                            "schema": {"type": "string", "enum": ["id", "-id", "title", "-title"]},
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": "One page of results",
                            "content": json_content(
                                {
                                    "type": "object",
                                    "required": ["meta", "items"],
                                    "properties": {
                                        "meta": {
                                            "type": "object",
                                            "required": ["total_count"],
                                            "properties": {"total_count": {"type": "integer"}},
                                        },
                                        "items": {"type": "array", "items": page},
                                    },
                                }
                            ),
                        },
                        "400": message_response("A parameter was not understood"),
                        "429": TOO_MANY,
                    },
                }
            },
            "/api/v2/pages/{id}/": {
                "get": {
                    "operationId": "getPage",
                    "summary": "One page with all its fields",
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "integer", "minimum": 1, "maximum": MAX_ID},
                        },
                        LANG,
                        FIELDS,
                    ],
                    "responses": {
                        "200": {"description": "The page", "content": json_content(page)},
                        "400": message_response("A parameter was not understood"),
                        "404": message_response("No published, public page with this id"),
                        "429": TOO_MANY,
                    },
                }
            },
            "/geo/sites.geojson": {
                "get": {
                    "operationId": "heritageSitesGeoJSON",
                    "summary": "Every published heritage site (RFC 7946, WGS-84)",
                    "responses": geojson_responses(),
                }
            },
            "/geo/trails/{page_id}.geojson": {
                "get": {
                    "operationId": "trailGeoJSON",
                    "summary": "A trail's route and stops (RFC 7946, WGS-84)",
                    "parameters": [
                        {
                            "name": "page_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "integer", "minimum": 1, "maximum": MAX_ID},
                        }
                    ],
                    "responses": {**geojson_responses(), "404": HTML_NOT_FOUND},
                }
            },
            "/oembed/": {
                "get": {
                    "operationId": "oembed",
                    "summary": "oEmbed (type rich) for a museum, exhibit, site, trail or stop",
                    "parameters": [
                        {
                            "name": "url",
                            "in": "query",
                            "required": True,
                            "schema": {"type": "string", "minLength": 1, "maxLength": 2000},
                        },
                        {
                            "name": "format",
                            "in": "query",
                            "description": "Only json is supported; any other format "
                            "(xml) answers 501 Not Implemented.",
                            "schema": {"type": "string", "enum": ["json"]},
                        },
                        {
                            "name": "maxwidth",
                            "in": "query",
                            "schema": {"type": "integer", "minimum": 1, "maximum": 100_000},
                        },
                        {
                            "name": "maxheight",
                            "in": "query",
                            "schema": {"type": "integer", "minimum": 1, "maximum": 100_000},
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": "The embed",
                            "content": json_content({"$ref": "#/components/schemas/OEmbed"}),
                        },
                        "400": {"$ref": "#/components/responses/OEmbedError"},
                        "404": {"$ref": "#/components/responses/OEmbedError"},
                        "501": {"$ref": "#/components/responses/OEmbedError"},
                        "429": TOO_MANY,
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "Message": {
                    "type": "object",
                    "required": ["message"],
                    "properties": {"message": {"type": "string"}},
                },
                "Rendition": {
                    "type": "object",
                    "required": ["url", "width", "height"],
                    "properties": {
                        "url": {"type": "string"},
                        "width": {"type": "integer"},
                        "height": {"type": "integer"},
                    },
                },
                "Image": {
                    "type": "object",
                    "required": ["id", "renditions"],
                    "properties": {
                        "id": {"type": "integer"},
                        "alt_zh_hans": {"type": ["string", "null"]},
                        "alt_en": {"type": ["string", "null"]},
                        "renditions": {
                            "type": "object",
                            "additionalProperties": {"$ref": "#/components/schemas/Rendition"},
                        },
                    },
                },
                "Links": {
                    "type": "object",
                    "properties": {
                        "html_zh_hans": {"type": "string"},
                        "html_en": {"type": "string"},
                        "embed_zh_hans": {"type": "string"},
                        "embed_en": {"type": "string"},
                        "geojson": {"type": ["string", "null"]},
                    },
                },
                "FeatureCollection": {
                    "type": "object",
                    "required": ["type", "features"],
                    "properties": {
                        "type": {"const": "FeatureCollection"},
                        "bbox": {"type": "array", "items": {"type": "number"}},
                        "features": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "required": ["type", "geometry", "properties"],
                                "properties": {
                                    "type": {"const": "Feature"},
                                    "geometry": {"type": ["object", "null"]},
                                    "properties": {"type": "object"},
                                },
                            },
                        },
                    },
                },
                "OEmbed": {
                    "type": "object",
                    "required": ["version", "type", "html", "width", "height"],
                    "properties": {
                        "version": {"const": "1.0"},
                        "type": {"const": "rich"},
                        "title": {"type": "string"},
                        "provider_name": {"type": "string"},
                        "provider_url": {"type": "string"},
                        "cache_age": {"type": "integer"},
                        "html": {"type": "string"},
                        "width": {"type": "integer", "minimum": 1, "maximum": DEFAULT_WIDTH},
                        "height": {"type": "integer", "minimum": 1},
                    },
                },
            },
            "responses": {
                "TooManyRequests": {
                    "description": "Over the per-client rate limit",
                    "headers": {
                        "Retry-After": {
                            "description": "Seconds until the next window",
                            "schema": {"type": "integer", "minimum": 1},
                        }
                    },
                    "content": json_content({"$ref": "#/components/schemas/Message"}),
                },
                "OEmbedError": {
                    "description": "Bad request (400), no embeddable page (404) or format (501)",
                    "content": json_content(
                        {
                            "type": "object",
                            "required": ["error"],
                            "properties": {"error": {"type": "string"}},
                        }
                    ),
                },
            },
        },
    }


def openapi_json(request):
    """/api/openapi.json: this document."""
    response = JsonResponse(document(), json_dumps_params={"ensure_ascii": False})
    patch_cache_control(response, public=True, max_age=3600)
    return response
