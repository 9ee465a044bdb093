from django import template

from engage.safeguarding import selectors

register = template.Library()


@register.filter
def staff_text(answer) -> str:
    """`{{ answer|staff_text }}`: the answer as staff may read it, free text redacted (see selectors.staff_text)."""
    return selectors.staff_text(answer)
