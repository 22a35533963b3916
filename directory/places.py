"""Where services are: places by postcode, and distances from a postcode.

A postcode is compared without spaces and case ("40 100" is "40100"). Its position is the mean
position of the directory's locations with that postcode (its centroid): the directory holds no
postcode map, and the places a service network uses are where its people go.
"""

from __future__ import annotations

import math

from django.db.models import Value
from django.db.models.functions import Replace, Upper

from directory.models import Address, ServiceAtLocation

EARTH_RADIUS_M = 6_371_000


def normalise_postcode(postcode: str) -> str:
    return (postcode or "").replace(" ", "").upper()


def _addresses_with_postcode(postcode: str):
    """The addresses with this postcode, found by the database (not by reading every one)."""
    return Address.objects.annotate(
        plain_postcode=Upper(Replace("postal_code", Value(" "), Value("")))
    ).filter(plain_postcode=normalise_postcode(postcode))


def distance_m(lat1, lon1, lat2, lon2) -> float:
    """Great-circle (haversine) distance in metres."""
    lat1, lon1, lat2, lon2 = (math.radians(float(v)) for v in (lat1, lon1, lat2, lon2))
    a = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(a))


def postcode_centre(postcode: str) -> tuple[float, float] | None:
    """The mean position of the located places with this postcode, or None."""
    points = [
        (float(lat), float(lon))
        for lat, lon in _addresses_with_postcode(postcode)
        .filter(location__latitude__isnull=False, location__longitude__isnull=False)
        .values_list("location__latitude", "location__longitude")
    ]
    if not points:
        return None
    return (
        sum(lat for lat, _lon in points) / len(points),
        sum(lon for _lat, lon in points) / len(points),
    )


def at_postcode(at_locations, postcode: str):
    """The service-at-location records (a queryset) whose place has this postcode."""
    locations = _addresses_with_postcode(postcode).values("location_id")
    return at_locations.filter(location_id__in=locations)


def near_postcode(at_locations, postcode: str, metres: float) -> list[ServiceAtLocation]:
    """The records (an iterable, order kept) whose place is within `metres` of the postcode's
    centre; none when no located place has that postcode."""
    centre = postcode_centre(postcode)
    if centre is None:
        return []
    return [
        sal
        for sal in at_locations
        if sal.location.latitude is not None
        and sal.location.longitude is not None
        and distance_m(*centre, sal.location.latitude, sal.location.longitude) <= metres
    ]
