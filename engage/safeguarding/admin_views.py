"""Wagtail admin views for safeguarding leads and administrators: the alert queue, one alert, and the original text."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from engage.responses.models import Answer
from engage.safeguarding import selectors, services
from engage.safeguarding.forms import AlertStateForm, ReadOriginalForm
from engage.safeguarding.models import AlertState

QUEUE_CRUMB = {"url": "/admin/safeguarding/alerts/", "label": "Safeguarding alerts"}


class AlertQueueMixin(WagtailAdminTemplateMixin):
    header_icon = "warning"

    def dispatch(self, request, *args, **kwargs):
        if not selectors.organisations_handling_alerts(request.user).exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class AlertIndexView(AlertQueueMixin, TemplateView):
    template_name = "safeguarding/alerts_index.html"
    page_title = "Safeguarding alerts"

    def get_breadcrumbs_items(self):
        return [{"url": "/admin/", "label": "Dashboard"}, {"url": "", "label": "Safeguarding alerts"}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        state = self.request.GET.get("state", "")
        state = state if state in AlertState.values else ""
        context.update(
            alerts=selectors.alerts_for(self.request.user, state=state or None)[:500],
            states=AlertState.choices,
            state=state,
        )
        return context


class AlertDetailView(AlertQueueMixin, TemplateView):
    template_name = "safeguarding/alert_detail.html"

    def dispatch(self, request, *args, **kwargs):
        self.alert = None
        if selectors.organisations_handling_alerts(request.user).exists():
            self.alert = get_object_or_404(selectors.alerts_for(request.user), pk=kwargs["alert_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return f"Safeguarding alert {self.alert.pk}"

    def get_breadcrumbs_items(self):
        return [{"url": "/admin/", "label": "Dashboard"}, QUEUE_CRUMB, {"url": "", "label": self.get_page_title()}]

    def post(self, request, *args, **kwargs):
        form = AlertStateForm(request.POST, alert=self.alert)
        if form.is_valid():
            move = services.MOVES[AlertState(form.cleaned_data["to_state"])]
            try:
                move(alert=self.alert, user=request.user, note=form.cleaned_data["note"])
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, f"Alert {self.alert.pk} marked {form.cleaned_data['to_state']}.")
                return redirect("safeguarding_alert", self.alert.pk)
        return self.render_to_response(self.get_context_data(form=form))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        answer = self.alert.answer
        context.update(
            alert=self.alert,
            answer=answer,
            text=selectors.staff_text(answer) if answer else None,
            events=self.alert.events.select_related("user"),
            form=kwargs.get("form") or AlertStateForm(alert=self.alert),
            may_read_original=answer is not None and selectors.may_read_original(self.request.user, answer),
        )
        return context


class OriginalTextView(WagtailAdminTemplateMixin, TemplateView):
    """The original answer, for the forum's safeguarding lead only. Reading it is a POST, and each one is logged."""

    template_name = "safeguarding/original_text.html"
    header_icon = "view"
    page_title = "What the young person wrote"

    def dispatch(self, request, *args, **kwargs):
        self.answer = get_object_or_404(Answer.objects.select_related("response"), pk=kwargs["answer_id"])
        if not selectors.may_read_original(request.user, self.answer):
            raise PermissionDenied
        self.alert = getattr(self.answer, "safeguarding_alert", None)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        items = [{"url": "/admin/", "label": "Dashboard"}, QUEUE_CRUMB]
        if self.alert:
            items.append({"url": f"/admin/safeguarding/alerts/{self.alert.pk}/", "label": f"Alert {self.alert.pk}"})
        return [*items, {"url": "", "label": "Original text"}]

    def post(self, request, *args, **kwargs):
        form = ReadOriginalForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        original = services.read_original_text(user=request.user, answer=self.answer, note=form.cleaned_data["note"])
        return self.render_to_response(self.get_context_data(form=form, segments=_marked(original, self._evidence())))

    def _evidence(self) -> list[dict]:
        if self.alert:
            return self.alert.evidence
        check = getattr(self.answer, "safeguarding_check", None)
        return check.evidence if check else []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            answer=self.answer,
            alert=self.alert,
            form=kwargs.get("form") or ReadOriginalForm(),
            segments=kwargs.get("segments"),
        )
        return context


def _marked(text: str, evidence: list[dict]) -> list[tuple[str, bool]]:
    """The text cut into (piece, is_evidence) so the template can mark what the check found, escaped as usual."""
    segments, at = [], 0
    for span in sorted(evidence, key=lambda s: s["start"]):
        start, end = max(span["start"], at), min(span["end"], len(text))
        if start >= end:
            continue
        segments += [(text[at:start], False), (text[start:end], True)]
        at = end
    segments.append((text[at:], False))
    return [s for s in segments if s[0]]
