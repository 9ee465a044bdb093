"""Theme labels: the framework's slugs by default, or any label set read from a file or from the data."""

from collections.abc import Iterable
from pathlib import Path

import yaml

FRAMEWORK = Path(__file__).resolve().parent / "framework.yaml"


def framework_labels(path: Path = FRAMEWORK) -> list[str]:
    """The 15 determinant and 5 clinical-area slugs, in the framework's order."""
    framework = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [item["slug"] for group in ("determinants", "clinical_areas") for item in framework[group]]


def read_labels_file(path: Path) -> list[str]:
    """One label per line (blank lines and `#` comments skipped), or a YAML/JSON list."""
    text = Path(path).read_text(encoding="utf-8")
    if Path(path).suffix in {".yaml", ".yml", ".json"}:
        loaded = yaml.safe_load(text)
        if isinstance(loaded, dict) and ("determinants" in loaded or "clinical_areas" in loaded):
            return framework_labels(Path(path))
        return [str(label) for label in loaded]
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def labels_in_data(examples: Iterable[dict]) -> list[str]:
    """Every label used by at least one example, sorted."""
    return sorted({label for example in examples for label in example.get("themes", [])})
