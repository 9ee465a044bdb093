"""Inter-coder agreement on nominal codes: Cohen's kappa for two coders, Krippendorff's alpha for any number.

Plain functions over plain values. A multi-theme answer is scored per theme as binary present/absent, and overall by
pooling every (answer, theme) pair. None means "not defined" (e.g. nobody ever used the theme, so chance agreement
is perfect and the statistic divides by zero).
"""

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence


def percent_agreement(a: Sequence[Hashable], b: Sequence[Hashable]) -> float | None:
    if len(a) != len(b):
        raise ValueError("both coders must code the same units")
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a) if a else None


def cohen_kappa(a: Sequence[Hashable], b: Sequence[Hashable]) -> float | None:
    """Cohen's kappa of two coders' codes for the same units: (p_o - p_e) / (1 - p_e)."""
    observed = percent_agreement(a, b)
    if observed is None:
        return None
    n = len(a)
    count_a, count_b = Counter(a), Counter(b)
    expected = sum(count_a[k] * count_b[k] for k in count_a.keys() | count_b.keys()) / (n * n)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def krippendorff_alpha(units: Iterable[Sequence[Hashable]]) -> float | None:
    """Krippendorff's alpha (nominal) for units each coded by any number of coders (missing codes left out).

    Units with fewer than two codes cannot be paired and are ignored. alpha = 1 - D_o / D_e, from the coincidence
    matrix: each ordered pair of codes within a unit of m codes adds 1/(m-1).
    """
    coincidences: Counter = Counter()
    for unit in units:
        values = list(unit)
        m = len(values)
        if m < 2:
            continue
        for i, c in enumerate(values):
            for j, k in enumerate(values):
                if i != j:
                    coincidences[c, k] += 1 / (m - 1)
    totals: Counter = Counter()
    for (c, _), weight in coincidences.items():
        totals[c] += weight
    n = sum(totals.values())
    disagreeing = sum(weight for (c, k), weight in coincidences.items() if c != k)
    expected = sum(totals[c] * totals[k] for c in totals for k in totals if c != k)
    if n <= 1 or expected == 0:
        return None
    return 1 - (n - 1) * disagreeing / expected


def binary_units(code_sets: Sequence[Sequence[Iterable[str]]], theme: str) -> list[list[bool]]:
    """Per unit, whether each coder gave `theme`."""
    return [[theme in set(codes) for codes in unit] for unit in code_sets]


def theme_agreement(code_sets: Sequence[Sequence[Iterable[str]]], themes: Sequence[str]) -> dict:
    """Agreement per theme and overall for units coded with sets of themes.

    `code_sets` holds one list per unit (answer) of each coder's set of themes. Returns {"units", "coders":
    "two" | "more", "per_theme": {theme: {"kappa", "alpha", "agreement", "present"}}, "overall": {...}}; kappa only
    when every unit has exactly two coders, alpha always.
    """
    units = [list(unit) for unit in code_sets if len(unit) >= 2]
    two_coders = all(len(unit) == 2 for unit in units)

    def scores(binary: list[list[bool]]) -> dict:
        pairs_a = [unit[0] for unit in binary]
        pairs_b = [unit[1] for unit in binary]
        return {
            "kappa": cohen_kappa(pairs_a, pairs_b) if two_coders and binary else None,
            "alpha": krippendorff_alpha(binary),
            "agreement": percent_agreement(pairs_a, pairs_b) if two_coders and binary else None,
            "present": sum(any(unit) for unit in binary),
        }

    per_theme = {theme: scores(binary_units(units, theme)) for theme in themes}
    pooled = [row for theme in themes for row in binary_units(units, theme)]
    return {
        "units": len(units),
        "coders": "two" if two_coders else "more",
        "per_theme": per_theme,
        "overall": scores(pooled),
    }
