"""Wagtail admin views where youth workers see how many responses came in and read them."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Max
from django.shortcuts import get_object_or_404
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from engage.organisations.selectors import STAFF_ROLES_SEEING_RESPONSES, organisations_for
from engage.responses.models import Channel
from engage.responses.selectors import response_counts, responses_for
from engage.themes.selectors import theme_counts


class ConsultationResponsesIndexView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "engage/responses_index.html"
    page_title = "Responses"
    header_icon = "form"

    def get_context_data(self, **kwargs):
        from cms.models import ConsultationPage, YouthForumPage

        context = super().get_context_data(**kwargs)
        rows = {
            row["consultation"]: row
            for row in responses_for(self.request.user)
            .order_by()
            .values("consultation")
            .annotate(total=Count("id"), latest=Max("submitted_at"))
        }
        forums = YouthForumPage.objects.filter(
            organisation__in=organisations_for(self.request.user, roles=STAFF_ROLES_SEEING_RESPONSES)
        )
        consultations = ConsultationPage.objects.none()
        for forum in forums:
            consultations |= ConsultationPage.objects.child_of(forum)
        context["consultations"] = [
            {
                "page": page,
                "total": rows.get(page.id, {}).get("total", 0),
                "latest": rows.get(page.id, {}).get("latest"),
            }
            for page in consultations.order_by("-closes_on")
        ]
        return context


class ConsultationResponsesView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "engage/responses_detail.html"
    header_icon = "form"
    paginate_by = 25

    def dispatch(self, request, *args, **kwargs):
        self.consultation = get_object_or_404(Page, pk=kwargs["consultation_id"]).specific
        self.responses = responses_for(request.user, consultation=self.consultation)
        if not self.responses.exists() and not request.user.is_superuser and not self._runs_forum(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def _runs_forum(self, user) -> bool:
        forum = self.consultation.get_parent().specific
        organisation_id = getattr(forum, "organisation_id", None)
        return organisations_for(user, roles=STAFF_ROLES_SEEING_RESPONSES).filter(id=organisation_id).exists()

    def get_page_title(self):
        return f"Responses to {self.consultation.title}"

    def get_breadcrumbs_items(self):
        return [
            {"url": "/admin/", "label": "Dashboard"},
            {"url": "/admin/responses/", "label": "Responses"},
            {"url": "", "label": self.consultation.title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        counts = response_counts(self.responses)
        counts["by_channel"] = {Channel(code).label: n for code, n in counts["by_channel"].items()}
        peak = max((day["n"] for day in counts["by_day"]), default=0)
        for day in counts["by_day"]:
            day["percent"] = round(100 * day["n"] / peak) if peak else 0
        shown = self.responses.prefetch_related("answers__theme_assignments", "answers__safeguarding_check")
        page = Paginator(shown.select_related("area"), self.paginate_by).get_page(self.request.GET.get("p"))
        context.update(
            consultation=self.consultation,
            counts=counts,
            themes=theme_counts(self.responses)[:10],
            page_obj=page,
        )
        return context
