"""Small-number suppression: the one rule for every count of young people we show or let people download.

Primary: a count from 1 to under the threshold (settings.YOUTH_VOICE["SUPPRESSION_THRESHOLD"], 10) is shown as
"fewer than 10". Zero is shown: it is nobody, so there is no one to recognise.

Secondary: counts are tied by totals (a row's parts add up to its total; deciles 1 and 2 add up to Core20). For each
such relation we ask what someone who knows the rule could work out: a hidden small count lies in 1..threshold-1, a
count hidden to protect it lies at or above the threshold (it was shown before). While any hidden count in a
relation could be pinned to one value, the next smallest shown part of that relation is hidden too (the total, when
no part is left). Counts shared by several tables are one entry here, so a count hidden in one is hidden in all.
"""

import math
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from django.conf import settings


class Status(StrEnum):
    SHOWN = "shown"
    SMALL = "small"  # under the threshold
    WITHHELD = "withheld"  # hidden so that a small count cannot be worked out from totals


Relation = tuple[Hashable, list[Hashable]]  # (total, parts): total == sum(parts)


def threshold() -> int:
    return int(settings.YOUTH_VOICE["SUPPRESSION_THRESHOLD"])


def suppress(
    counts: dict[Hashable, int], relations: Iterable[Relation] = (), *, limit: int | None = None
) -> dict[Hashable, Status]:
    """Decide which counts are shown. Every key of `counts` gets a Status; relations may name only those keys."""
    limit = threshold() if limit is None else limit
    status = {key: Status.SMALL if 0 < value < limit else Status.SHOWN for key, value in counts.items()}
    relations = [(total, list(parts)) for total, parts in relations if parts]
    changed = True
    while changed:
        changed = False
        for total, parts in relations:
            members = [total, *parts]
            if all(status[key] is Status.SHOWN for key in members):
                continue
            if not _could_be_worked_out(counts, status, total, parts, limit):
                continue
            # A shown zero protects nothing (it is nobody), so it is never the one withheld.
            shown_parts = [key for key in parts if status[key] is Status.SHOWN and counts[key] > 0]
            if shown_parts:
                status[min(shown_parts, key=lambda key: (counts[key], parts.index(key)))] = Status.WITHHELD
            elif status[total] is Status.SHOWN:
                status[total] = Status.WITHHELD
            else:
                continue
            changed = True
    return status


def _bounds(status: Status, value: int, limit: int) -> tuple[float, float]:
    if status is Status.SHOWN:
        return value, value
    if status is Status.SMALL:
        return 1, limit - 1
    return limit, math.inf


def _could_be_worked_out(counts, status, total, parts, limit) -> bool:
    """True if some hidden count in `total == sum(parts)` has only one value consistent with what is shown."""
    terms = [(total, -1)] + [(key, 1) for key in parts]  # sum(parts) - total == 0
    if sum(1 for key, _ in terms if status[key] is not Status.SHOWN) == 1:
        return True
    ranges = []
    for key, sign in terms:
        low, high = _bounds(status[key], counts[key], limit)
        ranges.append((sign * low, sign * high) if sign > 0 else (-high, -low))
    low_sum = sum(r[0] for r in ranges)
    high_sum = sum(r[1] for r in ranges)
    for (key, sign), (low, high) in zip(terms, ranges, strict=True):
        if status[key] is Status.SHOWN:
            continue
        # sign * x == -(sum of the others): the others' range bounds x.
        others_low, others_high = low_sum - low, high_sum - high
        x_low, x_high = (-others_high, -others_low) if sign > 0 else (others_low, others_high)
        own_low, own_high = _bounds(status[key], counts[key], limit)
        if max(x_low, own_low) == min(x_high, own_high):
            return True
    return False


@dataclass(frozen=True)
class Cell:
    """A count as it may be shown: the number, or why not; and its percentage only when both counts are shown."""

    status: Status
    value: int | None
    percent: int | None = None

    @property
    def shown(self) -> bool:
        return self.status is Status.SHOWN

    @property
    def label(self) -> str:
        if self.status is Status.SMALL:
            return f"fewer than {threshold()}"
        if self.status is Status.WITHHELD:
            return "withheld"
        return f"{self.value:,}"

    @property
    def percent_label(self) -> str:
        return "" if self.percent is None else f"{self.percent}%"

    def __str__(self) -> str:
        return self.label


def cell(status: Status, value: int, *, of: tuple[Status, int] | None = None) -> Cell:
    """A Cell carrying the value only if shown; `of` is the (status, value) of the denominator for a percentage."""
    if status is not Status.SHOWN:
        return Cell(status, None)
    percent = None
    if of is not None and of[0] is Status.SHOWN and of[1]:
        percent = round(100 * value / of[1])
    return Cell(status, value, percent)
