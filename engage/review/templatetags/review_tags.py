from django import template

register = template.Library()

OVERALL = (
    ("reviewers", "Reviewers with each other (double coded)"),
    ("staff_only", "Framework owners with each other"),
    ("with_youth", "Double-coded answers a youth reviewer coded"),
    ("model", "Model with the settled human codes"),
    ("model_random", "Model with the settled codes, random sample only"),
    ("model_youth", "Model with youth reviewers"),
)


@register.filter
def overall_rows(report: dict) -> list:
    return [(label, report[key]) for key, label in OVERALL]


@register.filter
def stat(value) -> str:
    return f"{value:.2f}" if isinstance(value, int | float) else "–"


@register.filter
def percent(value) -> str:
    return f"{value:.0%}" if isinstance(value, int | float) else "–"
