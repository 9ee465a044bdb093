"""The framework's themes as engage shows them: slug, name and group, read from the project's copy."""

from dataclasses import dataclass
from functools import cache

import yaml

from nlp.labels import FRAMEWORK


@dataclass(frozen=True)
class Theme:
    slug: str
    name: str
    group: str  # "determinant" or "clinical_area"
    description: str


@cache
def themes() -> dict[str, Theme]:
    framework = yaml.safe_load(FRAMEWORK.read_text(encoding="utf-8"))
    found = {}
    for group, kind in (("determinants", "determinant"), ("clinical_areas", "clinical_area")):
        for item in framework[group]:
            found[item["slug"]] = Theme(item["slug"], item["name"], kind, " ".join(item["description"].split()))
    return found


def theme_name(slug: str) -> str:
    theme = themes().get(slug)
    return theme.name if theme else slug.replace("_", " ").capitalize()


@cache
def plus_groups() -> dict[str, str]:
    framework = yaml.safe_load(FRAMEWORK.read_text(encoding="utf-8"))
    return {group["slug"]: group["name"] for group in framework["plus_groups"]}
