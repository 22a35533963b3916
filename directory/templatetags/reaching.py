"""How to reach a service, compactly, in any list of services:

    {% load reaching %}
    {% with reach=service|essentials %}{% if reach %}…{% endif %}{% endwith %}

The list must prefetch directory.reach.ESSENTIALS_PREFETCH (browse, search and the navigator
do), or every card costs queries.
"""

from django import template

from directory.reach import essentials

register = template.Library()


@register.filter(name="essentials")
def essentials_filter(service):
    return essentials(service)
