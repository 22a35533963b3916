from django import template

from coordination.feedback import form_token

register = template.Library()


@register.simple_tag
def feedback_token() -> str:
    """A fresh signed time token for a feedback form (see coordination.feedback)."""
    return form_token()
