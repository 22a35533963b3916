from django import template

from coordination.feedback import form_token

register = template.Library()


@register.simple_tag
def feedback_token(previous: str = "") -> str:
    """A signed time token for a feedback form: the form's own when it is shown again with an
    error, else a fresh one (see coordination.feedback)."""
    return form_token(previous or "")
