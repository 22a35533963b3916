from django import template

register = template.Library()


@register.filter
def dates_for(dates_by_service, service_id):
    """{{ event_dates|dates_for:service.pk }}: one service's next dates from
    events.calendar.next_dates_of_services()."""
    return (dates_by_service or {}).get(service_id, [])
