"""Dates in the page's language with its grammar (directory.dates):

{% load local_dates %}
{{ review.starts_on|long_date }}          2. huhtikuuta 2025 · April 2, 2025
{{ practice.start_date|month_and_year }}  huhtikuu 2025 · April 2025
{{ exception.date|weekday_and_day }}      ke 2.4. · Wed, Apr 2
"""

from django import template

from directory import dates

register = template.Library()

register.filter("long_date", dates.long_date)
register.filter("month_and_year", dates.month_and_year)
register.filter("weekday_and_day", dates.weekday_and_day)
register.filter("weekday_and_date", dates.weekday_and_date)
register.filter("full_date", dates.full_date)
