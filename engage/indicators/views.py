"""The staff dashboard in the Wagtail admin, and the report context and downloads shared with the public page."""

from dataclasses import dataclass
from datetime import date

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.utils.text import slugify
from django.views.generic import TemplateView
from django_ratelimit.core import is_ratelimited
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from engage.areas.models import Area
from engage.indicators import charts, exports
from engage.indicators.models import TallyRefresh
from engage.indicators.report import Report, Scope, build_report
from engage.indicators.selectors import IndicatorFigure, approved_quotes, core20_share, indicators_beside
from engage.indicators.services import ask_for_fresh_tallies
from engage.indicators.suppression import threshold
from engage.organisations.selectors import organisations_for
from engage.responses.models import Response
from engage.themes.framework import theme_name

MONTH = forms.DateInput(attrs={"type": "month"}, format="%Y-%m")


class ReportFilterForm(forms.Form):
    """GET filters: a consultation (or all), an area (or all) and a range of months. Works without JavaScript."""

    consultation = forms.ModelChoiceField(queryset=Page.objects.none(), required=False, empty_label="All consultations")
    area = forms.ModelChoiceField(queryset=Area.objects.none(), required=False, empty_label="All areas")
    month_from = forms.DateField(
        required=False, input_formats=["%Y-%m", "%Y-%m-%d"], widget=MONTH, label="From (month)"
    )
    month_to = forms.DateField(required=False, input_formats=["%Y-%m", "%Y-%m-%d"], widget=MONTH, label="To (month)")

    def __init__(self, data, *, consultations, areas=None):
        super().__init__(data)
        self.fields["consultation"].queryset = consultations
        if areas is None:
            del self.fields["area"]
        else:
            self.fields["area"].queryset = areas

    def clean(self):
        data = super().clean()
        if data.get("month_from") and data.get("month_to") and data["month_from"] > data["month_to"]:
            raise forms.ValidationError("The first month is after the last one. Swap them round.")
        return data

    def scope(self, *, organisation_ids, consultation_ids, area=None) -> Scope:
        data = self.cleaned_data if self.is_valid() else {}
        consultation = data.get("consultation")
        return Scope(
            organisation_ids=organisation_ids,
            consultation_ids=(consultation.id,) if consultation else consultation_ids,
            area=data.get("area") or area,
            month_from=data.get("month_from"),
            month_to=data.get("month_to"),
        )


@dataclass(frozen=True)
class ThemeBeside:
    slug: str
    name: str
    young_people: object
    indicators: list[IndicatorFigure]
    quotes: list[str]


def report_context(scope: Scope, *, detail: bool) -> dict:
    """Everything a report page shows: suppressed tables, charts, indicators beside themes, approved quotes."""
    ask_for_fresh_tallies()
    report = build_report(scope, detail=detail)
    order = report.theme_order
    beside = indicators_beside(order, scope.area)
    shown = [s for s in order if report.theme_cells[s].shown]
    quotes = approved_quotes(scope, shown)
    refresh = TallyRefresh.objects.order_by("-refreshed_at").first()
    return {
        "report": report,
        "charts": charts.charts_for(report, detail=detail),
        "core20": core20_share(scope.area),
        "themes_beside": [
            ThemeBeside(s, theme_name(s), report.theme_cells[s], beside.get(s, []), quotes.get(s, []))
            for s in order
            if beside.get(s) or quotes.get(s)
        ],
        "indicators": beside,
        "refreshed_at": refresh.refreshed_at if refresh else None,
        "scope_area": scope.area,
        "threshold": threshold(),
    }


def download(request, report: Report, indicators: dict, *, fmt: str, name: str) -> HttpResponse:
    """The tables shown, as CSV or XLSX; rate limited per signed-in user, or per client on public pages."""
    key = "user_or_ip"
    if is_ratelimited(request, group="indicator-downloads", key=key, rate="60/h", increment=True):
        return HttpResponse(
            "You have downloaded a lot in a short time. Please try again in an hour.",
            status=429,
            content_type="text/plain; charset=utf-8",
        )
    frames = exports.report_frames(report, indicators)
    stem = slugify(name) or "what-young-people-told-us"
    stamp = date.today().isoformat()
    if fmt == "csv":
        response = HttpResponse(exports.to_csv(frames), content_type="text/csv; charset=utf-8")
    elif fmt == "xlsx":
        response = HttpResponse(
            exports.to_xlsx(frames), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        )
    else:
        raise Http404("Downloads come as csv or xlsx.")
    response["Content-Disposition"] = f'attachment; filename="{stem}-{stamp}.{fmt}"'
    response["Cache-Control"] = "private, no-store"
    return response


class IndicatorDashboardView(WagtailAdminTemplateMixin, TemplateView):
    """Analysts and other staff see the themed voice of their organisations' young people, never single responses."""

    template_name = "indicators/dashboard.html"
    page_title = "What young people told us"
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        self.organisations = organisations_for(request.user)
        if not self.organisations.exists():
            raise PermissionDenied
        organisation_ids = tuple(self.organisations.values_list("id", flat=True))
        consultations = Page.objects.filter(
            id__in=Response.objects.filter(organisation_id__in=organisation_ids).values("consultation_id")
        ).order_by("title")
        areas = Area.objects.filter(kind__in=[Area.Kind.REGION, Area.Kind.ICB, Area.Kind.LOCAL_AUTHORITY]).order_by(
            "kind", "name"
        )
        self.form = ReportFilterForm(request.GET or None, consultations=consultations, areas=areas)
        self.scope = self.form.scope(organisation_ids=organisation_ids, consultation_ids=None)
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        fmt = kwargs.get("fmt")
        if fmt:
            context = report_context(self.scope, detail=True)
            return download(request, context["report"], context["indicators"], fmt=fmt, name="youth-voice-dashboard")
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(report_context(self.scope, detail=True))
        context.update(form=self.form, organisations=self.organisations, query=self.request.GET.urlencode())
        return context
