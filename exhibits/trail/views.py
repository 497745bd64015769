"""Open geodata of the trail and the heritage sites, as GeoJSON for partners' maps."""

from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control

from exhibits.models import TrailPage
from exhibits.trail import geojson


def geojson_response(data):
    response = JsonResponse(
        data, content_type="application/geo+json", json_dumps_params={"ensure_ascii": False}
    )
    response["Access-Control-Allow-Origin"] = "*"
    patch_cache_control(response, public=True, max_age=300)
    return response


def trail_geojson(request, page_id):
    """/geo/trails/<page id>.geojson: a published trail's route and stops."""
    trail = get_object_or_404(TrailPage.objects.visible(), pk=page_id)
    return geojson_response(geojson.trail_collection(trail, request))


def sites_geojson(request):
    """/geo/sites.geojson: every published heritage site."""
    return geojson_response(geojson.sites_collection(request))
