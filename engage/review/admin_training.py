"""Wagtail admin views where framework owners retrain the model, compare it with the current one, promote it or
roll back, and download or upload training data."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from engage.review import corpus, retraining
from engage.review.admin_views import FrameworkOwnerMixin
from engage.review.framework import theme_names
from engage.review.models import RethemeRun, ThemeModelVersion, TrainingExample
from engage.review.selectors import current_model_dir


def _summary(scores: dict | None) -> dict | None:
    if not scores:
        return None
    return {key: scores.get(key) for key in ("micro_f1", "macro_f1", "ece", "n")}


class ModelsView(FrameworkOwnerMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "review/models.html"
    page_title = "Theme models"

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        if action == "retrain":
            version = retraining.start_retrain(user=request.user)
            messages.success(request, f"Retraining started as {version.version}. This page shows when it is ready.")
        elif action == "promote":
            version = get_object_or_404(ThemeModelVersion, id=request.POST.get("version") or 0)
            try:
                retraining.promote(version=version, user=request.user)
                messages.success(request, f"New answers are now themed with {version.version}.")
            except ValueError as error:
                messages.error(request, str(error))
        elif action == "roll_back":
            previous = retraining.roll_back(user=request.user)
            shown = previous.version if previous else "the shipped default model"
            messages.success(request, f"Rolled back: new answers are themed with {shown}.")
        else:
            raise PermissionDenied
        return redirect("review_models")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        versions = list(ThemeModelVersion.objects.select_related("created_by")[:30])
        for version in versions:
            comparison = version.comparison or {}
            version.new_summary = _summary((comparison.get("new") or {}).get("scores"))
            version.current_summary = _summary((comparison.get("current") or {}).get("scores"))
        context.update(
            versions=versions,
            training=any(v.status == ThemeModelVersion.Status.TRAINING for v in versions),
            current_dir=current_model_dir(),
            current=next((v for v in versions if v.is_current), None),
        )
        return context


class ModelDetailView(FrameworkOwnerMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "review/model_detail.html"

    def dispatch(self, request, *args, **kwargs):
        self.version = get_object_or_404(ThemeModelVersion, id=kwargs["version_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return f"Model {self.version.version}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        comparison = self.version.comparison or {}
        new = (comparison.get("new") or {}).get("scores") or {"per_theme": {}}
        current = (comparison.get("current") or {}).get("scores") or {"per_theme": {}}
        names = theme_names()
        labels = list(dict.fromkeys([*new["per_theme"], *current["per_theme"]]))
        rows = [
            {
                "name": names.get(label, label),
                "new": new["per_theme"].get(label),
                "current": current["per_theme"].get(label),
            }
            for label in labels
        ]
        card_path = f"{self.version.path}/MODEL_CARD.md"
        context.update(
            version=self.version,
            comparison=comparison,
            new=new,
            current=current if current["per_theme"] else None,
            rows=rows,
            card_path=card_path,
        )
        return context


class CorpusView(FrameworkOwnerMixin, WagtailAdminTemplateMixin, TemplateView):
    """Download the reviewed, redacted corpus as JSON Lines; upload labelled answers to train on."""

    template_name = "review/corpus.html"
    page_title = "Training data"
    allowed_suffixes = (".jsonl", ".json", ".txt")
    allowed_types = {"application/json", "application/jsonl", "application/x-ndjson", "text/plain", ""}

    def post(self, request, *args, **kwargs):
        upload = request.FILES.get("file")
        problem = None
        if upload is None:
            problem = "Choose a JSON Lines file to upload."
        elif not upload.name.lower().endswith(self.allowed_suffixes):
            problem = "Upload a JSON Lines file (.jsonl)."
        elif (upload.content_type or "").split(";")[0] not in self.allowed_types | {"application/octet-stream"}:
            problem = "Upload a JSON Lines file (.jsonl)."
        elif upload.size > corpus.MAX_IMPORT_BYTES:
            problem = f"The file is larger than {corpus.MAX_IMPORT_BYTES // (1024 * 1024)} MB; split it."
        if problem is None:
            try:
                lines = corpus.decode_upload(upload.read(corpus.MAX_IMPORT_BYTES + 1))
            except ValueError as error:
                problem = str(error)
        if problem:
            messages.error(request, problem)
            return redirect("review_corpus")
        result = corpus.import_lines(lines, user=request.user, source_name=upload.name)
        if not result.ok:
            context = self.get_context_data(
                errors=result.errors[: corpus.MAX_ERRORS_SHOWN], error_count=len(result.errors)
            )
            return self.render_to_response(context, status=400)
        messages.success(request, f"Imported {result.added} labelled answers; the next retrain uses them.")
        return redirect("review_corpus")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(imported=TrainingExample.objects.count())
        return context


class CorpusDownloadView(FrameworkOwnerMixin, View):
    def get(self, request):
        response = StreamingHttpResponse(corpus.export_lines(self.answers), content_type="application/jsonl")
        response["Content-Disposition"] = 'attachment; filename="reviewed-answers.jsonl"'
        return response


class RethemeView(FrameworkOwnerMixin, WagtailAdminTemplateMixin, TemplateView):
    """Start a bulk re-theme with the current model and watch its progress (the page reloads while it runs)."""

    template_name = "review/retheme.html"
    page_title = "Re-theme answers"

    def post(self, request, *args, **kwargs):
        from engage.review.retheming import start_retheme

        chosen = request.POST.get("consultation", "")
        consultation = None
        if chosen:
            consultation = get_object_or_404(Page, id=chosen if chosen.isdigit() else 0)
            if not self.answers.filter(response__consultation=consultation).exists():
                raise PermissionDenied
        run = start_retheme(user=request.user, consultation=consultation)
        messages.success(request, f"Re-theming {run.total} answers with the current model.")
        return redirect("review_retheme")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        runs = list(RethemeRun.objects.filter(started_by__in=[self.request.user]).select_related("consultation")[:10])
        context.update(
            runs=runs,
            running=any(r.status in (RethemeRun.Status.QUEUED, RethemeRun.Status.RUNNING) for r in runs),
            consultations=Page.objects.filter(
                id__in=self.answers.values("response__consultation_id").distinct()
            ).order_by("title"),
        )
        return context
