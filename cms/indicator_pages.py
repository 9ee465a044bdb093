"""The public "what young people told us" page: the themed voice of a forum or an area beside public-health figures."""

from django.db import models
from django.shortcuts import render
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from engage.indicators.views import ReportFilterForm, download, report_context


class IndicatorPage(RoutablePageMixin, Page):
    """Counts only, always suppressed; quotes only from answers a reviewer has themed.

    Under a youth forum it covers the forum's consultations; under the home page, every live consultation on the
    site. The area (or else the forum's) picks the public-health figures and the areas compared.
    """

    intro = RichTextField(blank=True, features=["bold", "italic", "link", "ul"])
    area = models.ForeignKey(
        "engage.Area",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"kind__in": ["region", "icb", "lad"]},
        help_text="Only young people from this area, compared with England. Leave empty for the forum's area.",
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("area")]
    parent_page_types = ["cms.HomePage", "cms.YouthForumPage"]
    subpage_types: list[str] = []

    def _scope(self, request):
        from cms.models import ConsultationPage, YouthForumPage

        parent = self.get_parent().specific
        if isinstance(parent, YouthForumPage):
            organisation_ids = (parent.organisation_id,)
            consultations = ConsultationPage.objects.child_of(parent).live()
            area = self.area or parent.area
        else:
            organisation_ids = None
            consultations = ConsultationPage.objects.descendant_of(parent).live()
            area = self.area
        pages = Page.objects.filter(id__in=consultations.values("id")).order_by("title")
        form = ReportFilterForm(request.GET or None, consultations=pages)
        scope = form.scope(
            organisation_ids=organisation_ids, consultation_ids=tuple(pages.values_list("id", flat=True)), area=area
        )
        return form, scope

    @path("")
    def report(self, request):
        form, scope = self._scope(request)
        context = self.get_context(request)
        context.update(report_context(scope, detail=False))
        context.update(
            form=form,
            query=request.GET.urlencode(),
            download_csv=self.url + self.reverse_subpage("download", args=["csv"]),
            download_xlsx=self.url + self.reverse_subpage("download", args=["xlsx"]),
        )
        return render(request, "cms/indicator_page.html", context)

    @path("download/<str:fmt>/")
    def download(self, request, fmt):
        _form, scope = self._scope(request)
        context = report_context(scope, detail=False)
        return download(request, context["report"], context["indicators"], fmt=fmt, name=self.slug)
