"""The suppression rule on its own: primary, secondary, and an attacker who knows the rule and the totals."""

import itertools

import pytest

from engage.indicators.suppression import Cell, Status, cell, suppress, threshold

LIMIT = 10


def row(values: list[int], extra: list[tuple[str, list[str]]] = ()):
    """A row of named parts with its total: ({"a": 3, ...,"total": n}, relations)."""
    counts = {f"c{i}": v for i, v in enumerate(values)}
    counts["total"] = sum(values)
    return counts, [("total", [f"c{i}" for i in range(len(values))]), *extra]


def feasible_values(counts, status, relations, key, *, search=None):
    """Every value the hidden `key` could take, given what is shown, the rule's bounds and the totals.

    Brute force: enumerate each hidden count over its possible range (small: 1..9, withheld: 10 and well past any
    count in the table: someone guessing knows no upper bound).
    """
    search = search or 2 * max(counts.values()) + 2 * LIMIT
    hidden = [k for k, s in status.items() if s is not Status.SHOWN]
    ranges = [range(1, LIMIT) if status[k] is Status.SMALL else range(LIMIT, search) for k in hidden]
    found = set()
    for guess in itertools.product(*ranges):
        values = {
            **{k: counts[k] for k in counts if status[k] is Status.SHOWN},
            **dict(zip(hidden, guess, strict=True)),
        }
        if all(values[total] == sum(values[p] for p in parts) for total, parts in relations):
            found.add(values[key])
    return found


def test_counts_under_the_threshold_are_hidden_and_the_rest_shown():
    status = suppress({"a": 9, "b": 10, "c": 1, "d": 250, "none": 0}, limit=LIMIT)
    assert status == {"a": Status.SMALL, "b": Status.SHOWN, "c": Status.SMALL, "d": Status.SHOWN, "none": Status.SHOWN}


def test_the_threshold_comes_from_settings(settings):
    settings.YOUTH_VOICE = {**settings.YOUTH_VOICE, "SUPPRESSION_THRESHOLD": 5}
    assert threshold() == 5
    assert suppress({"a": 5, "b": 4}) == {"a": Status.SHOWN, "b": Status.SMALL}
    assert Cell(Status.SMALL, None).label == "fewer than 5"


def test_one_hidden_part_of_a_total_takes_the_next_smallest_with_it():
    counts, relations = row([4, 30, 12, 50])
    status = suppress(counts, relations, limit=LIMIT)
    assert status["c0"] is Status.SMALL
    assert status["c2"] is Status.WITHHELD  # 12 is the next smallest
    assert status["c1"] is Status.SHOWN and status["c3"] is Status.SHOWN and status["total"] is Status.SHOWN


def test_a_hidden_total_with_every_part_shown_is_not_left_alone():
    counts = {"a": 12, "b": 15, "total": 8}  # inconsistent on purpose: only the relation matters to the rule
    status = suppress({"a": 3, "b": 4, "total": 7}, [("total", ["a", "b"])], limit=LIMIT)
    assert status == {"a": Status.SMALL, "b": Status.SMALL, "total": Status.SMALL}
    assert counts  # a total under the threshold means every part is under it too


@pytest.mark.parametrize(
    "values",
    [
        [4, 30, 12, 50],
        [9, 9, 40],
        [0, 10, 25],
        [1, 1, 100],
        [0, 0, 0, 35],
        [3, 11, 11, 11],
        [9, 10],
        [0, 10],
        [5, 200, 300, 12, 7],
        [2, 45],
    ],
)
def test_no_small_count_can_be_worked_out_from_the_total(values):
    counts, relations = row(values)
    status = suppress(counts, relations, limit=LIMIT)
    for key, state in status.items():
        if state is Status.SMALL:
            possible = feasible_values(counts, status, relations, key)
            assert counts[key] in possible
            assert len(possible) > 1, f"{key}={counts[key]} can be worked out: {status}"


def test_two_totals_over_the_same_parts_are_both_respected():
    """Deciles 1 and 2 add up to Core20 and all ten to the total: hiding must hold for both sums."""
    values = [3, 25, 14, 30, 40]
    counts = {f"d{i}": v for i, v in enumerate(values)}
    counts["core20"] = values[0] + values[1]
    counts["total"] = sum(values)
    relations = [("core20", ["d0", "d1"]), ("total", [f"d{i}" for i in range(len(values))])]
    status = suppress(counts, relations, limit=LIMIT)
    assert status["d0"] is Status.SMALL
    assert status["d1"] is Status.WITHHELD  # otherwise core20 - d1 gives d0 away
    assert feasible_values(counts, status, relations, "d0", search=None) != {3}
    assert len(feasible_values(counts, status, relations, "d0", search=None)) > 1


def test_two_small_counts_that_could_only_be_ones_take_a_third_with_them():
    counts, relations = row([1, 1, 30, 40])  # 1 + 1 = 2 pins both: each is at least 1
    status = suppress(counts, relations, limit=LIMIT)
    assert status["c2"] is Status.WITHHELD
    assert len(feasible_values(counts, status, relations, "c0")) > 1


def test_when_no_part_is_left_the_total_is_withheld():
    counts, relations = row([1, 10])  # 1 + x = 11 with x >= 10 would pin the 1
    status = suppress(counts, relations, limit=LIMIT)
    assert status["c0"] is Status.SMALL
    assert status["c1"] is Status.WITHHELD
    assert status["total"] is Status.WITHHELD
    assert len(feasible_values(counts, status, relations, "c0")) > 1


def test_percentages_are_never_shown_for_hidden_counts_or_over_hidden_denominators():
    assert cell(Status.SMALL, 4, of=(Status.SHOWN, 100)).percent is None
    assert cell(Status.WITHHELD, 40, of=(Status.SHOWN, 100)).value is None
    assert cell(Status.SHOWN, 40, of=(Status.WITHHELD, 100)).percent is None
    shown = cell(Status.SHOWN, 40, of=(Status.SHOWN, 160))
    assert (shown.value, shown.percent, shown.label, shown.percent_label) == (40, 25, "40", "25%")


def test_hidden_cells_carry_no_number_at_all():
    small = cell(Status.SMALL, 3)
    assert small.value is None and small.label == f"fewer than {threshold()}" and "3" not in small.label
    assert cell(Status.WITHHELD, 42).label == "withheld"


def test_a_shown_zero_is_never_the_count_withheld():
    counts, relations = row([0, 3, 0, 20])
    status = suppress(counts, relations, limit=LIMIT)
    assert status["c0"] is Status.SHOWN and status["c2"] is Status.SHOWN
    assert status["c3"] is Status.WITHHELD
    assert len(feasible_values(counts, status, relations, "c1")) > 1
