"""Unmet needs: searches that found nothing, or nothing convincing, kept anonymously for the
network coordinator (what people look for and do not find is where services are missing)."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone

from search.models import UnmetSearch


def record(
    result, top_score: float | None, region: str | None = None, page_language: str | None = None
) -> UnmetSearch:
    """Keep the query, its language, the page's language, how many results it had and how good
    the best was; nothing about who searched."""
    return UnmetSearch.objects.create(
        query=result.query[: UnmetSearch._meta.get_field("query").max_length],
        detected_language=result.detected_language or "",
        page_language=page_language or "",
        result_count=result.total,
        top_score=None if top_score is None else round(float(top_score), 4),
        region=region or "",
    )


def recent(region: str | None = None, since: datetime | None = None):
    """Unmet searches, newest first; `region` keeps those made with that region filter plus
    those made without any region filter (they may concern every region)."""
    from django.db.models import Q

    searches = UnmetSearch.objects.all()
    if region:
        searches = searches.filter(Q(region=region) | Q(region=""))
    if since:
        searches = searches.filter(searched_at__gte=since)
    return searches


def purge_expired(now: datetime | None = None) -> int:
    """Delete the unmet searches older than UNMET_SEARCH_RETENTION_DAYS; idempotent. Even
    anonymous words can say something about a person (a name, an address typed into the box),
    so they are kept only as long as the network needs the trend."""
    limit = (now or timezone.now()) - timedelta(days=settings.UNMET_SEARCH_RETENTION_DAYS)
    deleted, _per_model = UnmetSearch.objects.filter(searched_at__lt=limit).delete()
    return deleted
