"""Wagtail admin views where framework owners review themes one answer after another and settle disagreements."""

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from engage.review import selectors, services
from engage.review.framework import framework_themes, theme_names
from engage.review.text import highlighted, staff_text

SKIPPED_SESSION_KEY = "review_skipped"


class FrameworkOwnerMixin:
    """Only framework owners (of some organisation) and superusers; answers are scoped to their organisations."""

    header_icon = "tick"

    def dispatch(self, request, *args, **kwargs):
        if not selectors.can_review(request.user):
            raise PermissionDenied
        self.answers = selectors.reviewable_answers(request.user)
        return super().dispatch(request, *args, **kwargs)


def answer_card(answer, theme_name_of: dict[str, str]) -> dict:
    """What a reviewer sees of one answer: redacted text with evidence highlighted, and the model's themes."""
    found = selectors.model_themes(answer)
    text = staff_text(answer)
    phrases = [span.get("text", "") for assignment in found for span in assignment.evidence]
    return {
        "answer": answer,
        "question": answer.question_text,
        "consultation": answer.response.consultation,
        "html": highlighted(text, phrases),
        "has_text": text is not None,
        "themes": [
            {
                "slug": a.slug,
                "name": theme_name_of.get(a.slug, a.slug),
                "confidence": a.confidence,
                "evidence": ", ".join(span.get("text", "") for span in a.evidence),
            }
            for a in found
        ],
    }


class ReviewQueueView(FrameworkOwnerMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "review/queue.html"
    page_title = "Review themes"

    def get(self, request, *args, **kwargs):
        if "clear_skipped" in request.GET:
            request.session.pop(SKIPPED_SESSION_KEY, None)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filters = selectors.QueueFilters.from_query(self.request.GET)
        skipped = frozenset(self.request.session.get(SKIPPED_SESSION_KEY, []))
        answer_id, at_random, left = selectors.next_for_review(
            self.answers, self.request.user, filters, skipped=skipped
        )
        names = theme_names()
        consultation_ids = self.answers.values("response__consultation_id").distinct()
        consultations = Page.objects.filter(id__in=consultation_ids).order_by("title")
        forums = Page.objects.filter(id__in={page.get_parent().id for page in consultations}).order_by("title")
        context.update(
            filters=filters,
            query=urlencode(filters.as_query()),
            consultations=consultations,
            forums=forums,
            themes=framework_themes(),
            bands=list(selectors.BANDS),
            left=left,
            skipped=len(skipped),
            at_random=at_random,
            card=answer_card(self.answers.select_related("response").get(id=answer_id), names) if answer_id else None,
            disputed=len(selectors.disputed_answers(self.answers)),
        )
        return context


class SubmitReviewView(FrameworkOwnerMixin, TemplateView):
    """One POST per answer: save the codes (or skip), then straight on to the next answer."""

    http_method_names = ["post"]

    def post(self, request, answer_id):
        answer = get_object_or_404(self.answers.select_related("response"), id=answer_id)
        query = request.POST.get("query", "")
        action = request.POST.get("action", "save")
        if action == "skip":
            request.session[SKIPPED_SESSION_KEY] = [*request.session.get(SKIPPED_SESSION_KEY, []), answer.id]
        else:
            kept = [] if action == "reject_all" else request.POST.getlist("kept")
            added = [slug for slug in [*request.POST.getlist("added"), request.POST.get("added_text", "")] if slug]
            try:
                services.submit_review(
                    answer=answer,
                    reviewer=request.user,
                    kept=kept,
                    added=[slug.strip() for slug in added],
                    from_random_sample=request.POST.get("sample") == "random",
                )
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
        return redirect(f"{reverse('review_queue')}?{query}" if query else reverse("review_queue"))


class DisputedView(FrameworkOwnerMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "review/disputed.html"
    page_title = "Disagreements to settle"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        names = theme_names()
        rows = []
        for answer in selectors.disputed_answers(self.answers)[:50]:
            card = answer_card(answer, names)
            card["reviews"] = [
                {
                    "kind": review.get_reviewer_kind_display(),
                    "themes": [names.get(slug, slug) for slug in review.themes] or ["(no theme)"],
                }
                for review in answer.reviews.filter(is_complete=True).order_by("created_at")
            ]
            card["proposed"] = sorted({slug for review in answer.reviews.all() for slug in review.themes})
            rows.append(card)
        context.update(rows=rows, themes=framework_themes())
        return context


class SettleView(FrameworkOwnerMixin, TemplateView):
    http_method_names = ["post"]

    def post(self, request, answer_id):
        answer = get_object_or_404(self.answers, id=answer_id)
        try:
            services.settle(answer=answer, user=request.user, themes=request.POST.getlist("themes"))
            messages.success(request, "Settled.")
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect("review_disputed")


class AgreementView(FrameworkOwnerMixin, WagtailAdminTemplateMixin, TemplateView):
    """Agreement per theme and overall, the double-coding share per consultation, and the model beside the people."""

    template_name = "review/agreement.html"
    page_title = "Agreement"

    def post(self, request, *args, **kwargs):
        consultation = get_object_or_404(Page, id=request.POST.get("consultation") or 0)
        if not self.answers.filter(response__consultation=consultation).exists():
            raise PermissionDenied
        try:
            share = float(request.POST.get("share_percent", "")) / 100
            services.set_double_coding_share(consultation_id=consultation.id, share=share)
            messages.success(request, f"{consultation.title}: {share:.0%} of answers will be double coded.")
        except (ValueError, ValidationError):
            messages.error(request, "Give the double-coded share as a percentage from 0 to 100.")
        return redirect(f"{reverse('review_agreement')}?consultation={consultation.id}")

    def get_context_data(self, **kwargs):
        from engage.review.reports import agreement_report

        context = super().get_context_data(**kwargs)
        answers = self.answers
        consultations = Page.objects.filter(id__in=answers.values("response__consultation_id").distinct()).order_by(
            "title"
        )
        chosen = self.request.GET.get("consultation", "")
        consultation = consultations.filter(id=chosen).first() if chosen.isdigit() else None
        if consultation is not None:
            answers = answers.filter(response__consultation=consultation)
        report = agreement_report(answers)
        names = theme_names()
        rows = [
            {
                "slug": slug,
                "name": names.get(slug, slug),
                "reviewers": report["reviewers"]["per_theme"][slug],
                "model": report["model"]["per_theme"][slug],
            }
            for slug in report["themes"]
        ]
        context.update(
            report=report,
            rows=rows,
            consultations=consultations,
            consultation=consultation,
            share_percent=round(100 * selectors.double_coding_share(consultation.id)) if consultation else None,
        )
        return context
