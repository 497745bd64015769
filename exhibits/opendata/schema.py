"""The JSON Schema of an open-data page, generated from the serializers the API itself
builds for each page type (``COMMON_FIELDS`` plus the type's ``api_fields``), so the
OpenAPI document cannot drift from what the API answers: a field added to a page type
appears in both, and an undocumented field fails the schema check."""

from rest_framework import serializers
from rest_framework.settings import api_settings
from wagtail.api.v2 import serializers as wagtail_serializers

from exhibits.opendata.api import (
    ImageField,
    OpenDataPagesAPIViewSet,
    PageLinksField,
    api_router,
    open_data_models,
)

ALL_FIELDS = [("*", False, None)]  # what ?fields=* asks for
STREAM_BLOCK = {
    "type": "object",
    "required": ["type", "value"],
    "properties": {"type": {"type": "string"}, "value": {}, "id": {"type": "string"}},
}
RELATED_PAGE = {
    "type": "object",
    "required": ["id"],
    "properties": {"id": {"type": "integer"}, "meta": {"type": "object"}},
}


def page_type_names():
    """ "app_label.ModelName" of every open-data page type, as meta.type and ?type= spell it."""
    return [f"{model._meta.app_label}.{model.__name__}" for model in open_data_models()]


def serializer_fields(model):
    """The API's serializer fields for one page type with every field asked for."""
    serializer_class = OpenDataPagesAPIViewSet._get_serializer_class(
        api_router, model, ALL_FIELDS, show_details=True
    )
    serializer = serializer_class(context={"router": api_router})
    meta_fields = set(serializer_class.meta_fields)
    return {name: field for name, field in serializer.fields.items() if name not in meta_fields}


def nullable(schema, field):
    if not field.allow_null:
        return schema
    if "type" in schema:
        return {**schema, "type": [schema["type"], "null"]}
    return {"oneOf": [{"type": "null"}, schema]}


def field_schema(field):
    """The JSON Schema of one serializer field's output; {} for a kind it does not know
    (the schema test fails on those, so a new kind of field gets described here)."""
    if isinstance(field, ImageField):  # None when the page has no image
        return {"oneOf": [{"type": "null"}, {"$ref": "#/components/schemas/Image"}]}
    if isinstance(field, PageLinksField):
        return {"$ref": "#/components/schemas/Links"}
    if isinstance(field, wagtail_serializers.RelatedField):  # a page chosen on the page
        return {"oneOf": [{"type": "null"}, RELATED_PAGE]}
    if isinstance(field, wagtail_serializers.ChildRelationField):
        return {"type": "array", "items": child_schema(field.serializer_class)}
    if isinstance(field, wagtail_serializers.StreamField):
        schema = {"type": "array", "items": STREAM_BLOCK}
    elif isinstance(field, serializers.ListField):
        schema = {"type": "array", "items": field_schema(field.child)}
    elif isinstance(field, serializers.ChoiceField):
        schema = {"type": "string", "enum": list(field.choices)}
        if field.allow_null:
            return {"enum": [*field.choices, None]}
    elif isinstance(field, serializers.BooleanField):
        schema = {"type": "boolean"}
    elif isinstance(field, serializers.IntegerField):
        schema = {"type": "integer"}
    elif isinstance(field, serializers.FloatField):
        schema = {"type": "number"}
    elif isinstance(field, serializers.DecimalField):
        as_string = getattr(field, "coerce_to_string", api_settings.COERCE_DECIMAL_TO_STRING)
        schema = {"type": "string", "format": "decimal"} if as_string else {"type": "number"}
    elif isinstance(field, serializers.DateTimeField):
        schema = {"type": "string", "format": "date-time"}
    elif isinstance(field, serializers.DateField):
        schema = {"type": "string", "format": "date"}
    elif isinstance(field, serializers.CharField):
        schema = {"type": "string"}
    else:
        return {}
    return nullable(schema, field)


def child_schema(serializer_class):
    """One row of a child relation (a programme's dates): its id, its type and the fields
    its model lists in ``api_fields``."""
    fields = serializer_class(context={"router": api_router}).fields
    skipped = {"id", "meta", *serializer_class.meta_fields}
    properties = {
        name: field_schema(field) for name, field in fields.items() if name not in skipped
    }
    return {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "meta": {"type": "object", "properties": {"type": {"type": "string"}}},
            **properties,
        },
        "additionalProperties": False,
    }


def merged(schema, other):
    """One schema for a field name that two page types fill differently: their choices
    joined (an exhibit's kind and a programme's kind), else either shape."""
    if schema == other:
        return schema
    if "enum" in schema and "enum" in other:
        joined = {"enum": list(dict.fromkeys([*schema["enum"], *other["enum"]]))}
        if None not in joined["enum"] and schema.get("type") == other.get("type"):
            joined["type"] = schema["type"]
        return joined
    alternatives = schema.get("anyOf", [schema])
    return {"anyOf": alternatives if other in alternatives else [*alternatives, other]}


def page_body_properties():
    """{field name: schema} over every open-data page type; a name that several types
    share takes every form they give it."""
    properties = {}
    for model in open_data_models():
        for name, field in serializer_fields(model).items():
            schema = field_schema(field)
            properties[name] = merged(properties[name], schema) if name in properties else schema
    return properties


def page_schema():
    """One page as the list and detail endpoints return it. No property is required:
    ?fields= can leave out any of them, even id and meta."""
    return {
        "type": "object",
        "properties": {
            **page_body_properties(),
            "meta": {
                "type": "object",
                "required": ["type", "detail_url"],
                "properties": {
                    "type": {"type": "string", "enum": page_type_names()},
                    "detail_url": {"type": "string", "format": "uri"},
                    "html_url": {"type": ["string", "null"]},
                },
            },
        },
        "additionalProperties": False,
    }
