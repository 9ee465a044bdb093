"""The youth reviewer's page on the public site: check the computer's themes on your own forum's answers."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from engage.review import selectors, services
from engage.review.framework import framework_themes
from engage.review.models import Review, ReviewerKind
from engage.review.text import staff_text


def _next_check(user, answers):
    """The answer and theme to ask about next: finish a half-checked answer first, then the queue's next."""
    started = (
        Review.objects.filter(reviewer=user, reviewer_kind=ReviewerKind.YOUTH, is_complete=False, answer__in=answers)
        .select_related("answer")
        .first()
    )
    at_random = False
    if started is not None:
        answer = started.answer
        at_random = started.from_random_sample
        checked = started.checks
    else:
        answer_id, at_random, _ = selectors.next_for_review(answers, user, selectors.QueueFilters())
        if answer_id is None:
            return None, None, False
        answer = answers.get(id=answer_id)
        checked = {}
    pending = [a for a in selectors.model_themes(answer) if a.slug not in checked]
    return answer, (pending[0] if pending else None), at_random


@login_required
@require_http_methods(["GET", "POST"])
def youth_review(request):
    if not selectors.youth_forums(request.user).exists():
        return render(request, "review/youth_not_a_reviewer.html", status=403)
    answers = selectors.youth_reviewable_answers(request.user)
    if request.method == "POST":
        answer = get_object_or_404(answers, id=request.POST.get("answer") or 0)
        try:
            services.check_theme(
                answer=answer,
                reviewer=request.user,
                slug=request.POST.get("theme", ""),
                is_right=request.POST.get("choice") == "yes",
                from_random_sample=request.POST.get("sample") == "random",
            )
        except ValidationError:
            pass  # the page simply asks the next question
        return redirect("youth_review")
    answer, theme, at_random = _next_check(request.user, answers)
    names = {t.slug: t for t in framework_themes()}
    done = Review.objects.filter(reviewer=request.user, is_complete=True).count()
    return render(
        request,
        "review/youth_review.html",
        {
            "answer": answer,
            "text": staff_text(answer) if answer else None,
            "theme": names.get(theme.slug) if theme else None,
            "slug": theme.slug if theme else "",
            "at_random": at_random,
            "done": done,
        },
    )
