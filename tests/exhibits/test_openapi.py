"""The OpenAPI document at /api/openapi.json matches what the site answers: schemathesis
generates requests for every described operation (API, GeoJSON, oEmbed) and checks that
none fails with a server error and every response conforms to the document."""

import pytest
import schemathesis
from django.core import signals
from django.core.cache import cache
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from exhibits.factories import (
    ExhibitPageFactory,
    FilmIndexPageFactory,
    FilmPageFactory,
    HeritageSiteIndexPageFactory,
    HeritageSitePageFactory,
    MuseumImageFactory,
    MuseumPageFactory,
    ProgrammePageFactory,
    TrailPageFactory,
    TrailStopPageFactory,
)
from tests.base import build_home

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


@pytest.fixture
def open_data_schema(db, settings):  # noqa: F811 -- pytest-django's settings fixture
    settings.MUSEUM_OPEN_DATA_RATE_LIMIT = (1_000_000, 60)
    cache.clear()
    home = build_home()
    museum = MuseumPageFactory(parent=home, listing_image=MuseumImageFactory())
    ExhibitPageFactory(parent=museum)
    ProgrammePageFactory(parent=museum, venue_page=museum, ticket_price=30)
    ProgrammePageFactory(parent=home, status="cancelled")
    HeritageSitePageFactory(parent=HeritageSiteIndexPageFactory(parent=home))
    trail = TrailPageFactory(parent=home)
    TrailStopPageFactory(parent=trail)
    TrailStopPageFactory(parent=trail, latitude=None, longitude=None)
    # Django's test client keeps the test's database connection open across requests;
    # a bare WSGI call would close it at the end of each request (fatal on PostgreSQL,
    # where the test runs inside that connection's transaction).
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/openapi.json", get_wsgi_application())
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


def test_every_operation_conforms_to_the_document(open_data_schema):
    """Up to 150 generated requests per operation (the same ones on every run): no 5xx,
    and status codes, content types, headers and bodies all as documented."""
    operations = [result.ok() for result in open_data_schema.get_all_operations()]
    assert len(operations) == 5
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=150,
            derandomize=True,  # the same cases each run: a failure reproduces, a pass repeats
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def conforms(case):
            # The WSGI transport hands back bodies as sent, and the server gzips JSON for
            # clients that accept it; ask for it plain so the body can be validated.
            case.call_and_validate(checks=CHECKS, headers={"Accept-Encoding": "identity"})

        conforms()


@pytest.mark.django_db
def test_document_describes_every_public_endpoint(client):
    """API, GeoJSON and oEmbed are all described, and the document is public data."""
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    paths = set(response.json()["paths"])
    assert paths == {
        "/api/v2/pages/",
        "/api/v2/pages/{id}/",
        "/geo/sites.geojson",
        "/geo/trails/{page_id}.geojson",
        "/oembed/",
    }


@pytest.mark.django_db
def test_the_page_schema_lists_every_field_the_api_returns_and_no_other(client, settings):  # noqa: F811
    """For every open-data page type, `?fields=*` returns exactly the documented body
    fields, each with a schema: the document is generated from the API's field lists."""
    settings.MUSEUM_OPEN_DATA_RATE_LIMIT = (1_000_000, 60)
    home = build_home()
    museum = MuseumPageFactory(parent=home)
    trail = TrailPageFactory(parent=home)
    pages = [
        museum,
        ExhibitPageFactory(parent=museum),
        HeritageSitePageFactory(parent=HeritageSiteIndexPageFactory(parent=home)),
        trail,
        TrailStopPageFactory(parent=trail),
        FilmPageFactory(parent=FilmIndexPageFactory(parent=home)),
        ProgrammePageFactory(parent=museum, venue_page=museum),
    ]
    schema = client.get("/api/openapi.json").json()
    page_schema = schema["paths"]["/api/v2/pages/{id}/"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["schema"]
    documented = set(page_schema["properties"])
    assert page_schema["additionalProperties"] is False
    assert all(page_schema["properties"].values()), "every field has a schema"
    assert set(page_schema["properties"]["meta"]["properties"]["type"]["enum"]) == {
        f"exhibits.{type(page).__name__}" for page in pages
    }
    returned = set()
    for page in pages:
        data = client.get(f"/api/v2/pages/{page.pk}/", {"fields": "*"}).json()
        assert set(data) <= documented, type(page).__name__
        returned |= set(data)
    assert returned == documented
