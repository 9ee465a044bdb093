"""Agreement between reviewers, and between the model and the human codes, over the answers a user may review."""

from django.db.models import QuerySet

from engage.responses.models import Answer
from engage.review.agreement import theme_agreement
from engage.review.framework import theme_slugs
from engage.review.models import Review, ReviewerKind
from engage.review.selectors import final_codes


def _reviews_by_answer(answers: QuerySet[Answer]) -> dict[int, list[Review]]:
    found: dict[int, list[Review]] = {}
    for review in Review.objects.filter(answer__in=answers, is_complete=True).order_by("created_at"):
        found.setdefault(review.answer_id, []).append(review)
    return found


def agreement_report(answers: QuerySet[Answer]) -> dict:
    """Everything the agreement page shows.

    - reviewers: double-coded answers, every reviewer's codes (kappa for two, alpha for more);
    - staff_only / with_youth: the same, split by who coded, so youth reviewers' agreement is shown apart;
    - model: the model's themes (as they were when reviewed) against the final human codes;
    - model_random: the same on answers served at random only, an estimate not biased to hard answers;
    - model_youth: the model against youth reviewers' codes.
    """
    themes = theme_slugs()
    by_answer = _reviews_by_answer(answers)
    double = {a: rs for a, rs in by_answer.items() if rs[0].double_coded and len(rs) >= 2}

    def sets(reviews: list[Review]) -> list[list[str]]:
        return [review.themes for review in reviews]

    staff_units = [
        sets([r for r in rs if r.reviewer_kind == ReviewerKind.STAFF])
        for rs in double.values()
        if sum(r.reviewer_kind == ReviewerKind.STAFF for r in rs) >= 2
    ]
    youth_units = [sets(rs) for rs in double.values() if any(r.reviewer_kind == ReviewerKind.YOUTH for r in rs)]
    codes = final_codes(by_answer)
    model_units = [[by_answer[a][0].model_themes, c] for a, c in codes.items() if c is not None]
    random_units = [
        [by_answer[a][0].model_themes, c]
        for a, c in codes.items()
        if c is not None and any(r.from_random_sample for r in by_answer[a])
    ]
    youth_model_units = [
        [r.model_themes, r.themes] for rs in by_answer.values() for r in rs if r.reviewer_kind == ReviewerKind.YOUTH
    ]
    return {
        "themes": themes,
        "reviewers": theme_agreement([sets(rs) for rs in double.values()], themes),
        "staff_only": theme_agreement(staff_units, themes),
        "with_youth": theme_agreement(youth_units, themes),
        "model": theme_agreement(model_units, themes),
        "model_random": theme_agreement(random_units, themes),
        "model_youth": theme_agreement(youth_model_units, themes),
        "reviewed": len(by_answer),
        "youth_reviews": sum(r.reviewer_kind == ReviewerKind.YOUTH for rs in by_answer.values() for r in rs),
    }
