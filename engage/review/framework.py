"""The editable framework: themes seeded from nlp/framework.yaml, and which of them the current model knows."""

import json
from pathlib import Path

import yaml
from django.db import transaction

from engage.review.models import FrameworkTheme
from nlp.labels import FRAMEWORK

GROUPS = (("determinants", FrameworkTheme.Group.DETERMINANT), ("clinical_areas", FrameworkTheme.Group.CLINICAL_AREA))


@transaction.atomic
def load_framework(path: Path = FRAMEWORK) -> int:
    """Add the file's themes that are not in the database yet. Idempotent; never overwrites an edited theme.

    Returns how many themes were added.
    """
    framework = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    existing = set(FrameworkTheme.objects.values_list("slug", flat=True))
    added = [
        FrameworkTheme(
            slug=item["slug"],
            name=item["name"],
            group=group,
            description=" ".join(item["description"].split()),
            example_phrases="\n".join(item.get("examples", [])),
        )
        for key, group in GROUPS
        for item in framework.get(key, [])
        if item["slug"] not in existing
    ]
    FrameworkTheme.objects.bulk_create(added)
    return len(added)


def framework_themes() -> list[FrameworkTheme]:
    """Every theme, in the framework's order; seeds them from the file on first use."""
    themes = list(FrameworkTheme.objects.order_by("id"))
    if not themes:
        load_framework()
        themes = list(FrameworkTheme.objects.order_by("id"))
    return themes


def theme_slugs() -> list[str]:
    return [theme.slug for theme in framework_themes()]


def theme_names() -> dict[str, str]:
    return {theme.slug: theme.name for theme in framework_themes()}


def model_labels(model_dir: str | Path | None) -> set[str] | None:
    """The labels of the model in `model_dir` (from its meta.json, without loading it); None if there is none."""
    import nlp

    meta = Path(model_dir or nlp.DEFAULT_MODEL) / "meta.json"
    if not meta.exists():
        return None
    return set(json.loads(meta.read_text(encoding="utf-8")).get("labels", []))
